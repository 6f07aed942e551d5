import { MetricUnit } from '@aws-lambda-powertools/metrics';
import { AppError } from '../errors.js';
import type { LanguageCode } from '../languages.js';
import { METRIC } from '../metric-names.js';
import { logger, metrics } from '../observability.js';
import {
  classifyProviderError,
  fallbackProvider,
  selectProvider,
  type ProviderFailure,
  type RenderCheck,
  type StoredVideo,
  type VideoProvider,
  type VideoProviders,
} from '../providers/video-provider.js';
import { hashToken, newWebhookToken } from '../providers/webhook-tokens.js';
import { callbackEventId, isTerminal, type Job } from './model.js';
import { ensureScript, type RecentScripts } from './narration.js';
import type { RoastWriter } from '../writer/types.js';
import type { JobStore, RenderMessage, WorkQueues } from './ports.js';

export interface RenderDeps {
  store: JobStore;
  queues: WorkQueues;
  /** The video providers of this deployment, which one new jobs use and the fallback (providers/video-provider.ts). */
  providers: VideoProviders;
  /** Writes the roast from the prompt (docs/writer.md); default: the template writer. */
  writer?: RoastWriter;
  /** Remembers the last script digest per prompt, so consecutive jobs of one prompt differ (docs/writer.md). */
  recentScripts?: RecentScripts;
  /** Translates the roast into the narration language (the translation service). */
  translate: (text: string, source: LanguageCode, target: LanguageCode) => Promise<string>;
  /** Copies a remote provider's video into our bucket; returns the key. Absent when mirroring is off. */
  mirror?: (jobId: string, videoUrl: string) => Promise<string>;
  /** Seconds a render claim blocks other copies of the message (default {@link RENDER_LEASE_S}). */
  renderLeaseS?: number;
  /** Whether a callback target exists for the job (its own URL or the deployment default). */
  hasCallbackTarget: (job: Job) => boolean;
  /**
   * Removes the job's objects, as DELETE /api/jobs does (its media and everything under `media/<job>/`
   * and `videos/<job>/`). Called when the job was erased while its video was being rendered or
   * mirrored, so the video stored meanwhile does not outlive the job (docs/reference/spec.md §3.12,
   * docs/renderer.md "Progress"). Absent: nothing is removed.
   */
  eraseJobObjects?: (job: Job) => Promise<void>;
  now?: () => Date;
}

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

/** Thrown for failures worth another attempt (the worker backs off through the queue). */
export class RetryableJobError extends Error {
  constructor(message: string, readonly retryAfterS?: number, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'RetryableJobError';
  }
}

const nowOf = (deps: Pick<RenderDeps, 'now'>): Date => deps.now?.() ?? new Date();
const leaseMsOf = (deps: Pick<RenderDeps, 'renderLeaseS'>): number => (deps.renderLeaseS ?? RENDER_LEASE_S) * 1000;

/** Seconds until the job's render claim expires, or 0 when it is free. */
function leaseLeftS(job: Job, deps: Pick<RenderDeps, 'now' | 'renderLeaseS'>): number {
  const claimedAt = job.render_claimed_at ? Date.parse(job.render_claimed_at) : undefined;
  if (claimedAt === undefined) return 0;
  const left = claimedAt + leaseMsOf(deps) - nowOf(deps).getTime();
  return left > 0 ? Math.ceil(left / 1000) : 0;
}

/** A claim time far in the past: the lease is free. */
const LEASE_RELEASED = new Date(0).toISOString();

/** A built-in render whose worker died (its lease expired) may be picked up again. */
const isInlineRender = (job: Job): boolean => job.status === 'processing' && job.provider === 'builtin';

/**
 * Render step. A queued job is claimed (the render lease, and the hash of a fresh per-render webhook
 * token, stored before any provider call so an early webhook already authenticates), translated if
 * needed and handed to the selected provider: a remote one (Revid) moves it to `processing` with its
 * id; the built-in one moves it to `processing` and renders it to completion here. A job past `queued`
 * is skipped (redelivered messages never submit twice once the transition landed), except a built-in
 * render whose worker died, which is rendered again.
 */
