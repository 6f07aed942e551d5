import { describe, expect, it } from 'vitest';
import { MAX_NAME_CHARS, parsePrompt } from '../../../lambdas/engines/writer/prompt.js';
import { writeTemplate } from '../../../lambdas/engines/writer/template.js';

/**
 * Pet names as people write them (docs/writer.md, "Prompt parsing"): titles and honorifics, long names,
 * "pet"/"baby"/"boy"/"girl" as the noun, romanised word orders, fancy Unicode letters, other scripts.
 */
describe('Function: parsePrompt (names)', () => {
  it.each([
    // Titles and honorifics stay part of the name.
    ['Roast my dog Mr. Biscuit', 'Mr. Biscuit'],
    ['Roast my dog Mr Biscuit who steals socks', 'Mr Biscuit'],
    ['Roast my cat Dr. Whiskers, she judges everyone', 'Dr. Whiskers'],
    ['roast my beagle Sir Barksalot', 'Sir Barksalot'],
    ['Roast my cat Lady Marmalade', 'Lady Marmalade'],
    ['My parrot Captain Jack screams all day', 'Captain Jack'],
    ['Roast my dog Shri Bruno', 'Shri Bruno'],
    ['Roast my cat Sri Mithai', 'Sri Mithai'],
    ['Roast my cow Smt. Gauri', 'Smt. Gauri'],
    ['Roast my pug Baby Shark', 'Baby Shark'],
    ['Roast Mr. Biscuit who steals socks', 'Mr. Biscuit'],
    ['my dog Captain is lazy', 'Captain'],
    // "pet", "baby", "boy", "girl" as the noun.
    ['Roast my lazy pet Bruno', 'Bruno'],
    ['Roast my baby Bruno who sleeps all day', 'Bruno'],
    ['Roast our good boy Max', 'Max'],
    ['Roast my girl Luna, a total diva', 'Luna'],
    // Romanised word orders (Hinglish and others).
    ['Mera Bruno bahut aalsi hai', 'Bruno'],
    ['Mera kutta Sheru bahut aalsi hai', 'Sheru'],
    ['Meri billi Mini bahut aalsi hai', 'Mini'],
    ['Amar Bruno khub olosh', 'Bruno'],
    ['En Raja romba somberi', 'Raja'],
    // Long multi-word names.
    ['Roast my dog Sir Fluffington Barksworth III', 'Sir Fluffington Barksworth III'],
    ['Roast my cat Princess Consuela Banana Hammock', 'Princess Consuela Banana Hammock'],
    // Fancy Unicode letters read as the name they spell (NFKC).
    ['Roast my dog Ⓑⓡⓤⓝⓞ', 'Bruno'],
    ['Roast my dog 𝐁𝐫𝐮𝐧𝐨 who steals socks', 'Bruno'],
    ['Roast my cat 𝓛𝓾𝓷𝓪', 'Luna'],
    ['Roast my dog Ｂｒｕｎｏ', 'Bruno'],
    ['Roast my dog 𝕄𝕣. 𝔹𝕚𝕤𝕔𝕦𝕚𝕥', 'Mr. Biscuit'],
    // Other scripts: the name as written.
    ['मेरा कुत्ता शेरू बहुत आलसी है', 'शेरू'],
    ['मेरी बिल्ली मिनी दिन भर सोती है', 'मिनी'],
    ['Roast my dog शेरू', 'शेरू'],
  ])('%j → %j', (prompt, name) => {
    expect(parsePrompt(prompt).petName).toBe(name);
  });

  it('never cuts a one-word name mid-word, and shortens a very long multi-word name at a word boundary', () => {
    const long = 'Barkimusmaximusfluffingtonthethirdofyork'; // 40 characters
    expect(long).toHaveLength(40);
    expect(parsePrompt(`Roast my dog ${long} who barks`).petName).toBe(long);
    const many = 'Sir Fluffington Barksworth Maximilian Wigglebottom Esquire';
    const parsed = parsePrompt(`Roast my dog ${many} please`).petName!;
    expect(parsed.length).toBeLessThanOrEqual(MAX_NAME_CHARS);
    expect(many.startsWith(parsed)).toBe(true);
    expect(many.charAt(parsed.length)).toMatch(/^( |)$/);
  });

  it.each(['Roast my pet', 'Roast my baby', 'Roast my lazy dog who sleeps all day!', 'Mera kutta bahut aalsi hai', 'My dog. Mr. Smith says he is lazy'])(
    'finds no name where there is none: %j',
    (prompt) => {
      expect(parsePrompt(prompt).petName).toBeUndefined();
    },
  );

  it('narrates the name as written: "Mr. Biscuit" keeps its title in every line that names the pet', () => {
    const out = writeTemplate({ prompt: 'Roast my dog Mr. Biscuit', pets: [{ label: 'dog', count: 1, confidence: 0.9 }], language: 'en', seed: 'job_1' });
    expect(out.lines[0]).toContain('Mr. Biscuit');
    expect(out.lines.at(-1)).toContain('Mr. Biscuit');
    expect(out.script).not.toMatch(/Mr\.(?! Biscuit)/);
    const hinglish = writeTemplate({ prompt: 'Mera Bruno bahut aalsi hai', pets: [{ label: 'dog', count: 1, confidence: 0.9 }], language: 'hi', seed: 'job_1' });
    expect(hinglish.script).toContain('Bruno');
    expect(hinglish.script).not.toContain('कुत्ता जी');
  });
});
