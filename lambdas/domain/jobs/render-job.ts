import { logger } from '../observability.js';
import { classifyProviderError, selectProvider, type VideoProvider } from '../providers/video-provider.js';
import { settleProviderFailure } from './fallback.js';
import { isInlineRender, renderInline, resumeInline } from './inline-render.js';
import { claimRender, leaseLeftS, releaseLease, RenderLeaseHeld } from './lease.js';
import type { Job } from './model.js';
import { ensureScript } from './narration.js';
import { nowOf, retryAfterOf, RetryableJobError, type RenderDeps } from './render-deps.js';

/**
 * Render step. A queued job is claimed (the render lease, and the hash of a fresh per-render webhook
 * token, stored before any provider call so an early webhook already authenticates: lease.ts), its
 * roast written and translated if needed, and handed to the selected provider: a remote one (Revid)
 * moves it to `processing` with its id; the built-in one moves it to `processing` and renders it to
 * completion here (inline-render.ts). A job past `queued` is skipped (redelivered messages never submit
 * twice once the transition landed), except a built-in render whose worker died, which is rendered again.
 *
 * @throws RenderLeaseHeld while another copy of the message holds a live claim.
 * @throws RetryableJobError for a transient failure (the lease is handed back first).
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
  const { token, claim: armed } = await claimRender(job, deps);
  if (!armed.ok) return;
  if (provider.mode === 'inline') return renderInline(armed.job, provider, token, deps, options.signal);
  return submitRemote(armed.job, provider, token, deps, options.signal);
}

/**
 * Submits a claimed job to a remote provider: `queued` → `processing` with the provider's render id. The
 * job is settled later by the sync step (sync-job.ts) from the provider's webhook hint, a poll or the
 * reconciler. A transient failure hands the lease back and is retried; any other settles the job
 * (fallback.ts).
 */
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
      // Hand the lease back so the backed-off retry (or another copy) may submit.
      await releaseLease(job, 'queued', deps);
      throw new RetryableJobError((err as Error).message, retryAfterOf(err), { cause: err });
    }
    await settleProviderFailure(job, provider.name, failure, err, deps, signal);
  }
}
