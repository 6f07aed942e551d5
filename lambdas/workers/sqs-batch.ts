import { BatchProcessor, EventType, processPartialResponse } from '@aws-lambda-powertools/batch';
import type { Context, SQSEvent, SQSRecord } from 'aws-lambda';
import { validateConfigAtColdStart } from '../domain/config.js';
import { flushMetrics, logger } from '../domain/observability.js';

/** Ask for a redelivery of this record after `delayS` (by changing its visibility) and count it failed. */
export class Redeliver extends Error {
  constructor(readonly delayS: number, message = 'redelivery requested') {
    super(message);
    this.name = 'Redeliver';
  }
}

/**
 * Powertools' partial-batch processing for every SQS worker: records run one at a time (the
 * concurrency cap towards providers is the event source's), a failed record is reported in
 * `batchItemFailures` and nothing else is retried.
 */
export function sqsWorker(handle: (record: SQSRecord, context: Context) => Promise<void>) {
  validateConfigAtColdStart();
  const processor = new BatchProcessor(EventType.SQS);
  return async (event: SQSEvent, context: Context) => {
    try {
      return await processPartialResponse(event, async (record: SQSRecord) => {
        try {
          await handle(record, context);
        } catch (err) {
          if (!(err instanceof Redeliver)) logger.error('record failed', { message_id: record.messageId, error: err as Error });
          throw err;
        } finally {
          logger.removeKeys(['job_id']);
        }
      }, processor, {
        context,
        processInParallel: false,
        // A batch whose records all failed (a lone message backing off, a callback retry hop) is still a
        // per-record outcome: report every id rather than throw, or each retry would count as a function
        // error (the Errors alarm fires and the event source backs off its concurrency).
        throwOnFullBatchFailure: false,
      });
    } finally {
      // One EMF line per batch (job outcomes, callback attempts), whatever happened to the records.
      flushMetrics();
    }
  };
}

export const receiveCount = (record: SQSRecord): number => Number(record.attributes.ApproximateReceiveCount ?? '1');
