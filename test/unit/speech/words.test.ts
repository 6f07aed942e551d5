import { describe, expect, it } from 'vitest';
import { scriptWords, timingsForWords, utf8OffsetToIndex } from '../../../lambdas/engines/speech/words.js';
import { parsePollyMarksForTest } from './polly-marks.js';

describe('scriptWords', () => {
  it('splits at whitespace, strips edge punctuation and keeps combining marks with their letters', () => {
    const text = '"Look," तुम्हारा कुत्ता — सिंहासन।';
    const words = scriptWords(text);
    expect(words.map((w) => w.word)).toEqual(['Look', 'तुम्हारा', 'कुत्ता', 'सिंहासन']);
    for (const w of words) expect(text.slice(w.charStart, w.charEnd)).toBe(w.word);
  });
});

describe('utf8OffsetToIndex (Polly speech marks count UTF-8 bytes)', () => {
  it('maps byte offsets of Devanagari (3 bytes per code unit) and of an astral emoji (4 bytes, 2 code units) to string indexes', () => {
    const text = 'कुत्ता 🐶 dog';
    // क ु त ् त ा = 6 code points × 3 bytes = 18 bytes; space = 1; 🐶 = 4 bytes; space = 1.
    expect(utf8OffsetToIndex(text, 0)).toBe(0);
    expect(utf8OffsetToIndex(text, 18)).toBe(6);
    expect(utf8OffsetToIndex(text, 19)).toBe(7);
    expect(utf8OffsetToIndex(text, 23)).toBe(9);
    expect(text.slice(utf8OffsetToIndex(text, 24), utf8OffsetToIndex(text, 27))).toBe('dog');
    expect(utf8OffsetToIndex(text, 4)).toBe(1); // inside the second character's bytes → its start
    expect(utf8OffsetToIndex(text, 999)).toBe(text.length);
  });

  it('Polly marks of a Hindi line become word timings on the right words (bytes ≠ characters)', () => {
    const text = 'तुम्हारा कुत्ता सोचता है।';
    const timings = parsePollyMarksForTest(text, [0.1, 0.6, 1.0, 1.4], 2.0);
    expect(timings.map((t) => t.word)).toEqual(['तुम्हारा', 'कुत्ता', 'सोचता', 'है']);
    expect(timings.map((t) => t.startS)).toEqual([0.1, 0.6, 1.0, 1.4]);
    expect(timings.at(-1)!.endS).toBe(2.0);
  });
});

describe('timingsForWords', () => {
  it('covers every word, monotonic and inside the audio, interpolating words no span covers', () => {
    const text = 'one two three four';
    const t = timingsForWords(text, [{ charStart: 0, charEnd: 3, startS: 0.2 }, { charStart: 14, charEnd: 18, startS: 1.5 }, { charStart: 4, charEnd: 7, startS: 9 }], 2);
    expect(t.map((w) => w.word)).toEqual(['one', 'two', 'three', 'four']);
    for (const [i, w] of t.entries()) {
      expect(w.startS).toBeGreaterThanOrEqual(i ? t[i - 1]!.startS : 0);
      expect(w.endS).toBeLessThanOrEqual(2);
      expect(w.endS).toBeGreaterThanOrEqual(w.startS);
    }
    // 'two' was reported at 9 s (outside the audio): clamped to the end, and the rest stays monotonic.
    expect(t[1]!.startS).toBe(2);
  });
});