export async function renderJob(jobId: string, deps: RenderDeps, options: { signal?: AbortSignal } = {}): Promise<void> {
  const job = await deps.store.get(jobId);
  if (!job) return;
  if (isInlineRender(job)) return resumeInline(job, deps, options.signal);
  if (job.status !== 'queued') return;
  // Another copy of the message (SQS duplicate, reconciler re-drive) that finds a live claim comes back
  // after it instead of rendering a second time (the documented crash window is a claim that expired).
  const left = leaseLeftS(job, deps);
  if (left > 0) throw new RenderLeaseHeld(left);
  const provider = selectProvider(deps.providers);
  const token = newWebhookToken();
  const armed = await deps.store.update(job, { webhook_token_hash: hashToken(token), render_claimed_at: nowOf(deps).toISOString() }, 'queued');
  if (!armed.ok) return;
  if (provider.mode === 'inline') return renderInline(armed.job, provider, token, deps, options.signal);
  return submitRemote(armed.job, provider, token, deps, options.signal);
}

async function submitRemote(job: Job, provider: VideoProvider, token: string, deps: RenderDeps, signal?: AbortSignal): Promise<void> {
  try {
    // The roast is written (and translated) and stored before the provider is called (docs/writer.md).
    const scripted = await ensureScript(job, deps);
    if (!scripted) return;
    job = scripted.job;
    const text = scripted.narration.lines.join(' ');
    const started = await provider.start({ job, text, narration: scripted.narration, webhookToken: token, signal });
    if (started.state !== 'submitted') throw new Error(`provider ${provider.name} did not submit a render`);
    const moved = await deps.store.transition(job, 'processing', {
      provider: provider.name,
      provider_pid: started.pid,
      submitted_at: nowOf(deps).toISOString(),
      detail: 'Rendering the video.',
      progress: 5,
    });
    if (!moved.ok) logger.warn('job changed while submitting; the webhook or the reconciler will settle it', { job_id: job.job_id });
  } catch (err) {
    const failure = classifyProviderError(err);
    if (failure === 'transient') {
      // Hand the lease back so the backed-off retry (or another copy) may submit; best effort, the
      // lease expires on its own anyway.
      await deps.store.update(job, { render_claimed_at: LEASE_RELEASED }, 'queued').catch(() => undefined);
      throw new RetryableJobError((err as Error).message, (err as { retryAfterS?: number }).retryAfterS, { cause: err });
    }
    await settleFailure(job, provider.name, failure, err, deps, signal);
  }
}

/**
 * Renders a claimed job with an inline provider: `queued` → `processing` (provider `builtin`), the
 * render, then `completed` with the stored video. A transient failure hands the lease back and is
 * retried; a permanent one fails the job with the renderer's reason.
 */
async function renderInline(job: Job, provider: VideoProvider, token: string, deps: RenderDeps, signal?: AbortSignal): Promise<void> {
  const claim = { provider: provider.name, render_claimed_at: nowOf(deps).toISOString(), detail: 'Rendering the video.' };
  const moved =
    job.status === 'queued'
      ? await deps.store.transition(job, 'processing', { ...claim, submitted_at: nowOf(deps).toISOString(), progress: INLINE_PROGRESS.claimed })
      : await deps.store.update(job, claim, 'processing');
  if (!moved.ok) return;
  let claimed = moved.job;
  let video: StoredVideo;
  let progress: InlineProgress | undefined;
  try {
    // The roast is written (and translated) and stored before the renderer runs (docs/writer.md).
    const scripted = await ensureScript(claimed, deps);
    if (!scripted) return;
    progress = new InlineProgress(scripted.job, deps.store);
    progress.report(INLINE_PROGRESS.scripted);
    const text = scripted.narration.lines.join(' ');
    const reporter = progress;
    const started = await provider.start({
      job: scripted.job,
      text,
      narration: scripted.narration,
      webhookToken: token,
      signal,
      onProgress: (fraction) => reporter.report(renderProgress(fraction)),
    });
    if (started.state !== 'rendered') throw new Error(`provider ${provider.name} did not render the video`);
    video = started.video;
    claimed = await progress.settled();
  } catch (err) {
    if (progress) claimed = await progress.settled();
    if (classifyProviderError(err) === 'transient') {
      await deps.store.update(claimed, { render_claimed_at: LEASE_RELEASED }, 'processing').catch(() => undefined);
      throw new RetryableJobError(`Rendering the video failed: ${(err as Error).message}`, undefined, { cause: err });
    }
    await failJob(claimed, safeReason(err, 'The video could not be rendered.'), deps);
    return;
  }
  await completeJob(
    claimed,
    { video_key: video.videoKey, thumbnail_key: video.thumbnailKey ?? undefined, subtitles_key: video.subtitlesKey ?? undefined, music_track: video.musicTrack ?? null, filter_applied: video.filterApplied ?? null, duration_s: video.durationS, ...(video.narration ? { narration: video.narration } : {}) },
    deps,
  );
}

