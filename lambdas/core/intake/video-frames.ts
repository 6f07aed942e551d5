import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AppError, errors } from '../errors.js';
import { sniff, type VideoFormat } from './sniff.js';

/**
 * Frame sampling from an untrusted video with ffmpeg (RELIABILITY §4 "Video and ffmpeg", D5).
 *
 * - ffmpeg never sees a URL: the bytes (already fetched by the SSRF-safe client) go to a private temp
 *   file, which is removed whatever happens.
 * - The container is sniffed from magic bytes, and ffprobe/ffmpeg run with that demuxer FORCED
 *   (`-f mov` or `-f matroska`), `-format_whitelist` set to the same demuxer and
 *   `-protocol_whitelist file`, so `hls`, `concat`, `data` and every network protocol are unreachable
 *   whatever the file contains (the 2017 HLS-in-AVI local-file-read trick cannot start). MOV
 *   external data references are disabled (`-enable_drefs 0`). AVI is not accepted at all.
 * - Duration, resolution and frame count are capped; each process is killed at its deadline.
 * - Up to N frames spread over the first min(duration, window) seconds come back as JPEG, scaled so
 *   the long side is at most 1280 px, with the container's rotation applied.
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
  /** Container duration in seconds; 0 when the container does not declare one (e.g. MediaRecorder WebM). */
  durationS: number;
  frames: SampledFrame[];
}

const MAX_FRAMES = 32;
const MAX_SIDE = 16_384;
const MAX_PROBE_OUTPUT = 4 * 1024 * 1024;

/** The demuxer forced for each accepted container, and the whitelist entry naming it. */
const DEMUXERS: Record<VideoFormat, { force: string; whitelist: string; extra: string[] }> = {
  mp4: { force: 'mov', whitelist: 'mov,mp4,m4a,3gp,3g2,mj2', extra: ['-enable_drefs', '0'] },
  mov: { force: 'mov', whitelist: 'mov,mp4,m4a,3gp,3g2,mj2', extra: ['-enable_drefs', '0'] },
  webm: { force: 'matroska', whitelist: 'matroska,webm', extra: [] },
  mkv: { force: 'matroska', whitelist: 'matroska,webm', extra: [] },
};

/** Input options placed before every `-i`: local files only, one forced demuxer. */
export function inputArgs(format: VideoFormat): string[] {
  const demuxer = DEMUXERS[format];
  return ['-protocol_whitelist', 'file', '-format_whitelist', demuxer.whitelist, '-f', demuxer.force, ...demuxer.extra];
}

/** ffprobe arguments for the sampled file. */
export function buildProbeArgs(file: string, format: VideoFormat): string[] {
  return [
    '-hide_banner',
    '-v', 'error',
    ...inputArgs(format),
    '-select_streams', 'V',
    '-show_entries', 'format=duration,format_name:stream=index,codec_type,codec_name,width,height,duration,nb_frames:stream_tags=rotate:stream_side_data=rotation',
    '-of', 'json',
    `file:${file}`,
  ];
}

/** One ffmpeg run: one fast-seeking input per timestamp, one single-frame JPEG output per input. */
export function buildFrameArgs(file: string, format: VideoFormat, times: number[], outDir: string, maxSide: number): string[] {
  const scale = `scale=w='if(gte(iw,ih),min(${maxSide},iw),-2)':h='if(gte(iw,ih),-2,min(${maxSide},ih))'`;
  const args = ['-hide_banner', '-v', 'error', '-nostdin', '-y'];
  for (const t of times) args.push(...inputArgs(format), '-ss', t.toFixed(3), '-i', `file:${file}`);
  times.forEach((_, i) => {
    args.push('-map', `${i}:V:0`, '-frames:v', '1', '-vf', scale, '-c:v', 'mjpeg', '-q:v', '3', '-f', 'image2', '-update', '1', `file:${join(outDir, `frame-${i}.jpg`)}`);
  });
  return args;
}

interface RunResult {
  code: number | null;
  stdout: Buffer;
  stderr: string;
  timedOut: boolean;
}

const binary = (name: 'ffmpeg' | 'ffprobe'): string =>
  (name === 'ffmpeg' ? process.env.FFMPEG_PATH : process.env.FFPROBE_PATH) || name;

function run(name: 'ffmpeg' | 'ffprobe', args: string[], timeoutMs: number): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(binary(name), args, { stdio: ['ignore', 'pipe', 'pipe'] });
    const stdout: Buffer[] = [];
    let stdoutBytes = 0;
    let stderr = '';
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, timeoutMs);
    child.stdout.on('data', (chunk: Buffer) => {
      stdoutBytes += chunk.length;
      if (stdoutBytes > MAX_PROBE_OUTPUT) child.kill('SIGKILL');
      else stdout.push(chunk);
    });
    child.stderr.on('data', (chunk: Buffer) => {
      if (stderr.length < 4096) stderr += chunk.toString('utf8');
    });
    child.on('error', (err: NodeJS.ErrnoException) => {
      clearTimeout(timer);
      if (err.code === 'ENOENT' || err.code === 'EACCES') {
        // The path stays in the cause (logs); 5xx messages are generic.
        reject(errors.detector('ffmpeg is not installed; video detection needs it.', err));
      } else {
        reject(errors.detector(`${name} could not be started.`, err));
      }
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout: Buffer.concat(stdout), stderr: stderr.slice(0, 4096), timedOut });
    });
  });
}

