import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AppError, errors } from '../../domain/errors.js';
import { ToolError } from '../process/index.js';
import { runTool, type ProcessStats, type RunResult } from '../process/index.js';
import { colorHandling, sdrFilter } from './hdr.js';
import { isImageSequence, sniff, type VideoFormat } from './sniff.js';
import { buildFrameArgs, buildPacketScanArgs, buildProbeArgs } from './video-args.js';
import { displayRotation, parsePacketScan, pickTimes, positiveNumber, type Probe } from './video-probe.js';

export type { ProcessStats } from '../process/index.js';

/**
 * Frame sampling from an untrusted video with ffmpeg (docs/reference/reliability.md §4 "Video and ffmpeg", D5).
 *
 * - ffmpeg never sees a URL: the bytes (already fetched by the SSRF-safe client) go to a private temp
 *   file, which is removed whatever happens.
 * - The container is sniffed from magic bytes, and ffprobe/ffmpeg run with that demuxer FORCED
 *   (`-f mov` or `-f matroska`), `-format_whitelist` set to the same demuxer and
 *   `-protocol_whitelist file`, so `hls`, `concat`, `data` and every network protocol are unreachable
 *   whatever the file contains (the 2017 HLS-in-AVI local-file-read trick cannot start). MOV
 *   external data references are disabled (`-enable_drefs 0`). AVI is not accepted at all.
 * - Duration, resolution and frame count are capped; each process is killed at its deadline.
 * - Up to N frames spread over the first min(length, window) seconds come back as JPEG, scaled so
 *   the long side is at most 1280 px, with the container's rotation applied.
 * - The length is the container's duration or, when it declares none (browser MediaRecorder WebM has
 *   no Duration and no Cues), the end of the last video packet found by a packet scan (demuxing only,
 *   no decoding). The same scan gives every frame's timestamp and the keyframes.
 * - Memory is bounded (docs/media-intake.md §4 "Memory"): ONE ffmpeg process with ONE input and ONE
 *   decoder (2 threads), reading forward once; a `select` filter keeps only the chosen frames, which
 *   are scaled before anything else (rotation is applied after the downscale, `-noautorotate`). Above
 *   1080p only keyframes are decoded (`-skip_frame nokey`) when the window holds enough of them.
 *   Measured peak of the ffmpeg child: {@link SAMPLER_PEAK_RSS_MB}.
 * - HDR (PQ, HLG) is tone-mapped to SDR BT.709 and BT.2020 SDR gamut-mapped, after the downscale,
 *   from the stream's own colour tags (hdr.ts, docs/media-intake.md "HDR video"), so the detector sees
 *   the colours the rendered video shows.
 *
 * The arguments are built in video-args.ts, ffprobe's answers read in video-probe.ts; this module runs
 * them (engines/process/runner.ts) and decides.
 */

export interface SampleVideoOptions {
  /** Frames to sample (1–32); default 8. */
  frames?: number;
  /** Only the first `windowS` seconds are sampled; default 30. */
  windowS?: number;
  /** Longer videos are refused; default 600 s. */
  maxDurationS?: number;
  /** Larger frames (width × height) are refused; default 40 MP. */
  maxPixels?: number;
  /** Long side of the returned JPEG frames; default 1280. */
  frameMaxSide?: number;
  /** Deadline of each ffprobe/ffmpeg run; default 20 s. */
  timeoutMs?: number;
  /** Parent directory for the private temp directory; default `os.tmpdir()`. */
  tmpDir?: string;
  /** Called after each ffprobe/ffmpeg run with its peak RSS and wall time (benchmarks and tests). */
  onProcess?: (stats: ProcessStats) => void;
}

export interface SampledFrame {
  /** Position of the frame in the video, in seconds. */
  timeS: number;
  /** The frame as JPEG. */
  bytes: Buffer;
}

export interface SampledVideo {
  format: VideoFormat;
  /** Display width (rotation applied). */
  width: number;
  /** Display height (rotation applied). */
  height: number;
  /** Length in seconds: the container's duration, else the end of the last video packet. */
  durationS: number;
  /** `all`: every frame up to the last chosen one was decoded; `keyframes`: only keyframes were (above 1080p). */
  decode: 'all' | 'keyframes';
  frames: SampledFrame[];
}

/**
 * Peak RSS of the sampler's ffmpeg child, measured by test/unit/intake/video-field-cases.test.ts on this
 * repository's test machine: 4K HEVC Main10 HLG (`hevc-4k-hlg-10bit.mov`) and a generated 8K H.264
 * clip both stay under this figure (the old sampler, 8 inputs decoded at once: 2.15 GB and 2.8 GB).
 * The detector function is sized from it (lib/constructs/detector.ts).
 */
export const SAMPLER_PEAK_RSS_MB = 600;

