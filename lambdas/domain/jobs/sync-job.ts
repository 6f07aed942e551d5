import { AppError } from '../errors.js';
import { logger } from '../observability.js';
import { classifyProviderError, type RenderCheck } from '../providers/video-provider.js';
import { settleProviderFailure } from './fallback.js';
import { isInlineRender, resumeInline } from './inline-render.js';
import { leaseLeftS } from './lease.js';
import { isTerminal } from './model.js';
import { nowOf, retryAfterOf, RetryableJobError, type RenderDeps } from './render-deps.js';
import { completeJob, failJob } from './settle.js';

/** Options of the sync step. */
export interface SyncOptions {
  /** Polls already made for this render (the `polls` of the sync message). */
  polls?: number;
  /** Polls before a pending render is left to the reconciler (default 40). */
  maxPolls?: number;
  /** Seconds from submission after which an unfinished render fails (`RENDER_DEADLINE_S`, default 3600). */
  renderDeadlineS?: number;
  /** Seconds between polls of a pending render (`SYNC_POLL_S`, default 30). */
  pollDelayS?: number;
  /** The provider id an authenticated provider webhook named (see {@link syncJob}). */
  hintedPid?: string;
  signal?: AbortSignal;
}

/**
 * Sync step (webhook hint, reconciler, or last attempt): asks the job's provider for the truth and
 * applies it. Terminal jobs are left alone; every write is conditional, so duplicates and reordering are
 * no-ops. A built-in render has nobody to ask: one whose lease expired (its worker died) is rendered
 * again until the render deadline, then failed.
 *
 * The provider asked is the job's own (`deps.providers[job.provider]`). A queued job has none recorded
 * yet; it can only have been handed to the selected provider (the render step submits to nothing else),
 * so that one is asked.
 *
 * `hintedPid` is the provider id an authenticated webhook named. It is used only for a job that has no
 * recorded render (the crash window between the provider's accept and the `processing` write), and only
 * once the provider's status API confirms it; an unconfirmed hint changes nothing.
 *
 * @throws RenderLeaseHeld when a dead built-in render's lease is still live (via inline-render.ts).
 * @throws RetryableJobError for a transient status or mirroring failure.
 */
export async function syncJob(jobId: string, deps: RenderDeps, options: SyncOptions = {}): Promise<void> {
  let job = await deps.store.get(jobId);
  if (!job || isTerminal(job.status)) return;
  const deadlineS = options.renderDeadlineS ?? 3600;
  const submitted = job.submitted_at ? Date.parse(job.submitted_at) : undefined;
  const pastDeadline = submitted !== undefined && nowOf(deps).getTime() - submitted > deadlineS * 1000;
  if (isInlineRender(job)) {
    if (leaseLeftS(job, deps) > 0) return;
    if (pastDeadline) {
      await failJob(job, `The video could not be rendered within ${Math.round(deadlineS / 60)} minutes.`, deps);
      return;
    }
    return resumeInline(job, deps, options.signal);
  }
  const pid = job.provider_pid ?? (job.status === 'queued' ? options.hintedPid : undefined);
  if (!pid) return;
  const hinted = job.provider_pid === undefined;
  const provider = deps.providers[job.provider ?? deps.providers.selected];
  if (!provider?.check) {
    if (hinted) {
      // Nobody here can confirm the hint; the job is still queued and the reconciler re-drives it.
      logger.warn('no provider of this deployment can confirm the webhook’s render id; ignoring the hint', { job_id: jobId });
      return;
    }
    await failJob(job, 'The video provider of this job is no longer configured.', deps);
    return;
  }
  let status: RenderCheck;
  try {
    status = await provider.check(pid);
  } catch (err) {
    const failure = classifyProviderError(err);
    if (failure === 'transient') throw new RetryableJobError((err as Error).message, retryAfterOf(err), { cause: err });
    if (hinted) {
      logger.warn('the provider does not confirm the webhook’s render id; ignoring the hint', { job_id: jobId });
      return;
    }
    if (failure === 'account') return settleProviderFailure(job, provider.name, failure, err, deps, options.signal);
    await failJob(job, err instanceof AppError ? err.message : 'The provider lost the render.', deps);
    return;
  }
  if (job.status === 'queued') {
    // A render the provider accepted but whose `processing` write was lost (crash window): record it
    // first, so the reconciler does not submit it a second time.
    const moved = await deps.store.transition(job, 'processing', {
      provider: provider.name,
      provider_pid: pid,
      submitted_at: nowOf(deps).toISOString(),
      detail: 'Rendering the video.',
    });
    if (!moved.ok) return;
    job = moved.job;
  }
  if (status.state === 'pending') {
    if (pastDeadline) {
      await failJob(job, `The video provider did not finish within ${Math.round(deadlineS / 60)} minutes.`, deps);
      return;
    }
    if (job.status === 'processing' && status.progress !== undefined && status.progress !== job.progress) {
      await deps.store.update(job, { progress: Math.max(job.progress ?? 0, Math.min(99, Math.round(status.progress))) }, 'processing');
    }
    const polls = options.polls ?? 0;
    if (polls < (options.maxPolls ?? 40)) await deps.queues.sendRender({ type: 'sync', job_id: jobId, polls: polls + 1 }, options.pollDelayS ?? 30);
    return;
  }
  if (status.state === 'failed') {
    await failJob(job, status.reason, deps);
    return;
  }
  let videoKey: string | undefined;
  if (deps.mirror) {
    try {
      videoKey = await deps.mirror(jobId, status.videoUrl);
    } catch (err) {
      // A transient failure is retried (the worker backs off, the reconciler re-syncs) until the render
      // deadline; a permanent one (404, too large, blocked) must not leave the job processing forever.
      if (classifyProviderError(err) === 'transient' && !pastDeadline) {
        throw new RetryableJobError(`Copying the rendered video failed: ${(err as Error).message}`, undefined, { cause: err });
      }
      const why = err instanceof AppError ? `: ${err.message}` : '.';
      await failJob(job, `The rendered video could not be copied from the provider${why}`, deps);
      return;
    }
  }
  await completeJob(job, { provider_video_url: status.videoUrl, video_key: videoKey, thumbnail_url: status.thumbnailUrl, duration_s: status.durationS }, deps);
}
