import type { SQSRecord } from 'aws-lambda';
import { getConfig } from '../domain/config.js';
import { logger } from '../domain/observability.js';
import type { RenderMessage } from '../domain/jobs/ports.js';
import { processRenderMessage } from '../domain/jobs/queue-policy.js';
import { renderDeps } from '../adapters/render-wiring.js';
import { workQueues } from '../adapters/composition.js';
import { receiveCount, Redeliver, sqsWorker } from './sqs-batch.js';

/** Time kept back from the function's timeout to hand the lease back and report the record. */
const SAFETY_MS = 20_000;

/**
 * Render queue consumer: `render` messages start queued jobs with the video provider, `sync` messages
 * (webhook hints, reconciler) apply the provider's status. The policy — back-off, the last receive,
 * the fallback to the built-in renderer — is decided in core (`processRenderMessage`); this handler only
 * translates it into SQS terms: a retry hides the message for the decided delay, a dead-letter leaves it
 * failing so SQS moves it to the DLQ. A render is aborted before the function's timeout.
 */
export const handler = sqsWorker(async (record: SQSRecord, context) => {
  const config = getConfig();
  const message = JSON.parse(record.body) as RenderMessage;
  logger.appendKeys({ job_id: message.job_id });
  const remainingMs = context?.getRemainingTimeInMillis?.();
  const signal = remainingMs ? AbortSignal.timeout(Math.max(1000, remainingMs - SAFETY_MS)) : undefined;
  const outcome = await processRenderMessage(message, { attempt: receiveCount(record), signal }, renderDeps(), {
    maxReceives: config.RENDER_MAX_RECEIVES,
    backoffBaseS: config.RENDER_BACKOFF_BASE_S,
    renderDeadlineS: config.RENDER_DEADLINE_S,
    pollDelayS: config.SYNC_POLL_S,
  });
  if (outcome.action === 'done') return;
  if (outcome.action === 'dead-letter') throw new Error(outcome.reason);
  await workQueues().delayRedelivery(record.eventSourceARN, record.receiptHandle, outcome.delayS);
  // An expected back-off, not an error: report the record failed without an ERROR log and stack.
  throw new Redeliver(outcome.delayS, outcome.reason);
});
