import { hashToken, newWebhookToken } from '../providers/webhook-tokens.js';
import type { JobStatus } from '../schemas/jobs.js';
import type { Job } from './model.js';
import type { TransitionResult } from './ports.js';
import { nowOf, type RenderDeps } from './render-deps.js';

/**
 * The render lease (docs/reference/reliability.md E4, docs/video-providers.md): a job's
 * `render_claimed_at`. A worker claims it before any provider call; another copy of the render message
 * (SQS duplicate, reconciler re-drive) that finds a live claim comes back after it instead of rendering
 * a second time, and a claim older than the lease belongs to a worker that died.
 */

/**
 * Default render lease: longer than the render function's 900 s timeout (lib/constructs/renderer.ts), so
 * a live claim (a Revid submit, or a whole built-in render) is never taken over, and a claim older than
 * it belongs to a worker that died.
 */
export const RENDER_LEASE_S = 960;

/** Another copy of the render message holds the lease; retry after `retryAfterS`. */
export class RenderLeaseHeld extends Error {
  constructor(readonly retryAfterS: number) {
    super(`another worker is rendering this job; retry in ${retryAfterS} s`);
    this.name = 'RenderLeaseHeld';
  }
}

const leaseMsOf = (deps: Pick<RenderDeps, 'renderLeaseS'>): number => (deps.renderLeaseS ?? RENDER_LEASE_S) * 1000;

/** Seconds until the job's render claim expires, or 0 when it is free. */
export function leaseLeftS(job: Job, deps: Pick<RenderDeps, 'now' | 'renderLeaseS'>): number {
  const claimedAt = job.render_claimed_at ? Date.parse(job.render_claimed_at) : undefined;
  if (claimedAt === undefined) return 0;
  const left = claimedAt + leaseMsOf(deps) - nowOf(deps).getTime();
  return left > 0 ? Math.ceil(left / 1000) : 0;
}

/**
 * Claims a queued job's render: stores the claim time and the hash of a fresh per-render webhook token
 * in one conditional write, before any provider call, so an early provider webhook already
 * authenticates (providers/webhook-tokens.ts). Returns the token (only its hash is stored) and the write's
 * result; `ok: false` means another worker changed the job first.
 */
export async function claimRender(job: Job, deps: Pick<RenderDeps, 'store' | 'now'>): Promise<{ token: string; claim: TransitionResult }> {
  const token = newWebhookToken();
  const claim = await deps.store.update(job, { webhook_token_hash: hashToken(token), render_claimed_at: nowOf(deps).toISOString() }, 'queued');
  return { token, claim };
}

/** A claim time far in the past: the lease is free. */
const LEASE_RELEASED = new Date(0).toISOString();

/**
 * Hands the lease back after a transient failure, so the backed-off retry (or another copy of the
 * message) may render. Best effort: a failed write is ignored, the lease expires on its own anyway.
 */
export async function releaseLease(job: Job, status: JobStatus, deps: Pick<RenderDeps, 'store'>): Promise<void> {
  await deps.store.update(job, { render_claimed_at: LEASE_RELEASED }, status).catch(() => undefined);
}
