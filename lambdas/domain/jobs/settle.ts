import { MetricUnit } from '@aws-lambda-powertools/metrics';
import { AppError } from '../errors.js';
import { METRIC } from '../metric-names.js';
import { logger, metrics } from '../observability.js';
import { callbackEventId, type Job } from './model.js';
import { nowOf, type RenderDeps } from './render-deps.js';

/**
 * Settling a job: the terminal transitions (`completed`, `failed`), each a conditional write counted once
 * (only the winning transition), and the completion callback they schedule (docs/integration-guide.md):
 * the job is marked callback-pending in the same write and a message goes to the callback queue; the
 * reconciler re-enqueues it if that send is lost.
 */

/** The video fields a completion writes. */
export type CompletedVideo = Pick<Job, 'video_key' | 'thumbnail_key' | 'subtitles_key' | 'music_track' | 'filter_applied' | 'thumbnail_url' | 'provider_video_url' | 'duration_s' | 'narration'>;

/**
 * Moves a processing job to `completed` with its video and schedules its completion callback (counted
 * once). When the job was erased meanwhile, the video just stored is removed (`deps.eraseJobObjects`).
 */
export async function completeJob(
  job: Job,
  video: CompletedVideo,
  deps: Pick<RenderDeps, 'store' | 'queues' | 'hasCallbackTarget' | 'now' | 'eraseJobObjects'>,
): Promise<void> {
  const now = nowOf(deps).toISOString();
  const done = await deps.store.transition(job, 'completed', {
    detail: null,
    progress: 100,
    ...video,
    thumbnail_url: video.thumbnail_url ?? null,
    duration_s: video.duration_s ?? null,
    completed_at: now,
    ...callbackFields(job, deps),
  });
  if (done.ok) {
    // Job success rate and time to completion (dashboard), counted once: only the winning transition.
    metrics.addMetric(METRIC.JobsCompleted, MetricUnit.Count, 1);
    metrics.addMetric(METRIC.TimeToCompletion, MetricUnit.Seconds, Math.max(0, (Date.parse(now) - Date.parse(done.job.created_at)) / 1000));
    await enqueueCallback(done.job, deps);
  } else if (!done.current && !(await deps.store.get(job.job_id))) {
    // Erased while its video was made: the video just stored must not outlive the job.
    await deps.eraseJobObjects?.(job);
    logger.info('job erased while rendering; its video was removed', { job_id: job.job_id });
  }
}

/** Moves a non-terminal job to `failed` with `reason` (if it still is) and schedules its completion callback. */
export async function failJob(job: Job, reason: string, deps: Pick<RenderDeps, 'store' | 'queues' | 'hasCallbackTarget' | 'now'>): Promise<void> {
  const now = nowOf(deps).toISOString();
  const failed = await deps.store.transition(job, 'failed', {
    detail: reason,
    failure_reason: reason,
    completed_at: now,
    ...callbackFields(job, deps),
  });
  if (failed.ok) {
    metrics.addMetric(METRIC.JobsFailed, MetricUnit.Count, 1);
    await enqueueCallback(failed.job, deps);
  }
}

/** The error's own sentence when it is meant for clients (our AppErrors, permanent provider errors), else `fallback`. */
export function safeReason(err: unknown, fallback: string): string {
  if (err instanceof AppError) return err.message;
  if (err instanceof Error && (err as { retryable?: unknown }).retryable === false) return err.message;
  return fallback;
}

/** The callback bookkeeping a terminal transition writes: pending with its event id, or none without a target. */
function callbackFields(job: Job, deps: Pick<RenderDeps, 'hasCallbackTarget'>): Partial<Job> {
  return deps.hasCallbackTarget(job)
    ? { callback_state: 'pending', callback_event_id: callbackEventId(job.job_id), callback_attempts: 0 }
    : { callback_state: 'none' };
}

/** Sends the job's completion callback to the callback queue; a lost send is left to the reconciler. */
async function enqueueCallback(job: Job, deps: Pick<RenderDeps, 'queues'>): Promise<void> {
  if (job.callback_state !== 'pending') return;
  try {
    await deps.queues.sendCallback({ type: 'callback', job_id: job.job_id });
  } catch (err) {
    // The job is marked callback-pending in the index; the reconciler enqueues it again.
    logger.error('callback enqueue failed; the reconciler will retry', { job_id: job.job_id, error: err as Error });
  }
}
