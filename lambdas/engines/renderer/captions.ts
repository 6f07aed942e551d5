import { sentences, type LanguageCode } from '../../domain/languages.js';
import type { WordTiming } from '../speech/index.js';
import { fontMetrics, type FontMetrics } from './font-metrics.js';
import { LANGUAGE_PROFILES } from '../speech/index.js';
import { CAPTION_STYLES, type CaptionStyle } from '../../domain/vocabulary.js';

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

/**
 * The bands short-video apps cover with their buttons (docs/renderer.md "Safe area"), in frame pixels: the top
 * 10 % (128 px) and the side 6 % (43 px); the bottom 20 % lies under the caption area, which is kept clear
 * from {@link captionBandTop} down.
 */
export const SAFE_AREA = { top: Math.round(0.1 * FRAME.height), side: Math.round(0.06 * FRAME.width) } as const;

/**
 * Most lines a caption phrase wraps to: a phrase is at most {@link MAX_PHRASE_CHARS} characters and a word
 * wider than the area is drawn smaller to fit one line (`captionLayout`), so 40 characters over 560 px take
 * at most 3 lines in every caption font (docs/renderer.md "Captions").
 */
export const MAX_CAPTION_LINES = 3;

/** Padding of the caption's translucent box around its lines, px (the Caption style's Outline with BorderStyle 4). */
const CAPTION_BOX_PADDING = 10;

/**
 * The top row of `language`'s caption band (docs/renderer.md "Filter looks"): the highest a caption's box can
 * reach, {@link MAX_CAPTION_LINES} lines of the caption size over the area's bottom line, plus the box's padding
 * and, for a font that reaches below its line (Noto Nastaliq Urdu), the empty lines that frame its text
 * (`captionLayout`'s `depthPx`, above and below). Everything from this row down to the frame's bottom is the
 * captions' and the apps' buttons': the look's overlays stay above it.
 */
export function captionBandTop(language: LanguageCode): number {
  const { depthPx } = captionLayout(language);
  const height = MAX_CAPTION_LINES * LANGUAGE_PROFILES[language].fontSize + 2 * depthPx + 2 * CAPTION_BOX_PADDING;
  return FRAME.height - CAPTION_AREA.marginV - height;
}

/** Longest phrase shown at once, in characters; longer lines are split at spaces and timed by length. */
export const MAX_PHRASE_CHARS = 40;

/** How the narration is captioned: the API's `caption_style` values (lambdas/domain/vocabulary.ts; docs/renderer.md "Captions"). */
export { CAPTION_STYLES, type CaptionStyle };

/** One word of a caption phrase and when it is heard, seconds from the start of the video. */
export interface CaptionWord {
  text: string;
  startS: number;
  endS: number;
}

export interface CaptionCue {
  /** Seconds from the start of the video. */
  startS: number;
  endS: number;
  /** The phrase as the user wrote it (cleaned, not yet escaped). */
  text: string;
  /** The phrase's words in order (`words.map(w => w.text).join(' ') === text`), when timed. */
  words?: CaptionWord[];
}

/** Colour of the word being spoken in `karaoke` captions: gold #FFD700 (ASS `&HBBGGRR&`). */
export const KARAOKE_HIGHLIGHT = { rgb: [0xff, 0xd7, 0x00], ass: '&H00D7FF&' } as const;

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

/**
 * A run of Latin words (with the spaces, periods, apostrophes and hyphens between them), and the space on
 * either side of it: libass 0.17 draws a Nastaliq-font space next to a run in another font with no width
 * (measured: "Bruno کا روسٹ" drew "Bruno" touching "کا"), so the neighbouring spaces go in the Latin font.
 */
