import type { SQSRecord } from 'aws-lambda';
import { getConfig } from '../core/config.js';
import { logger } from '../core/observability.js';
import type { RenderMessage } from '../core/jobs/ports.js';
import { failJob, RenderLeaseHeld, renderJob, RetryableJobError, syncJob } from '../core/jobs/render.js';
import { renderDeps } from '../adapters/jobs-wiring.js';
import { delayRedelivery } from '../adapters/work-queues.js';
import { receiveCount, Redeliver, sqsWorker } from './sqs-batch.js';

/**
 * Render queue consumer: `render` messages submit queued jobs to Revid, `sync` messages (webhook
 * hints, reconciler) apply Revid's status. Retryable failures back off exponentially through the
 * message's visibility; on the last receive the job fails with a clear reason and the message goes on
 * to the DLQ, so nothing is dropped silently.
 */
export const handler = sqsWorker(async (record: SQSRecord) => {
  const config = getConfig();
  const message = JSON.parse(record.body) as RenderMessage;
  logger.appendKeys({ job_id: message.job_id });
  const deps = renderDeps();
  try {
    if (message.type === 'render') await renderJob(message.job_id, deps);
    else {
      await syncJob(message.job_id, deps, {
        polls: message.polls,
        hintedPid: message.pid,
        renderDeadlineS: config.RENDER_DEADLINE_S,
        pollDelayS: config.SYNC_POLL_S,
      });
    }
  } catch (err) {
    const attempt = receiveCount(record);
    if (err instanceof RenderLeaseHeld) {
      await delayRedelivery(record.eventSourceARN, record.receiptHandle, err.retryAfterS);
      throw new Redeliver(err.retryAfterS, err.message);
    }
    if (!(err instanceof RetryableJobError)) throw err;
    if (attempt >= config.RENDER_MAX_RECEIVES && message.type === 'render') {
      const job = await deps.store.get(message.job_id);
      if (job && job.status === 'queued') await failJob(job, `The video provider is unavailable: ${err.message}`, deps);
      throw err;
    }
    // Jitter spreads our own exponential back-off; the provider's Retry-After is a floor it never undercuts.
    const exponential = config.RENDER_BACKOFF_BASE_S * 2 ** (attempt - 1) * (0.8 + 0.4 * Math.random());
    const backoff = Math.max(err.retryAfterS ?? 0, exponential);
    await delayRedelivery(record.eventSourceARN, record.receiptHandle, Math.ceil(backoff));
    logger.warn('retryable failure; backing off', { attempt, backoff_s: Math.ceil(backoff), error: err.message });
    // An expected back-off, not an error: report the record failed without an ERROR log and stack.
    throw new Redeliver(Math.ceil(backoff), err.message);
  }
});
