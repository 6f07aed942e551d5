import { logger } from '../observability.js';
import type { JobStore, WorkQueues } from './ports.js';

export interface ReconcileDeps {
  store: JobStore;
  queues: WorkQueues;
  now?: () => Date;
  /** A queued job untouched this long is re-driven (its message was lost or never sent). */
  staleQueuedS?: number;
  /** A processing job untouched this long is synced with the provider (its webhook was lost). */
  staleProcessingS?: number;
  /** A pending callback this far past its next attempt is enqueued again (its message was lost). */
  callbackGraceS?: number;
  limit?: number;
}

/**
 * The safety net of docs/reference/spec.md §4, run on a schedule: finds jobs that stopped moving through the sparse
 * index and puts them back on the queues. Workers are idempotent, so a job that was merely slow
 * gets a harmless duplicate message.
 */
export async function reconcile(deps: ReconcileDeps): Promise<{ queued: number; processing: number; callbacks: number }> {
  const now = deps.now?.() ?? new Date();
  const ago = (s: number) => new Date(now.getTime() - s * 1000).toISOString();
  const limit = deps.limit ?? 100;
  const queued = await deps.store.listStale('queued', ago(deps.staleQueuedS ?? 300), limit);
  for (const job of queued) await deps.queues.sendRender({ type: 'render', job_id: job.job_id });
  const processing = await deps.store.listStale('processing', ago(deps.staleProcessingS ?? 900), limit);
  for (const job of processing) await deps.queues.sendRender({ type: 'sync', job_id: job.job_id });
  const grace = deps.callbackGraceS ?? 600;
  const pending = await deps.store.listStale('callback', ago(grace), limit);
  let callbacks = 0;
  for (const job of pending) {
    const next = job.callback_next_at ? Date.parse(job.callback_next_at) : Date.parse(job.updated_at);
    if (now.getTime() - next < grace * 1000) continue;
    await deps.queues.sendCallback({ type: 'callback', job_id: job.job_id });
    callbacks++;
  }
  const result = { queued: queued.length, processing: processing.length, callbacks };
  if (queued.length || processing.length || callbacks) logger.info('reconciled stale jobs', result);
  return result;
}
