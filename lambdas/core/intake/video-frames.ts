import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AppError, errors } from '../errors.js';
import { toolPath } from '../system-tools.js';
import { COLOR_PROBE_FIELDS, colorHandling, sdrFilter, type ProbedColor } from './hdr.js';
import { isImageSequence, sniff, type VideoFormat } from './sniff.js';

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
  /** Called after each ffprobe/ffmpeg run with its peak RSS (benchmarks and tests). */
  onProcess?: (stats: ProcessStats) => void;
}

/** What one ffprobe/ffmpeg child used. */
export interface ProcessStats {
  tool: 'ffmpeg' | 'ffprobe';
  /** Peak resident set size of the child (Linux `VmHWM`, polled every 20 ms), in MiB; 0 where /proc is absent. */
  peakRssMb: number;
  wallMs: number;
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
/** Decoder threads: 2 vCPUs at most in the detector, and each frame thread holds its own frames. */
const DECODER_THREADS = 2;
/** When every frame must be decoded, at most this many pixels are decoded (≈ 32 s of 1080p30, 8 s of 4K30). */
const DECODE_BUDGET_PIXELS = 2_000_000_000;

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
    '-show_entries', `format=duration,format_name:stream=index,codec_type,codec_name,width,height,duration,nb_frames,${COLOR_PROBE_FIELDS}:stream_tags=rotate:stream_side_data`,
    '-of', 'json',
    `file:${file}`,
  ];
}

/** ffprobe arguments listing the video packets (timestamp, duration, flags) up to `untilS` (all when undefined). */
export function buildPacketScanArgs(file: string, format: VideoFormat, untilS?: number): string[] {
  return [
    '-hide_banner',
    '-v', 'error',
    ...inputArgs(format),
    ...(untilS === undefined ? [] : ['-read_intervals', `%+${Math.ceil(untilS)}`]),
    '-select_streams', 'V:0',
    '-show_entries', 'packet=pts_time,duration_time,flags',
    '-of', 'csv=p=0',
    `file:${file}`,
  ];
}

/**
 * The transpose/flip that shows a frame upright, from the display rotation in degrees (counter-clockwise,
 * as ffmpeg's `get_rotation` reports it): what ffmpeg's autorotate would insert, applied here after the
 * downscale instead of before the select.
 */
export function rotationFilter(theta: number): string | undefined {
  const t = ((Math.round(theta) % 360) + 360) % 360;
  if (t === 90) return 'transpose=clock';
  if (t === 180) return 'hflip,vflip';
  if (t === 270) return 'transpose=cclock';
  return undefined;
}

/**
 * One ffmpeg run, one input, one decoder: reads forward once, `select` keeps the frames whose
 * timestamps are `times` (exact packet timestamps from the scan, `-copyts` so the filter sees them),
 * then they are scaled, converted to SDR BT.709 (`color`, from hdr.ts `sdrFilter`) and rotated.
 * `keyframesOnly` skips decoding non-keyframes.
 */
export function buildFrameArgs(
  file: string,
  format: VideoFormat,
  times: number[],
  outDir: string,
  maxSide: number,
  options: { keyframesOnly?: boolean; rotation?: number; color?: string } = {},
): string[] {
  const select = `select='${times.map((t) => `lt(abs(t-${t.toFixed(6)}),0.0005)`).join('+')}'`;
  const scale = `scale=w='if(gte(iw,ih),min(${maxSide},iw),-2)':h='if(gte(iw,ih),-2,min(${maxSide},ih))'`;
  const rotate = rotationFilter(options.rotation ?? 0);
  return [
    '-hide_banner', '-v', 'error', '-nostdin', '-y',
    '-filter_threads', '1',
    '-threads', String(DECODER_THREADS),
    ...(options.keyframesOnly ? ['-skip_frame', 'nokey'] : []),
    '-noautorotate',
    ...inputArgs(format),
    '-i', `file:${file}`,
    '-map', '0:V:0',
    '-copyts',
    '-vf', [select, scale, ...(options.color ? [options.color] : []), ...(rotate ? [rotate] : [])].join(','),
    '-fps_mode', 'passthrough',
    '-frames:v', String(times.length),
    '-threads', '1',
    '-c:v', 'mjpeg', '-q:v', '3',
    '-f', 'image2',
    `file:${join(outDir, 'frame-%d.jpg')}`,
  ];
}

interface RunResult {
  code: number | null;
  stdout: Buffer;
  stderr: string;
  timedOut: boolean;
}

