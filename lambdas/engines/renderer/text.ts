import { RenderInputError } from './errors.js';
import { MAX_SCRIPT_CHARS } from '../../domain/narration-limits.js';

/**
 * Cleaning of the user-controlled narration lines before they reach espeak-ng and the captions
 * (docs/renderer.md "Text"). Unicode is normalised to NFC; control characters, line breaks and tabs
 * become spaces; emoji are dropped (no caption font draws them and espeak-ng would read their names);
 * ZWJ/ZWNJ are KEPT because Indic scripts need them (e.g. Malayalam chillu, Devanagari half forms).
 * What a voice reads is {@link spokenForm} of the line: compatibility forms and unreadable symbols normalised.
 */

export { MAX_SCRIPT_CHARS };

const EMOJI = /[\p{Extended_Pictographic}\p{Emoji_Modifier}\u{FE0F}\u{20E3}]/gu;
// C0/C1 controls, line/paragraph separators and bidi embedding controls that could reorder a caption.
const CONTROLS = /[\p{Cc}\u2028\u2029\u202A-\u202E\u2066-\u2069]/gu;

/** One line as shown in the captions: NFC, single spaces, no controls or emoji. May return ''. */
export function cleanLine(line: string): string {
  return line.normalize('NFC').replace(CONTROLS, ' ').replace(EMOJI, '').replace(/\s+/gu, ' ').trim();
}

// Emoji pieces NFKC leaves behind: pictographs, skin tones, variation selectors, keycap, tag characters
// (subdivision flags) and regional indicators (country flags).
const EMOJI_PARTS = /[\p{Extended_Pictographic}\p{Emoji_Modifier}\u{FE0E}\u{FE0F}\u{20E3}\u{E0020}-\u{E007F}\u{1F1E6}-\u{1F1FF}]/gu;
// Symbols no voice reads as words (dingbats, arrows, box drawing, modifier symbols), private-use and
// unassigned code points. Currency signs (\p{Sc}) and maths operators (\p{Sm}) are kept: voices read them.
const UNREADABLE = /[\p{So}\p{Sk}\p{Co}\p{Cn}]/gu;
// Bidi marks (LRM, RLM, ALM) and the other invisible format characters except ZWJ/ZWNJ.
const INVISIBLE = /[\u{200B}\u{200E}\u{200F}\u{061C}\u{2060}-\u{2064}\u{FEFF}\u{00AD}]/gu;
// ZWJ/ZWNJ matter only after a letter or mark (Indic half forms and chillus, Arabic joining); the ones
// an emoji sequence leaves behind follow a space or nothing.
const STRAY_JOINER = /(?<![\p{L}\p{M}\u{200C}\u{200D}])[\u{200C}\u{200D}]+/gu;
// A combining mark with no letter to sit on (at the start, or after a space, digit or punctuation).
const ISOLATED_MARKS = /(?<![\p{L}\p{M}\u{200C}\u{200D}])\p{M}+/gu;

/**
 * A caption line as it goes to a speech engine (docs/renderer.md "Text"), the one normalisation every
 * engine gets (the renderer applies it before `TextToSpeech.synthesize`; the captions keep
 * {@link cleanLine}'s text, as the user wrote it):
 * - NFKC: compatibility forms become the letters they stand for (circled Ⓑⓡⓤⓝⓞ, mathematical bold 𝐁𝐫𝐮𝐧𝐨,
 *   full-width Ｂｒｕｎｏ, superscripts, ligatures, Arabic presentation forms). espeak-ng 1.51's Bengali and
 *   Marathi voices abort (stack smashing, SIGABRT) on U+24DC CIRCLED LATIN SMALL LETTER M; NFKC makes it 'm';
 * - emoji pieces, symbols no voice reads (\p{So}, \p{Sk}), private-use and unassigned code points,
 *   bidi marks and invisible format characters are dropped; ZWJ/ZWNJ are kept only inside words;
 * - combining marks with no base letter are dropped;
 * - spaces are collapsed. May return ''.
 */
export function spokenForm(line: string): string {
  return cleanLine(line)
    .normalize('NFKC')
    .replace(EMOJI_PARTS, ' ')
    .replace(UNREADABLE, ' ')
    .replace(INVISIBLE, '')
    .replace(STRAY_JOINER, '')
    .replace(ISOLATED_MARKS, '')
    .replace(/\s+/gu, ' ')
    .trim();
}

/** True when a voice has something to say in `line` (a letter or digit left after {@link spokenForm}). */
export const speakable = (line: string): boolean => /[\p{L}\p{N}]/u.test(spokenForm(line));

/**
 * The narrated lines: cleaned, empty ones dropped.
 * @throws RenderInputError when nothing speakable is left or the script exceeds {@link MAX_SCRIPT_CHARS}.
 */
export function narrationLines(lines: readonly string[]): string[] {
  const cleaned = lines.map(cleanLine).filter(speakable);
  if (cleaned.length === 0) throw new RenderInputError('The roast script is empty: there is no text to narrate.');
  const chars = cleaned.reduce((n, line) => n + [...line].length, 0);
  if (chars > MAX_SCRIPT_CHARS) {
    throw new RenderInputError(`The roast script is ${chars} characters long; the limit is ${MAX_SCRIPT_CHARS}.`);
  }
  return cleaned;
}
