import type { SQSRecord } from 'aws-lambda';
import { getConfig } from '../core/config.js';
import { logger } from '../core/observability.js';
import type { NotifyMessage } from '../core/jobs/ports.js';
import { deliverCallback } from '../core/callbacks/delivery.js';
import { workQueues } from '../adapters/composition.js';
import { callbackUrlsFor, checkSigningSecrets, notifyDeps } from '../adapters/jobs-wiring.js';
import { Redeliver, sqsWorker } from './sqs-batch.js';

// Checked when the function starts (Lambda init): a malformed signing-secret entry is one clear init
// error naming the entry, not a thrown error on every delivery.
await checkSigningSecrets();

/**
 * Notify queue consumer: one signed delivery attempt per receive; the retry schedule is applied by
 * re-hiding the message (≤ 12 h per hop). After the last attempt the message is written to the DLQ
 * explicitly (with the reason) and the alarm on the DLQ fires.
 */
export const handler = sqsWorker(async (record: SQSRecord) => {
  const message = JSON.parse(record.body) as NotifyMessage;
  logger.appendKeys({ job_id: message.job_id });
  const result = await deliverCallback(message.job_id, notifyDeps(), callbackUrlsFor);
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
