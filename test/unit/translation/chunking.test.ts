import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { chunksToTranslate, joinChunks, planChunks, splitSentences } from '../../../lambdas/engines/translation/chunking.js';

describe('Function: splitSentences', () => {
  it('ends sentences at . ! ? । ॥ and newlines, keeping the whitespace after each', () => {
    // Prepare
    const text = '  Hi there. Is he lazy?! Yes!\nआपका कुत्ता सोता है। बहुत॥ 3.5 kg…  ok';

    // Act
    const { lead, sentences } = splitSentences(text);

    // Assess
    expect(lead).toBe('  ');
    expect(sentences.map((s) => s.text)).toEqual(['Hi there.', 'Is he lazy?!', 'Yes!', 'आपका कुत्ता सोता है।', 'बहुत॥', '3.5 kg…', 'ok']);
    expect(sentences.map((s) => s.gap)).toEqual([' ', ' ', '\n', ' ', ' ', '  ', '']);
  });

  it('keeps closing quotes with their sentence and does not split decimals', () => {
    const { sentences } = splitSentences('He said "Sit." Then 2.5 naps! (Really.) Done');
    expect(sentences.map((s) => s.text)).toEqual(['He said "Sit."', 'Then 2.5 naps!', '(Really.)', 'Done']);
  });
});

describe('Function: planChunks', () => {
  it('packs sentences into chunks within the character limit and never across a newline', () => {
    // Prepare
    const sentence = 'My lazy dog sleeps all day long.'; // 32 chars
    const text = `${Array(5).fill(sentence).join(' ')}\n\n${sentence}`;

    // Act
    const parts = planChunks(text, { maxChars: 70 });

    // Assess
    const chunks = chunksToTranslate(parts);
    expect(chunks).toEqual([`${sentence} ${sentence}`, `${sentence} ${sentence}`, sentence, sentence]);
    expect(parts.map((p) => p.text).join('')).toBe(text);
    expect(parts.filter((p) => !p.translate).map((p) => p.text)).toEqual([' ', ' ', '\n\n']);
  });

  it('respects a UTF-8 byte limit (Amazon Translate) for Indic text', () => {
    // Each Devanagari character is 3 bytes.
    const text = Array(400).fill('आपका कुत्ता बहुत आलसी है।').join(' ');
    const chunks = chunksToTranslate(planChunks(text, { maxBytes: 10_000 }));
    expect(chunks.length).toBeGreaterThan(1);
    for (const chunk of chunks) expect(Buffer.byteLength(chunk, 'utf8')).toBeLessThanOrEqual(10_000);
  });

  it('cuts an unpunctuated run at spaces and an over-long word at grapheme boundaries', () => {
    const words = Array(60).fill('woof').join(' ');
    const chunks = chunksToTranslate(planChunks(words, { maxChars: 50 }));
    expect(chunks.every((c) => c.length <= 50)).toBe(true);
    expect(chunks.join(' ')).toBe(words);

    const word = 'क्षि'.repeat(30); // conjuncts: never split inside a grapheme
    const pieces = chunksToTranslate(planChunks(word, { maxChars: 10 }));
    expect(pieces.join('')).toBe(word);
    for (const piece of pieces) expect(piece.length).toBeLessThanOrEqual(10);
    expect(pieces.every((p) => !p.startsWith('्'))).toBe(true);
  });

  it('leaves parts without letters (emoji, numbers, punctuation) untranslated', () => {
    const parts = planChunks('Good boy!\n🐶🐶 123\nSit.');
    expect(chunksToTranslate(parts)).toEqual(['Good boy!', 'Sit.']);
    expect(joinChunks(parts, ['अच्छा लड़का!', 'बैठो।'])).toBe('अच्छा लड़का!\n🐶🐶 123\nबैठो।');
  });

  it('rejoins translations with the original separators', () => {
    const text = ' Line one. Line two!\r\n\r\nLine three? ';
    const parts = planChunks(text, { maxChars: 12 });
    const translated = joinChunks(parts, chunksToTranslate(parts).map((c) => `<${c.toUpperCase()}>`));
    expect(translated).toBe(' <LINE ONE.> <LINE TWO!>\r\n\r\n<LINE THREE?> ');
  });

  it('property: the parts always rebuild the text, and every chunk is within the limits', () => {
    const alphabet = fc.constantFrom('a', 'b', 'क', 'ि', '्', ' ', ' ', '.', '!', '?', '।', '\n', '🐶', 'x');
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 400 }), fc.integer({ min: 4, max: 60 }), (chars, limit) => {
        const text = chars.join('');
        const parts = planChunks(text, { maxChars: limit, maxBytes: limit * 2 });
        expect(parts.map((p) => p.text).join('')).toBe(text);
        for (const chunk of chunksToTranslate(parts)) {
          // A single grapheme may exceed a tiny limit; anything longer must not.
          if ([...new Intl.Segmenter('und', { granularity: 'grapheme' }).segment(chunk)].length > 1) {
            expect(chunk.length).toBeLessThanOrEqual(limit);
            expect(Buffer.byteLength(chunk)).toBeLessThanOrEqual(limit * 2);
          }
          expect(chunk).toBe(chunk.trim());
          expect(chunk).not.toMatch(/[\n\r]/);
        }
        expect(joinChunks(parts, chunksToTranslate(parts))).toBe(
          parts.map((p) => (p.translate ? p.text.trim() : p.text)).join(''),
        );
      }),
      { numRuns: 300 },
    );
  });
});
