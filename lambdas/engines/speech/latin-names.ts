import { fromDevanagari } from '../../domain/brahmic.js';
import type { LanguageCode } from '../../domain/languages.js';
import { runSpeechTool } from './tool.js';

/**
 * Latin-script words (a pet's name such as "Bruno", "Mr Whiskers") inside a narration in another script,
 * re-spelled in the narration's own script for the voice (docs/voices.md "Names in Latin script"). Without
 * it espeak-ng switches to its English voice for the word and back (`espeak-ng -x -v hi` prints
 * `(en)br'u:noU(hi)`: another voice, mid-line), and IndicTTS models, trained on their own script, have no
 * reading for Latin letters at all. The captions keep the user's spelling; only what the voice reads
 * changes, one word for one word (white space untouched), so word timings still match the captions.
 *
 * How: espeak-ng's English pronunciation of the word (`espeak-ng -x -v en-us`: "Bruno" → `br'u:noU`,
 * "Whiskers" → `w'Isk3z`), its phonemes written in Devanagari the way Indian names of English words are
 * spelled (ब्रूनो, विस्कर्ज़), then carried to the language's Brahmic script by the blocks' shared layout
 * (Unicode Standard ch. 12: the nine scripts follow the ISCII order), with the letters a script lacks
 * replaced (Tamil has no voiced or aspirated stops: ब → ப); Urdu gets its own letters.
 */

/** One English phoneme of espeak-ng's `en-us` voice, as Devanagari: a consonant, or a vowel (independent form, sign). */
type Sound = { c: string } | { v: string; sign: string; schwa?: boolean } | { seq: Sound[] };

const V = (v: string, sign: string): Sound => ({ v, sign });
const C = (c: string): Sound => ({ c });
const SCHWA: Sound = { v: 'अ', sign: '', schwa: true };
const R = C('र');

/**
 * espeak-ng's English phoneme mnemonics (espeak-ng docs/phonemes.md; `phsource/ph_english`) → Devanagari.
 * Stress and length marks are dropped before lookup; the longest mnemonic wins.
 */
const PHONEMES: Record<string, Sound> = {
  p: C('प'), b: C('ब'), t: C('ट'), 't#': C('ट'), d: C('ड'), k: C('क'), g: C('ग'), f: C('फ़'), v: C('व'),
  T: C('थ'), D: C('द'), s: C('स'), z: C('ज़'), S: C('श'), Z: C('ज़'), h: C('ह'), m: C('म'), n: C('न'),
  N: { seq: [C('ं'), C('ग')] }, l: C('ल'), r: R, w: C('व'), j: C('य'), tS: C('च'), dZ: C('ज'), x: C('ख'),
  'n-': { seq: [SCHWA, C('न')] }, 'l-': { seq: [SCHWA, C('ल')] }, '@L': { seq: [SCHWA, C('ल')] },
  '@': SCHWA, '@2': SCHWA, '@5': SCHWA, V: SCHWA, '3': { seq: [SCHWA, R] }, '3:': { seq: [SCHWA, R] },
  a: V('ऐ', 'ै'), 'a#': V('आ', 'ा'), 'A:': V('आ', 'ा'), A: V('आ', 'ा'), '0': V('ऑ', 'ॉ'), 'O:': V('ओ', 'ो'), O: V('ओ', 'ो'),
  'A@': { seq: [V('आ', 'ा'), R] }, 'O@': { seq: [V('ओ', 'ो'), R] }, 'o@': { seq: [V('ओ', 'ो'), R] }, 'e@': { seq: [V('ए', 'े'), R] },
  'i@': { seq: [V('इ', 'ि'), C('य'), SCHWA, R] }, 'i@3': { seq: [V('इ', 'ि'), C('य'), SCHWA, R] }, 'U@': { seq: [V('उ', 'ु'), R] },
  'aI@': { seq: [V('आ', 'ा'), C('य'), SCHWA, R] }, 'aU@': { seq: [V('आ', 'ा'), V('उ', 'ु'), R] },
  E: V('ए', 'े'), e: V('ए', 'े'), eI: V('ए', 'े'), I: V('इ', 'ि'), 'I#': V('इ', 'ि'), I2: V('इ', 'ि'), i: V('ई', 'ी'), 'i:': V('ई', 'ी'),
  U: V('उ', 'ु'), 'u:': V('ऊ', 'ू'), u: V('ऊ', 'ू'), oU: V('ओ', 'ो'), o: V('ओ', 'ो'),
  aI: { seq: [V('आ', 'ा'), V('इ', 'ि')] }, aU: { seq: [V('आ', 'ा'), V('उ', 'ु')] }, OI: { seq: [V('ओ', 'ो'), C('य')] },
};
const MNEMONICS = Object.keys(PHONEMES).sort((a, b) => b.length - a.length);

