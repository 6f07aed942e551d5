import type { LanguageCode } from '../../languages.js';
import { LANGUAGE_PROFILES } from './voices.js';

/**
 * Burned-in captions as an ASS subtitle file rendered by libass (ffmpeg `ass` filter), because libass
 * shapes complex scripts with HarfBuzz and lays out right-to-left text with FriBidi, which Debian's
 * ffmpeg 5.1 `drawtext` does not (docs/renderer.md "Captions").
 */

/** Output frame, in pixels; the ASS PlayRes matches it so sizes and margins are pixels. */
export const FRAME = { width: 720, height: 1280 } as const;

/**
 * Caption area inside the 9:16 safe area (docs/renderer.md "Safe area"): short-video apps cover about
 * the bottom 20 % and top 10 % of the frame with their buttons and the side 6 %. Captions are
 * bottom-centred, their lowest pixel 300 px (23 %) above the bottom edge, 80 px (11 %) from each side.
 */
export const CAPTION_AREA = { marginV: 300, marginH: 80 } as const;

/** Longest phrase shown at once, in characters; longer lines are split at spaces and timed by length. */
export const MAX_PHRASE_CHARS = 40;

export interface CaptionCue {
  /** Seconds from the start of the video. */
  startS: number;
  endS: number;
  /** The phrase as the user wrote it (cleaned, not yet escaped). */
  text: string;
}

/**
 * Escapes user text for an ASS Dialogue line so it is drawn literally and can never become an
 * override tag: `{` and `}` become libass's `\{` and `\}`; a backslash gets an invisible WORD JOINER
 * (U+2060) after it, so `\N`, `\h` or `\{` typed by the user are not escapes; line breaks become
 * spaces (layout is ours). Verified by rendering in test/unit/providers/builtin/captions.test.ts.
 */
export function escapeAssText(text: string): string {
  return text
    .replace(/[\r\n\u2028\u2029]+/gu, ' ')
    .replace(/\\/gu, '\\\u2060')
    .replace(/[{}]/gu, (brace) => `\\${brace}`);
}

/** A run of Latin words (with the spaces, periods, apostrophes and hyphens between them). */
const LATIN_RUN = /\p{Script=Latin}+(?:[ .'’-]+\p{Script=Latin}+)*\.?/gu;

/** The Latin font of captions whose own font is sized for another script (Noto Sans, bold by the style). */
export const LATIN_CAPTION_FONT = 'Noto Sans';

/**
 * Escapes `text` ({@link escapeAssText}) and draws each run of Latin words in {@link LATIN_CAPTION_FONT}
 * at `latinSize` (`{\fn…\fs…}` before the run, `{\r}` back to the style after it): the tags are ours,
 * placed around escaped user text, so user text still cannot add one.
 */
export function withLatinRuns(text: string, latinSize: number): string {
  let out = '';
  let last = 0;
  for (const match of text.matchAll(LATIN_RUN)) {
    out += escapeAssText(text.slice(last, match.index));
    out += `{\\fn${LATIN_CAPTION_FONT}\\fs${latinSize}}${escapeAssText(match[0])}{\\r}`;
    last = match.index + match[0].length;
  }
  return out + escapeAssText(text.slice(last));
}

/** Splits a line into phrases of at most `maxChars` characters at spaces (a longer word stays whole). */
export function splitPhrases(line: string, maxChars = MAX_PHRASE_CHARS): string[] {
  const words = line.split(' ').filter(Boolean);
  const phrases: string[] = [];
  let current = '';
  for (const word of words) {
    const candidate = current ? `${current} ${word}` : word;
    if (current && [...candidate].length > maxChars) {
      phrases.push(current);
      current = word;
    } else current = candidate;
  }
  if (current) phrases.push(current);
  // Avoid a lonely short tail: balance the last two phrases when the tail is under a third.
  if (phrases.length >= 2) {
    const last = phrases[phrases.length - 1]!;
    const prev = phrases[phrases.length - 2]!;
    if ([...last].length < maxChars / 3) {
      const merged = `${prev} ${last}`.split(' ');
      const half = Math.ceil(merged.length / 2);
      phrases.splice(phrases.length - 2, 2, merged.slice(0, half).join(' '), merged.slice(half).join(' '));
    }
  }
  return phrases.filter(Boolean);
}

/**
 * Cues for one spoken line occupying [startS, endS): its phrases share the time in proportion to
 * their length in characters, so each phrase is on screen while it is being said.
 */
export function cuesForLine(line: string, startS: number, endS: number, maxChars = MAX_PHRASE_CHARS): CaptionCue[] {
  const phrases = splitPhrases(line, maxChars);
  const total = phrases.reduce((n, p) => n + [...p].length, 0);
  const cues: CaptionCue[] = [];
  let t = startS;
  for (const [i, phrase] of phrases.entries()) {
    const end = i === phrases.length - 1 ? endS : t + ((endS - startS) * [...phrase].length) / total;
    cues.push({ startS: t, endS: end, text: phrase });
    t = end;
  }
  return cues;
}

/** ASS timestamp `H:MM:SS.cc`. */
export function assTime(seconds: number): string {
  const cs = Math.max(0, Math.round(seconds * 100));
  const h = Math.floor(cs / 360_000);
  const m = Math.floor((cs % 360_000) / 6000);
  const s = Math.floor((cs % 6000) / 100);
  return `${h}:${String(m).padStart(2, '0')}:${String(s).padStart(2, '0')}.${String(cs % 100).padStart(2, '0')}`;
}

/**
 * The complete ASS document for `cues` in `language`: one style with the language's Noto font (bold),
 * white text with a black outline on one translucent black box around the whole phrase (BorderStyle 4, a libass extension), so it reads on any photo.
 */
export function buildAss(cues: readonly CaptionCue[], language: LanguageCode): string {
  const profile = LANGUAGE_PROFILES[language];
  // Colours are &HAABBGGRR with alpha 00 = opaque; the box is black at ~30 % transparency.
  const style = [
    'Caption', profile.fontFamily, profile.fontSize,
    '&H00FFFFFF', '&H00FFFFFF', '&H4D000000', '&H4D000000',
    -1, 0, 0, 0, 100, 100, 0, 0,
    4, 10, 0, 2, CAPTION_AREA.marginH, CAPTION_AREA.marginH, CAPTION_AREA.marginV, 1,
  ].join(',');
  const text = (phrase: string) => (profile.latinFontSize ? withLatinRuns(phrase, profile.latinFontSize) : escapeAssText(phrase));
  const events = cues.map((cue) => `Dialogue: 0,${assTime(cue.startS)},${assTime(cue.endS)},Caption,,0,0,0,,${text(cue.text)}`);
  return [
    '[Script Info]',
    'ScriptType: v4.00+',
    `PlayResX: ${FRAME.width}`,
    `PlayResY: ${FRAME.height}`,
    'WrapStyle: 0',
    'ScaledBorderAndShadow: yes',
    'YCbCr Matrix: TV.709',
    '',
    '[V4+ Styles]',
    'Format: Name, Fontname, Fontsize, PrimaryColour, SecondaryColour, OutlineColour, BackColour, Bold, Italic, Underline, StrikeOut, ScaleX, ScaleY, Spacing, Angle, BorderStyle, Outline, Shadow, Alignment, MarginL, MarginR, MarginV, Encoding',
    `Style: ${style}`,
    '',
    '[Events]',
    'Format: Layer, Start, End, Style, Name, MarginL, MarginR, MarginV, Effect, Text',
    ...events,
    '',
  ].join('\n');
}
