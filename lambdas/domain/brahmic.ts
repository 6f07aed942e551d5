import type { LanguageCode } from './languages.js';

/**
 * The nine Brahmic scripts of the narration languages and conversion between them (docs/writer.md, "Names in
 * another script"; docs/voices.md "Names in Latin script"). Their Unicode blocks follow the ISCII order
 * (The Unicode Standard, ch. 12 "South and Central Asia-I"): the same letter sits at the same offset in every
 * block (क U+0915, ক U+0995, ਕ U+0A15, ક U+0A95, କ U+0B15, க U+0B95, క U+0C15, ಕ U+0C95, ക U+0D15), so a letter
 * moves between scripts by a fixed offset, with a few per-script fixes for letters a script lacks or writes
 * outside the parallel layout. Pure functions; used by the writer (a pet's name in the narration's script)
 * and by the speech engine (Latin names re-spelled for the voice, via Devanagari).
 */

/** Start of each narration language's Brahmic block (Devanagari U+0900 … Malayalam U+0D00). */
export const BRAHMIC_BLOCK: Readonly<Partial<Record<LanguageCode, number>>> = Object.freeze({
  hi: 0x0900, mr: 0x0900, bn: 0x0980, as: 0x0980, pa: 0x0a00, gu: 0x0a80, or: 0x0b00, ta: 0x0b80, te: 0x0c00, kn: 0x0c80, ml: 0x0d00,
});

/** ISO 15924 script name (as in `\p{Script=…}`) of each block start. */
const SCRIPT_OF_BLOCK: Readonly<Record<number, string>> = {
  0x0900: 'Devanagari', 0x0980: 'Bengali', 0x0a00: 'Gurmukhi', 0x0a80: 'Gujarati', 0x0b00: 'Oriya',
  0x0b80: 'Tamil', 0x0c00: 'Telugu', 0x0c80: 'Kannada', 0x0d00: 'Malayalam',
};

/** Fixes of one target script: Devanagari replacements before the offset is applied, and patterns after. */
interface ScriptFixes {
  before?: Readonly<Record<string, string>>;
  after?: ReadonlyArray<readonly [RegExp, string]>;
}

// The y-glide य is য় in Bengali and Assamese and ୟ in Odia (য/ଯ read "j"), except as a ya-phala after a virama.
const Y_GLIDE = (plain: string, glide: string): Array<[RegExp, string]> => [[new RegExp(`(?<![\\u09CD\\u0B4D])${plain}`, 'gu'), glide]];
// Malayalam writes a final r, l, n as its chillu letter (ർ ൽ ൻ), not with a visible virama.
const CHILLU: Array<[RegExp, string]> = [
  [/\u0D30\u0D4D$/u, '\u0D7C'],
  [/\u0D32\u0D4D$/u, '\u0D7D'],
  [/\u0D28\u0D4D$/u, '\u0D7B'],
];
/** The English open o (ऑ ॉ) and æ (ऐ ै as in "Bella") where a script has no letter for it. */
const NO_OPEN_O = { 'ऑ': 'आ', 'ॉ': 'ा', 'ै': 'े', 'ऐ': 'ए' };

/**
 * Per-script fixes of Devanagari → script (docs/voices.md "Names in Latin script"): Bengali has no व (ব);
 * Assamese writes r and w as ৰ ৱ; Tamil has no voiced or aspirated stops (ब → ப) and writes its inner n as ன.
 */
export const SCRIPT_FIXES: Readonly<Partial<Record<LanguageCode, ScriptFixes>>> = Object.freeze({
  hi: {},
  mr: {},
  bn: { before: { 'व': 'ब', 'ऑ': 'अ', 'ॉ': 'ा', 'ै': '्या', 'ऐ': 'ए' }, after: Y_GLIDE('\u09AF', '\u09DF') },
  as: { before: { 'ऑ': 'अ', 'ॉ': 'ा', 'ै': '्या', 'ऐ': 'ए', 'र': '\u09F0', 'व': '\u09F1' }, after: Y_GLIDE('\u09AF', '\u09DF') },
  pa: { before: { 'ऑ': 'ओ', 'ॉ': 'ो', 'ष': 'श', 'ऋ': 'रि', 'ृ': '्रि' } },
  gu: { before: { 'ज़': 'ज', 'फ़': 'फ' } },
  or: { before: { 'व': 'ब', 'ऑ': 'ओ', 'ॉ': 'ो' }, after: Y_GLIDE('\u0B2F', '\u0B5F') },
  ta: {
    // Tamil writes the dental ந only word-initially and before த; elsewhere its n is ன.
    after: [[/(?<=[\p{L}\p{M}])\u0BA8(?!\u0BCD\u0BA4)/gu, '\u0BA9']],
    before: {
      'ख': 'क', 'ग': 'क', 'घ': 'क', 'छ': 'च', 'झ': 'ज', 'ठ': 'ट', 'ड': 'ट', 'ढ': 'ट', 'थ': 'त', 'द': 'त', 'ध': 'त', 'फ': 'प', 'ब': 'प', 'भ': 'प',
      'श': 'ष', 'ज़': 'ज', 'फ़': 'प', 'ड़': 'ट', 'ऋ': 'रि', 'ृ': 'ि', ...NO_OPEN_O, 'ं': 'न्', 'ः': '',
    },
  },
  te: { before: { 'ज़': 'ज', 'फ़': 'फ', ...NO_OPEN_O } },
  kn: { before: { 'ज़': 'ज', 'फ़': 'फ', ...NO_OPEN_O } },
  ml: { before: { 'ज़': 'ज', 'फ़': 'फ', ...NO_OPEN_O }, after: CHILLU },
});

