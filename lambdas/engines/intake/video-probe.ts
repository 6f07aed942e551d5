import type { ProbedColor } from './hdr.js';

/**
 * Reading ffprobe's answers about a sampled video (video-frames.ts): the stream description, the packet
 * scan (timestamps, keyframes, the end of the last packet), the frames chosen from it and the display
 * rotation. Pure functions of ffprobe's output.
 */

/** One stream of ffprobe's JSON answer (the fields video-args.ts `buildProbeArgs` asks for). */
export interface ProbeStream extends ProbedColor {
  codec_type?: string;
  width?: number;
  height?: number;
  duration?: string;
  nb_frames?: string;
  tags?: { rotate?: string };
  side_data_list?: Array<{ side_data_type?: string; rotation?: number | string }>;
}

/** ffprobe's JSON answer for the sampled file. */
export interface Probe {
  format?: { duration?: string };
  streams?: ProbeStream[];
}

/** The number in an ffprobe field when it is finite and positive (durations), else undefined. */
export const positiveNumber = (value: string | undefined): number | undefined => {
  const n = value === undefined ? NaN : Number(value);
  return Number.isFinite(n) && n > 0 ? n : undefined;
};

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
 * The display rotation in degrees as ffmpeg's autorotate reads it (`get_rotation`): the `rotate` tag,
 * or minus the display matrix rotation that ffprobe reports.
 */
export function displayRotation(stream: ProbeStream): number {
  const tag = Number(stream.tags?.rotate);
  if (Number.isFinite(tag) && stream.tags?.rotate !== undefined) return tag;
  const matrix = Number(stream.side_data_list?.find((d) => d.rotation !== undefined)?.rotation ?? 0);
  return Number.isFinite(matrix) ? -matrix : 0;
}
