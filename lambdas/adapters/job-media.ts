import { PassThrough } from 'node:stream';
import { OWNER_METADATA } from '../domain/auth/ownership.js';
import type { Job } from '../domain/jobs/model.js';
import { streamToSink, type OutboundPolicy } from '../engines/outbound/index.js';
import type { S3MediaStore } from './s3-media-store.js';

/**
 * A job's objects in the media bucket: the mirrored video, the URLs handed out for it, and the keys that
 * erasure removes. Plain functions of their dependencies; the composition root (jobs-wiring.ts) binds
 * them to the container's media store and configuration.
 */

/** Cap of a mirrored video: a rendered video copied into the service's bucket (docs/revid-and-webhooks.md). */
export const MIRROR_MAX_BYTES = 200 * 1024 * 1024;
/** Deadline of mirroring one video (connect, headers and the whole body), in ms. */
export const MIRROR_TIMEOUT_MS = 60_000;

/**
 * Streams the provider's MP4 into `videos/<job>/video.mp4` without buffering it (≤ {@link MIRROR_MAX_BYTES}
 * within {@link MIRROR_TIMEOUT_MS}, unless `policy` sets its own cap and deadline) under the outbound `policy`; `owner` (the job's client) is
 * recorded as the object's `x-amz-meta-client-id` (docs/tenancy.md).
 * @returns the object key
 * @throws TransportError when the video cannot be fetched; the partial upload is abandoned
 */
export async function mirrorVideo(media: S3MediaStore, policy: OutboundPolicy, jobId: string, url: string, owner?: string): Promise<string> {
  const key = `videos/${jobId}/video.mp4`;
  const pipe = new PassThrough();
  const upload = media.put(key, pipe, 'video/mp4', owner === undefined ? undefined : { [OWNER_METADATA]: owner });
  try {
    const mirrorPolicy = { ...policy, maxBytes: policy.maxBytes ?? MIRROR_MAX_BYTES, totalTimeoutMs: policy.totalTimeoutMs ?? MIRROR_TIMEOUT_MS };
    await streamToSink(url, mirrorPolicy, (chunk) =>
      pipe.write(chunk) ? undefined : new Promise<void>((resolve) => pipe.once('drain', () => resolve())),
    );
    pipe.end();
  } catch (err) {
    pipe.destroy(err as Error);
    await upload.catch(() => undefined);
    throw err;
  }
  await upload;
  return key;
}

/**
 * The video, thumbnail and subtitles URLs handed out for a completed job: `presign(key)` of our copy
 * when there is one (a presigned GET valid `VIDEO_URL_TTL_S`), else the provider's URL, else null.
 */
export async function jobUrls(
  job: Pick<Job, 'video_key' | 'provider_video_url' | 'thumbnail_key' | 'thumbnail_url' | 'subtitles_key'>,
  presign: (key: string) => Promise<string>,
): Promise<JobUrls> {
  const url = (key: string | undefined, fallback: string | null | undefined) => (key ? presign(key) : Promise.resolve(fallback ?? null));
  const [video_url, thumbnail_url, subtitles_url] = await Promise.all([
    url(job.video_key, job.provider_video_url),
    url(job.thumbnail_key, job.thumbnail_url),
    url(job.subtitles_key, null),
  ]);
  return { video_url, thumbnail_url, subtitles_url };
}

/** The URLs of a completed job's files (null when it has none). */
export interface JobUrls {
  video_url: string | null;
  thumbnail_url: string | null;
  subtitles_url: string | null;
}

/**
 * The S3 objects of a job: the keys it records (validated media, mirrored video) and anything else under
 * its `media/<job>/` and `videos/<job>/` prefixes. DELETE /api/jobs and the erasure script remove these.
 */
export async function jobObjectKeys(job: Pick<Job, 'job_id' | 'media_key' | 'video_key'>, media: S3MediaStore): Promise<string[]> {
  const listed = await Promise.all([media.list(`media/${job.job_id}/`), media.list(`videos/${job.job_id}/`)]);
  return [...new Set([job.media_key, job.video_key, ...listed.flat()].filter((k): k is string => Boolean(k)))];
}
