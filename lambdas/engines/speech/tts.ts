import { open, readFile } from 'node:fs/promises';
import type { LanguageCode } from '../../domain/languages.js';
import { exitDescription } from '../process/index.js';
import { ESPEAK_RATE_WPM } from '../../domain/speaking-rate.js';
import { SpeechError } from './errors.js';
import { runSpeechTool } from './tool.js';
import { espeakInput } from './espeak-text.js';
import type { SpeechResult, TextToSpeech, WordTiming } from './types.js';
import { LANGUAGE_PROFILES } from './voices.js';

/**
 * espeak-ng, the default engine (Debian package `espeak-ng`; voices per language in
 * {@link LANGUAGE_PROFILES}), run through the `espeak-ng-words` helper (espeak-words/espeak-ng-words.c):
 * the espeak-ng library with the CLI's own flags for `-b 1` (UTF-8 plain text through stdin, no SSML, so
 * neither markup nor a leading '-' in user text is interpreted; the WAV is byte-identical to
 * `espeak-ng -b 1 -w`), plus the library's word events, which the CLI does not print. Every result has
 * `words` (docs/renderer.md "Word timings").
 */
export class EspeakTextToSpeech implements TextToSpeech {
  constructor(private readonly options: { rateWpm?: number; timeoutMs?: number } = {}) {}

  async synthesize(text: string, language: LanguageCode, outWavPath: string, signal?: AbortSignal): Promise<SpeechResult> {
    const voice = LANGUAGE_PROFILES[language].espeakVoice;
    const args = [voice, String(this.options.rateWpm ?? ESPEAK_RATE_WPM), outWavPath];
    // espeak-ng reads its own fix-ups of the text (espeak-text.ts); word timings are reported on `text`.
    const spoken = espeakInput(text, language);
    const result = await runSpeechTool('espeakWords', args, { timeoutMs: this.options.timeoutMs ?? 30_000, signal, input: spoken });
    if (result.code !== 0 || result.timedOut) {
      throw new SpeechError(result.timedOut ? 'espeak-ng took too long.' : `espeak-ng failed (${exitDescription(result)}).`, result.stderr);
    }
    const events = parseEspeakWordEvents(result.stdout.toString('utf8'));
    const pcm = await readWavMono16(outWavPath);
    const durationS = pcm.samples.length / pcm.sampleRate;
    const words = wordTimingsFromEvents(spoken, events, pcm);
    return { durationS, words: spoken === text ? words : onOriginalText(text, words) };
  }
}

/** One espeakEVENT_WORD as the helper prints it. */
export interface EspeakWordEvent {
  /** Code point index of the word in the text, 0-based (the library's `text_position` − 1). */
  codePoint: number;
  /** Seconds from the start of the audio (the library's `audio_position`, ms). */
  startS: number;
}

/** Parses the helper's `W <text_position> <length> <audio_position_ms>` lines (zero-length events dropped). */
export function parseEspeakWordEvents(stdout: string): EspeakWordEvent[] {
  const events: EspeakWordEvent[] = [];
  for (const line of stdout.split('\n')) {
    const m = /^W (\d+) (\d+) (\d+)$/u.exec(line.trim());
    // A zero-length event marks the end of the text, not a word.
    if (m && Number(m[2]) > 0) events.push({ codePoint: Number(m[1]) - 1, startS: Number(m[3]) / 1000 });
  }
  return events;
}

/** Mono 16-bit PCM samples of a WAV file (the first channel when there are more). */
export interface PcmMono {
  samples: Int16Array;
  sampleRate: number;
}

/**
 * Reads a PCM 16-bit WAV (RIFF, format 1) into its first channel's samples.
 * @throws SpeechError when the file is not a 16-bit PCM WAV.
 */
