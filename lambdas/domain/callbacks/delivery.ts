import { logger, metrics } from '../observability.js';
import { METRIC } from '../metric-names.js';
import { MetricUnit } from '@aws-lambda-powertools/metrics';
import { errors } from '../errors.js';
import { assertPublicUrl, parseRetryAfter, TransportError, type OutboundPolicy, type SafeFetch } from '../../engines/outbound/index.js';
import type { CallbackEvent } from '../schemas/jobs.js';
import { buildWebhookHeaders } from './signing.js';
import { classifyDeliveryStatus, DEFAULT_RETRY_SCHEDULE, MAX_STEP_DELAY_S, nextDelaySeconds, RETRY_SCHEDULES } from './retry-schedule.js';
import { callbackEventId, scriptText, type Job } from '../jobs/model.js';
import type { JobStore } from '../jobs/ports.js';
import type { ClientCallbackSettings } from '../auth/clients.js';

export interface CallbackDeps {
  store: JobStore;
  /** Sends the POST; the SSRF-safe client re-validates the URL at send time. */
  fetch: SafeFetch;
  /** The deployment's signing secrets: current first; during a rotation window the previous one follows. */
  signingSecrets: () => Promise<string[]>;
  /** The deployment's default callback URL (`DEFAULT_CALLBACK_URL`). */
  defaultCallbackUrl?: string;
  /**
   * The callback settings of the job's client in the registry (docs/tenancy.md): its own default URL
   * and signing secrets, each winning over the deployment's. Absent (no registry, e.g. `authMode=iam`)
   * or undefined for an unregistered client: the deployment's settings apply. Throws when the registry
   * cannot be read, so the attempt is retried rather than signed with the wrong secret.
   */
  clientSettings?: (clientId: string) => Promise<ClientCallbackSettings | undefined>;
  /** Endpoints a receiver disabled with 410 (shared across jobs). */
  endpoints: { isDisabled(url: string): Promise<boolean>; disable(url: string): Promise<void> };
  /** Multiplies every retry delay (1 in AWS; small values make local runs and tests fast). */
  delayScale?: number;
  timeoutMs?: number;
  schedule?: keyof typeof RETRY_SCHEDULES;
  now?: () => Date;
}

/** What the worker does with the message after an attempt. */
export type CallbackResult = { action: 'done' } | { action: 'retry'; delayS: number } | { action: 'dead-letter'; reason: string };

/** The URLs a completion callback carries, presigned afresh for each attempt (null when there is none). */
export interface CallbackUrls {
  video_url: string | null;
  /** WebVTT subtitles of a built-in video (docs/renderer.md "Subtitles"). */
  subtitles_url: string | null;
}

/**
 * The callback body (docs/revid-and-webhooks.md §3), built from the stored job. Only `video_url` and
 * `subtitles_url` may differ between attempts (presigned afresh each time); every attempt signs the
 * exact bytes it sends.
 */
export function callbackBody(job: Job, urls: CallbackUrls): CallbackEvent {
  return {
    type: job.status === 'completed' ? 'video.completed' : 'video.failed',
    timestamp: job.completed_at ?? job.updated_at,
    data: {
      job_id: job.job_id,
      status: job.status === 'completed' ? 'completed' : 'failed',
      video_url: urls.video_url,
      subtitles_url: urls.subtitles_url,
      music_track: job.music_track ?? null,
      detail: job.detail,
      detected_pets: job.detected_pets as CallbackEvent['data']['detected_pets'],
      metadata: job.metadata,
      script: scriptText(job),
      writer: job.script?.writer ?? null,
      script_subject: job.script?.subject ?? null,
      narration: job.narration ?? null,
    },
  };
}

/**
 * Where a job's callback goes: the job's own `callback_url`, else its client's default
 * (`clientDefaultUrl`, from the registry), else the deployment's `DEFAULT_CALLBACK_URL`; undefined
 * when none is set.
 */
export const callbackTarget = (job: Job, defaultUrl?: string, clientDefaultUrl?: string): string | undefined =>
  job.callback_url ?? clientDefaultUrl ?? defaultUrl ?? undefined;

/**
 * Validates a customer callback URL at submission time (public https host that resolves), under the
 * deployment's outbound `policy`.
 * @throws AppError 422 `validation_error` naming `body.callback_url` and saying why it is refused
 */
export async function assertCallbackUrl(url: string, policy: OutboundPolicy): Promise<URL> {
  try {
    return await assertPublicUrl(url, policy);
  } catch (err) {
    if (err instanceof TransportError) throw errors.validation([{ path: 'body.callback_url', message: err.message }]);
    throw err;
  }
}

