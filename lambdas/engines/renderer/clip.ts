import { open } from 'node:fs/promises';
import { AppError } from '../../domain/errors.js';
import { sniff, type VideoFormat } from '../intake/index.js';
import { COLOR_PROBE_FIELDS, sdrFilter, type ProbedColor } from '../intake/index.js';
import { inputArgs } from '../intake/index.js';
import { RenderInputError } from './errors.js';
import { runTool } from './process.js';
import { lerpRect, type Fill, type Rect } from './framing.js';
import type { BoxSpan } from './looks.js';

/**
 * The clip path of the built-in renderer (docs/renderer.md "Video input"): probe, then an ffmpeg input
 * and filter chain that takes the first ≤ 30 s of the clip, loops it to the narration's length, honours
 * the container's rotation (ffmpeg's autorotate, so the detector's display-space boxes line up), and
 * crops or fits it to 720×1280 at 30 fps, tone-mapping HDR (PQ, HLG) and gamut-mapping BT.2020 SDR to
 * SDR BT.709 from the stream's own colour tags (lambdas/engines/intake/hdr.ts, docs/renderer.md "HDR
 * clips"). Inputs use the intake's safe ffmpeg options (one forced
 * demuxer, local files only; lambdas/engines/intake/video-args.ts).
 */

/** Only the first 30 s of a clip are used. */
export const CLIP_WINDOW_S = 30;
/** Larger clips are refused (40 MP, as at intake). */
const MAX_PIXELS = 40_000_000;

export interface ClipInfo {
  format: VideoFormat;
  /** Display size (rotation applied). */
  width: number;
  height: number;
  /** Seconds; 0 when the container does not say (then the whole clip is looped). */
  durationS: number;
  hasAudio: boolean;
  /**
   * ffmpeg filter chain to SDR BT.709 yuv420p (hdr.ts `sdrFilter`), or undefined when the clip already is
   * SDR BT.709 (including 10-bit SDR, which is never tone-mapped).
   */
  toSdr?: string;
}

interface ProbeJson {
  format?: { duration?: string };
  streams?: Array<
    ProbedColor & {
      codec_type?: string;
      width?: number;
      height?: number;
      duration?: string;
      tags?: { rotate?: string };
      side_data_list?: Array<{ side_data_type?: string; rotation?: number | string }>;
    }
  >;
}

/** Reads the container type from the file's first bytes. */
export async function sniffFile(path: string): Promise<ReturnType<typeof sniff>> {
  const file = await open(path, 'r');
  try {
    const head = Buffer.alloc(64 * 1024);
    const { bytesRead } = await file.read(head, 0, head.length, 0);
    return sniff(head.subarray(0, bytesRead));
  } catch (err) {
    if (err instanceof AppError) throw new RenderInputError(`The stored media is not a supported image or video (${err.message})`, undefined, { cause: err });
    throw err;
  } finally {
    await file.close();
  }
}

/**
 * Probes the clip.
 * @throws RenderInputError when ffprobe cannot read it, it has no video stream or it is too large.
 */
export async function probeClip(path: string, format: VideoFormat, signal?: AbortSignal): Promise<ClipInfo> {
  const result = await runTool(
    'ffprobe',
    [
      '-hide_banner', '-v', 'error', ...inputArgs(format),
      '-show_entries', `format=duration:stream=codec_type,width,height,duration,${COLOR_PROBE_FIELDS}:stream_tags=rotate:stream_side_data`,
      '-of', 'json', `file:${path}`,
    ],
    { timeoutMs: 20_000, signal },
  );
  if (result.code !== 0 || result.timedOut) {
    throw new RenderInputError(`The video could not be read as ${format.toUpperCase()} (the file is damaged or is not what its header says).`, result.stderr);
  }
  let probe: ProbeJson;
  try {
    probe = JSON.parse(result.stdout.toString('utf8')) as ProbeJson;
  } catch (cause) {
    throw new RenderInputError('The video could not be read (unexpected probe output).', result.stdout.toString('utf8').slice(0, 500), { cause });
  }
  const video = probe.streams?.find((s) => s.codec_type === 'video');
  if (!video?.width || !video.height) throw new RenderInputError('The video has no picture stream.');
  if (video.width * video.height > MAX_PIXELS) throw new RenderInputError(`The video is ${video.width}×${video.height}; the limit is 40 MP.`);
  const rotation = Number(video.side_data_list?.find((d) => d.rotation !== undefined)?.rotation ?? video.tags?.rotate ?? 0);
  const quarter = Math.abs(rotation) % 180 === 90;
  const duration = Number(probe.format?.duration ?? video.duration ?? 0);
  const toSdr = sdrFilter(video);
  return {
    ...(toSdr ? { toSdr } : {}),
    format,
    width: quarter ? video.height : video.width,
    height: quarter ? video.width : video.height,
    durationS: Number.isFinite(duration) && duration > 0 ? duration : 0,
    hasAudio: Boolean(probe.streams?.some((s) => s.codec_type === 'audio')),
  };
}

/**
 * ffmpeg input arguments that deliver `totalS` seconds made of the clip's first ≤ 30 s, looped: one
 * looping input when the clip is at most 30 s (or of unknown length), otherwise up to two 30 s reads
 * joined by `concat`. Returns the arguments and how many inputs they open.
 */