interface ProbeStream {
  codec_type?: string;
  width?: number;
  height?: number;
  duration?: string;
  nb_frames?: string;
  tags?: { rotate?: string };
  side_data_list?: Array<{ rotation?: number | string }>;
}

interface Probe {
  format?: { duration?: string };
  streams?: ProbeStream[];
}

const positive = (value: string | undefined): number | undefined => {
  const n = value === undefined ? NaN : Number(value);
  return Number.isFinite(n) && n > 0 ? n : undefined;
};

function unreadable(format: VideoFormat, result: RunResult): AppError {
  if (result.timedOut) return errors.invalidMedia('Reading the video took too long; it is probably malformed.');
  // ffmpeg's stderr stays in the cause (for logs); it is never part of the client message.
  return errors.invalidMedia(
    `The video could not be read as ${format.toUpperCase()} (the file is damaged or is not what its header says).`,
    new Error(result.stderr),
  );
}

/** Timestamps spread evenly over [0, window), first frame at 0. */
function sampleTimes(durationS: number | undefined, windowS: number, count: number): number[] {
  const window = Math.min(durationS ?? windowS, windowS);
  if (!(window > 0)) return [0];
  return Array.from({ length: count }, (_, i) => Math.round(((i * window) / count) * 1000) / 1000);
}

/**
 * Samples up to `frames` JPEG frames spread over the first min(duration, windowS) seconds.
 * @throws AppError `invalid_media` / `unsupported_media_type` for bad or unsupported videos (including
 *   AVI and HLS playlists), `detector_error` (502) when ffmpeg/ffprobe are not installed.
 */
export async function sampleVideoFrames(bytes: Buffer, options: SampleVideoOptions = {}): Promise<SampledVideo> {
  const frames = Math.max(1, Math.min(MAX_FRAMES, Math.floor(options.frames ?? 8)));
  const windowS = options.windowS ?? 30;
  const maxDurationS = options.maxDurationS ?? 600;
  const maxPixels = options.maxPixels ?? 40_000_000;
  const timeoutMs = options.timeoutMs ?? 20_000;
  const frameMaxSide = options.frameMaxSide ?? 1280;

  const sniffed = sniff(bytes, { expect: 'video' });
  if (sniffed.kind !== 'video') throw errors.unsupportedMediaType('Expected a video.');
  const format = sniffed.format;

  const dir = await mkdtemp(join(options.tmpDir ?? tmpdir(), 'pet-roast-video-'));
  try {
    const file = join(dir, 'input');
    await writeFile(file, bytes, { mode: 0o600, flag: 'wx' });

    const probed = await run('ffprobe', buildProbeArgs(file, format), timeoutMs);
    if (probed.code !== 0 || probed.timedOut) throw unreadable(format, probed);
    let probe: Probe;
    try {
      probe = JSON.parse(probed.stdout.toString('utf8')) as Probe;
    } catch (cause) {
      throw errors.invalidMedia('The video could not be read (unexpected probe output).', cause);
    }
    const stream = probe.streams?.find((s) => s.codec_type === 'video');
    if (!stream || !stream.width || !stream.height) throw errors.invalidMedia('The file has no video stream.');
    if (stream.width > MAX_SIDE || stream.height > MAX_SIDE || stream.width * stream.height > maxPixels) {
      throw errors.invalidMedia(
        `The video is ${stream.width}×${stream.height}; the limit is ${Math.round(maxPixels / 1e6)} MP and ${MAX_SIDE} px per side.`,
      );
    }
    const durationS = positive(probe.format?.duration) ?? positive(stream.duration);
    if (durationS !== undefined && durationS > maxDurationS) {
      throw errors.invalidMedia(`The video is ${Math.round(durationS)} s long; the limit is ${maxDurationS} s.`);
    }
    const frameCount = positive(stream.nb_frames);
    const count = Math.max(1, Math.min(frames, frameCount ?? frames));
    const times = sampleTimes(durationS, windowS, count);

    const extracted = await run('ffmpeg', buildFrameArgs(file, format, times, dir, frameMaxSide), timeoutMs);
    if (extracted.code !== 0 || extracted.timedOut) throw unreadable(format, extracted);
    const out: SampledFrame[] = [];
    for (const [i, timeS] of times.entries()) {
      // A timestamp past the real end (container without a duration) yields no file: skip it.
      const jpeg = await readFile(join(dir, `frame-${i}.jpg`)).catch(() => undefined);
      if (jpeg && jpeg.length > 0) out.push({ timeS, bytes: jpeg });
    }
    if (out.length === 0) throw errors.invalidMedia('No frame could be decoded from the video.');

    const rotation = Number(stream.side_data_list?.find((d) => d.rotation !== undefined)?.rotation ?? stream.tags?.rotate ?? 0);
    const quarterTurn = Math.abs(rotation) % 180 === 90;
    return {
      format,
      width: quarterTurn ? stream.height : stream.width,
      height: quarterTurn ? stream.width : stream.height,
      durationS: durationS ?? 0,
      frames: out,
    };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
