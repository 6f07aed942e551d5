import { AppError } from '../errors.js';
import { MetricUnit } from '@aws-lambda-powertools/metrics';
import { logger, metrics } from '../observability.js';
import { METRIC } from '../metric-names.js';
import type { LanguageCode } from '../languages.js';
import type { RevidClient, RevidStatus } from '../providers/revid/client.js';
import { RevidError } from '../providers/revid/client.js';
import { hashToken, newWebhookToken } from '../providers/webhook-tokens.js';
import { callbackEventId, isTerminal, type Job } from './model.js';
import type { JobStore, WorkQueues } from './ports.js';

export interface RenderDeps {
  store: JobStore;
  queues: WorkQueues;
  revid: Pick<RevidClient, 'render' | 'status'>;
  /** Translates the roast into the narration language (the translation service). */
  translate: (text: string, source: LanguageCode, target: LanguageCode) => Promise<string>;
  /** A URL the provider can fetch the validated media from for the whole render. */
  presignMedia: (key: string) => Promise<string>;
  /** Base URL of this API, for the provider webhook. */
  publicBaseUrl: string;
  /** Copies the provider's video into our bucket; returns the key. Absent when mirroring is off. */
  mirror?: (jobId: string, videoUrl: string) => Promise<string>;
  /** Seconds a render claim blocks other copies of the message (default {@link RENDER_LEASE_S}). */
  renderLeaseS?: number;
  /** Hosts (host or host:port) the provider's video URLs may point at. */
  videoHosts: string[];
  /** Whether a callback target exists for the job (its own URL or the deployment default). */
  hasCallbackTarget: (job: Job) => boolean;
  now?: () => Date;
}

/** Default render lease: longer than the render worker's 60 s timeout. */
export const RENDER_LEASE_S = 90;

/** Another copy of the render message holds the lease; retry after `retryAfterS`. */
export class RenderLeaseHeld extends Error {
  constructor(readonly retryAfterS: number) {
    super(`another worker is submitting this job; retry in ${retryAfterS} s`);
    this.name = 'RenderLeaseHeld';
  }
}

/** Thrown for failures worth another attempt (the worker backs off through the queue). */
export class RetryableJobError extends Error {
  constructor(message: string, readonly retryAfterS?: number, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'RetryableJobError';
  }
}

/**
 * Render step: a queued job is translated if needed, handed to Revid with a webhook URL carrying a
 * fresh per-render token (only its hash is stored, before the submit, so an early webhook already
 * authenticates), and moved to `processing` with the provider's id. A job past `queued` is skipped,
 * so redelivered messages never submit twice once the transition landed.
 */
export async function renderJob(jobId: string, deps: RenderDeps): Promise<void> {
  let job = await deps.store.get(jobId);
  if (!job || job.status !== 'queued') return;
  // A render lease: another copy of the message (SQS duplicate, reconciler re-drive) that finds a live
  // claim comes back after it instead of submitting a second render. The lease outlives the worker's
  // timeout, so a claim older than it belongs to a copy that crashed (the documented crash window).
  const now = deps.now?.() ?? new Date();
  const leaseMs = (deps.renderLeaseS ?? RENDER_LEASE_S) * 1000;
  const claimedAt = job.render_claimed_at ? Date.parse(job.render_claimed_at) : undefined;
  if (claimedAt !== undefined && now.getTime() - claimedAt < leaseMs) {
    throw new RenderLeaseHeld(Math.ceil((claimedAt + leaseMs - now.getTime()) / 1000));
  }
  const token = newWebhookToken();
  const armed = await deps.store.update(job, { webhook_token_hash: hashToken(token), render_claimed_at: now.toISOString() }, 'queued');
  if (!armed.ok) return;
  job = armed.job;
  try {
    const text = job.language === job.source_lang ? job.text : await deps.translate(job.text, job.source_lang, job.language);
    const webhookUrl = `${deps.publicBaseUrl.replace(/\/$/, '')}/webhooks/revid?job=${encodeURIComponent(job.job_id)}&token=${token}`;
    const mediaUrl = await deps.presignMedia(job.media_key);
    const { pid } = await deps.revid.render({ text, language: job.language, media: { url: mediaUrl, kind: job.media_kind }, webhookUrl });
    const moved = await deps.store.transition(job, 'processing', {
      provider_pid: pid,
      submitted_at: (deps.now?.() ?? new Date()).toISOString(),
      detail: 'Rendering the video.',
      progress: 5,
    });
    if (!moved.ok) logger.warn('job changed while submitting; the webhook or the reconciler will settle it', { job_id: jobId });
  } catch (err) {
    if (isRetryable(err)) {
      // Hand the lease back so the backed-off retry (or another copy) may submit; best effort, the
      // lease expires on its own anyway.
      await deps.store.update(job, { render_claimed_at: LEASE_RELEASED }, 'queued').catch(() => undefined);
      throw new RetryableJobError((err as Error).message, (err as RevidError).retryAfterS, { cause: err });
    }
    const reason = err instanceof AppError ? err.message : 'The video could not be generated.';
    await failJob(job, reason, deps);
  }
}

/** A claim time far in the past: the lease is free. */
const LEASE_RELEASED = new Date(0).toISOString();

/**
 * Sync step (webhook hint, reconciler, or last attempt): asks Revid for the truth and applies it.
 * Terminal jobs are left alone; every write is conditional, so duplicates and reordering are no-ops.
 *
 * `hintedPid` is the provider id an authenticated webhook named. It is used only for a job that has no
 * recorded render (the crash window between Revid's accept and the `processing` write), and only once
 * Revid's status API confirms it; an unconfirmed hint changes nothing.
 */
