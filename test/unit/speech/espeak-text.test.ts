import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { espeakInput } from '../../../lambdas/engines/speech/espeak-text.js';
import { spokenForm } from '../../../lambdas/engines/renderer/text.js';
import { ASSAMESE } from '../../../lambdas/engines/writer/phrasebooks/as.js';

/** espeak-ng's phoneme mnemonics for `text` in `voice` (what it would say, without audio). */
const phonemes = (text: string, voice: string): string =>
  execFileSync('espeak-ng', ['-q', '-x', '-v', voice, '--stdin'], { input: text, encoding: 'utf8' }).replace(/\s+/g, ' ').trim();

// What the `as` voice says for a lone nukta: the letter's name (bindu), the mark of a spelled-out word.
const SPELLED = /b'?ind/u;

describe('espeak-ng input fix-ups (docs/renderer.md "Text")', () => {
  const words = [...new Set(Object.values(ASSAMESE).flatMap((v) => JSON.stringify(v).match(/[\u0980-\u09FF]*[য়ড়ঢ়][\u0980-\u09FF]*/gu) ?? []))];

  it('finds Assamese phrasebook words with য়, ড় or ঢ় to check', () => {
    expect(words.length).toBeGreaterThan(20);
  });

  it('the as voice spells out those words as the speech normaliser leaves them, and reads them all after the fix-up', () => {
    const normalised = words.map((w) => spokenForm(w));
    const spelledBefore = normalised.filter((w) => SPELLED.test(phonemes(w, 'as')));
    const spelledAfter = normalised.filter((w) => SPELLED.test(phonemes(espeakInput(w, 'as'), 'as')));
    expect(spelledBefore.length).toBeGreaterThan(words.length / 4);
    expect(spelledAfter).toEqual([]);
  });

  it('leaves other languages untouched', () => {
    const bengali = spokenForm('ভয় পায়, বড় ঢাক');
    expect(espeakInput(bengali, 'bn')).toBe(bengali);
    expect(espeakInput('Bruno', 'en')).toBe('Bruno');
  });
});