/** The child's peak RSS so far (`VmHWM` in /proc/<pid>/status), in KiB; undefined once it is gone. */
async function peakRssKb(pid: number | undefined): Promise<number | undefined> {
  if (pid === undefined) return undefined;
  const status = await readFile(`/proc/${pid}/status`, 'utf8').catch(() => undefined);
  const match = status ? /^VmHWM:\s+(\d+)\s+kB/m.exec(status) : null;
  return match ? Number(match[1]) : undefined;
}

function run(name: 'ffmpeg' | 'ffprobe', args: string[], timeoutMs: number, onProcess?: (stats: ProcessStats) => void): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(toolPath(name), args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let peakKb = 0;
    const poll = onProcess
      ? setInterval(() => {
          void peakRssKb(child.pid).then((kb) => {
            if (kb !== undefined && kb > peakKb) peakKb = kb;
          });
        }, 20)
      : undefined;
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
      clearInterval(poll);
      if (err.code === 'ENOENT' || err.code === 'EACCES') {
        // The path stays in the cause (logs); 5xx messages are generic.
        reject(errors.detector('ffmpeg is not installed; video detection needs it.', err));
      } else {
        reject(errors.detector(`${name} could not be started.`, err));
      }
    });
    // The last poll before exit sees the final VmHWM (it only grows); `exit` comes before `close`.
    child.on('exit', () => clearInterval(poll));
    child.on('close', (code) => {
      clearTimeout(timer);
      clearInterval(poll);
      onProcess?.({ tool: name, peakRssMb: Math.round((peakKb / 1024) * 10) / 10, wallMs: Math.round(performance.now() - started) });
      resolve({ code, stdout: Buffer.concat(stdout), stderr: stderr.slice(0, 4096), timedOut });
    });
  });
}

interface ProbeStream extends ProbedColor {
  codec_type?: string;
  width?: number;
  height?: number;
  duration?: string;
  nb_frames?: string;
  tags?: { rotate?: string };
  side_data_list?: Array<{ side_data_type?: string; rotation?: number | string }>;
}

interface Probe {
  format?: { duration?: string };
  streams?: ProbeStream[];
}

const positive = (value: string | undefined): number | undefined => {
  const n = value === undefined ? NaN : Number(value);
  return Number.isFinite(n) && n > 0 ? n : undefined;
};

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

/** Video packets from the scan: presentation timestamps (sorted), the keyframes among them, and the end of the last. */
export interface PacketScan {
  times: number[];
  keyframes: number[];
  /** End of the last packet (its timestamp plus duration), in seconds; undefined without packets. */
  endS?: number;
}

/** Parses `pts_time,duration_time,flags` lines (ffprobe's csv), skipping packets without a timestamp. */
export function parsePacketScan(csv: string): PacketScan {
  const times: number[] = [];
  const keyframes: number[] = [];
  let endS: number | undefined;
  for (const line of csv.split('\n')) {
    const [pts, duration, flags] = line.trim().split(',');
    const t = Number(pts);
    if (!pts || !Number.isFinite(t)) continue;
    times.push(t);
    if (flags?.startsWith('K')) keyframes.push(t);
    const d = Number(duration);
    const end = t + (Number.isFinite(d) && d > 0 ? d : 0);
    if (endS === undefined || end > endS) endS = end;
  }
  times.sort((a, b) => a - b);
  keyframes.sort((a, b) => a - b);
  return { times, keyframes, endS };
}

/**
 * Up to `count` distinct timestamps from `candidates` spread over [start, start + window): for each
 * target `start + i·window/count`, the first candidate at or after it (`nearest`: the closest one).
 */
export function pickTimes(candidates: number[], count: number, start: number, window: number, nearest = false): number[] {
  const picked: number[] = [];
  for (let i = 0; i < count; i++) {
    const target = start + (i * window) / count;
    let best: number | undefined;
    if (nearest) {
      for (const c of candidates) if (best === undefined || Math.abs(c - target) < Math.abs(best - target)) best = c;
    } else {
      best = candidates.find((c) => c >= target - 1e-6);
    }
    if (best !== undefined && !picked.includes(best)) picked.push(best);
  }
  return picked.sort((a, b) => a - b);
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
    const declaredS = positive(probe.format?.duration) ?? positive(stream.duration);
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

/**
 * The display rotation in degrees as ffmpeg's autorotate reads it (`get_rotation`): the `rotate` tag,
 * or minus the display matrix rotation that ffprobe reports.
 */
function displayRotation(stream: ProbeStream): number {
  const tag = Number(stream.tags?.rotate);
  if (Number.isFinite(tag) && stream.tags?.rotate !== undefined) return tag;
  const matrix = Number(stream.side_data_list?.find((d) => d.rotation !== undefined)?.rotation ?? 0);
  return Number.isFinite(matrix) ? -matrix : 0;
}