/** Above this many pixels per frame (1080p is 2 073 600), only keyframes are decoded when the window has enough. */
export const KEYFRAME_ONLY_ABOVE_PIXELS = 2_100_000;
/** When every frame must be decoded, at most this many pixels are decoded (≈ 32 s of 1080p30, 8 s of 4K30). */
const DECODE_BUDGET_PIXELS = 2_000_000_000;

const MAX_FRAMES = 32;
const MAX_SIDE = 16_384;
/** Probe output above this is not a probe of a sane file: the child is killed (and the video refused). */
const MAX_PROBE_OUTPUT = 4 * 1024 * 1024;

/**
 * One ffprobe/ffmpeg run of the sampler: stdout capped at {@link MAX_PROBE_OUTPUT} (the child is killed
 * past it). A missing or unstartable binary is a 502 `detector_error`.
 */
async function run(tool: 'ffmpeg' | 'ffprobe', args: string[], timeoutMs: number, onStats?: (stats: ProcessStats) => void): Promise<RunResult> {
  try {
    return await runTool(tool, args, { timeoutMs, maxStdout: MAX_PROBE_OUTPUT, stdoutOverflow: 'kill', onStats });
  } catch (err) {
    if (err instanceof ToolError && (err.reason === 'missing' || err.errno === 'EACCES')) {
      // The path stays in the cause (logs); 5xx messages are generic.
      throw errors.detector('ffmpeg is not installed; video detection needs it.', err);
    }
    throw errors.detector(`${tool} could not be started.`, err);
  }
}

/** What the sampled file is called in client messages: a video, or an animated AVIF. */
interface Subject {
  format: VideoFormat;
  /** `the video`, `the animated AVIF`. */
  noun: string;
  /** `as MP4`, `(an AV1 image sequence)`. */
  readAs: string;
}

const videoSubject = (format: VideoFormat): Subject => ({ format, noun: 'video', readAs: `as ${format.toUpperCase()}` });

function unreadable(subject: Subject, result: RunResult): AppError {
  if (result.timedOut) return errors.invalidMedia(`Reading the ${subject.noun} took too long; it is probably malformed.`);
  // ffmpeg's stderr stays in the cause (for logs); it is never part of the client message.
  return errors.invalidMedia(
    `The ${subject.noun} could not be read ${subject.readAs} (the file is damaged or is not what its header says).`,
    new Error(result.stderr),
  );
}

/**
 * Samples up to `frames` JPEG frames spread over the first min(length, windowS) seconds, where the
 * length is the container's duration or, when it declares none, the end of the last video packet.
 * Frame times are the frames' own timestamps. `timeoutMs` bounds the three runs together.
 * @throws AppError `invalid_media` / `unsupported_media_type` for bad or unsupported videos (including
 *   AVI and HLS playlists), `detector_error` (502) when ffmpeg/ffprobe are not installed.
 */
export async function sampleVideoFrames(bytes: Buffer, options: SampleVideoOptions = {}): Promise<SampledVideo> {
  const sniffed = sniff(bytes, { expect: 'video' });
  if (sniffed.kind !== 'video') throw errors.unsupportedMediaType('Expected a video.');
  return sampleFrames(bytes, videoSubject(sniffed.format), options);
}

/**
 * The first frame (or `frames`) of an animated AVIF (ftyp brand `avis`: an AV1 image sequence in an
 * ISO-BMFF track, which sharp's libheif does not decode), read like a video with the mov demuxer
 * forced (field case 4, docs/media-intake.md §3.2). Default 1 frame.
 * @throws AppError `invalid_media` naming the animated AVIF when it cannot be read.
 */
export async function sampleImageSequence(bytes: Buffer, options: SampleVideoOptions = {}): Promise<SampledVideo> {
  const sniffed = sniff(bytes, { expect: 'image' });
  if (sniffed.kind !== 'image' || !isImageSequence(bytes)) throw errors.unsupportedMediaType('Expected an animated AVIF (an AV1 image sequence).');
  return sampleFrames(bytes, { format: 'mp4', noun: 'animated AVIF', readAs: '(an AV1 image sequence)' }, { frames: 1, ...options });
}