/**
 * A built-in render's `progress` (0..100) on the job (docs/renderer.md "Progress"): `claimed` when the
 * render is claimed, `scripted` once the roast is written, then {@link renderProgress} of the renderer's
 * fraction up to `rendered`; `completed` sets 100.
 */
export const INLINE_PROGRESS = { claimed: 5, scripted: 10, rendered: 95 } as const;

/** Job progress for a render `fraction` (0..1) done: `scripted` + fraction × (`rendered` − `scripted`), rounded. */
export function renderProgress(fraction: number): number {
  const f = Math.min(1, Math.max(0, fraction));
  return Math.round(INLINE_PROGRESS.scripted + f * (INLINE_PROGRESS.rendered - INLINE_PROGRESS.scripted));
}

/** Smallest rise in `progress` (points) worth a job write: at most ~17 writes per render. */
const PROGRESS_STEP = 5;

/**
 * Writes a render's progress to the job while it renders: one write at a time (each conditional write
 * needs the version the previous one produced), only rises of {@link PROGRESS_STEP} points or more,
 * never backwards, and none after a write was refused (the job moved on: deleted, or settled by someone
 * else). {@link settled} waits for the last write and returns the job at its latest version, which the
 * final transition must start from.
 */
class InlineProgress {
  private written: number;
  private chain: Promise<void> = Promise.resolve();
  private stopped = false;

  constructor(
    private job: Job,
    private readonly store: JobStore,
  ) {
    this.written = job.progress ?? 0;
  }

  report(progress: number): void {
    if (this.stopped || progress < this.written + PROGRESS_STEP) return;
    this.written = progress;
    this.chain = this.chain.then(async () => {
      if (this.stopped) return;
      try {
        const result = await this.store.update(this.job, { progress }, 'processing');
        if (result.ok) this.job = result.job;
        else this.stopped = true;
      } catch (err) {
        // Progress is a courtesy: a failed write never fails the render.
        this.stopped = true;
        logger.warn('progress write failed', { job_id: this.job.job_id, error: (err as Error).message });
      }
    });
  }

  async settled(): Promise<Job> {
    this.stopped = true;
    await this.chain;
    return this.job;
  }
}

/** A built-in render that stopped (its worker died or timed out): rendered again once its lease expired. */
async function resumeInline(job: Job, deps: RenderDeps, signal?: AbortSignal): Promise<void> {
  const left = leaseLeftS(job, deps);
  if (left > 0) throw new RenderLeaseHeld(left);
  const builtin = deps.providers.builtin;
  if (!builtin) {
    await failJob(job, 'The built-in renderer is not available in this deployment.', deps);
    return;
  }
  return renderInline(job, builtin, newWebhookToken(), deps, signal);
}

/**
 * A provider failure that retrying will not fix: an `account` error (or a spent retry budget) of Revid
 * re-renders the job with the fallback provider when the deployment has one; anything else fails the job.
 */
