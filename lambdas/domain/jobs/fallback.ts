import { MetricUnit } from '@aws-lambda-powertools/metrics';
import { AppError } from '../errors.js';
import { METRIC } from '../metric-names.js';
import { logger, metrics } from '../observability.js';
import { fallbackProvider, type ProviderFailure, type VideoProvider } from '../providers/video-provider.js';
import { newWebhookToken } from '../providers/webhook-tokens.js';
import { renderInline } from './inline-render.js';
import type { Job } from './model.js';
import type { RenderDeps } from './render-deps.js';
import { failJob, safeReason } from './settle.js';

/**
 * A provider failure that retrying will not fix (docs/video-providers.md "Fallback"): an `account` error
 * (or a spent retry budget) of a remote provider re-renders the job with the fallback provider when the
 * deployment has one (`VIDEO_FALLBACK=builtin`); anything else fails the job with a clear reason.
 *
 * @param from the provider that could not render the job.
 * @throws RetryableJobError when the fallback's own render fails transiently (inline-render.ts).
 */
export async function settleProviderFailure(
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
