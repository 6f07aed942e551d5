import type { SQSRecord } from 'aws-lambda';
import { getConfig } from '../domain/config.js';
import { logger } from '../domain/observability.js';
import type { CallbackMessage } from '../domain/jobs/ports.js';
import { deliverCallback } from '../domain/callbacks/delivery.js';
import { workQueues } from '../adapters/composition.js';
import { callbackUrlsFor, checkSigningSecrets, callbackDeps } from '../adapters/jobs-wiring.js';
import { Redeliver, sqsWorker } from './sqs-batch.js';

// Checked when the function starts (Lambda init): a malformed signing-secret entry is one clear init
// error naming the entry, not a thrown error on every delivery.
await checkSigningSecrets();

/**
 * Callback queue consumer (the completion callback, docs/integration-guide.md): one signed delivery
 * attempt per receive; the retry schedule is applied by re-hiding the message (≤ 12 h per hop). After
 * the last attempt the message is written to the DLQ explicitly (with the reason) and the alarm on the
 * DLQ fires. Only `job_id` is read, so a message of an earlier deployment (`type: 'notify'`) or one
 * redriven from the DLQ is delivered the same way.
 */
export const handler = sqsWorker(async (record: SQSRecord) => {
  const message = JSON.parse(record.body) as Pick<CallbackMessage, 'job_id'>;
  logger.appendKeys({ job_id: message.job_id });
  const result = await deliverCallback(message.job_id, callbackDeps(), callbackUrlsFor);
  if (result.action === 'retry') {
    await workQueues().delayRedelivery(record.eventSourceARN, record.receiptHandle, result.delayS);
    throw new Redeliver(result.delayS);
  }
  if (result.action === 'dead-letter') {
    const dlq = getConfig().NOTIFY_DLQ_URL;
    logger.error('callback failed permanently', { reason: result.reason });
    if (dlq) {
      await workQueues().sendToDeadLetter(dlq, record.body, result.reason);
    } else {
      // Without an explicit DLQ URL, let the queue's redrive policy dead-letter it.
      throw new Error(result.reason);
    }
  }
});
