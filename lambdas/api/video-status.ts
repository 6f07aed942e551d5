import { errors } from '../core/errors.js';
import { statusView } from '../core/jobs/model.js';
import { JobPath } from '../core/schemas/jobs.js';
import { jobStore } from '../adapters/jobs-wiring.js';
import { httpHandler } from '../http/handler.js';

/** GET /api/video-status/{job_id} (SPEC 3.5). */
export const handler = httpHandler({ path: JobPath }, async ({ path }) => {
  const job = await jobStore().get(path.job_id);
  if (!job) throw errors.jobNotFound(path.job_id);
  return { status: 200, body: statusView(job) };
});
