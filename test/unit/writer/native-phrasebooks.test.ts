import { readdirSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { allLines } from '../../support/phrase-lines.js';
import { HINDI } from '../../../lambdas/engines/writer/phrasebook.js';
import type { NativePhrasebook } from '../../../lambdas/engines/writer/phrasebooks/types.js';
import { TRAIT_FAMILIES } from '../../../lambdas/engines/writer/prompt.js';
import { PET_LABELS } from '../../../lambdas/domain/schemas/common.js';

/**
 * Structural checks of every native phrasebook file in lambdas/engines/writer/phrasebooks/ (docs/writer.md,
 * "Phrasebooks"): each part at least as long as Hindi's, the language's own script, back-translations,
 * known placeholders, no suffix glued to the name, no repeated line, prompt vocabulary for every class
 * and trait family in the script and romanised.
 */
const DIR = fileURLToPath(new URL('../../../lambdas/engines/writer/phrasebooks/', import.meta.url));
const FILES = readdirSync(DIR).filter((f) => /^[a-z]{2}\.ts$/.test(f));

/** The Unicode script each language is written in, and the sentence-final marks it uses. */
const SCRIPT: Record<string, { re: RegExp; ends: RegExp }> = {
  en: { re: /\p{Script=Latin}/u, ends: /[.!?]$/u },
  hi: { re: /\p{Script=Devanagari}/u, ends: /[।!?]$/u },
  mr: { re: /\p{Script=Devanagari}/u, ends: /[.!?।]$/u },
  bn: { re: /\p{Script=Bengali}/u, ends: /[।!?]$/u },
  as: { re: /\p{Script=Bengali}/u, ends: /[।!?]$/u },
  pa: { re: /\p{Script=Gurmukhi}/u, ends: /[।!?]$/u },
  gu: { re: /\p{Script=Gujarati}/u, ends: /[.!?]$/u },
  or: { re: /\p{Script=Oriya}/u, ends: /[।!?]$/u },
  ta: { re: /\p{Script=Tamil}/u, ends: /[.!?]$/u },
  te: { re: /\p{Script=Telugu}/u, ends: /[.!?]$/u },
  kn: { re: /\p{Script=Kannada}/u, ends: /[.!?]$/u },
  ml: { re: /\p{Script=Malayalam}/u, ends: /[.!?]$/u },
  ur: { re: /\p{Script=Arabic}/u, ends: /[۔!؟]$/u },
};

const PLACEHOLDER = /\{(name|Name|noun|nouns|count|Count)\}/g;
const ALTERNATIVE = /\{([^{}|]*)\|([^{}|]*)(?:\|([^{}|]*))?\}/g;


it('there is at least one native phrasebook file to check', () => {
  expect(FILES.length).toBeGreaterThan(0);
});

describe.each(FILES)('phrasebooks/%s', (file) => {
  const code = file.slice(0, 2);
  const load = async (): Promise<NativePhrasebook> => {
    const mod = (await import(pathToFileURL(DIR + file).href)) as Record<string, unknown>;
    const books = Object.values(mod).filter((v): v is NativePhrasebook => typeof v === 'object' && v !== null && 'classJabs' in v);
    expect(books).toHaveLength(1);
    return books[0]!;
  };

  it('is the language its file names and has a known script', async () => {
    const book = await load();
    expect(book.language).toBe(code);
    expect(SCRIPT[code]).toBeDefined();
  });

  it('has every part at least as long as the Hindi phrasebook', async () => {
    const book = await load();
    expect(book.openers.length).toBeGreaterThanOrEqual(HINDI.openers.length);
    expect(book.groupOpeners.length).toBeGreaterThanOrEqual(HINDI.groupOpeners.length);
    expect(book.closers.length).toBeGreaterThanOrEqual(HINDI.closers.length);
    expect(book.groupClosers.length).toBeGreaterThanOrEqual(HINDI.groupClosers.length);
    for (const cls of PET_LABELS) expect(book.classJabs[cls]?.length ?? 0, cls).toBeGreaterThanOrEqual(HINDI.classJabs[cls].length);
    for (const t of TRAIT_FAMILIES) expect(book.traitJabs[t]?.length ?? 0, t).toBeGreaterThanOrEqual(HINDI.traitJabs[t].length);
    for (const n of [2, 3, 4, 5, 6, 7, 8, 9, 10] as const) expect(book.numbers[n], String(n)).toBeTruthy();
  });

  it('writes every line in its own script, with an English back-translation and sentence-final punctuation', async () => {
    const book = await load();
    const { re, ends } = SCRIPT[code]!;
    for (const line of [...allLines(book), book.unnamed, book.gangLeader]) {
      const letters = [...line.text.replace(PLACEHOLDER, '').replace(ALTERNATIVE, '$1$2$3')].filter((c) => /\p{L}/u.test(c));
      const own = letters.filter((c) => re.test(c)).length;
      expect(own / Math.max(1, letters.length), line.text).toBeGreaterThanOrEqual(0.95);
      expect(line.en.trim().length, line.text).toBeGreaterThan(3);
      expect(/\p{Script=Latin}/u.test(line.en), line.text).toBe(true);
    }
    for (const line of allLines(book)) expect(line.text.trim(), line.text).toMatch(ends);
  });

  it('uses only known placeholders, balanced alternatives, and glues nothing to the name', async () => {
    const book = await load();
    for (const line of allLines(book)) {
      const braces = line.text.replace(PLACEHOLDER, '').replace(ALTERNATIVE, '');
      expect(braces, line.text).not.toMatch(/[{}|]/);
      // A letter or combining mark right before or after {name} would be a suffix on a foreign name.
      expect(line.text, line.text).not.toMatch(/[\p{L}\p{M}]\{[Nn]ame\}|\{[Nn]ame\}[\p{L}\p{M}\u200c\u200d]/u);
    }
  });

  it('repeats no line', async () => {
    const book = await load();
    const texts = allLines(book).map((l) => l.text.trim());
    expect(new Set(texts).size).toBe(texts.length);
  });

  it('knows pet and trait words in the script and romanised', async () => {
    const book = await load();
    const { re } = SCRIPT[code]!;
    for (const cls of PET_LABELS) {
      const words = book.petWords[cls] ?? [];
      expect(words.some((w) => re.test(w)), `${cls} in script`).toBe(true);
      expect(words.some((w) => /^[\p{Script=Latin} '-]+$/u.test(w)), `${cls} romanised`).toBe(true);
    }
    for (const t of TRAIT_FAMILIES) {
      const words = book.traitWords[t] ?? [];
      expect(words.some((w) => re.test(w)), `${t} in script`).toBe(true);
      expect(words.some((w) => /^[\p{Script=Latin} '-]+$/u.test(w)), `${t} romanised`).toBe(true);
    }
    expect(Object.values(book.numberWords)).toContain(2);
    expect(book.notNames.length).toBeGreaterThan(0);
  });
});
