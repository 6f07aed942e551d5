import { errors } from '../domain/errors.js';
import { statusView } from '../domain/jobs/model.js';
import { JobPath } from '../domain/schemas/jobs.js';
import { jobStore } from '../adapters/composition.js';
import { httpHandler } from '../http/handler.js';
import { callerClientId } from '../http/caller.js';
import { isOwnedBy } from '../domain/auth/ownership.js';

/** GET /api/video-status/{job_id} (docs/reference/spec.md §3.5). Another client's job is a 404 like an unknown id (docs/tenancy.md). */
export const handler = httpHandler({ path: JobPath }, async ({ path, event }) => {
  const clientId = callerClientId(event);
  const job = await jobStore().get(path.job_id);
  if (!job || !isOwnedBy(job, clientId)) throw errors.jobNotFound(path.job_id);
  return { status: 200, body: statusView(job) };
});