/** espeak-ng phoneme text of one word → flat sounds (unknown mnemonics skipped). */
function sounds(phonemes: string): Sound[] {
  const clean = phonemes.replace(/[',%=_|!]/g, '').replace(/\s+/g, '');
  const out: Sound[] = [];
  const push = (s: Sound) => ('seq' in s ? s.seq.forEach(push) : out.push(s));
  for (let i = 0; i < clean.length; ) {
    const m = MNEMONICS.find((k) => clean.startsWith(k, i));
    if (!m) {
      i++;
      continue;
    }
    push(PHONEMES[m] as Sound);
    i += m.length;
  }
  return out;
}

const VIRAMA = '्';

/**
 * Sounds → Devanagari: a vowel after a consonant is its sign, else its letter; the schwa after a consonant
 * is the consonant's own vowel, word-finally written ा (Bella → बेला); consonants meeting are joined by a
 * virama; a word-final consonant takes one only when `finalVirama` (scripts that read the bare letter
 * with a vowel: the Dravidian ones, Bengali, Assamese, Odia).
 */
function devanagari(list: readonly Sound[], finalVirama: boolean): string {
  let out = '';
  let afterConsonant = false;
  for (const [i, s] of list.entries()) {
    if ('c' in s) {
      if (s.c === 'ं') {
        out += s.c;
        afterConsonant = false;
        continue;
      }
      if (afterConsonant) out += VIRAMA;
      out += s.c;
      afterConsonant = true;
    } else if ('v' in s) {
      const last = i === list.length - 1;
      if (s.schwa) out += afterConsonant ? (last ? 'ा' : '') : last ? 'आ' : 'अ';
      else out += afterConsonant ? s.sign : s.v;
      afterConsonant = false;
    }
  }
  if (afterConsonant && finalVirama) out += VIRAMA;
  return out;
}

/** Without nukta letters: voices that spell ज़/फ़ out or drop them (Marathi's reads the word letter by letter). */
const NO_NUKTA = { 'ज़': 'ज', 'फ़': 'फ' };

/**
 * The Brahmic narration languages: whether a word-final consonant takes a virama, and the voice's own
 * replacements on top of the script's fixes (lambdas/domain/brahmic.ts `SCRIPT_FIXES`): letters without
 * nukta for voices that spell them out, and Tamil's velar nasal for English -ng.
 */
const BRAHMIC: Partial<Record<LanguageCode, { finalVirama: boolean; extra?: Record<string, string> }>> = {
  hi: { finalVirama: false },
  mr: { finalVirama: false, extra: NO_NUKTA },
  bn: { finalVirama: true, extra: NO_NUKTA },
  as: { finalVirama: true, extra: NO_NUKTA },
  pa: { finalVirama: false },
  gu: { finalVirama: false },
  or: { finalVirama: true, extra: NO_NUKTA },
  ta: { finalVirama: true, extra: { 'ं': 'ङ्' } },
  te: { finalVirama: true },
  kn: { finalVirama: true },
  ml: { finalVirama: true },
};

/** Devanagari → the script of `language` (a Brahmic one in {@link BRAHMIC}; the shared block mapping). */
function toScript(deva: string, language: LanguageCode): string {
  const spec = BRAHMIC[language];
  return spec ? fromDevanagari(deva, language, spec.extra) : deva;
}

/** Urdu letters for the sounds: consonants as letters, long vowels as ا/و/ی, short ones unwritten (word-initially ا). */
const URDU: Record<string, string> = {
  प: 'پ', 'ब': 'ب', 'ट': 'ٹ', 'ड': 'ڈ', 'क': 'ک', 'ग': 'گ', 'फ़': 'ف', 'व': 'و', 'थ': 'تھ', 'द': 'د', 'स': 'س', 'ज़': 'ز', 'श': 'ش', 'ह': 'ہ',
  म: 'م', 'न': 'ن', 'ं': 'ن', 'ल': 'ل', 'र': 'ر', 'य': 'ی', 'च': 'چ', 'ज': 'ج', 'ख': 'خ',
};
const URDU_VOWEL: Record<string, string> = { 'ा': 'ا', 'ॉ': 'ا', 'ी': 'ی', 'े': 'ی', 'ै': 'ی', 'ू': 'و', 'ो': 'و', 'ु': '', 'ि': '', '': '' };

function urdu(list: readonly Sound[]): string {
  let out = '';
  for (const [i, s] of list.entries()) {
    if ('c' in s) out += URDU[s.c] ?? '';
    else if ('v' in s) {
      const first = i === 0;
      const last = i === list.length - 1;
      const previous = list[i - 1];
      // The second half of a diphthong (aI, aU) after a long vowel: ئی, ؤ.
      const glide = previous && 'v' in previous && !previous.schwa ? (s.sign === 'ि' ? 'ئی' : s.sign === 'ु' ? 'ؤ' : undefined) : undefined;
      if (glide) {
        out += glide;
        continue;
      }
      const letter = s.schwa ? (last ? 'ا' : '') : (URDU_VOWEL[s.sign] ?? '');
      out += first ? (s.sign === 'ा' ? 'آ' : `ا${letter === 'ا' ? '' : letter}`) : last && letter === '' && !s.schwa ? 'ی' : letter;
    }
  }
  return out;
}

/** A run of Latin letters, with inner apostrophes ("Bruno's") and hyphens ("Mary-Jane"). */
const LATIN_RUN = /[A-Za-z\u00C0-\u024F]+(?:['’-][A-Za-z\u00C0-\u024F]+)*/g;

/** The languages whose narration is not written in Latin script. */
const needsNames = (language: LanguageCode): boolean => language !== 'en';

/**
 * A Latin-script word in `language`'s own script, from espeak-ng's English phonemes of it.
 * Returns the word unchanged for English or when nothing speakable comes out.
 */
export function respellPhonemes(phonemes: string, language: LanguageCode): string {
  const list = sounds(phonemes);
  if (list.length === 0) return '';
  if (language === 'ur') return urdu(list);
  return toScript(devanagari(list, BRAHMIC[language]?.finalVirama ?? false), language);
}

/**
 * `lines` with every Latin-script word re-spelled in `language`'s script (English lines are returned as
 * they are). One espeak-ng call (`-x -v en-us`) gives the phonemes of all distinct words; a word it gives
 * no phonemes for stays in Latin letters (the voice then reads it as before).
 * @throws SpeechError (transient) when espeak-ng cannot be started or `signal` aborts (runSpeechTool)
 */
export async function nativeNames(lines: readonly string[], language: LanguageCode, signal?: AbortSignal): Promise<string[]> {
  if (!needsNames(language)) return [...lines];
  const words = [...new Set(lines.flatMap((l) => l.match(LATIN_RUN) ?? []))];
  if (words.length === 0) return [...lines];
  // One word per clause: espeak-ng prints the phonemes of each clause on its own line. Should the lines not
  // pair up with the words, each word is asked on its own.
  const english = async (input: string[]): Promise<string[]> => {
    const result = await runSpeechTool('espeak', ['-q', '-x', '-b', '1', '-v', 'en-us', '--stdin'], { timeoutMs: 15_000, signal, input: input.map((w) => `${w}.`).join('\n') });
    return result.code === 0 && !result.timedOut ? result.stdout.toString('utf8').split('\n').map((l) => l.trim()).filter(Boolean) : [];
  };
  let phonemeLines = await english(words);
  if (phonemeLines.length !== words.length) phonemeLines = await Promise.all(words.map(async (w) => (await english([w])).join(' ')));
  const respelled = new Map<string, string>();
  for (const [i, word] of words.entries()) {
    const native = respellPhonemes(phonemeLines[i] ?? '', language);
    if (/\p{L}/u.test(native)) respelled.set(word, native);
  }
  return lines.map((line) => line.replace(LATIN_RUN, (w) => respelled.get(w) ?? w));
}