/**
 * Letters of the non-Devanagari blocks outside the parallel layout, back to their Devanagari letter: Assamese
 * ৰ ৱ, Bengali and Odia য় ୟ (the y-glide, Devanagari य), Odia ୱ, Tamil ன ற ழ (the alveolar n, r and ḻ:
 * न र ळ), Malayalam chillus (ൺ ൻ ർ ൽ ൾ: the letter with a virama).
 */
const TO_DEVANAGARI_FIXES: Readonly<Record<string, string>> = {
  '\u09F0': 'र', '\u09F1': 'व', '\u09DF': 'य', '\u0B5F': 'य', '\u0B71': 'व', '\u0BA9': 'न', '\u0BB1': 'र', '\u0BB4': 'ळ',
  '\u0D7A': 'ण्', '\u0D7B': 'न्', '\u0D7C': 'र्', '\u0D7D': 'ल्', '\u0D7E': 'ळ्',
  // Gurmukhi tippi (nasal, as the bindi) and addak (doubles the next consonant; dropped).
  '\u0A70': 'ं', '\u0A71': '',
};

/** A letter without its aspiration (ख → क), for a script that lacks the aspirated one. */
const DEASPIRATED: Readonly<Record<string, string>> = { 'ख': 'क', 'घ': 'ग', 'छ': 'च', 'झ': 'ज', 'ठ': 'ट', 'ढ': 'ड', 'थ': 'त', 'ध': 'द', 'फ': 'प', 'भ': 'ब' };

/** The block start of a Brahmic code point of the nine scripts, else undefined. */
const blockOf = (cp: number): number | undefined => (cp >= 0x0900 && cp <= 0x0d7f ? cp & ~0x7f : undefined);

const assigned = (cp: number, block: number): boolean => new RegExp(`\\p{scx=${SCRIPT_OF_BLOCK[block]}}`, 'u').test(String.fromCodePoint(cp));

/** Any of the nine Brahmic scripts' text → Devanagari (other characters unchanged; NFC). */
export function toDevanagari(text: string): string {
  let out = '';
  // Gurmukhi ਸ਼ ਲ਼ stay decomposed in NFC (letter + nukta): they are श ळ, not स़ ल़.
  for (const ch of text.normalize('NFC').replace(/\u0A38\u0A3C/gu, 'श').replace(/\u0A32\u0A3C/gu, 'ळ')) {
    const cp = ch.codePointAt(0)!;
    const block = blockOf(cp);
    if (block === undefined || block === 0x0900) out += ch;
    else out += TO_DEVANAGARI_FIXES[ch] ?? String.fromCodePoint(cp - block + 0x0900);
  }
  return out.normalize('NFC');
}

/**
 * Devanagari text → the Brahmic script of `language` ({@link BRAHMIC_BLOCK}), with the script's
 * {@link SCRIPT_FIXES} (and the caller's own `extra` replacements, which win); a letter the script lacks falls
 * back to its unaspirated letter, else stays Devanagari; a sign it lacks (a nukta) is dropped. Text for a
 * language without a Brahmic block (en, ur) is returned unchanged.
 */
export function fromDevanagari(deva: string, language: LanguageCode, extra: Readonly<Record<string, string>> = {}): string {
  const block = BRAHMIC_BLOCK[language];
  if (block === undefined) return deva;
  let text = deva.normalize('NFD');
  // Multi-character keys (a letter with nukta) first.
  for (const [from, to] of Object.entries({ ...SCRIPT_FIXES[language]?.before, ...extra }).sort((a, b) => b[0].length - a[0].length)) text = text.split(from.normalize('NFD')).join(to);
  let out = '';
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    if (cp < 0x0900 || cp > 0x097f) {
      out += ch;
      continue;
    }
    const target = cp - 0x0900 + block;
    if (assigned(target, block)) out += String.fromCodePoint(target);
    else {
      const plain = DEASPIRATED[ch]?.codePointAt(0);
      if (plain !== undefined && assigned(plain - 0x0900 + block, block)) out += String.fromCodePoint(plain - 0x0900 + block);
      else if (!/\p{M}/u.test(ch)) out += ch;
    }
  }
  out = out.normalize('NFC');
  for (const [pattern, to] of SCRIPT_FIXES[language]?.after ?? []) out = out.replace(pattern, to);
  return out;
}

/**
 * Scripts that read a word-final consonant without its vowel and so write no final virama (a Malayalam
 * chillu ൻ, or a Tamil final ன், is a bare न in Devanagari, ਨ in Gurmukhi, ન in Gujarati).
 */
const NO_FINAL_VIRAMA: ReadonlySet<LanguageCode> = new Set(['hi', 'mr', 'pa', 'gu']);

/**
 * A name (or any text) written in one of the nine Brahmic scripts, in the script of `language`: "शेरू" for
 * Punjabi is "ਸ਼ੇਰੂ", for Tamil "ஷேரூ"; a name already in the language's script, in Latin letters or any
 * other script, and any text for a language without a Brahmic block (en, ur), is returned as given.
 */
export function inLanguageScript(text: string, language: LanguageCode): string {
  const block = BRAHMIC_BLOCK[language];
  if (block === undefined) return text;
  const foreign = [...text].some((ch) => {
    const b = blockOf(ch.codePointAt(0)!);
    return b !== undefined && b !== block;
  });
  if (!foreign) return text;
  const deva = toDevanagari(text);
  return fromDevanagari(NO_FINAL_VIRAMA.has(language) ? deva.replace(/\u094D(?![\p{L}\p{M}])/gu, '') : deva, language);
}
