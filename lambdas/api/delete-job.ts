import { errors } from '../core/errors.js';
import { logger } from '../core/observability.js';
import { JobPath } from '../core/schemas/jobs.js';
import { jobStore, mediaStore } from '../adapters/jobs-wiring.js';
import { httpHandler } from '../http/handler.js';

/**
 * DELETE /api/jobs/{job_id} (SPEC 3.12): erases the job item (which also cancels its pending callback:
 * the notify worker finds nothing to send), its validated media and its mirrored video.
 */
export const handler = httpHandler({ path: JobPath }, async ({ path }) => {
  const job = await jobStore().delete(path.job_id);
  if (!job) throw errors.jobNotFound(path.job_id);
  const keys = [job.media_key, job.video_key].filter((k): k is string => Boolean(k));
  await mediaStore().delete(keys);
  logger.info('job erased', { job_id: job.job_id, objects: keys.length });
  return { status: 204 };
});
