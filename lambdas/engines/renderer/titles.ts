import type { LanguageCode } from '../../domain/languages.js';
import type { ClientOutro } from '../../domain/auth/clients.js';
import { assTime, escapeAssText, FRAME, KARAOKE_HIGHLIGHT, LATIN_CAPTION_FONT, withLatinRuns } from './captions.js';
import { LANGUAGE_PROFILES } from '../speech/index.js';
import { MAX_VIDEO_S, type NarrationTimeline } from './audio.js';

/**
 * The opener and the end card of the built-in video (docs/renderer.md "Opener and end card"): ASS events drawn
 * by libass in the same pass as the captions (same fonts, same shaping, same right-to-left handling), so every
 * script the captions draw, the titles draw too.
 *
 * - **Opener**: the first {@link OPENER}.endS seconds, the video's title in the narration language (made by the
 *   writer from the language's phrasebook `title`: the pet's name when the prompt gives one, else a generic one), in the upper
 *   third, over the picture while the voice already speaks (the first second decides whether a viewer stays,
 *   so the voice is not delayed behind a title card; the captions sit in the lower third).
 * - **End card**: after the last line, the API client's outro (its text and/or handle, docs/tenancy.md "End
 *   card") over the dimmed picture; the video fades to black under it at the very end. No outro, no end card.
 */

/** Opener timing, seconds from the start of the video: shown 0–1.2 s, fading in 0.25 s and out 0.3 s. */
export const OPENER = { startS: 0, endS: 1.2, fadeInS: 0.25, fadeOutS: 0.3 } as const;

/**
 * End-card timing, seconds: it starts `gapS` after the last line ends and lasts `durationS` (the video grows
 * to hold it, never past MAX_VIDEO_S: then it is shorter, at least the narration's 0.8 s tail less `gapS`); the
 * card fades in over `fadeInS`, and the whole frame fades to black over the last `fadeOutS`.
 */
export const END_CARD = { gapS: 0.2, durationS: 1.5, fadeInS: 0.3, fadeOutS: 0.3 } as const;

/** Opener title size as a multiple of the language's caption size. */
const TITLE_SCALE = 1.3;
/** End-card text size as a multiple of the caption size; the handle is drawn in Noto Sans at {@link HANDLE_SIZE}. */
const OUTRO_SCALE = 1.25;
const HANDLE_SIZE = 50;
/** Top of the opener title: below the top 10 % that apps cover (docs/renderer.md "Safe area"), 190 px down. */
const TITLE_MARGIN_TOP = 190;
/** Opacity of the end card's black backdrop over the picture, as ASS alpha (0x50 = 69 % opaque). */
const BACKDROP_ALPHA = '&H50&';

/** Where the end card lies on the timeline, and the video's new length. */
export interface EndCardWindow {
  startS: number;
  endS: number;
  /** The video's length with the card: the narration timeline's, or the card's end when that is later. */
  totalS: number;
}

/** The end card's window after the timeline's last line ({@link END_CARD}), capped at MAX_VIDEO_S. */
export function endCardWindow(timeline: NarrationTimeline): EndCardWindow {
  const last = timeline.starts.length - 1;
  const startS = timeline.starts[last]! + timeline.durations[last]! + END_CARD.gapS;
  const endS = Math.min(MAX_VIDEO_S, startS + END_CARD.durationS);
  return { startS, endS, totalS: Math.max(timeline.totalS, endS) };
}

/** What {@link titleAss} draws: the opener's title, and the end card when the client has an outro. */
export interface TitlesPlan {
  language: LanguageCode;
  /** The opener's title text (writer/title.ts `videoTitle`, cleaned); absent: no opener. */
  title?: string;
  /** The client's outro and the card's window; absent: no end card. */
  endCard?: { outro: ClientOutro; window: EndCardWindow };
}