/**
 * One delivery attempt of a job's terminal callback (Standard Webhooks v1 + legacy header): 2xx ends
 * it, 410 disables the endpoint, anything else (3xx included, never followed) is retried on the Svix
 * schedule honouring Retry-After; after the last attempt the job's callback is `failed` and the
 * message is dead-lettered. Deleted jobs and delivered callbacks are no-ops.
 */
export async function deliverCallback(jobId: string, deps: CallbackDeps, urls: (job: Job) => Promise<CallbackUrls>): Promise<CallbackResult> {
  const job = await deps.store.get(jobId);
  if (!job || job.callback_state !== 'pending') return { action: 'done' };
  // The job's client's settings, never another client's: its URL and its secret (docs/tenancy.md).
  const client = job.client_id !== undefined && deps.clientSettings ? await deps.clientSettings(job.client_id) : undefined;
  const target = callbackTarget(job, deps.defaultCallbackUrl, client?.default_callback_url);
  if (!target) {
    await deps.store.update(job, { callback_state: 'none' });
    return { action: 'done' };
  }
  if (await deps.endpoints.isDisabled(target)) {
    await deps.store.update(job, { callback_state: 'gone' });
    return { action: 'done' };
  }
  const now = deps.now?.() ?? new Date();
  if (job.callback_next_at) {
    // A step longer than one visibility hop: hide the message again until the attempt is due.
    const remainingS = Math.ceil((Date.parse(job.callback_next_at) - now.getTime()) / 1000);
    if (remainingS > 1) return { action: 'retry', delayS: Math.min(remainingS, MAX_STEP_DELAY_S) };
  }
  const attempt = (job.callback_attempts ?? 0) + 1;
  const body = JSON.stringify(callbackBody(job, job.status === 'completed' ? await urls(job) : { video_url: null, subtitles_url: null }));
  const headers = buildWebhookHeaders({
    id: job.callback_event_id ?? callbackEventId(job.job_id),
    body,
    secrets: client?.signing_secrets?.length ? client.signing_secrets : await deps.signingSecrets(),
    now,
  });
  let status: number | undefined;
  let retryAfterS: number | undefined;
  try {
    const res = await deps.fetch(target, {
      method: 'POST',
      headers: { ...headers, 'user-agent': 'PetRoastAI-Webhooks/1.0' },
      body,
      followRedirects: false,
      timeoutMs: deps.timeoutMs ?? 15_000,
      maxBytes: 64 * 1024,
    });
    status = res.status;
    retryAfterS = parseRetryAfter(res.headers.get('retry-after'), now);
    await res.cancel();
  } catch (err) {
    logger.warn('callback attempt failed', { job_id: jobId, attempt, error: (err as Error).message });
  }
  metrics.addMetric(METRIC.CallbackAttempts, MetricUnit.Count, 1);
  const outcome = classifyDeliveryStatus(status);
  logger.info('callback attempt', { job_id: jobId, attempt, status: status ?? 'no response', outcome });
  if (outcome === 'delivered') {
    await deps.store.update(job, { callback_state: 'delivered', callback_attempts: attempt });
    return { action: 'done' };
  }
  if (outcome === 'gone') {
    await deps.endpoints.disable(target);
    await deps.store.update(job, { callback_state: 'gone', callback_attempts: attempt });
    return { action: 'done' };
  }
  // The schedule is scaled (local runs); the receiver's Retry-After is honoured as given. Steps longer
  // than one visibility hop are taken as several (callback_next_at above).
  const delay = nextDelaySeconds(attempt, {
    jitter: 0.1,
    schedule: RETRY_SCHEDULES[deps.schedule ?? DEFAULT_RETRY_SCHEDULE],
    scale: deps.delayScale ?? 1,
    ...(retryAfterS !== undefined ? { retryAfterS } : {}),
    maxStepS: Number.POSITIVE_INFINITY,
  });
  if (delay === null) {
    metrics.addMetric(METRIC.CallbackFailures, MetricUnit.Count, 1);
    await deps.store.update(job, { callback_state: 'failed', callback_attempts: attempt });
    return { action: 'dead-letter', reason: `no 2xx after ${attempt} attempts (last: ${status ?? 'no response'})` };
  }
  const nextAt = new Date(now.getTime() + delay * 1000).toISOString();
  const saved = await deps.store.update(job, { callback_attempts: attempt, callback_next_at: nextAt });
  if (!saved.ok) return { action: 'done' };
  return { action: 'retry', delayS: Math.min(delay, MAX_STEP_DELAY_S) };
}
