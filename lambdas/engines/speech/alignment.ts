import { SpeechError } from './errors.js';
import { runSpeechTool } from './tool.js';
import type { WordTiming } from './types.js';
import { finishTimings, scriptWords, type ScriptWord } from './words.js';

/**
 * Word timings for audio whose provider reports none (Bhashini / IndicTTS), by aligning the known words
 * to the audio (docs/voices.md "Word timings", where the measured error is reported):
 *
 * 1. Energy per 10 ms frame; frames more than {@link ALIGN_SILENCE_DB} dB below the loudest frame are silent.
 * 2. Speech runs from the first to the last voiced frame; silent runs of at least {@link ALIGN_MIN_PAUSE_S}
 *    inside it are pauses, which split the speech into voiced segments.
 * 3. Each pause is matched to the word gap whose share of the characters before it is closest to the
 *    share of voiced time before the pause (monotonic; a pause with no gap left is ignored, i.e. taken as
 *    a pause inside a word). Gaps after punctuation are preferred by weighting their distance by half.
 * 4. Inside each voiced segment the words are spread proportionally to their {@link alignmentWeight}.
 *
 * "Characters" above are {@link alignmentWeight}s: an estimate of a word's syllables plus one for its
 * onset, which tracks speaking time better than code points in the Indic scripts, where a vowel sign or a
 * virama is a code point of its own (measured with `npm run measure:alignment`: mean word-start error
 * 100 → 87 ms, 95th percentile 291 → 259 ms over the 13 languages; docs/voices.md "Word timings").
 * A pause is at least 150 ms: shorter silences are mostly the closure of a long (geminate) stop inside a
 * word (Malayalam പട്ടി, Tamil, Hindi क्क), which 120 ms took for word gaps (mean 87 → 77 ms, Malayalam
 * 207 → 94 ms; 200 ms loses real pauses: 86 ms).
 */
export const ALIGN_FRAME_S = 0.01;
export const ALIGN_SILENCE_DB = 35;
/** Shortest silence taken for a pause between words (s); see above. */
export const ALIGN_MIN_PAUSE_S = 0.15;
const ANALYSIS_RATE = 16_000;

/** Mono 16 kHz samples of any audio file ffmpeg reads, as floats in [-1, 1]. */
export async function readMonoSamples(path: string, signal?: AbortSignal): Promise<{ samples: Float32Array; sampleRate: number }> {
  const result = await runSpeechTool('ffmpeg', ['-hide_banner', '-nostdin', '-v', 'error', '-i', `file:${path}`, '-ac', '1', '-ar', String(ANALYSIS_RATE), '-f', 's16le', 'pipe:1'], {
    timeoutMs: 30_000,
    signal,
    maxStdout: 64 * 1024 * 1024,
  });
  if (result.code !== 0 || result.timedOut) throw new SpeechError('Reading the narration audio for word alignment failed.', result.stderr);
  const pcm = result.stdout;
  const samples = new Float32Array(Math.floor(pcm.length / 2));
  for (let i = 0; i < samples.length; i++) samples[i] = pcm.readInt16LE(i * 2) / 32768;
  return { samples, sampleRate: ANALYSIS_RATE };
}

/** Voiced segments `[startS, endS]` of the audio, split at pauses (steps 1–2 above). */
export function voicedSegments(samples: Float32Array, sampleRate: number): Array<[number, number]> {
  const frame = Math.max(1, Math.round(sampleRate * ALIGN_FRAME_S));
  const count = Math.floor(samples.length / frame);
  const db: number[] = [];
  for (let f = 0; f < count; f++) {
    let sum = 0;
    for (let i = f * frame; i < (f + 1) * frame; i++) sum += (samples[i] as number) ** 2;
    db.push(10 * Math.log10(sum / frame + 1e-12));
  }
  const peak = Math.max(...db, -120);
  const voiced = db.map((d) => d > peak - ALIGN_SILENCE_DB);
  const minPause = Math.round(ALIGN_MIN_PAUSE_S / ALIGN_FRAME_S);
  const segments: Array<[number, number]> = [];
  let start = -1;
  let silent = 0;
  for (let f = 0; f < count; f++) {
    if (voiced[f]) {
      if (start < 0) start = f;
      else if (silent >= minPause) {
        segments.push([start * ALIGN_FRAME_S, (f - silent) * ALIGN_FRAME_S]);
        start = f;
      }
      silent = 0;
    } else if (start >= 0) silent++;
  }
  if (start >= 0) segments.push([start * ALIGN_FRAME_S, (count - silent) * ALIGN_FRAME_S]);
  return segments;
}

/** The viramas of the Indic scripts (Devanagari … Malayalam): a letter before one carries no vowel of its own. */
const VIRAMA = '\u094D\u09CD\u0A4D\u0ACD\u0B4D\u0BCD\u0C4D\u0CCD\u0D4D';
const VOWEL_BEARING = new RegExp(`[\\p{L}\\p{N}](?!\\p{M}*[${VIRAMA}])`, 'gu');

