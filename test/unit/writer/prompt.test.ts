import { describe, expect, it } from 'vitest';
import { hasContactDetails, parsePrompt, stripContactDetails } from '../../../lambdas/engines/writer/prompt.js';

describe('Function: parsePrompt', () => {
  it.each([
    ['Roast my beagle Bruno, he never stops eating', 'Bruno', 'dog'],
    ['Roast my lazy old beagle Bruno', 'Bruno', 'dog'],
    ['Bruno, my cat, thinks he is a king', 'Bruno', 'cat'],
    ['my dog named tommy barks at 3am', 'Tommy', 'dog'],
    ['Our parrot called Mithu screams all morning', 'Mithu', 'bird'],
    ['Luna is my kitten and she is a diva', 'Luna', 'cat'],
    ['Max the husky escapes over every fence', 'Max', 'dog'],
    ['Roast Luna who is scared of the vacuum', 'Luna', undefined],
    ['Meri billi Mini bahut aalsi hai', 'Mini', 'cat'],
  ])('finds the name and the class in %j', (prompt, name, cls) => {
    const parsed = parsePrompt(prompt);
    expect(parsed.petName).toBe(name);
    expect(parsed.mentionedClass).toBe(cls);
  });

  it.each([
    'Roast my lazy dog who sleeps all day!',
    'My dog. He sleeps all day',
    'Roast my cat, She is grumpy',
    'roast my dog please',
    'मेरा कुत्ता दिन भर सोता है',
  ])('finds no name where there is none: %j', (prompt) => {
    expect(parsePrompt(prompt).petName).toBeUndefined();
  });

  it.each([
    ['My two cats are grumpy', 2],
    ['Roast my 3 dogs', 3],
    ['both puppies chew everything', 2],
    ['Roast my dog', undefined],
    ['My dog was born in 2021', undefined],
  ])('reads a count from %j', (prompt, count) => {
    expect(parsePrompt(prompt).count).toBe(count);
  });

  it.each([
    ['Roast my lazy dog who sleeps all day!', ['lazy']],
    ['my cat steals food from the kitchen', ['greedy']],
    ['he barks at every leaf', ['loud']],
    ['the grumpiest cat alive, judging everyone', ['grumpy']],
    ['she chewed my shoes and destroyed the sofa', ['destructive']],
    ['so clumsy, trips over nothing', ['clumsy']],
    ['a total diva, poses for every selfie', ['vain']],
    ['scared of the vacuum cleaner', ['scaredy']],
    ['so clingy, follows me everywhere', ['clingy']],
    ['escapes through the gate every night', ['escape']],
    ['lazy all day but barks at night', ['lazy', 'loud']],
    ['मेरा कुत्ता बहुत आलसी है', ['lazy']],
    ['Roast my dog', []],
  ])('finds the trait families of %j', (prompt, traits) => {
    expect(parsePrompt(prompt).traits).toEqual(traits);
  });
});

describe('Function: stripContactDetails', () => {
  it('removes e-mails, URLs, phone numbers and handles, and keeps the rest', () => {
    const prompt =
      'Roast my dog Bruno! Mail me at bruno.owner+pets@example.com, call +91 98765-43210 or (022) 2345 6789, ' +
      'see https://insta.example/bruno?x=1, www.brunodog.in and brunodog.com/videos, follow @bruno_the_beagle.';
    const { text, removed } = stripContactDetails(prompt);
    expect(removed).toBe(7);
    for (const gone of ['@', 'example', '98765', '2345', 'www', 'brunodog', 'http']) expect(text).not.toContain(gone);
    expect(text).toContain('Roast my dog Bruno!');
    expect(hasContactDetails(text)).toBe(false);
    // The name still comes from what is left; a handle is never read as a name.
    expect(parsePrompt(prompt).petName).toBe('Bruno');
    expect(parsePrompt('Roast @luna_cat my cat').petName).toBeUndefined();
  });

  it('leaves numbers that are not phone numbers alone', () => {
    expect(stripContactDetails('My 2 dogs ate 3 pizzas in 2024').text).toBe('My 2 dogs ate 3 pizzas in 2024');
  });
});
