import { RenderError } from './errors.js';
import { runTool, toolFailure } from './process.js';

/**
 * The soundtrack (docs/renderer.md "Narration", "Music" and "Loudness"): the narration lines laid on a
 * timeline with pauses, the clip's own audio (video input) and the music bed ducked under the voice with
 * a side-chain compressor,
 * then normalised in two passes with ffmpeg `loudnorm` to −16 LUFS integrated, true peak ≤ −1 dBTP
 * (EBU R128 / the common −16 LUFS target of mobile platforms; −2 dBTP is asked for so the AAC encoder's
 * overshoot stays under −1).
 */

/** Output sample rate (AAC at 48 kHz). */
export const SAMPLE_RATE = 48_000;
/** Loudness target, LUFS. */
export const TARGET_LUFS = -16;
/** True-peak ceiling asked of loudnorm, dBTP (1 dB under the −1 dBTP requirement, for the AAC encoder). */
export const TARGET_TRUE_PEAK = -2;
/** Silence before the first line, between lines and after the last line, seconds (sum of lead+tail ≤ 1.5 s). */
export const LEAD_S = 0.3;
export const PAUSE_S = 0.3;
export const TAIL_S = 0.8;
/** Longest video, seconds. */
export const MAX_VIDEO_S = 60;
/** Level of the clip's own audio before ducking (linear gain). */
export const CLIP_AUDIO_GAIN = 0.5;
/**
 * Level of the music bed before ducking (linear gain on a track peaking at −6 dBFS, music.ts): −12 dB,
 * about 14 LU under espeak-ng's voice before the side-chain takes off more while it speaks.
 */
export const MUSIC_GAIN = 0.25;

export interface NarrationTimeline {
  /** Start of each line, seconds from the start of the video. */
  starts: number[];
  /** Spoken duration of each line after any tempo change, seconds. */
  durations: number[];
  /** Tempo applied to every line (1 = as synthesised; > 1 faster, only to fit in {@link MAX_VIDEO_S}). */
  tempo: number;
  /** Total video length: lead + lines + pauses + tail, seconds. */
  totalS: number;
}

/** Fastest tempo used to fit a long narration into 60 s; past it the script is refused as too long. */
export const MAX_TEMPO = 1.5;

/**
 * Lays out lines of the given durations. Returns undefined when even at {@link MAX_TEMPO} the video
 * would be longer than {@link MAX_VIDEO_S}.
 */
export function planTimeline(lineDurations: readonly number[]): NarrationTimeline | undefined {
  const pauses = PAUSE_S * Math.max(0, lineDurations.length - 1);
  const speech = lineDurations.reduce((a, b) => a + b, 0);
  const room = MAX_VIDEO_S - LEAD_S - TAIL_S - pauses;
  const tempo = speech <= room ? 1 : speech / room;
  if (tempo > MAX_TEMPO || room <= 0) return undefined;
  const durations = lineDurations.map((d) => d / tempo);
  const starts: number[] = [];
  let t = LEAD_S;
  for (const d of durations) {
    starts.push(t);
    t += d + PAUSE_S;
  }
  const totalS = Math.min(MAX_VIDEO_S, t - PAUSE_S + TAIL_S);
  return { starts, durations, tempo, totalS };
}

/** Clip audio to lay under the narration: the ffmpeg input arguments and the stream to map. */
export interface BedAudio {
  /** ffmpeg input arguments (from clipInputs in clip.ts). */
  inputArgs: string[];
  /** How many inputs they open (their audio is concatenated in order). */
  count: number;
}

/** Measured loudness from loudnorm's first pass (its JSON print_format). */
interface LoudnormMeasure {
  input_i: string;
  input_tp: string;
  input_lra: string;
  input_thresh: string;
  target_offset: string;
}

const loudnormBase = `loudnorm=I=${TARGET_LUFS}:TP=${TARGET_TRUE_PEAK}:LRA=11`;

/**
 * Builds the finished soundtrack as a 48 kHz mono 16-bit WAV of exactly `timeline.totalS` seconds.
 * @param lineWavs one WAV per line (as the TTS wrote it)
 * @param bed optional clip audio input (already looped/trimmed by its input arguments) to duck under the voice
 * @param music optional music bed (a WAV of the video's length, music.ts), ducked under the voice with the clip's audio
 * @throws RenderError when ffmpeg fails (transient)
 */
