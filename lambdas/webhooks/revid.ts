import { z } from 'zod';
import { errors } from '../domain/errors.js';
import { logger } from '../domain/observability.js';
import { JobId } from '../domain/schemas/common.js';
import { tokenMatches } from '../domain/providers/webhook-tokens.js';
import { isTerminal } from '../domain/jobs/model.js';
import { jobStore, workQueues } from '../adapters/composition.js';
import { httpHandler } from '../http/handler.js';

const Query = z.object({ job: JobId, token: z.string().min(16).max(128) });
/** What a Revid project id may look like (the client refuses anything else). */
const PID = /^[A-Za-z0-9_-]{1,64}$/;

/**
 * POST /webhooks/revid (docs/reference/spec.md §3.9). Revid does not sign webhooks, so the URL carries the job id and a
 * per-render capability token. The token is checked (constant time, against its stored hash) before
 * the body is even parsed; the body is only a hint: the job is synced from Revid's status API by the
 * render worker, so this handler answers fast and duplicates or reordering change nothing.
 */
export const handler = httpHandler({ rawBody: true }, async ({ event, rawBody }) => {
  const query = Query.safeParse(event.queryStringParameters ?? {});
  if (!query.success) throw errors.forbidden('Invalid webhook URL.');
  const job = await jobStore().get(query.data.job);
  if (!job || !tokenMatches(query.data.token, job.webhook_token_hash)) throw errors.forbidden('Invalid webhook token.');
  logger.appendKeys({ job_id: job.job_id });
  if (isTerminal(job.status)) return { status: 200, body: { received: true } };
  const hint = parseHint(rawBody);
  logger.info('provider webhook', { pid: hint.pid, status: hint.status, known_pid: job.provider_pid ?? null });
  // The body's pid is passed on as a hint: the worker uses it only for a job whose render id was never
  // recorded (crash window), and only after Revid's status API confirms it.
  await workQueues().sendRender({ type: 'sync', job_id: job.job_id, ...(hint.pid ? { pid: hint.pid } : {}) });
  return { status: 202, body: { received: true } };
});

/** Reads `{pid|id|projectId, status}` from an untrusted body without ever failing. */
function parseHint(raw: string): { pid?: string; status?: string } {
  try {
    const body = JSON.parse(raw) as Record<string, unknown>;
    const pid = [body.pid, body.id, body.projectId].find((v) => typeof v === 'string' && PID.test(v)) as string | undefined;
    return { pid, status: typeof body.status === 'string' ? body.status.slice(0, 32) : undefined };
  } catch {
    return {};
  }
}
