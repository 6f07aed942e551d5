import { describe, expect, it } from 'vitest';
import { AppError } from '../../../lambdas/domain/errors.js';
import { assertAppropriateText, findInappropriate, findInappropriateWritten } from '../../../lambdas/engines/writer/safety.js';

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

describe('Function: findInappropriateWritten (Bedrock answers in each language)', () => {
  it.each([
    ['bn', 'তুই একটা বাল', 'bengali'],
    ['as', 'তুই একটা বাল', 'bengali'],
    ['ta', 'இது ஒரு தேவடியா', 'tamil'],
    ['te', 'వాడు ఒక లంజ', 'telugu'],
    ['bn', 'Bruno ek number er shala', 'bengali'],
    ['ml', 'Bruno is a total bitch', 'english'],
  ] as const)('%s: refuses a listed word (%s)', (language, text, list) => {
    expect(findInappropriateWritten(text, language)).toBe(list);
  });

  it.each([
    ['bn', 'যতই জ্বালাস, Balu, তুই না থাকলে বাড়িটা ফাঁকা ফাঁকা লাগে।'],
    ['ta', 'என் நாய் Bruno பால் குடிக்கும், பார்க்க பச்சப் புள்ள மாதிரி.'],
    ['te', 'Bruno పెద్ద దొంగ, వంటింట్లో ఏదీ మిగల్చదు.'],
    ['bn', 'Bruno ball niye khele'],
  ] as const)('%s: keeps a pet roast whose words only contain or resemble listed ones: %s', (language, text) => {
    expect(findInappropriateWritten(text, language)).toBeUndefined();
  });
});