export async function buildSoundtrack(
  lineWavs: readonly string[],
  timeline: NarrationTimeline,
  outWav: string,
  premixWav: string,
  options: { bed?: BedAudio; music?: string; signal?: AbortSignal; timeoutMs?: number } = {},
): Promise<void> {
  const timeoutMs = options.timeoutMs ?? 60_000;
  const args = ['-hide_banner', '-nostdin', '-y', '-v', 'error'];
  for (const wav of lineWavs) args.push('-protocol_whitelist', 'file', '-i', `file:${wav}`);
  if (options.bed) args.push(...options.bed.inputArgs);
  const musicIndex = lineWavs.length + (options.bed?.count ?? 0);
  if (options.music) args.push('-protocol_whitelist', 'file', '-i', `file:${options.music}`);
  const total = timeline.totalS.toFixed(3);
  const chains: string[] = [];
  const labels: string[] = [];
  lineWavs.forEach((_, i) => {
    const tempo = timeline.tempo === 1 ? '' : `,atempo=${timeline.tempo.toFixed(4)}`;
    const delayMs = Math.round(timeline.starts[i]! * 1000);
    chains.push(`[${i}:a]aresample=${SAMPLE_RATE},aformat=sample_fmts=fltp:channel_layouts=mono${tempo},adelay=delays=${delayMs}:all=1[l${i}]`);
    labels.push(`[l${i}]`);
  });
  // Sum the lines (they do not overlap); amix with normalize=0 keeps each line's own level.
  chains.push(`${labels.join('')}amix=inputs=${labels.length}:duration=longest:normalize=0,apad=whole_dur=${total},atrim=end=${total}[voice]`);
  let out = '[voice]';
  if (options.bed || options.music) {
    const b = lineWavs.length;
    chains.push('[voice]asplit=2[voice1][key]');
    const beds: string[] = [];
    if (options.bed) {
      const bedSource =
        options.bed.count === 1 ? `[${b}:a]` : `${Array.from({ length: options.bed.count }, (_, i) => `[${b + i}:a]`).join('')}concat=n=${options.bed.count}:v=0:a=1,`;
      chains.push(
        `${bedSource}aresample=${SAMPLE_RATE},aformat=sample_fmts=fltp:channel_layouts=mono,volume=${CLIP_AUDIO_GAIN},apad=whole_dur=${total},atrim=end=${total}[clipbed]`,
      );
      beds.push('[clipbed]');
    }
    if (options.music) {
      chains.push(`[${musicIndex}:a]aresample=${SAMPLE_RATE},aformat=sample_fmts=fltp:channel_layouts=mono,volume=${MUSIC_GAIN},apad=whole_dur=${total},atrim=end=${total}[musicbed]`);
      beds.push('[musicbed]');
    }
    chains.push(beds.length === 1 ? `${beds[0]}anull[bed]` : `${beds.join('')}amix=inputs=${beds.length}:duration=longest:normalize=0[bed]`);
    // Duck: the voice drives a compressor on the bed (−18 dB or so while speaking, back within ~0.4 s).
    chains.push('[bed][key]sidechaincompress=threshold=0.02:ratio=12:attack=20:release=400:makeup=1[ducked]');
    chains.push(`[voice1][ducked]amix=inputs=2:duration=first:normalize=0,atrim=end=${total}[mix]`);
    out = '[mix]';
  }
  args.push('-filter_complex', chains.join(';'), '-map', out, '-c:a', 'pcm_f32le', '-ar', String(SAMPLE_RATE), '-ac', '1', `file:${premixWav}`);
  const mixed = await runTool('ffmpeg', args, { timeoutMs, signal: options.signal });
  if (mixed.code !== 0 || mixed.timedOut) throw toolFailure('ffmpeg', 'mixing the narration', mixed);

  // Pass 1: measure.
  const measured = await runTool(
    'ffmpeg',
    ['-hide_banner', '-nostdin', '-v', 'info', '-protocol_whitelist', 'file', '-i', `file:${premixWav}`, '-af', `${loudnormBase}:print_format=json`, '-f', 'null', '-'],
    { timeoutMs, signal: options.signal },
  );
  if (measured.code !== 0 || measured.timedOut) throw toolFailure('ffmpeg', 'measuring loudness', measured);
  const m = parseLoudnorm(measured.stderr);
  // Pass 2: normalise with the measurement (linear when loudnorm can, which keeps the voice's dynamics).
  const second = `${loudnormBase}:measured_I=${m.input_i}:measured_TP=${m.input_tp}:measured_LRA=${m.input_lra}:measured_thresh=${m.input_thresh}:offset=${m.target_offset}:linear=true`;
  const normalised = await runTool(
    'ffmpeg',
    [
      '-hide_banner', '-nostdin', '-y', '-v', 'error', '-protocol_whitelist', 'file', '-i', `file:${premixWav}`,
      '-af', `${second},aresample=${SAMPLE_RATE},apad=whole_dur=${total},atrim=end=${total}`,
      '-c:a', 'pcm_s16le', '-ar', String(SAMPLE_RATE), '-ac', '1', `file:${outWav}`,
    ],
    { timeoutMs, signal: options.signal },
  );
  if (normalised.code !== 0 || normalised.timedOut) throw toolFailure('ffmpeg', 'normalising loudness', normalised);
}

/** The JSON block loudnorm prints at the end of its first pass. */
export function parseLoudnorm(stderr: string): LoudnormMeasure {
  const start = stderr.lastIndexOf('{');
  const end = stderr.lastIndexOf('}');
  try {
    const parsed = JSON.parse(stderr.slice(start, end + 1)) as Partial<LoudnormMeasure>;
    const keys = ['input_i', 'input_tp', 'input_lra', 'input_thresh', 'target_offset'] as const;
    for (const key of keys) {
      const value = Number(parsed[key]);
      // Silence measures as -inf; the voice is never silent here, so that is a failure.
      if (!Number.isFinite(value)) throw new Error(`loudnorm ${key} = ${String(parsed[key])}`);
    }
    return parsed as LoudnormMeasure;
  } catch (err) {
    throw new RenderError('The narration could not be measured for loudness (is it silent?).', stderr.slice(-2000), { cause: err });
  }
}