async function sampleFrames(bytes: Buffer, subject: Subject, options: SampleVideoOptions): Promise<SampledVideo> {
  const format = subject.format;
  const frames = Math.max(1, Math.min(MAX_FRAMES, Math.floor(options.frames ?? 8)));
  const windowS = options.windowS ?? 30;
  const maxDurationS = options.maxDurationS ?? 600;
  const maxPixels = options.maxPixels ?? 40_000_000;
  const timeoutMs = options.timeoutMs ?? 20_000;
  const frameMaxSide = options.frameMaxSide ?? 1280;
  const deadline = performance.now() + timeoutMs;
  const left = (): number => Math.max(1, Math.floor(deadline - performance.now()));

  const dir = await mkdtemp(join(options.tmpDir ?? tmpdir(), 'pet-roast-video-'));
  try {
    const file = join(dir, 'input');
    await writeFile(file, bytes, { mode: 0o600, flag: 'wx' });

    const probed = await run('ffprobe', buildProbeArgs(file, format), left(), options.onProcess);
    if (probed.code !== 0 || probed.timedOut) throw unreadable(subject, probed);
    let probe: Probe;
    try {
      probe = JSON.parse(probed.stdout.toString('utf8')) as Probe;
    } catch (cause) {
      throw errors.invalidMedia(`The ${subject.noun} could not be read (unexpected probe output).`, cause);
    }
    const stream = probe.streams?.find((s) => s.codec_type === 'video');
    if (!stream || !stream.width || !stream.height) throw errors.invalidMedia(subject.noun === 'video' ? 'The file has no video stream.' : `The ${subject.noun} has no image track.`);
    const pixels = stream.width * stream.height;
    if (stream.width > MAX_SIDE || stream.height > MAX_SIDE || pixels > maxPixels) {
      throw errors.invalidMedia(
        `The ${subject.noun} is ${stream.width}×${stream.height}; the limit is ${Math.round(maxPixels / 1e6)} MP and ${MAX_SIDE} px per side.`,
      );
    }
    const declaredS = positiveNumber(probe.format?.duration) ?? positiveNumber(stream.duration);
    if (declaredS !== undefined && declaredS > maxDurationS) {
      throw errors.invalidMedia(`The ${subject.noun} is ${Math.round(declaredS)} s long; the limit is ${maxDurationS} s.`);
    }

    // Packet scan (demuxing only): frame timestamps and keyframes in the window; without a declared
    // duration the whole file, whose last packet gives the real length.
    const scanned = await run('ffprobe', buildPacketScanArgs(file, format, declaredS === undefined ? undefined : Math.min(declaredS, windowS) + 1), left(), options.onProcess);
    if (scanned.timedOut || scanned.code !== 0) throw unreadable(subject, scanned);
    const scan = parsePacketScan(scanned.stdout.toString('utf8'));
    const first = scan.times[0];
    if (first === undefined) throw errors.invalidMedia(`No frame could be decoded from the ${subject.noun} (it has no frames).`);
    const lengthS = declaredS ?? (scan.endS !== undefined ? scan.endS - Math.min(0, first) : undefined) ?? 0;
    if (lengthS > maxDurationS) {
      throw errors.invalidMedia(`The ${subject.noun} is ${Math.round(lengthS)} s long; the limit is ${maxDurationS} s.`);
    }
    const start = Math.max(0, first);
    const window = Math.max(0, Math.min(lengthS - start, windowS));
    const inWindow = scan.times.filter((t) => t >= start && t < start + window + 1e-6);
    const keyframes = scan.keyframes.filter((t) => t >= start && t < start + window + 1e-6);
    const count = Math.min(frames, Math.max(1, inWindow.length));

    // Above 1080p decode keyframes only, when they are spread enough to give the frames asked for;
    // otherwise decode every frame, within a pixel budget that bounds the time taken.
    const keyframesOnly = pixels > KEYFRAME_ONLY_ABOVE_PIXELS && keyframes.length >= Math.min(count, 3);
    let times: number[];
    if (keyframesOnly) {
      times = pickTimes(keyframes, count, start, window, true);
    } else {
      const budgetFrames = Math.max(1, Math.floor(DECODE_BUDGET_PIXELS / pixels));
      const decodable = inWindow.slice(0, budgetFrames);
      const last = decodable.at(-1) ?? start;
      const frameS = decodable.length > 1 ? (last - decodable[0]!) / (decodable.length - 1) : 0;
      times = pickTimes(decodable.length ? decodable : [start], count, start, Math.min(window, last - start + frameS));
    }

    const rotation = displayRotation(stream);
    const color = sdrFilter(stream, colorHandling(stream));
    const extracted = await run('ffmpeg', buildFrameArgs(file, format, times, dir, frameMaxSide, { keyframesOnly, rotation, color }), left(), options.onProcess);
    if (extracted.code !== 0 || extracted.timedOut) throw unreadable(subject, extracted);
    const out: SampledFrame[] = [];
    for (const [i, timeS] of times.entries()) {
      // image2 numbers the selected frames from 1 in presentation order.
      const jpeg = await readFile(join(dir, `frame-${i + 1}.jpg`)).catch(() => undefined);
      if (jpeg && jpeg.length > 0) out.push({ timeS: Math.round(timeS * 1000) / 1000, bytes: jpeg });
    }
    if (out.length === 0) throw errors.invalidMedia(`No frame could be decoded from the ${subject.noun}.`);

    const quarterTurn = Math.abs(rotation) % 180 === 90;
    return {
      format,
      width: quarterTurn ? stream.height : stream.width,
      height: quarterTurn ? stream.width : stream.height,
      durationS: Math.round(lengthS * 1000) / 1000,
      decode: keyframesOnly ? 'keyframes' : 'all',
      frames: out,
    };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