/** ASS styles and events to add to the captions' document (`buildAss`'s `extra`). */
export function titleAss(plan: TitlesPlan): { styles: string[]; events: string[] } {
  const profile = LANGUAGE_PROFILES[plan.language];
  const encoding = profile.rtl ? -1 : 1;
  const mark = profile.rtl ? '\u200F' : '';
  /** Escaped text in `size`, Latin runs in Noto Sans at the matching size where the language needs it (Urdu). */
  const text = (value: string, scale: number) =>
    profile.latinFontSize ? withLatinRuns(value, Math.round(profile.latinFontSize * scale)) : escapeAssText(value);
  const style = (name: string, font: string, size: number, colour: string, outline: number, shadow: number, alignment: number, marginV: number) =>
    `Style: ${name},${font},${size},${colour},${colour},&H00000000,&H80000000,-1,0,0,0,100,100,0,0,1,${outline},${shadow},${alignment},80,80,${marginV},${encoding}`;
  const styles: string[] = [];
  const events: string[] = [];
  const ms = (s: number) => Math.round(s * 1000);
  if (plan.title) {
    styles.push(style('Title', profile.fontFamily, Math.round(profile.fontSize * TITLE_SCALE), '&H00FFFFFF', 5, 3, 8, TITLE_MARGIN_TOP));
    const fade = `{\\fad(${ms(OPENER.fadeInS)},${ms(OPENER.fadeOutS)})}`;
    events.push(`Dialogue: 2,${assTime(OPENER.startS)},${assTime(OPENER.endS)},Title,,0,0,0,,${fade}${mark}${text(plan.title, TITLE_SCALE)}`);
  }
  if (plan.endCard) {
    const { outro, window } = plan.endCard;
    const t = `${assTime(window.startS)},${assTime(window.endS)}`;
    const lengthMs = Math.round((Math.round(window.endS * 100) - Math.round(window.startS * 100)) * 10);
    const rect = `m 0 0 l ${FRAME.width} 0 l ${FRAME.width} ${FRAME.height} l 0 ${FRAME.height}`;
    const both = outro.text !== undefined && outro.handle !== undefined;
    styles.push(
      style('EndText', profile.fontFamily, Math.round(profile.fontSize * OUTRO_SCALE), '&H00FFFFFF', 3, 0, both ? 2 : 5, FRAME.height - 620),
      style('EndHandle', LATIN_CAPTION_FONT, HANDLE_SIZE, `&H00${KARAOKE_HIGHLIGHT.ass.slice(2, 8)}`, 3, 0, both ? 8 : 5, 660),
    );
    // The backdrop dims the picture as the card fades in; the text fades in over it.
    events.push(`Dialogue: 3,${t},EndText,,0,0,0,,{\\an7\\pos(0,0)\\1c&H000000&\\1a${BACKDROP_ALPHA}\\bord0\\shad0\\fad(${ms(END_CARD.fadeInS)},0)\\p1}${rect}{\\p0}`);
    if (outro.text !== undefined) events.push(`Dialogue: 4,${t},EndText,,0,0,0,,{\\fad(${ms(END_CARD.fadeInS)},0)}${mark}${text(outro.text, OUTRO_SCALE)}`);
    // A handle is Latin (its character set), always left to right, in Noto Sans.
    if (outro.handle !== undefined) events.push(`Dialogue: 4,${t},EndHandle,,0,0,0,,{\\fad(${ms(END_CARD.fadeInS)},0)}${escapeAssText(outro.handle)}`);
    // Fade to black over the last fadeOutS of the card (\fade: alpha 255 until t3, down to 0 at t4).
    const fadeFrom = Math.max(0, lengthMs - ms(END_CARD.fadeOutS));
    events.push(`Dialogue: 5,${t},EndText,,0,0,0,,{\\an7\\pos(0,0)\\1c&H000000&\\bord0\\shad0\\fade(255,255,0,0,0,${fadeFrom},${lengthMs})\\p1}${rect}{\\p0}`);
  }
  return { styles, events };
}
