import { errors } from '../domain/errors.js';
import { scriptText } from '../domain/jobs/model.js';
import { JobPath } from '../domain/schemas/jobs.js';
import { jobStore } from '../adapters/composition.js';
import { jobUrls } from '../adapters/jobs-wiring.js';
import { httpHandler } from '../http/handler.js';
import { callerClientId } from '../http/caller.js';
import { isOwnedBy } from '../domain/auth/ownership.js';

/**
 * GET /api/video-result/{job_id} (docs/reference/spec.md §3.6): a time-limited URL of our mirror when mirroring is on.
 * Another client's job is a 404 like an unknown id (docs/tenancy.md).
 */
export const handler = httpHandler({ path: JobPath }, async ({ path, event }) => {
  const clientId = callerClientId(event);
  const job = await jobStore().get(path.job_id);
  if (!job || !isOwnedBy(job, clientId)) throw errors.jobNotFound(path.job_id);
  if (job.status === 'failed') throw errors.videoFailed(job.failure_reason ?? job.detail ?? 'The video could not be generated.');
  if (job.status !== 'completed') throw errors.videoNotReady(job.status);
  const { video_url, thumbnail_url, subtitles_url } = await jobUrls(job);
  return {
    status: 200,
    body: {
      job_id: job.job_id,
      status: 'completed',
      video_url,
      thumbnail_url,
      duration_s: job.duration_s ?? null,
      subtitles_url,
      music_track: job.music_track ?? null,
      filter_applied: job.filter_applied ?? null,
      detail: job.detail,
      // Jobs completed before the provider was recorded were all Revid's.
      provider: job.provider ?? 'revid',
      script: scriptText(job),
      writer: job.script?.writer ?? null,
      script_subject: job.script?.subject ?? null,
      narration: job.narration ?? null,
    },
  };
});