export async function readWavMono16(path: string): Promise<PcmMono> {
  const bytes = await readFile(path);
  if (bytes.toString('ascii', 0, 4) !== 'RIFF' || bytes.toString('ascii', 8, 12) !== 'WAVE') throw new SpeechError('The speech engine did not write a WAV file.');
  let offset = 12;
  let channels = 1;
  let sampleRate = 0;
  let bits = 0;
  while (offset + 8 <= bytes.length) {
    const id = bytes.toString('ascii', offset, offset + 4);
    const length = bytes.readUInt32LE(offset + 4);
    if (id === 'fmt ') {
      channels = bytes.readUInt16LE(offset + 10);
      sampleRate = bytes.readUInt32LE(offset + 12);
      bits = bytes.readUInt16LE(offset + 22);
    }
    if (id === 'data') {
      if (bits !== 16 || !sampleRate) break;
      const end = Math.min(bytes.length, offset + 8 + (length === 0 || length === 0xffffffff ? bytes.length : length));
      const frames = Math.floor((end - offset - 8) / (2 * channels));
      const samples = new Int16Array(frames);
      for (let i = 0; i < frames; i++) samples[i] = bytes.readInt16LE(offset + 8 + i * 2 * channels);
      return { samples, sampleRate };
    }
    offset += 8 + length + (length % 2);
  }
  throw new SpeechError('The speech engine wrote a WAV file without 16-bit PCM audio.');
}

/** Analysis frame of the word-edge refinement, seconds. */
const ENERGY_FRAME_S = 0.01;
/** A frame is silent below this RMS relative to the line's loudest frame (−35 dB). */
const SILENCE_REL = 10 ** (-35 / 20);

/**
 * Word timings measured on a fixed-up text (espeak-text.ts) moved onto the text as given: the fix-ups never
 * touch white space, so the n-th word of one is the n-th word of the other.
 */
function onOriginalText(text: string, words: readonly WordTiming[]): WordTiming[] {
  const tokens = [...text.matchAll(/\S+/gu)];
  if (tokens.length !== words.length) return [...words];
  return words.map((w, i) => ({ ...w, word: tokens[i]![0], charStart: tokens[i]!.index, charEnd: tokens[i]!.index + tokens[i]![0].length }));
}

/**
 * Word timings of `text` from espeak-ng's word events and the audio they describe (docs/renderer.md
 * "Word timings"). Words are the text's whitespace-separated runs. A word starts at the earliest event
 * inside it (espeak-ng may split a number or an abbreviation into several words); a word with no event
 * gets its neighbours' times interpolated by character position, except punctuation alone (a dash),
 * which is not heard and takes no time at the next word's start. A word ends where
 * the next starts, and both edges are then moved over silence (10 ms frames 35 dB under the line's
 * loudest), so a pause at a comma or a full stop belongs to no word. The result is monotonic, inside
 * [0, duration] and has one entry per word.
 */
export function wordTimingsFromEvents(text: string, events: readonly EspeakWordEvent[], pcm: PcmMono): WordTiming[] {
  const durationS = pcm.samples.length / pcm.sampleRate;
  const tokens = [...text.matchAll(/\S+/gu)].map((m) => ({ word: m[0], charStart: m.index, charEnd: m.index + m[0].length }));
  if (tokens.length === 0) return [];
  // Code point index → UTF-16 index of the text.
  const utf16At: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    utf16At.push(i);
    if (code >= 0xd800 && code < 0xdc00) i++;
  }
  utf16At.push(text.length);
  const starts: Array<number | undefined> = tokens.map(() => undefined);
  for (const event of events) {
    const at = utf16At[Math.min(event.codePoint, utf16At.length - 1)]!;
    // The word the event falls in, or the next one (an event on a space belongs to what follows).
    const k = tokens.findIndex((t) => at < t.charEnd);
    if (k < 0) continue;
    const t = Math.min(Math.max(0, event.startS), durationS);
    starts[k] = starts[k] === undefined ? t : Math.min(starts[k]!, t);
  }
  // Interpolate the words without an event by character position between timed neighbours.
  const known = starts.map((s, i) => (s === undefined ? -1 : i)).filter((i) => i >= 0);
  const filled = tokens.map((tok, i) => {
    if (starts[i] !== undefined) return starts[i]!;
    const after = known.find((k) => k > i);
    // Punctuation alone is not heard: it takes no time, at the next word's start.
    if (!/[\p{L}\p{N}]/u.test(tok.word)) return after === undefined ? durationS : starts[after]!;
    const before = known.filter((k) => k < i).pop();
    const c0 = before === undefined ? 0 : tokens[before]!.charStart;
    const t0 = before === undefined ? 0 : starts[before]!;
    const c1 = after === undefined ? text.length : tokens[after]!.charStart;
    const t1 = after === undefined ? durationS : starts[after]!;
    return t0 + ((t1 - t0) * (tok.charStart - c0)) / Math.max(1, c1 - c0);
  });
  for (let i = 1; i < filled.length; i++) filled[i] = Math.max(filled[i]!, filled[i - 1]!);

  // Energy per 10 ms frame, to move word edges off silence.
  const frame = Math.max(1, Math.round(pcm.sampleRate * ENERGY_FRAME_S));
  const rms: number[] = [];
  for (let f = 0; f * frame < pcm.samples.length; f++) {
    let sum = 0;
    const end = Math.min(pcm.samples.length, (f + 1) * frame);
    for (let i = f * frame; i < end; i++) sum += pcm.samples[i]! * pcm.samples[i]!;
    rms.push(Math.sqrt(sum / (end - f * frame)));
  }
  const floor = Math.max(...rms, 1) * SILENCE_REL;
  const loud = (f: number) => (rms[f] ?? 0) >= floor;
  return tokens.map((tok, i) => {
    const rawStart = filled[i]!;
    const rawEnd = i + 1 < tokens.length ? filled[i + 1]! : durationS;
    // Whole frames inside [rawStart, rawEnd]: the frame holding the next word's onset is not this word's.
    const perS = pcm.sampleRate / frame;
    let f0 = Math.floor(rawStart * perS);
    let f1 = Math.max(f0, Math.floor(rawEnd * perS));
    while (f0 < f1 && !loud(f0)) f0++;
    while (f1 > f0 && !loud(f1 - 1)) f1--;
    // A word with no sound of its own keeps its event times.
    const [s, e] = f1 > f0 ? [f0 / perS, f1 / perS] : [rawStart, rawEnd];
    const startS = Math.min(Math.max(s, rawStart), durationS);
    const endS = Math.min(Math.max(startS, Math.min(e, rawEnd)), durationS);
    return { ...tok, startS: round3(startS), endS: round3(endS) };
  });
}