async function settleFailure(
  job: Job,
  from: VideoProvider['name'],
  failure: Exclude<ProviderFailure, 'transient'> | 'budget',
  err: unknown,
  deps: RenderDeps,
  signal?: AbortSignal,
): Promise<void> {
  const fallback = fallbackProvider(deps.providers, from, failure);
  const why = (err as Error)?.message ?? String(err);
  if (!fallback) {
    // A translation failure is named as one, never as the video provider's (docs/translation.md).
    const translation = err instanceof AppError && err.code === 'translation_provider_error';
    const reason =
      failure === 'budget'
        ? `${translation ? 'Translation is unavailable' : 'The video provider is unavailable'}: ${why}`
        : safeReason(err, 'The video could not be generated.');
    await failJob(job, reason, deps);
    return;
  }
  metrics.addMetric(METRIC.VideoProviderFallbacks, MetricUnit.Count, 1);
  logger.warn('video provider fallback: re-rendering with the built-in renderer', { job_id: job.job_id, from, to: fallback.name, failure, error: why });
  await renderInline(job, fallback, newWebhookToken(), deps, signal);
}

/** The error's own sentence when it is meant for clients (our AppErrors, permanent provider errors), else `fallback`. */
function safeReason(err: unknown, fallback: string): string {
  if (err instanceof AppError) return err.message;
  if (err instanceof Error && (err as { retryable?: unknown }).retryable === false) return err.message;
  return fallback;
}

/** Options of the sync step. */
export interface SyncOptions {
  polls?: number;
  maxPolls?: number;
  renderDeadlineS?: number;
  pollDelayS?: number;
  hintedPid?: string;
  signal?: AbortSignal;
}

/**
 * Sync step (webhook hint, reconciler, or last attempt): asks the job's provider for the truth and
 * applies it. Terminal jobs are left alone; every write is conditional, so duplicates and reordering are
 * no-ops. A built-in render has nobody to ask: one whose lease expired (its worker died) is rendered
 * again until the render deadline, then failed.
 *
 * `hintedPid` is the provider id an authenticated webhook named. It is used only for a job that has no
 * recorded render (the crash window between Revid's accept and the `processing` write), and only once
 * Revid's status API confirms it; an unconfirmed hint changes nothing.
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
  const revid = deps.providers.revid;
  if (!revid?.check) {
    await failJob(job, 'The video provider of this job is no longer configured.', deps);
    return;
  }
  const hinted = job.provider_pid === undefined;
  let status: RenderCheck;
  try {
    status = await revid.check(pid);
  } catch (err) {
    const failure = classifyProviderError(err);
    if (failure === 'transient') throw new RetryableJobError((err as Error).message, (err as { retryAfterS?: number }).retryAfterS, { cause: err });
    if (hinted) {
      logger.warn('the provider does not confirm the webhook’s render id; ignoring the hint', { job_id: jobId });
      return;
    }
    if (failure === 'account') return settleFailure(job, revid.name, failure, err, deps, options.signal);
    await failJob(job, err instanceof AppError ? err.message : 'The provider lost the render.', deps);
    return;
  }
  if (job.status === 'queued') {
    // A render Revid accepted but whose `processing` write was lost (crash window): record it first, so
    // the reconciler does not submit it a second time.
    const moved = await deps.store.transition(job, 'processing', {
      provider: revid.name,
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

/** Moves a processing job to `completed` with its video and schedules its callback (counted once). */
async function completeJob(
  job: Job,
  video: Pick<Job, 'video_key' | 'thumbnail_key' | 'subtitles_key' | 'music_track' | 'filter_applied' | 'thumbnail_url' | 'provider_video_url' | 'duration_s' | 'narration'>,
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

/** Moves a non-terminal job to `failed` (if it still is) and schedules its callback. */
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
      await settleFailure(job, deps.providers.selected, 'budget', err, deps, signal);
    } catch (fallbackErr) {
      const latest = await deps.store.get(job.job_id);
      if (latest && !isTerminal(latest.status)) await failJob(latest, `The video could not be rendered: ${(fallbackErr as Error).message}`, deps);
    }
    const after = await deps.store.get(job.job_id);
    if (after?.status === 'completed') return { action: 'done' };
  }
  return { action: 'dead-letter', reason: err.message };
}
