import { createReadStream } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { AppError } from '../../domain/errors.js';
import { logger } from '../../domain/observability.js';
import type { MediaStore } from '../../domain/ports.js';
import { OWNER_METADATA } from '../../domain/auth/ownership.js';
import type { RenderRequest, RenderStart, VideoProvider } from '../../domain/providers/video-provider.js';
import { renderRoastVideo, type BuiltinRenderInput, type BuiltinRenderOutput } from './renderer.js';
import type { ScriptNarrator } from '../speech/index.js';
import { isSpeechProviderName, type TextToSpeech } from '../speech/index.js';
import { fetchMusic } from '../intake/index.js';
import type { OutboundPolicy } from '../outbound/index.js';

/**
 * The pet boxes with the pet the roast is about first: the first box of the class `subject` (the job's
 * `script.subject`, the prompt's species when it names one), then the rest in their order. The renderer places
 * the filter look on the first box (docs/renderer.md "Filter looks"); framing uses them all.
 */
export function subjectFirst<T extends { label?: string }>(boxes: readonly T[], subject: string | undefined): T[] {
  const i = subject ? boxes.findIndex((b) => b.label === subject) : -1;
  return i <= 0 ? [...boxes] : [boxes[i]!, ...boxes.slice(0, i), ...boxes.slice(i + 1)];
}

/** A box in display pixels of a clip at `t` seconds into it (Job.pet_track). */
export interface TimedBox {
  t: number;
  x: number;
  y: number;
  width: number;
  height: number;
  label?: string;
}

const centreDistance = (a: TimedBox | { x: number; y: number; width: number; height: number }, b: TimedBox) =>
  Math.hypot(a.x + a.width / 2 - (b.x + b.width / 2), a.y + a.height / 2 - (b.y + b.height / 2));

/**
 * The roast subject's box in each sampled frame of a clip (docs/renderer.md "Filter looks"): the boxes of
 * the subject's class (`subject`, else the class of `anchor`, the box the framing put first); in the
 * anchor's frame the box nearest the anchor, then frame by frame, forwards and backwards, the box nearest
 * the one chosen in the neighbouring frame (so a second pet of the same class does not steal the
 * overlay). Frames without such a box are left out (the renderer interpolates across them).
 */
export function subjectTrack(track: readonly TimedBox[], subject: string | undefined, anchor: { x: number; y: number; width: number; height: number; label?: string } | undefined, anchorT?: number): Array<{ timeS: number; x: number; y: number; width: number; height: number }> {
  const label = subject && track.some((b) => b.label === subject) ? subject : anchor?.label;
  const mine = track.filter((b) => label === undefined || b.label === label);
  const times = [...new Set(mine.map((b) => b.t))].sort((a, b) => a - b);
  if (times.length === 0) return [];
  const start = anchorT !== undefined && times.includes(anchorT) ? times.indexOf(anchorT) : 0;
  const chosen = new Map<number, TimedBox>();
  const nearest = (t: number, to: TimedBox | { x: number; y: number; width: number; height: number } | undefined) => {
    const candidates = mine.filter((b) => b.t === t);
    return to ? candidates.reduce((a, b) => (centreDistance(to, b) < centreDistance(to, a) ? b : a)) : candidates[0]!;
  };
  chosen.set(times[start]!, nearest(times[start]!, anchor));
  for (let i = start + 1; i < times.length; i++) chosen.set(times[i]!, nearest(times[i]!, chosen.get(times[i - 1]!)));
  for (let i = start - 1; i >= 0; i--) chosen.set(times[i]!, nearest(times[i]!, chosen.get(times[i + 1]!)));
  return times.map((t) => {
    const b = chosen.get(t)!;
    return { timeS: t, x: b.x, y: b.y, width: b.width, height: b.height };
  });
}

/**
 * The renderer's entry point as this provider calls it ({@link renderRoastVideo}): media on local
 * disk, pet boxes in pixels of the EXIF-oriented original, narration lines, a work directory it may
 * fill. Rejects with RenderInputError (`retryable: false`) for input it cannot render (corrupt media,
 * empty narration) and RenderError (`retryable: true`) for machine failures.
 */
export type RenderRoastVideo = (
  input: BuiltinRenderInput,
) => Promise<Pick<BuiltinRenderOutput, 'videoPath' | 'thumbnailPath' | 'durationS' | 'timings'> & Partial<Pick<BuiltinRenderOutput, 'narration' | 'subtitlesPath' | 'musicTrack' | 'filterApplied'>>>;

export interface BuiltinProviderOptions {
  /** The media bucket: the job's validated media is read from it, the video and thumbnail written to it. */
  media: Pick<MediaStore, 'get' | 'put'>;
  /** The renderer (default {@link renderRoastVideo}). */
  render?: RenderRoastVideo;
  /** Speech engine (default the renderer's espeak-ng); the narration service (engines/speech/service.ts) in the stack. */
  tts?: TextToSpeech | ScriptNarrator;
  /** The largest stored media the provider reads (MAX_VIDEO_BYTES: nothing larger was ever stored). */
  maxMediaBytes: number;
  /**
   * The outbound policy a caller's `music_url` is fetched under (the deployment's: docs/media-intake.md §1.2).
   * Without it a job with a `music_url` fails (the track is never fetched unguarded).
   */
  outbound?: OutboundPolicy;
  /** Where work directories go (default the OS temp dir; /tmp in Lambda, the only writable place). */
  tmpDir?: string;
}

