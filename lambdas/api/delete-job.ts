import { errors } from '../domain/errors.js';
import { logger } from '../domain/observability.js';
import { JobPath } from '../domain/schemas/jobs.js';
import { jobStore, mediaStore } from '../adapters/composition.js';
import { jobObjectKeys } from '../adapters/job-media.js';
import { httpHandler } from '../http/handler.js';
import { callerClientId } from '../http/caller.js';

/**
 * DELETE /api/jobs/{job_id} (docs/reference/spec.md §3.12): erases the job item (which also cancels its pending callback:
 * the callback worker finds nothing to send), its validated media, its video and thumbnail (everything under `media/<job>/` and `videos/<job>/`). Only the
 * owner can: the delete is conditional on the caller's client id, and another client's job is the
 * same 404 as an unknown id (docs/tenancy.md).
 */
export const handler = httpHandler({ path: JobPath }, async ({ path, event }) => {
  const job = await jobStore().delete(path.job_id, callerClientId(event));
  if (!job) throw errors.jobNotFound(path.job_id);
  const keys = await jobObjectKeys(job, mediaStore());
  await mediaStore().delete(keys);
  logger.info('job erased', { job_id: job.job_id, objects: keys.length });
  return { status: 204 };
});
