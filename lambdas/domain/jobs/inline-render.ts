import { logger } from '../observability.js';
import { classifyProviderError, type StoredVideo, type VideoProvider } from '../providers/video-provider.js';
import { newWebhookToken } from '../providers/webhook-tokens.js';
import { leaseLeftS, releaseLease, RenderLeaseHeld } from './lease.js';
import type { Job } from './model.js';
import { ensureScript } from './narration.js';
import type { JobStore } from './ports.js';
import { nowOf, RetryableJobError, type RenderDeps } from './render-deps.js';
import { completeJob, failJob, safeReason } from './settle.js';

/**
 * The inline render: a provider that renders in this process (`builtin`, the built-in renderer) takes
 * the job from `processing` to `completed` while the worker holds the render lease, and reports its
 * progress on the job as it goes (docs/renderer.md "Progress").
 */

/** A built-in render in progress: `processing` under provider `builtin`. One whose worker died (its lease expired) is rendered again. */
export const isInlineRender = (job: Job): boolean => job.status === 'processing' && job.provider === 'builtin';

/**
 * Renders a claimed job with an inline provider: `queued` → `processing` (provider `builtin`), the
 * render, then `completed` with the stored video. A transient failure hands the lease back and is
 * retried; a permanent one fails the job with the renderer's reason.
 *
 * @param token the per-render webhook token whose hash the claim stored (an inline provider ignores it).
 * @throws RetryableJobError for a transient render failure (the lease is handed back first).
 */
export async function renderInline(job: Job, provider: VideoProvider, token: string, deps: RenderDeps, signal?: AbortSignal): Promise<void> {
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
      await releaseLease(claimed, 'processing', deps);
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
 * A built-in render that stopped (its worker died or timed out): rendered again once its lease expired.
 *
 * @throws RenderLeaseHeld while the dead worker's lease is still live.
 */
export async function resumeInline(job: Job, deps: RenderDeps, signal?: AbortSignal): Promise<void> {
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