const LATIN_RUN = / ?\p{Script=Latin}+(?:[ .'’-]+\p{Script=Latin}+)*\.? ?/gu;

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

/**
 * The words of `line` (split at spaces) grouped by sentence: a group ends where a sentence of `language` ends
 * ({@link sentences}: ICU sentence boundaries, `. ! ? । ॥ ۔ ؟` and the other terminators of every script,
 * titles like "Mr." running on). Only a boundary at a space counts, so a word is never cut ("wow!Next" stays one).
 */
export function sentenceWordGroups(line: string, language: LanguageCode = 'en'): string[][] {
  const words = line.split(' ').filter(Boolean);
  const text = words.join(' ');
  const ends = new Set<number>();
  let from = 0;
  for (const sentence of sentences(text, language)) {
    const at = text.indexOf(sentence, from);
    if (at < 0) continue;
    from = at + sentence.length;
    ends.add(from);
  }
  const groups: string[][] = [];
  let current: string[] = [];
  let offset = 0;
  for (const word of words) {
    current.push(word);
    offset += (offset === 0 ? 0 : 1) + word.length;
    if (ends.has(offset)) {
      groups.push(current);
      current = [];
    }
  }
  if (current.length) groups.push(current);
  return groups;
}

/**
 * Splits a line into phrases of at most `maxChars` characters at spaces (a longer word stays whole), never
 * across a sentence end: each sentence of `language` ({@link sentenceWordGroups}) is split on its own, so no
 * phrase (caption cue, WebVTT cue) joins the end of one sentence with the start of the next.
 */
export function splitPhrases(line: string, maxChars = MAX_PHRASE_CHARS, language: LanguageCode = 'en'): string[] {
  return sentenceWordGroups(line, language).flatMap((words) => packPhrases(words, maxChars));
}

/** Packs one sentence's words into phrases of at most `maxChars` characters, balancing a short last phrase. */
function packPhrases(words: readonly string[], maxChars: number): string[] {
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
 * Cues for one spoken line occupying [startS, endS): its phrases ({@link splitPhrases}, in `language`) share
 * the time in proportion to their length in characters, so each phrase is on screen while it is being said.
 */
export function cuesForLine(line: string, startS: number, endS: number, maxChars = MAX_PHRASE_CHARS, language: LanguageCode = 'en'): CaptionCue[] {
  const phrases = splitPhrases(line, maxChars, language);
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

/**
 * Cues for one spoken line, with each phrase's words timed from the speech engine's word timings
 * (docs/renderer.md "Word timings"). `words` are relative to the line's audio as synthesised; the line
 * is placed at `startS` and played at `tempo` (NarrationTimeline), so a word heard at t in the line's
 * audio is at `startS + t / tempo` in the video. A phrase is on screen from its first word (the line's
 * start for the first phrase) until the next phrase's first word (the line's end for the last). Without
 * usable timings (none, or not one per word) the words share the line's time by length, like the phrases
 * of {@link cuesForLine}. Phrases never straddle a sentence end of `language` ({@link splitPhrases}).
 */
export function timedCuesForLine(
  line: string,
  words: readonly WordTiming[] | undefined,
  startS: number,
  durationS: number,
  tempo = 1,
  maxChars = MAX_PHRASE_CHARS,
  language: LanguageCode = 'en',
): CaptionCue[] {
  const endS = startS + durationS;
  const tokens = line.split(' ').filter(Boolean);
  let timed: CaptionWord[];
  // The voice read the line's spoken form (text.ts spokenForm: NFKC, symbols out); word for word it is the
  // line as written, so the caption shows the written word at the spoken word's time.
  if (words && words.length === tokens.length) {
    timed = words.map((w, i) => ({
      text: tokens[i]!,
      startS: Math.min(endS, startS + w.startS / tempo),
      endS: Math.min(endS, startS + w.endS / tempo),
    }));
  } else {
    const total = tokens.reduce((n, w) => n + [...w].length + 1, 0);
    let t = startS;
    timed = tokens.map((w) => {
      const d = (durationS * ([...w].length + 1)) / total;
      const word = { text: w, startS: t, endS: t + d };
      t += d;
      return word;
    });
  }
  const phrases = splitPhrases(line, maxChars, language);
  const cues: CaptionCue[] = [];
  let next = 0;
  for (const [i, phrase] of phrases.entries()) {
    const count = phrase.split(' ').length;
    const group = timed.slice(next, next + count);
    next += count;
    const cueStart = i === 0 ? startS : group[0]!.startS;
    cues.push({ startS: cueStart, endS, text: phrase, words: group });
    if (i > 0) cues[i - 1]!.endS = cueStart;
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
 * The ASS Dialogue lines of one cue. `phrase`: the phrase for its whole time. `karaoke`: the phrase cut
 * into consecutive slices, the word being spoken in {@link KARAOKE_HIGHLIGHT} from its start until the
 * next word starts (so the highlight does not blink in the short gaps between words); before the first
 * word, no highlight. The colour changes only at spaces, so each word is shaped whole (conjuncts,
 * Nastaliq joining). For right-to-left text the style's Encoding is −1 (libass: base direction from
 * the text, which starts with U+200F): with the default LTR base, libass 0.17 lays the colour runs of
 * an Urdu phrase out left to right; with it, the highlighted phrase is laid out exactly like the plain one.
 * `toAss` turns a word or phrase into ASS text (escaped; {@link withLatinRuns} for Nastaliq captions).
 */
export function dialoguesForCue(
  cue: CaptionCue,
  style: Exclude<CaptionStyle, 'none'>,
  rtl = false,
  toAss: (text: string) => string = escapeAssText,
): string[] {
  // Right-to-left: a RIGHT-TO-LEFT MARK makes the paragraph RTL under the style's auto direction.
  const mark = rtl ? '\u200F' : '';
  const line = (from: number, to: number, text: string) => `Dialogue: 0,${assTime(from)},${assTime(to)},Caption,,0,0,0,,${mark}${text}`;
  const words = cue.words;
  if (style === 'phrase' || !words?.length) return [line(cue.startS, cue.endS, toAss(cue.text))];
  const out: string[] = [];
  const firstStart = Math.max(cue.startS, words[0]!.startS);
  if (assTime(firstStart) !== assTime(cue.startS)) out.push(line(cue.startS, firstStart, toAss(cue.text)));
  for (const [k, word] of words.entries()) {
    const from = Math.max(cue.startS, word.startS);
    const to = k + 1 < words.length ? Math.max(from, words[k + 1]!.startS) : cue.endS;
    if (assTime(from) === assTime(to)) continue;
    const text = words
      .map((w, j) => (j === k ? `{\\1c${KARAOKE_HIGHLIGHT.ass}}${toAss(w.text)}{\\r}` : toAss(w.text)))
      .join(' ');
    out.push(line(from, to, text));
  }
  return out;
}

/**
 * How a language's captions are laid out so that their ink stays inside their box and the caption area
 * (docs/renderer.md "Captions"), from the caption font's own metrics ({@link fontMetrics}) rather than its line
 * height alone. libass draws a font at the scale where its line (hhea ascender + descender) is the ASS size in
 * pixels, sits a bottom-aligned line's descender on MarginV and draws the box (BorderStyle 4) around the lines;
 * a font whose glyphs reach below its descender (Noto Nastaliq Urdu: 1518 units against a 596-unit descender,
 * 28 px at size 76) draws them under both. `depthPx` is that reach in pixels (0 for most fonts). `scaleFor` is
 * the percentage (≤ 100) a phrase is drawn at so that its widest word — which libass cannot wrap — fits the
 * area's width: the sum of the code points' advances (unshaped; a code point the caption font lacks is measured
 * in Noto Sans, libass's fallback, at the Latin size).
 */
export function captionLayout(language: LanguageCode): { depthPx: number; scaleFor(text: string): number } {
  const profile = LANGUAGE_PROFILES[language];
  const font = fontMetrics(profile.fontFile);
  const latin = fontMetrics('NotoSans-Bold.ttf');
  const pxPerUnit = (m: FontMetrics, size: number) => size / (m.ascender + m.descender);
  const room = FRAME.width - 2 * CAPTION_AREA.marginH;
  const width = (word: string): number =>
    [...word].reduce((sum, ch) => {
      const cp = ch.codePointAt(0)!;
      const own = font.advance(cp);
      if (own !== undefined) return sum + own * pxPerUnit(font, profile.fontSize);
      return sum + (latin.advance(cp) ?? 0) * pxPerUnit(latin, profile.latinFontSize ?? profile.fontSize);
    }, 0);
  return {
    depthPx: Math.ceil(Math.max(0, font.lowest - font.descender) * pxPerUnit(font, profile.fontSize)),
    scaleFor: (text) => Math.min(100, Math.floor((100 * room) / Math.max(1, ...text.split(' ').map(width)))),
  };
}

/**
 * A Dialogue line laid out by {@link captionLayout}. When the font reaches `depthPx` below its line, the text is
 * framed by an empty line that tall above and below (a hard space in {@link LATIN_CAPTION_FONT} at that size,
 * whose line is that many pixels), so libass lifts the text by `depthPx` and its box takes in the deepest glyph
 * and the marks GPOS stacks above the line (Nastaliq's reach up to about as far); with several lines libass
 * sizes the box from the lines' metrics and the glyphs' advances, which Nastaliq's ink overhangs (most at a
 * line's start, where its initial letters cascade), so hard spaces of the same size pad the text: six at its
 * start, four at its end (on the Urdu phrasebook four at the start left the ink only 2 px inside the box, and two
 * at the end let a line ending after a Latin name overhang it by 1–2 px once the spaces beside Latin runs were drawn
 * in the Latin font; caption-area.test.ts).
 * Then the line is drawn at `percent` of its size (`\fscx`/`\fscy` at its start and after every `{\r}`, which
 * resets them; user text cannot hold `{\r}`, {@link escapeAssText}).
 */
function laidOutDialogue(dialogue: string, percent: number, depthPx: number): string {
  const cut = dialogue.split(',', 9).join(',').length + 1;
  let head = dialogue.slice(0, cut);
  let text = dialogue.slice(cut);
  if (depthPx > 0) {
    const pad = (spaces: number) => `{\\fn${LATIN_CAPTION_FONT}\\fs${depthPx}}${'\\h'.repeat(spaces)}{\\r}`;
    // After the RIGHT-TO-LEFT MARK, which must stay first (dialoguesForCue).
    const mark = text.startsWith('\u200F') ? '\u200F' : '';
    const spacer = `{\\r\\fn${LATIN_CAPTION_FONT}\\fs${depthPx}}\\h`;
    text = `${mark}${spacer}\\N{\\r}${mark}${pad(6)}${text.slice(mark.length)}${pad(4)}\\N${spacer}`;
  }
  if (percent < 100) {
    const tag = `\\fscx${percent}\\fscy${percent}`;
    head += `{${tag}}`;
    text = text.replaceAll('{\\r}', `{\\r${tag}}`);
  }
  return head + text;
}

/**
 * The complete ASS document for `cues` in `language`: one style with the language's Noto font (bold),
 * white text with a black outline on one translucent black box around the whole phrase (BorderStyle 4,
 * a libass extension), so it reads on any photo; `karaoke` highlights the word being spoken
 * ({@link dialoguesForCue}). `none` gives a document with no caption events. `extra` adds styles and
 * events drawn under the captions (the filter look's overlay, looks.ts).
 */
export function buildAss(
  cues: readonly CaptionCue[],
  language: LanguageCode,
  captionStyle: CaptionStyle = 'phrase',
  extra: { styles: string[]; events: string[] } = { styles: [], events: [] },
): string {
  const profile = LANGUAGE_PROFILES[language];
  // The ink inside the box and the caption area: lifted by the font's depth, long words scaled to the width.
  const layout = captionLayout(language);
  // Colours are &HAABBGGRR with alpha 00 = opaque; the box is black at ~30 % transparency.
  const style = [
    'Caption', profile.fontFamily, profile.fontSize,
    '&H00FFFFFF', '&H00FFFFFF', '&H4D000000', '&H4D000000',
    -1, 0, 0, 0, 100, 100, 0, 0,
    4, CAPTION_BOX_PADDING, 0, 2, CAPTION_AREA.marginH, CAPTION_AREA.marginH, CAPTION_AREA.marginV, profile.rtl ? -1 : 1,
  ].join(',');
  // Latin runs inside a Nastaliq caption are drawn in Noto Sans at the Nastaliq body's visual size (withLatinRuns).
  const toAss = profile.latinFontSize ? (phrase: string) => withLatinRuns(phrase, profile.latinFontSize!) : escapeAssText;
  const events =
    captionStyle === 'none'
      ? []
      : cues.flatMap((cue) => dialoguesForCue(cue, captionStyle, profile.rtl, toAss).map((line) => laidOutDialogue(line, layout.scaleFor(cue.text), layout.depthPx)));
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
    ...extra.styles,
    '',
    '[Events]',
    'Format: Layer, Start, End, Style, Name, MarginL, MarginR, MarginV, Effect, Text',
    ...extra.events,
    ...events,
    '',
  ].join('\n');
}