export async function syncJob(
  jobId: string,
  deps: RenderDeps,
  options: { polls?: number; maxPolls?: number; renderDeadlineS?: number; pollDelayS?: number; hintedPid?: string } = {},
): Promise<void> {
  let job = await deps.store.get(jobId);
  if (!job || isTerminal(job.status)) return;
  const pid = job.provider_pid ?? (job.status === 'queued' ? options.hintedPid : undefined);
  if (!pid) return;
  const hinted = job.provider_pid === undefined;
  let status: RevidStatus;
  try {
    status = await deps.revid.status(pid);
  } catch (err) {
    if (isRetryable(err)) throw new RetryableJobError((err as Error).message, (err as RevidError).retryAfterS, { cause: err });
    if (hinted) {
      logger.warn('the provider does not confirm the webhook’s render id; ignoring the hint', { job_id: jobId });
      return;
    }
    await failJob(job, err instanceof AppError ? err.message : 'The provider lost the render.', deps);
    return;
  }
  if (job.status === 'queued') {
    // A render Revid accepted but whose `processing` write was lost (crash window): record it first, so
    // the reconciler does not submit it a second time.
    const moved = await deps.store.transition(job, 'processing', {
      provider_pid: pid,
      submitted_at: (deps.now?.() ?? new Date()).toISOString(),
      detail: 'Rendering the video.',
    });
    if (!moved.ok) return;
    job = moved.job;
  }
  const deadlineS = options.renderDeadlineS ?? 3600;
  const submitted = job.submitted_at ? Date.parse(job.submitted_at) : undefined;
  const pastDeadline = submitted !== undefined && (deps.now?.() ?? new Date()).getTime() - submitted > deadlineS * 1000;
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
    await failJob(job, `The video provider could not render the video${status.error ? `: ${status.error}` : '.'}`, deps);
    return;
  }
  if (!status.videoUrl || !hostAllowed(status.videoUrl, deps.videoHosts)) {
    await failJob(job, 'The video provider returned a video URL outside the allowed hosts.', deps);
    return;
  }
  let videoKey: string | undefined;
  if (deps.mirror) {
    try {
      videoKey = await deps.mirror(jobId, status.videoUrl);
    } catch (err) {
      // A transient failure is retried (the worker backs off, the reconciler re-syncs) until the render
      // deadline; a permanent one (404, too large, blocked) must not leave the job processing forever.
      if (isRetryable(err) && !pastDeadline) {
        throw new RetryableJobError(`Copying the rendered video failed: ${(err as Error).message}`, undefined, { cause: err });
      }
      const why = err instanceof AppError ? `: ${err.message}` : '.';
      await failJob(job, `The rendered video could not be copied from the provider${why}`, deps);
      return;
    }
  }
  const now = (deps.now?.() ?? new Date()).toISOString();
  const done = await deps.store.transition(job, 'completed', {
    detail: null,
    progress: 100,
    provider_video_url: status.videoUrl,
    video_key: videoKey,
    thumbnail_url: status.thumbnailUrl && hostAllowed(status.thumbnailUrl, deps.videoHosts) ? status.thumbnailUrl : null,
    duration_s: status.durationS ?? null,
    completed_at: now,
    ...callbackFields(job, deps),
  });
  if (done.ok) {
    // Job success rate and time to completion (dashboard), counted once: only the winning transition.
    metrics.addMetric(METRIC.JobsCompleted, MetricUnit.Count, 1);
    metrics.addMetric(METRIC.TimeToCompletion, MetricUnit.Seconds, Math.max(0, (Date.parse(now) - Date.parse(done.job.created_at)) / 1000));
    await enqueueCallback(done.job, deps);
  }
}

/** Moves a non-terminal job to `failed` (if it still is) and schedules its callback. */
export async function failJob(job: Job, reason: string, deps: Pick<RenderDeps, 'store' | 'queues' | 'hasCallbackTarget' | 'now'>): Promise<void> {
  const now = (deps.now?.() ?? new Date()).toISOString();
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

function callbackFields(job: Job, deps: Pick<RenderDeps, 'hasCallbackTarget'>): Partial<Job> {
  return deps.hasCallbackTarget(job)
    ? { callback_state: 'pending', callback_event_id: callbackEventId(job.job_id), callback_attempts: 0 }
    : { callback_state: 'none' };
}

async function enqueueCallback(job: Job, deps: Pick<RenderDeps, 'queues'>): Promise<void> {
  if (job.callback_state !== 'pending') return;
  try {
    await deps.queues.sendNotify({ type: 'notify', job_id: job.job_id });
  } catch (err) {
    // The job is marked callback-pending in the index; the reconciler enqueues it again.
    logger.error('notify enqueue failed; the reconciler will retry', { job_id: job.job_id, error: err as Error });
  }
}

export function hostAllowed(url: string, hosts: string[]): boolean {
  try {
    const u = new URL(url);
    return (u.protocol === 'https:' || u.protocol === 'http:') && (hosts.includes(u.hostname) || hosts.includes(u.host));
  } catch {
    return false;
  }
}

function isRetryable(err: unknown): boolean {
  if (err instanceof RetryableJobError) return true;
  if (err instanceof RevidError) return err.retryable;
  const retryable = (err as { retryable?: unknown }).retryable;
  if (typeof retryable === 'boolean') return retryable;
  // Our own AppErrors (4xx-class: bad input, provider refusals) are final; anything unexpected is retried.
  if (err instanceof AppError) return err.status >= 500;
  return true;
}
