import { RenderError } from './errors.js';
import { LEAD_S, MAX_TEMPO, MAX_VIDEO_S, PAUSE_S, speechRoomS, TAIL_S } from '../../domain/narration-limits.js';
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
// The narration's time frame (lead, pauses, tail, 60 s, the tempo bound) is shared with the submission
// check of POST /api/generate-video: lambdas/domain/narration-limits.ts.
export { LEAD_S, MAX_TEMPO, MAX_VIDEO_S, PAUSE_S, TAIL_S } from '../../domain/narration-limits.js';
/** Level of the clip's own audio before ducking (linear gain). */
export const CLIP_AUDIO_GAIN = 0.5;
/**
 * Level of the music bed before ducking (linear gain on a track peaking at −6 dBFS, music.ts): −12 dB,
 * about 14 LU under espeak-ng's voice before the side-chain takes off more while it speaks.
 */
export const MUSIC_GAIN = 0.25;

/** Fade in and out of each spoken line (s): long enough to remove an edge click, far shorter than a phoneme. */
export const LINE_FADE_S = 0.005;

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

/**
 * Lays out lines of the given durations. Returns undefined when even at {@link MAX_TEMPO} the video
 * would be longer than {@link MAX_VIDEO_S}.
 */
export function planTimeline(lineDurations: readonly number[]): NarrationTimeline | undefined {
  const speech = lineDurations.reduce((a, b) => a + b, 0);
  const room = speechRoomS(lineDurations.length);
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
 * @param music optional music bed (a WAV of the video's length: music.ts, or a caller's track from caller-track.ts), ducked under the voice with the clip's audio
 * @param musicGainDb gain applied to `music` before {@link MUSIC_GAIN} (a caller's track brought to the project's tracks' loudness), dB
 * @throws RenderError when ffmpeg fails (transient)
 */
export async function buildSoundtrack(
  lineWavs: readonly string[],
  timeline: NarrationTimeline,
  outWav: string,
  premixWav: string,
  options: { bed?: BedAudio; music?: string; musicGainDb?: number; signal?: AbortSignal; timeoutMs?: number } = {},
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
    // SoX's resampler (soxr, 28-bit precision) for every provider's rate (espeak-ng 22.05 kHz, Polly 16 kHz,
    // Google 24 kHz, IndicTTS 22.05 kHz) to 48 kHz; a LINE_FADE_S fade in and out, so a voice whose audio
    // starts or ends mid-waveform makes no click against the silence between lines (docs/voices.md).
    const fadeOutAt = Math.max(0, timeline.durations[i]! - LINE_FADE_S).toFixed(4);
    chains.push(
      `[${i}:a]aresample=${SAMPLE_RATE}:resampler=soxr:precision=28,aformat=sample_fmts=fltp:channel_layouts=mono${tempo},` +
        `afade=t=in:d=${LINE_FADE_S},afade=t=out:st=${fadeOutAt}:d=${LINE_FADE_S},adelay=delays=${delayMs}:all=1[l${i}]`,
    );
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
      chains.push(`[${musicIndex}:a]aresample=${SAMPLE_RATE},aformat=sample_fmts=fltp:channel_layouts=mono,volume=${(MUSIC_GAIN * 10 ** ((options.musicGainDb ?? 0) / 20)).toFixed(5)},apad=whole_dur=${total},atrim=end=${total}[musicbed]`);
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

/** The true-peak ceiling of the delivered audio, dBTP (docs/renderer.md "Loudness"). */
export const MAX_TRUE_PEAK = -1;
/** Headroom (dB) under {@link MAX_TRUE_PEAK} aimed at when the encoded track has to be turned down. */
export const TRUE_PEAK_MARGIN_DB = 0.3;
/** AAC bit rate of the delivered audio. */
export const AAC_BITRATE = '128k';

/**
 * Encodes the finished soundtrack WAV to the AAC track the MP4 carries (48 kHz mono, {@link AAC_BITRATE}
 * in an MP4/M4A file, stream-copied into the video) and holds its true peak at or under
 * {@link MAX_TRUE_PEAK}. loudnorm limits at −2 dBTP on its own 192 kHz samples, but resampling, a tempo
 * change before it and above all the AAC encoder can overshoot (a sped-up Tamil narration measured
 * +2.0 dBTP in the field; a narration over a clip with a clipped square-wave track, −0.6 dBTP after AAC
 * from a −2.0 dBTP WAV). So the encoded track is decoded and measured ({@link measureTruePeak}); when it
 * is over, the whole track is turned down by the excess plus {@link TRUE_PEAK_MARGIN_DB} and encoded again
 * (at most three times).
 * @returns the true peak of the written track (dBTP) and the gain applied (dB, 0 or negative)
 * @throws RenderError when ffmpeg fails, or the peak cannot be brought under the ceiling
 */
export async function encodeSoundtrack(
  wav: string,
  outM4a: string,
  options: { signal?: AbortSignal; timeoutMs?: number } = {},
): Promise<{ truePeak: number; gainDb: number }> {
  const timeoutMs = options.timeoutMs ?? 60_000;
  let gainDb = 0;
  for (let attempt = 0; attempt < 3; attempt++) {
    const encoded = await runTool(
      'ffmpeg',
      [
        '-hide_banner', '-nostdin', '-y', '-v', 'error', '-protocol_whitelist', 'file', '-i', `file:${wav}`,
        ...(gainDb === 0 ? [] : ['-af', `volume=${gainDb.toFixed(2)}dB`]),
        '-c:a', 'aac', '-b:a', AAC_BITRATE, '-ar', String(SAMPLE_RATE), '-ac', '1', '-f', 'mp4', `file:${outM4a}`,
      ],
      { timeoutMs, signal: options.signal },
    );
    if (encoded.code !== 0 || encoded.timedOut) throw toolFailure('ffmpeg', 'encoding the soundtrack', encoded);
    const truePeak = await measureTruePeak(outM4a, { timeoutMs, signal: options.signal });
    if (truePeak <= MAX_TRUE_PEAK) return { truePeak, gainDb };
    gainDb += MAX_TRUE_PEAK - TRUE_PEAK_MARGIN_DB - truePeak;
  }
  throw new RenderError(`The soundtrack's true peak could not be brought under ${MAX_TRUE_PEAK} dBTP.`);
}

/**
 * True peak of an audio file in dBTP: ffmpeg `ebur128=peak=true` (ITU-R BS.1770 true-peak meter),
 * the summary's `Peak:` line. −Infinity for silence.
 * @throws RenderError when ffmpeg fails or prints no summary.
 */
export async function measureTruePeak(file: string, options: { timeoutMs?: number; signal?: AbortSignal } = {}): Promise<number> {
  const result = await runTool(
    'ffmpeg',
    ['-hide_banner', '-nostdin', '-nostats', '-v', 'info', '-protocol_whitelist', 'file', '-i', `file:${file}`, '-map', '0:a:0', '-af', 'ebur128=peak=true', '-f', 'null', '-'],
    { timeoutMs: options.timeoutMs ?? 60_000, signal: options.signal },
  );
  if (result.code !== 0 || result.timedOut) throw toolFailure('ffmpeg', 'measuring the true peak', result);
  const summary = result.stderr.slice(result.stderr.lastIndexOf('Summary:'));
  const match = /True peak:\s*Peak:\s*(-?inf|-?[\d.]+) dBFS/.exec(summary);
  if (!match) throw new RenderError('The true peak of the narration could not be measured.', result.stderr.slice(-2000));
  return match[1]!.endsWith('inf') ? -Infinity : Number(match[1]);
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