const round3 = (x: number) => Math.round(x * 1000) / 1000;

/**
 * A WAV file (RIFF, PCM format 1) around raw signed 16-bit little-endian samples: what Polly's `pcm`
 * output is (mono, at the requested sample rate; Amazon Polly API Reference, SynthesizeSpeech).
 * @param pcm the samples (an odd trailing byte is dropped)
 * @param sampleRate samples per second
 */
export function pcm16ToWav(pcm: Uint8Array, sampleRate: number, channels = 1): Buffer {
  const dataBytes = pcm.length - (pcm.length % 2);
  const header = Buffer.alloc(44);
  header.write('RIFF', 0, 'ascii');
  header.writeUInt32LE(36 + dataBytes, 4);
  header.write('WAVE', 8, 'ascii');
  header.write('fmt ', 12, 'ascii');
  header.writeUInt32LE(16, 16);
  header.writeUInt16LE(1, 20);
  header.writeUInt16LE(channels, 22);
  header.writeUInt32LE(sampleRate, 24);
  header.writeUInt32LE(sampleRate * channels * 2, 28);
  header.writeUInt16LE(channels * 2, 32);
  header.writeUInt16LE(16, 34);
  header.write('data', 36, 'ascii');
  header.writeUInt32LE(dataBytes, 40);
  return Buffer.concat([header, pcm.subarray(0, dataBytes)]);
}

/**
 * Duration of a PCM WAV file in seconds, from its `fmt ` and `data` chunks. A streamed WAV whose data
 * size is a placeholder (0 or 0xFFFFFFFF) is measured from the file size instead.
 * @throws SpeechError when the file is not a PCM WAV.
 */
export async function wavDurationS(path: string): Promise<number> {
  const file = await open(path, 'r');
  try {
    const { size } = await file.stat();
    const head = Buffer.alloc(Math.min(size, 4096));
    await file.read(head, 0, head.length, 0);
    if (head.toString('ascii', 0, 4) !== 'RIFF' || head.toString('ascii', 8, 12) !== 'WAVE') throw new SpeechError('The speech engine did not write a WAV file.');
    let offset = 12;
    let byteRate = 0;
    while (offset + 8 <= head.length) {
      const id = head.toString('ascii', offset, offset + 4);
      const length = head.readUInt32LE(offset + 4);
      if (id === 'fmt ') byteRate = head.readUInt32LE(offset + 16);
      if (id === 'data') {
        if (!byteRate) break;
        const available = size - offset - 8;
        const bytes = length === 0 || length === 0xffffffff || length > available ? available : length;
        return bytes / byteRate;
      }
      offset += 8 + length + (length % 2);
    }
    throw new SpeechError('The speech engine wrote a WAV file without audio data.');
  } finally {
    await file.close();
  }
}
