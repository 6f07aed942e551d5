import { logger } from '../observability.js';
import { settleProviderFailure } from './fallback.js';
import { isInlineRender } from './inline-render.js';
import { RenderLeaseHeld } from './lease.js';
import { isTerminal } from './model.js';
import type { RenderMessage } from './ports.js';
import { RetryableJobError, type RenderDeps } from './render-deps.js';
import { renderJob } from './render-job.js';
import { failJob } from './settle.js';
import { syncJob } from './sync-job.js';

/** The render worker's retry policy (config: RENDER_MAX_RECEIVES, RENDER_BACKOFF_BASE_S, RENDER_DEADLINE_S, SYNC_POLL_S). */
export interface RenderPolicy {
  /** Receives of one message before its job is settled (fallback or failure) and it goes to the DLQ. */
  maxReceives: number;
  /** Base of the exponential back-off, seconds (doubles per receive, ±20 % jitter). */
  backoffBaseS: number;
  renderDeadlineS?: number;
  pollDelayS?: number;
  /** Jitter source (tests pin it). */
  random?: () => number;
}

/**
 * What the worker does with a render-queue message: delete it (`done`), hide it for `delayS` and let it
 * come back (`retry`), or leave it failing so SQS moves it to the DLQ (`dead-letter`).
 */
export type RenderOutcome = { action: 'done' } | { action: 'retry'; delayS: number; reason: string; expected: boolean } | { action: 'dead-letter'; reason: string };

/**
 * Applies one render-queue message (`attempt` = its receive count) and decides what becomes of it. The
 * worker handler only translates: lease held → retry after the lease; retryable failure → exponential
 * back-off with jitter, never under the provider's Retry-After; on the last receive the job is settled —
 * a queued job Revid could not take falls back to the built-in renderer (`VIDEO_FALLBACK=builtin`) or
 * fails with a clear reason, a built-in render that kept failing fails — and the message is dead-lettered
 * unless the fallback completed it. Unexpected errors propagate.
 */
export async function processRenderMessage(
  message: RenderMessage,
  context: { attempt: number; signal?: AbortSignal },
  deps: RenderDeps,
  policy: RenderPolicy,
): Promise<RenderOutcome> {
  try {
    if (message.type === 'render') await renderJob(message.job_id, deps, { signal: context.signal });
    else {
      await syncJob(message.job_id, deps, {
        polls: message.polls,
        hintedPid: message.pid,
        renderDeadlineS: policy.renderDeadlineS,
        pollDelayS: policy.pollDelayS,
        signal: context.signal,
      });
    }
    return { action: 'done' };
  } catch (err) {
    if (err instanceof RenderLeaseHeld) return { action: 'retry', delayS: err.retryAfterS, reason: err.message, expected: true };
    if (!(err instanceof RetryableJobError)) throw err;
    if (context.attempt >= policy.maxReceives) return settleSpentBudget(message, err, deps, context.signal);
    // Jitter spreads our own exponential back-off; the provider's Retry-After is a floor it never undercuts.
    const exponential = policy.backoffBaseS * 2 ** (context.attempt - 1) * (0.8 + 0.4 * (policy.random ?? Math.random)());
    const delayS = Math.ceil(Math.max(err.retryAfterS ?? 0, exponential));
    logger.warn('retryable failure; backing off', { attempt: context.attempt, backoff_s: delayS, error: err.message });
    return { action: 'retry', delayS, reason: err.message, expected: true };
  }
}

/** The last receive of a message failed: settle its job so it never waits forever. */
async function settleSpentBudget(message: RenderMessage, err: RetryableJobError, deps: RenderDeps, signal?: AbortSignal): Promise<RenderOutcome> {
  const job = await deps.store.get(message.job_id);
  if (job && isInlineRender(job)) {
    await failJob(job, `The video could not be rendered: ${err.message}`, deps);
  } else if (job && job.status === 'queued' && message.type === 'render') {
    try {
      await settleProviderFailure(job, deps.providers.selected, 'budget', err, deps, signal);
    } catch (fallbackErr) {
      const latest = await deps.store.get(job.job_id);
      if (latest && !isTerminal(latest.status)) await failJob(latest, `The video could not be rendered: ${(fallbackErr as Error).message}`, deps);
    }
    const after = await deps.store.get(job.job_id);
    if (after?.status === 'completed') return { action: 'done' };
  }
  return { action: 'dead-letter', reason: err.message };
}