export function clipInputs(path: string, clip: ClipInfo, totalS: number): { args: string[]; count: number } {
  const safe = inputArgs(clip.format);
  const file = `file:${path}`;
  if (clip.durationS === 0 || clip.durationS <= CLIP_WINDOW_S) {
    return { args: ['-stream_loop', '-1', ...safe, '-i', file], count: 1 };
  }
  const args: string[] = [];
  let left = totalS;
  let count = 0;
  while (left > 0) {
    const take = Math.min(CLIP_WINDOW_S, left);
    args.push(...safe, '-t', take.toFixed(3), '-i', file);
    left -= take;
    count += 1;
  }
  return { args, count };
}

/**
 * Filter chain from the clip's video input(s) to `[out]`: `frames` frames of 720×1280 yuv420p at 30 fps, cropped to the
 * 9:16 window around the pets ('cover') or fitted over its blurred, darkened copy ('contain').
 * `toSdr` (ClipInfo.toSdr) runs after the frame is scaled down to at most 1280 px, where it is cheap.
 */
export function clipVideoFilter(inputs: number, fill: Fill, crop: Rect, frames: number, toSdr?: string): string {
  const source = inputs === 1 ? '[0:v]' : `${Array.from({ length: inputs }, (_, i) => `[${i}:v]`).join('')}concat=n=${inputs}:v=1:a=0,`;
  // trim ends the graph after the last frame: with a looping input, `-t` alone would let ffmpeg keep
  // reading (and never exit) while the thumbnail branch is still attached.
  const head = `${source}fps=30,trim=end_frame=${frames},setsar=1`;
  if (fill === 'cover') {
    const c = `crop=${Math.round(crop.width)}:${Math.round(crop.height)}:${Math.round(crop.x)}:${Math.round(crop.y)}`;
    return `${head},${c},scale=720:1280:flags=bicubic,setsar=1,${toSdr ? `${toSdr},` : ''}format=yuv420p[out]`;
  }
  // Contain: at most 1280 px on the long side before the colour conversion (the fit below is ≤ 720×1280).
  const sdr = toSdr ? `,scale=w='min(1280,iw)':h='min(1280,ih)':force_original_aspect_ratio=decrease:force_divisible_by=2,${toSdr}` : '';
  return [
    `${head}${sdr},split=2[cfg][cbg]`,
    "[cbg]scale=144:256:force_original_aspect_ratio=increase,crop=144:256,boxblur=4:2,lutyuv=y='16+(val-16)*0.55',scale=720:1280[cbd]",
    '[cfg]scale=720:1280:force_original_aspect_ratio=decrease:flags=bicubic[cfit]',
    '[cbd][cfit]overlay=x=(W-w)/2:y=(H-h)/2,setsar=1,format=yuv420p[out]',
  ].join(';');
}

/** ffmpeg messages that mean the clip's own data is broken (permanent), not the machine. */
export const CORRUPT_INPUT = /Invalid data found when processing input|moov atom not found|error while decoding|corrupt|Invalid NAL/i;

/** A box in display pixels of the clip at `timeS` seconds into it (a sampled frame's detection). */
export interface ClipBox extends Rect {
  timeS: number;
}

/**
 * The box at clip time `t`: linear between the two sampled frames around it, the first one's before the
 * first sample and the last one's after the last (`track` sorted by time, non-empty).
 */
export function boxAtClipTime(track: readonly ClipBox[], t: number): Rect {
  const after = track.findIndex((b) => b.timeS >= t);
  if (after <= 0) return track[after === 0 ? 0 : track.length - 1]!;
  const [a, b] = [track[after - 1]!, track[after]!];
  return lerpRect(a, b, (t - a.timeS) / (b.timeS - a.timeS));
}

/**
 * Where the subject's box is in the rendered frames (720×1280), every `step` frames: the video's time
 * mapped to the clip's as the inputs play it (looped: the first ≤ 30 s again and again, clipInputs), the box
 * at that clip time ({@link boxAtClipTime}), then through the crop and scale ('cover') or the centred fit
 * ('contain') of {@link clipVideoFilter}. Empty when `track` is.
 */
export function clipOverlaySpans(
  track: readonly ClipBox[],
  clip: Pick<ClipInfo, 'width' | 'height' | 'durationS'>,
  framing: { fill: Fill; crop: Rect },
  frames: number,
  fps: number,
  step = 3,
): BoxSpan[] {
  if (track.length === 0) return [];
  const sorted = [...track].sort((a, b) => a.timeS - b.timeS);
  const period = clip.durationS > 0 ? Math.min(clip.durationS, CLIP_WINDOW_S) : 0;
  let map: (r: Rect) => Rect;
  if (framing.fill === 'cover') {
    const crop = { x: Math.round(framing.crop.x), y: Math.round(framing.crop.y), width: Math.round(framing.crop.width), height: Math.round(framing.crop.height) };
    const k = 720 / crop.width;
    map = (r) => ({ x: (r.x - crop.x) * k, y: (r.y - crop.y) * k, width: r.width * k, height: r.height * k });
  } else {
    const k = Math.min(720 / clip.width, 1280 / clip.height);
    const [ox, oy] = [(720 - clip.width * k) / 2, (1280 - clip.height * k) / 2];
    map = (r) => ({ x: ox + r.x * k, y: oy + r.y * k, width: r.width * k, height: r.height * k });
  }
  const spans: BoxSpan[] = [];
  for (let i = 0; i < frames; i += step) {
    // The middle frame of the span stands for it.
    const t = (i + step / 2) / fps;
    const clipT = period > 0 ? t % period : t;
    spans.push({ startS: i / fps, endS: Math.min(frames, i + step) / fps, box: map(boxAtClipTime(sorted, clipT)) });
  }
  return spans;
}
