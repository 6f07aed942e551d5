import { describe, expect, it } from 'vitest';
import { AppError } from '../../../lambdas/core/errors.js';
import { assertAppropriateText, findInappropriate } from '../../../lambdas/core/writer/safety.js';

describe('Function: findInappropriate', () => {
  it.each([
    ['Roast this fucking dog', 'english'],
    ['my cat is a sl*t', 'any'],
    ['r0ast my d0g, the b1tch', 'english'],
    ['roast my n1gg3r dog', 'english'],
    ['mera kutta ek number ka chutiya hai', 'hindi'],
    ['ye billi harami hai', 'hindi'],
    ['madarchod parrot', 'hindi'],
    ['ये कुत्ता हरामी है', 'hindi'],
  ])('refuses %j (%s list)', (text, list) => {
    if (list === 'any') expect(findInappropriate(text)).toBeDefined();
    else expect(findInappropriate(text)).toBe(list);
  });

  it.each([
    'Roast my lazy dog who sleeps all day!',
    'my kutta sleeps all day, total couch potato',
    'Meri billi bahut aalsi hai',
    'मेरा कुत्ता दिन भर सोता है',
    'ullu jaisa parrot, raat bhar jaagta hai',
    'Roast my cat from Scunthorpe, she passes class with grass',
    'My assistant dog Bruno',
  ])('lets a pet prompt through: %j', (text) => {
    expect(findInappropriate(text)).toBeUndefined();
  });

  it('throws the documented 400 inappropriate_text naming the field', () => {
    let caught: unknown;
    try {
      assertAppropriateText('this fucking cat', 'text');
    } catch (err) {
      caught = err;
    }
    expect(caught).toBeInstanceOf(AppError);
    expect((caught as AppError).status).toBe(400);
    expect((caught as AppError).toDetail()).toMatchObject({ error: 'inappropriate_text', field: 'text' });
    expect((caught as AppError).message).not.toContain('fucking');
  });
});
