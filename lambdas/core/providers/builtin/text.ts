import { RenderInputError } from './errors.js';

/**
 * Cleaning of the user-controlled narration lines before they reach espeak-ng and the captions
 * (docs/renderer.md "Text"). Unicode is normalised to NFC; control characters, line breaks and tabs
 * become spaces; emoji are dropped (no caption font draws them and espeak-ng would read their names);
 * ZWJ/ZWNJ are KEPT because Indic scripts need them (e.g. Malayalam chillu, Devanagari half forms).
 */

/** Longest script accepted, in characters (about 60 s of speech at espeak-ng's default rate, with room). */
export const MAX_SCRIPT_CHARS = 1500;

const EMOJI = /[\p{Extended_Pictographic}\p{Emoji_Modifier}\u{FE0F}\u{20E3}]/gu;
// C0/C1 controls, line/paragraph separators and bidi embedding controls that could reorder a caption.
const CONTROLS = /[\p{Cc}\u2028\u2029\u202A-\u202E\u2066-\u2069]/gu;

/** One line as spoken and shown: NFC, single spaces, no controls or emoji. May return ''. */
export function cleanLine(line: string): string {
  return line.normalize('NFC').replace(CONTROLS, ' ').replace(EMOJI, '').replace(/\s+/gu, ' ').trim();
}

/**
 * The narrated lines: cleaned, empty ones dropped.
 * @throws RenderInputError when nothing speakable is left or the script exceeds {@link MAX_SCRIPT_CHARS}.
 */
export function narrationLines(lines: readonly string[]): string[] {
  const cleaned = lines.map(cleanLine).filter((line) => /[\p{L}\p{N}]/u.test(line));
  if (cleaned.length === 0) throw new RenderInputError('The roast script is empty: there is no text to narrate.');
  const chars = cleaned.reduce((n, line) => n + [...line].length, 0);
  if (chars > MAX_SCRIPT_CHARS) {
    throw new RenderInputError(`The roast script is ${chars} characters long; the limit is ${MAX_SCRIPT_CHARS}.`);
  }
  return cleaned;
}