/** Keys of a built-in render's outputs, under the video prefix the bucket's retention rule covers. */
export const builtinVideoKeys = (jobId: string) => ({
  video: `videos/${jobId}/roast.mp4`,
  thumbnail: `videos/${jobId}/thumbnail.jpg`,
  subtitles: `videos/${jobId}/subtitles.vtt`,
});

const EXTENSIONS: Readonly<Record<string, string>> = {
  'image/jpeg': '.jpg',
  'image/png': '.png',
  'image/webp': '.webp',
  'image/gif': '.gif',
  'video/mp4': '.mp4',
  'video/quicktime': '.mov',
  'video/webm': '.webm',
};

/**
 * The `builtin` video provider (docs/video-providers.md): copies the job's validated media from the
 * bucket into a fresh work directory, renders the roast video there with ffmpeg and espeak-ng, uploads
 * the MP4, the thumbnail and the WebVTT subtitles to `videos/<job>/` and removes the directory, whatever happened. A missing
 * media object is a permanent error (the job cannot be rendered by anyone); everything else keeps the
 * renderer's own classification.
 */
export class BuiltinVideoProvider implements VideoProvider {
  readonly name = 'builtin' as const;
  readonly mode = 'inline' as const;

  constructor(private readonly options: BuiltinProviderOptions) {}

  async start(request: RenderRequest): Promise<RenderStart> {
    const { job } = request;
    const workDir = await mkdtemp(path.join(this.options.tmpDir ?? tmpdir(), `render-${job.job_id}-`));
    try {
      const stored = await this.options.media.get(job.media_key, this.options.maxMediaBytes);
      if (!stored) throw new AppError(410, 'media_gone', 'The validated media of this job is no longer stored.');
      const mediaPath = path.join(workDir, `source${EXTENSIONS[job.media_content_type] ?? ''}`);
      await writeFile(mediaPath, stored.body);
      const callerMusic = job.music_url ? await this.fetchCallerMusic(job.job_id, job.music_url, workDir) : undefined;
      const render = this.options.render ?? renderRoastVideo;
      // The client's end card, kept on the job at submission (docs/tenancy.md "End card").
      const outro = job.outro;
      const rendered = await render({
        media: { path: mediaPath, kind: job.media_kind },
        boxes: subjectFirst(job.pet_boxes ?? [], job.script?.subject),
        ...(job.pet_track?.length ? { subjectTrack: subjectTrack(job.pet_track, job.script?.subject, subjectFirst(job.pet_boxes ?? [], job.script?.subject)[0], job.pet_frame_time_s) } : {}),
        script: { lines: request.narration.lines, language: request.narration.language },
        workDir,
        captionStyle: job.caption_style ?? 'karaoke',
        music: job.music ?? 'none',
        ...(callerMusic ? { callerMusic } : {}),
        filterId: job.filter_id,
        ...(request.narration.title ? { opener: { title: request.narration.title } } : {}),
        ...(outro ? { outro } : {}),
        signal: request.signal,
        ...(request.onProgress ? { onProgress: request.onProgress } : {}),
        ...(this.options.tts ? { tts: this.options.tts } : {}),
        ...(job.voice ? { voice: job.voice } : {}),
      });
      const keys = builtinVideoKeys(job.job_id);
      // The video records its owner like the media it was made from (docs/tenancy.md).
      const owner = job.client_id === undefined ? undefined : { [OWNER_METADATA]: job.client_id };
      await this.options.media.put(keys.video, createReadStream(rendered.videoPath), 'video/mp4', owner);
      await this.options.media.put(keys.thumbnail, createReadStream(rendered.thumbnailPath), 'image/jpeg', owner);
      // WebVTT (RFC-less; the W3C format's media type is text/vtt).
      if (rendered.subtitlesPath) await this.options.media.put(keys.subtitles, createReadStream(rendered.subtitlesPath), 'text/vtt', owner);
      logger.info('built-in render finished', { job_id: job.job_id, duration_s: rendered.durationS, timings: rendered.timings });
      const narration = rendered.narration && isSpeechProviderName(rendered.narration.provider) ? { ...rendered.narration, provider: rendered.narration.provider } : undefined;
      logger.info('narration', { job_id: job.job_id, ...narration });
      return {
        state: 'rendered',
        video: {
          videoKey: keys.video,
          thumbnailKey: keys.thumbnail,
          subtitlesKey: rendered.subtitlesPath ? keys.subtitles : null,
          musicTrack: rendered.musicTrack ?? null,
          filterApplied: rendered.filterApplied ?? null,
          durationS: Math.round(rendered.durationS * 100) / 100,
          ...(narration ? { narration } : {}),
        },
      };
    } finally {
      await rm(workDir, { recursive: true, force: true });
    }
  }

  /**
   * Fetches the job's `music_url` (intake/music-fetch.ts: SSRF-safe, 15 MiB, sniffed as audio) into the work
   * directory. Its failures keep their classification: an unreachable host that may come back is retried,
   * anything else (a refused address, not audio, too large) fails the job with a `music_url: …` reason.
   */
  private async fetchCallerMusic(jobId: string, url: string, workDir: string): Promise<NonNullable<BuiltinRenderInput['callerMusic']>> {
    if (!this.options.outbound) throw new AppError(500, 'internal_error', 'music_url cannot be fetched: the renderer has no outbound policy.');
    const music = await fetchMusic(url, this.options.outbound);
    const musicPath = path.join(workDir, `music.${music.format}`);
    await writeFile(musicPath, music.bytes);
    logger.info('caller music fetched', { job_id: jobId, host: music.host, format: music.format, bytes: music.bytes.length });
    return { path: musicPath, format: music.format };
  }
}
