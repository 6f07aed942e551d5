import { describe, expect, it } from 'vitest';
import { LANGUAGE_CODES } from '../../../lambdas/domain/languages.js';
import { findScriptMismatch, isWrittenIn, scriptStats } from '../../../lambdas/domain/scripts.js';

/** A real sentence in each language (from the providers' documentation and common phrase books). */
const SAMPLES: Record<string, string> = {
  en: 'Your dog is a couch potato.',
  hi: 'आपका कुत्ता एक काउच पोटैटो है।',
  mr: 'तुमचा कुत्रा खूप आळशी आहे.',
  bn: 'আপনার কুকুরটি খুব অলস।',
  as: 'আপোনাৰ কুকুৰটো বৰ এলেহুৱা।',
  ta: 'உங்கள் பூனை உங்களை அமைதியாக மதிப்பிடுகிறது.',
  te: 'మీ కుక్క చాలా సోమరిది.',
  ml: 'നിങ്ങളുടെ നായ വളരെ മടിയനാണ്.',
  kn: 'ನಿಮ್ಮ ನಾಯಿ ತುಂಬಾ ಸೋಮಾರಿ.',
  gu: 'તમારો કૂતરો ખૂબ આળસુ છે.',
  pa: 'ਤੁਹਾਡਾ ਕੁੱਤਾ ਬਹੁਤ ਆਲਸੀ ਹੈ।',
  or: 'ଆପଣଙ୍କ ଶୁଆ ବହୁତ କଥା କହେ।',
  ur: 'آپ کا کتا بہت سست ہے۔',
};

describe('Function: isWrittenIn', () => {
  it.each(LANGUAGE_CODES)('accepts a real %s sentence in its own script', (lang) => {
    expect(isWrittenIn(SAMPLES[lang] as string, lang)).toBe(true);
  });

  it.each(LANGUAGE_CODES.filter((l) => l !== 'en'))('rejects an English echo for target %s', (lang) => {
    expect(isWrittenIn(SAMPLES.en as string, lang)).toBe(false);
  });

  it('tells scripts apart: Hindi is not Bengali, Tamil is not Malayalam, Urdu is not Latin', () => {
    expect(isWrittenIn(SAMPLES.hi as string, 'bn')).toBe(false);
    expect(isWrittenIn(SAMPLES.ta as string, 'ml')).toBe(false);
    expect(isWrittenIn(SAMPLES.ur as string, 'en')).toBe(false);
    // Shared scripts are shared: Marathi text is Devanagari, Assamese text is Bengali script.
    expect(isWrittenIn(SAMPLES.mr as string, 'hi')).toBe(true);
    expect(isWrittenIn(SAMPLES.as as string, 'bn')).toBe(true);
  });

  it('counts Indic vowel signs (combining marks) as letters of the script', () => {
    expect(scriptStats('कि', 'hi')).toEqual({ letters: 2, inScript: 2 });
  });

  it('tolerates a few Latin names in a translation (at least half the letters decide)', () => {
    expect(isWrittenIn('Bruno बहुत आलसी कुत्ता है।', 'hi')).toBe(true);
    expect(isWrittenIn('Bruno the lazy dog है।', 'hi')).toBe(false);
  });

  it('passes texts without letters (numbers, emoji)', () => {
    expect(isWrittenIn('123 🐶!', 'ta')).toBe(true);
  });
});

describe('Function: findScriptMismatch', () => {
  it('flags the first long chunk that is not in the target script, even if the total would pass', () => {
    const outputs = [SAMPLES.hi, SAMPLES.hi, SAMPLES.hi, 'This sentence was not translated at all.'] as string[];
    expect(findScriptMismatch(outputs, 'hi')).toBe(3);
  });

  it('judges short chunks only as part of the whole text', () => {
    expect(findScriptMismatch([SAMPLES.hi as string, 'OK!'], 'hi')).toBeUndefined();
    expect(findScriptMismatch(['OK!', 'Yes.'], 'hi')).toBe(-1);
  });
});

describe('Letters outside the service scripts', () => {
  it('neither pass nor fail a text: copied-through CJK or private-use letters are not judged, an echo still is', () => {
    // Prepare: what a provider may copy through untouched from a hostile input.
    const copied = '񋎷𦝂񍭲񕼧򫮔 漢字 кот';
    // Act / Assess
    expect(scriptStats(copied, 'en')).toEqual({ letters: 0, inScript: 0 });
    expect(findScriptMismatch([copied], 'hi')).toBeUndefined();
    expect(findScriptMismatch(['񋎷𦝂񍭲 漢字'], 'en')).toBeUndefined();
    expect(findScriptMismatch(['Your parrot talks too much 漢字'], 'hi')).toBe(0);
  });
});
