import type { LanguageCode } from './languages.js';
import { characterCount, SPEAKING_RATE_CPS } from './speaking-rate.js';

/**
 * How long a narration may be (docs/renderer.md "Narration" and docs/api-contract.md "Script length"):
 * the one table of the video's time frame, used by the renderer to lay out and speed up the lines and by
 * POST /api/generate-video to refuse, before anything is spent, a script that cannot fit.
 */

/** Longest video, seconds. */
export const MAX_VIDEO_S = 60;
/** Silence before the first line, between lines and after the last line, seconds (lead + tail ≤ 1.5 s). */
export const LEAD_S = 0.3;
export const PAUSE_S = 0.3;
export const TAIL_S = 0.8;
/**
 * Fastest narration tempo (ffmpeg `atempo`, pitch kept) used to fit a long narration into
 * {@link MAX_VIDEO_S}; past it the script is refused as too long. 1.25× keeps speech easy to follow
 * (a quarter faster than the voice's own rate).
 */
export const MAX_TEMPO = 1.25;
/**
 * The tempo a script is budgeted at when it is submitted ({@link maxScriptChars}): 4 % under
 * {@link MAX_TEMPO}, because a given script may be spoken a little slower than the corpus average that
 * {@link SPEAKING_RATE_CPS} measures (Tamil scripts of the corpus sentences: 14.4 against 14.6 characters
 * per second), and a script accepted at submission should not then fail at the render.
 */
export const BUDGET_TEMPO = 1.2;
/** Longest script the renderer narrates, in characters (whatever the voice's speed). */
export const MAX_SCRIPT_CHARS = 1500;

/** Seconds of the video left for speech when the narration has `lines` lines (lead, pauses and tail removed). */
export function speechRoomS(lines: number): number {
  return MAX_VIDEO_S - LEAD_S - TAIL_S - PAUSE_S * Math.max(0, lines - 1);
}

/**
 * The most characters a script of `lines` lines may have in `language`: what the slowest voice of the
 * language speaks ({@link SPEAKING_RATE_CPS}, measured) in the room the video leaves, at
 * {@link BUDGET_TEMPO} (just under the fastest tempo {@link MAX_TEMPO}), and never more than {@link MAX_SCRIPT_CHARS}. Characters are code
 * points of the lines as narrated ({@link scriptCharacters}).
 */
export function maxScriptChars(language: LanguageCode, lines = 1): number {
  const bySpeech = Math.floor(SPEAKING_RATE_CPS[language] * speechRoomS(lines) * BUDGET_TEMPO);
  return Math.max(0, Math.min(MAX_SCRIPT_CHARS, bySpeech));
}

/**
 * Characters of a script as {@link maxScriptChars} counts them: code points of its lines joined by one
 * space, each line with white space runs as one space and trimmed (the text as sent, with runs of white
 * space counted once; spaces count, as in {@link SPEAKING_RATE_CPS}).
 */
export const scriptCharacters = (lines: readonly string[]): number =>
  characterCount(lines.map((line) => line.replace(/\s+/gu, ' ').trim()).join(' '));
