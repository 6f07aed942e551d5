import type { WordTiming } from './types.js';

/** A word of a line as written: `text.slice(charStart, charEnd)` (UTF-16 indexes, half-open). */
export interface ScriptWord {
  word: string;
  charStart: number;
  charEnd: number;
}

const EDGE_PUNCTUATION = /^[\p{P}\p{S}]+|[\p{P}\p{S}]+$/gu;

/**
 * The words of a line, as every speech provider's timings are reported against them (docs/voices.md
 * "Word timings"): whitespace-separated tokens with leading and trailing punctuation and symbols removed
 * (`"Look,` → `Look`; `सिंहासन।` → `सिंहासन`); a token of punctuation only is not a word. Combining marks
 * (matras, viramas, nuktas) stay with their letters because only whitespace splits.
 */
export function scriptWords(text: string): ScriptWord[] {
  const out: ScriptWord[] = [];
  for (const match of text.matchAll(/\S+/gu)) {
    const token = match[0];
    const lead = /^[\p{P}\p{S}]+/u.exec(token)?.[0].length ?? 0;
    const core = token.replace(EDGE_PUNCTUATION, '');
    if (core === '') continue;
    const charStart = match.index + lead;
    out.push({ word: core, charStart, charEnd: charStart + core.length });
  }
  return out;
}

/** A provider's report that a span of the text starts being heard at `startS` (Polly speech mark, Google timepoint). */
export interface TimedSpan {
  charStart: number;
  charEnd: number;
  startS: number;
}

/**
 * Word timings for every word of `text` from a provider's timed spans: a word takes the start of the first
 * span that overlaps it; a word no span overlaps is placed between its neighbours by character share.
 * Each word ends where the next begins (the last at `durationS`). The result is monotonic and inside
 * [0, durationS] (starts are clamped and made non-decreasing), and has one entry per {@link scriptWords} word.
 */
export function timingsForWords(text: string, spans: readonly TimedSpan[], durationS: number): WordTiming[] {
  const words = scriptWords(text);
  const starts: Array<number | undefined> = words.map((w) => spans.find((s) => s.charStart < w.charEnd && s.charEnd > w.charStart)?.startS);
  // Fill the gaps by character share between the known neighbours.
  for (let i = 0; i < words.length; i++) {
    if (starts[i] !== undefined) continue;
    let j = i;
    while (j < words.length && starts[j] === undefined) j++;
    const from = i === 0 ? 0 : (starts[i - 1] as number);
    const to = j < words.length ? (starts[j] as number) : durationS;
    const left = i === 0 ? 0 : (words[i - 1] as ScriptWord).word.length;
    const lengths = words.slice(i, j).map((w) => w.word.length);
    const total = left + lengths.reduce((a, b) => a + b, 0);
    let acc = left;
    for (let k = i; k < j; k++) {
      starts[k] = from + ((to - from) * acc) / Math.max(1, total);
      acc += lengths[k - i] as number;
    }
    i = j - 1;
  }
  return finishTimings(words, starts as number[], durationS);
}

/** Clamps starts into [0, durationS], makes them non-decreasing, and ends each word at the next one's start. */
export function finishTimings(words: readonly ScriptWord[], starts: readonly number[], durationS: number): WordTiming[] {
  let previous = 0;
  const clamped = starts.map((s) => (previous = Math.min(durationS, Math.max(previous, Number.isFinite(s) ? s : previous))));
  return words.map((w, i) => ({
    word: w.word,
    charStart: w.charStart,
    charEnd: w.charEnd,
    startS: round(clamped[i] as number),
    endS: round(i + 1 < words.length ? (clamped[i + 1] as number) : durationS),
  }));
}

/** Milliseconds, rounded down so a time never passes the audio's end. */
const round = (s: number): number => Math.floor(s * 1000 + 1e-6) / 1000;

/**
 * UTF-8 byte offset → UTF-16 index into `text` (Amazon Polly speech marks count `start`/`end` in bytes of
 * the UTF-8 input: Amazon Polly Developer Guide, "Speech marks"). An offset inside a multi-byte character
 * maps to that character's start; one past the end maps to `text.length`.
 */
export function utf8OffsetToIndex(text: string, byteOffset: number): number {
  let bytes = 0;
  let index = 0;
  for (const ch of text) {
    const cp = ch.codePointAt(0) as number;
    const size = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
    if (bytes + size > byteOffset) return index;
    bytes += size;
    index += ch.length;
  }
  return text.length;
}