/**
 * A word's share of speaking time in the alignment: its letters and digits that are not silenced by a
 * virama (≈ syllables in the Indic scripts; letters in Latin and Arabic script), plus 1 for the word itself.
 */
export const alignmentWeight = (word: string): number => (word.match(VOWEL_BEARING)?.length ?? 0) + 1;

const weight = (w: ScriptWord): number => alignmentWeight(w.word);

/** Word timings of `text` over the given voiced segments (steps 3–4 above). */
export function alignWords(text: string, segments: ReadonlyArray<[number, number]>, durationS: number): WordTiming[] {
  const words = scriptWords(text);
  if (words.length === 0) return [];
  if (segments.length === 0) segments = [[0, durationS]];
  const total = words.reduce((a, w) => a + weight(w), 0);
  // Character share before each gap g (between words g and g+1), and whether punctuation ends word g.
  const gapShare: number[] = [];
  const punctuated: boolean[] = [];
  let acc = 0;
  for (let g = 0; g < words.length - 1; g++) {
    acc += weight(words[g] as ScriptWord);
    gapShare.push(acc / total);
    punctuated.push(/[\p{P}]/u.test(text.slice((words[g] as ScriptWord).charEnd, (words[g + 1] as ScriptWord).charStart)));
  }
  const voicedTotal = segments.reduce((a, [s, e]) => a + (e - s), 0);
  // Step 3: pause j (after segment j) → gap index, monotonic.
  const cuts: Array<{ segment: number; gap: number }> = [];
  let voicedBefore = 0;
  let lastGap = -1;
  for (let j = 0; j < segments.length - 1; j++) {
    const [s, e] = segments[j] as [number, number];
    voicedBefore += e - s;
    const share = voicedBefore / voicedTotal;
    let best = -1;
    let bestCost = Infinity;
    // Leave at least one gap for each later pause only if there are gaps to spare; otherwise later pauses are ignored.
    for (let g = lastGap + 1; g < gapShare.length; g++) {
      const cost = Math.abs((gapShare[g] as number) - share) * (punctuated[g] ? 0.5 : 1);
      if (cost < bestCost) {
        bestCost = cost;
        best = g;
      }
    }
    if (best >= 0) {
      cuts.push({ segment: j, gap: best });
      lastGap = best;
    }
  }
  // Step 4: the words between consecutive cuts fill the voiced time between them, by characters.
  const starts: number[] = new Array<number>(words.length).fill(0);
  const groups: Array<{ from: number; to: number; seg0: number; seg1: number }> = [];
  let fromWord = 0;
  let fromSeg = 0;
  for (const cut of cuts) {
    groups.push({ from: fromWord, to: cut.gap + 1, seg0: fromSeg, seg1: cut.segment + 1 });
    fromWord = cut.gap + 1;
    fromSeg = cut.segment + 1;
  }
  groups.push({ from: fromWord, to: words.length, seg0: fromSeg, seg1: segments.length });
  for (const group of groups) {
    const segs = segments.slice(group.seg0, group.seg1);
    const span = segs.reduce((a, [s, e]) => a + (e - s), 0);
    const groupWords = words.slice(group.from, group.to);
    const chars = groupWords.reduce((a, w) => a + weight(w), 0);
    let before = 0;
    for (const [k, w] of groupWords.entries()) {
      starts[group.from + k] = voicedToReal(segs, (span * before) / Math.max(1, chars));
      before += weight(w);
    }
  }
  const timings = finishTimings(words, starts, durationS);
  // A word ends at its segment's end when a pause follows it, not at the next word's start.
  const lastSpeech = (segments[segments.length - 1] as [number, number])[1];
  for (const [i, t] of timings.entries()) {
    const next = timings[i + 1];
    const seg = segments.find(([s, e]) => t.startS >= s - 1e-9 && t.startS <= e + 1e-9);
    if (seg && (!next || next.startS > seg[1])) t.endS = Math.floor(Math.max(t.startS, Math.min(next ? next.startS : lastSpeech, seg[1], durationS)) * 1000) / 1000;
  }
  return timings;
}

/** Position `v` seconds into the concatenated voiced time of `segs`, as seconds of the audio. */
function voicedToReal(segs: ReadonlyArray<[number, number]>, v: number): number {
  let left = v;
  for (const [s, e] of segs) {
    if (left <= e - s + 1e-9) return s + left;
    left -= e - s;
  }
  return (segs[segs.length - 1] as [number, number])[1];
}

/** Reads `path` and aligns the words of `text` to it. */
export async function alignWordsToAudio(text: string, path: string, durationS: number, signal?: AbortSignal): Promise<WordTiming[]> {
  const { samples, sampleRate } = await readMonoSamples(path, signal);
  return alignWords(text, voicedSegments(samples, sampleRate), durationS);
}
