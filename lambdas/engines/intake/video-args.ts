import { join } from 'node:path';
import { COLOR_PROBE_FIELDS } from './hdr.js';
import type { VideoFormat } from './sniff.js';

/**
 * The ffmpeg and ffprobe arguments of frame sampling from an untrusted video (video-frames.ts;
 * docs/reference/reliability.md §4 "Video and ffmpeg", D5): every input local-file-only with ONE forced
 * demuxer, `-format_whitelist` naming it, MOV external references off; one decoder, scaled before
 * anything else. The renderer's clip path reads clips with the same {@link inputArgs}.
 */

/** Decoder threads: 2 vCPUs at most in the detector, and each frame thread holds its own frames. */
const DECODER_THREADS = 2;

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
