import { describe, expect, it } from 'vitest';
import { LANGUAGE_CODES, type LanguageCode } from '../../../../lambdas/domain/languages.js';
import { MAX_PHRASE_CHARS, sentenceWordGroups, splitPhrases, timedCuesForLine } from '../../../../lambdas/engines/renderer/captions.js';
import { buildWebVtt } from '../../../../lambdas/engines/renderer/webvtt.js';
import { PHRASEBOOKS } from '../../../../lambdas/engines/writer/phrasebooks/registry.js';
import { fillFor, fillLine } from '../../../../lambdas/engines/writer/template.js';
import { allLines } from '../../../support/phrase-lines.js';
import { parseWebVtt } from './media-checks.js';

/**
 * Caption phrases never straddle a sentence end (docs/renderer.md "Captions"): a phrase (burned-in cue and
 * WebVTT cue) does not join the end of one sentence with the start of the next, in any script. Judged
 * independently of the splitter: a sentence terminator of any of our scripts followed (after closing quotes)
 * by a space and more text inside one cue is a straddle.
 */
const STRADDLE = /[.!?।॥۔؟‼⁉][”’"'»)]*\s+\S/u;

/** Every phrasebook line of `language`, filled for a named dog (the name "Bruno"), as the template writer writes it. */
function filledLines(language: LanguageCode): string[] {
  const book = PHRASEBOOKS[language];
  const fill = fillFor(book, { cls: 'dog', count: 1, mixed: false }, 'Bruno');
  return allLines(book).map((l) => fillLine(l.text, fill).replace(/\s+/g, ' ').trim());
}

/** The WebVTT cues of one line (length-timed words, as for a voice without word timings), read back strictly. */
function vttCues(line: string, language: LanguageCode) {
  const cues = timedCuesForLine(line, undefined, 0, 8, 1, MAX_PHRASE_CHARS, language);
  return parseWebVtt(buildWebVtt(cues, language)).map((cue) => cue.words.map((w) => w.text).join(' '));
}

describe('caption phrases end where sentences end', () => {
  it.each([
    ['en', 'Bruno sleeps all day. He wakes up only for dinner! Who raised him? Nobody knows.'],
    ['hi', 'ब्रूनो दिन भर सोता है। खाने के समय ही उठता है॥ इसे किसने पाला? कोई नहीं जानता।'],
    ['ur', 'برونو سارا دن سوتا ہے۔ کھانے پر ہی اٹھتا ہے؟ اسے کس نے پالا! کوئی نہیں جانتا۔'],
    ['ta', 'புருனோ நாள் முழுக்க தூங்குகிறான். சாப்பாட்டுக்கு மட்டும் எழுகிறான்! யார் வளர்த்தது?'],
    ['pa', 'ਬਰੂਨੋ ਸਾਰਾ ਦਿਨ ਸੌਂਦਾ ਹੈ। ਖਾਣੇ ਵੇਲੇ ਹੀ ਉੱਠਦਾ ਹੈ॥ ਕਿਸਨੇ ਪਾਲਿਆ?'],
  ] as const)('%s: each sentence starts a new cue, in the WebVTT cues too', (language, line) => {
    const cues = vttCues(line, language);
    expect(cues.join(' ')).toBe(line);
    for (const cue of cues) expect(cue, cue).not.toMatch(STRADDLE);
    // Four (three) sentences, each shorter than a phrase: exactly one cue each.
    expect(cues).toHaveLength(line.split(STRADDLE).length);
  });

  it('a title ("Mr. Bruno") is not a sentence end, and a word with a terminator inside ("wow!Next") is never cut', () => {
    expect(splitPhrases('Mr. Bruno sleeps. Dr. Who eats.')).toEqual(['Mr. Bruno sleeps.', 'Dr. Who eats.']);
    expect(sentenceWordGroups('wow!Next time, Bruno.')).toEqual([['wow!Next', 'time,', 'Bruno.']]);
    expect(splitPhrases('Bruno, you are a very lazy dog and everyone in this house knows it')).toHaveLength(2);
  });

  it.each(LANGUAGE_CODES.map((l) => [l]))('%s: no cue of any phrasebook line joins two sentences; the words, in order, are the line', (language) => {
    const lines = filledLines(language);
    let multiSentence = 0;
    for (const line of lines) {
      if (STRADDLE.test(line)) multiSentence++;
      const cues = vttCues(line, language);
      expect(cues.join(' '), line).toBe(line);
      for (const cue of cues) {
        expect(cue, `${line}\n→ ${cue}`).not.toMatch(STRADDLE);
        expect([...cue].length <= MAX_PHRASE_CHARS || !cue.includes(' '), cue).toBe(true);
      }
    }
    // The check has lines to bite on: every phrasebook has lines of two sentences or more.
    expect(multiSentence, `${language}: lines with two sentences or more`).toBeGreaterThan(0);
  });
});
