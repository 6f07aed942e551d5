import { describe, expect, it } from 'vitest';
import { fromDevanagari, inLanguageScript, toDevanagari } from '../../../lambdas/domain/brahmic.js';
import type { LanguageCode } from '../../../lambdas/domain/languages.js';
import { titleName, videoTitle, writeScriptFor } from '../../../lambdas/engines/writer/writer.js';

// docs/writer.md, "Names in another script".

describe('Function: inLanguageScript', () => {
  it.each([
    ['शेरू', 'pa', 'ਸ਼ੇਰੂ'],
    ['शेरू', 'bn', 'শেরূ'],
    ['शेरू', 'as', 'শেৰূ'],
    ['शेरू', 'gu', 'શેરૂ'],
    ['शेरू', 'or', 'ଶେରୂ'],
    ['शेरू', 'te', 'శేరూ'],
    ['शेरू', 'kn', 'ಶೇರೂ'],
    ['शेरू', 'ml', 'ശേരൂ'],
    ['शेरू', 'ta', 'ஷேரூ'],
    ['ਸ਼ੇਰੂ', 'hi', 'शेरू'],
    ['ராஜா', 'hi', 'राजा'],
    ['ராஜா', 'ml', 'രാജാ'],
    ['মিনি', 'pa', 'ਮਿਨਿ'],
    ['ಮೋತಿ', 'te', 'మోతి'],
    ['भोला', 'ta', 'போலா'],
    ['रानी', 'ta', 'ரானீ'],
    ['ചന്ദ്രൻ', 'hi', 'चन्द्रन'],
  ] as const)('%s in %s script is %s', (name, language, expected) => {
    expect(inLanguageScript(name, language)).toBe(expected);
  });

  it('leaves Latin names, names already in the script, and English or Urdu narrations as written', () => {
    expect(inLanguageScript('Bruno', 'pa')).toBe('Bruno');
    expect(inLanguageScript('ਸ਼ੇਰੂ', 'pa')).toBe('ਸ਼ੇਰੂ');
    expect(inLanguageScript('शेरू', 'en')).toBe('शेरू');
    expect(inLanguageScript('शेरू', 'ur')).toBe('शेरू');
  });

  it('round-trips every consonant of the parallel layout that both scripts have', () => {
    for (const language of ['bn', 'pa', 'gu', 'or', 'te', 'kn', 'ml'] as const) {
      for (const deva of ['क', 'ग', 'च', 'ज', 'ट', 'ड', 'त', 'द', 'न', 'प', 'ब', 'म', 'ल', 'स', 'ह']) {
        expect(toDevanagari(fromDevanagari(deva, language)), `${deva} via ${language}`).toBe(deva);
      }
    }
  });
});

describe('Writer path: a name in another Brahmic script', () => {
  const cases: Array<{ text: string; source: LanguageCode; language: LanguageCode; written: string; expected: string }> = [
    { text: 'मेरा कुत्ता शेरू दिन भर सोता है', source: 'hi', language: 'pa', written: 'शेरू', expected: 'ਸ਼ੇਰੂ' },
    { text: 'என் நாய் ராஜா ரொம்ப சோம்பேறி', source: 'ta', language: 'hi', written: 'ராஜா', expected: 'राजा' },
    { text: 'मेरा कुत्ता शेरू दिन भर सोता है', source: 'hi', language: 'ta', written: 'शेरू', expected: 'ஷேரூ' },
    { text: 'मेरा कुत्ता शेरू दिन भर सोता है', source: 'hi', language: 'bn', written: 'शेरू', expected: 'শেরূ' },
  ];
  it.each(cases)('$source prompt narrated in $language: title and captions say $expected', async ({ text, source, language, written, expected }) => {
    const job = { job_id: 'job_names_1', text, text_mode: 'prompt' as const, language, source_lang: source, detected_pets: [{ label: 'dog', confidence: 0.9 }] };
    const script = await writeScriptFor(job, { name: 'template', write: () => Promise.reject(new Error('use the fallback')) });
    // The captions are the script's lines.
    expect(script.lines.some((l) => l.includes(expected)), script.script).toBe(true);
    expect(script.script).not.toContain(written);
    const title = videoTitle(script.language, titleName(job));
    expect(title).toContain(expected);
    expect(title).not.toContain(written);
  });

  it('the Punjabi title of "मेरा कुत्ता शेरू" is "ਸ਼ੇਰੂ ਦਾ ਰੋਸਟ"', () => {
    expect(videoTitle('pa', 'शेरू')).toBe('ਸ਼ੇਰੂ ਦਾ ਰੋਸਟ');
  });

  it('keeps a Latin name as written in an Indic narration', async () => {
    const job = { job_id: 'job_names_2', text: 'Roast my dog Sheru', text_mode: 'prompt' as const, language: 'pa' as const, source_lang: 'en' as const, detected_pets: [{ label: 'dog', confidence: 0.9 }] };
    const script = await writeScriptFor(job, { name: 'template', write: () => Promise.reject(new Error('use the fallback')) });
    expect(script.script).toContain('Sheru');
    expect(videoTitle('pa', titleName(job))).toBe('Sheru ਦਾ ਰੋਸਟ');
  });
});
