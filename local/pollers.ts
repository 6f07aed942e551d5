import { DeleteMessageBatchCommand, ReceiveMessageCommand, SQSClient, type Message } from '@aws-sdk/client-sqs';
import type { SQSBatchResponse, SQSEvent, SQSRecord } from 'aws-lambda';
import type { LocalFunction } from './functions.js';

export interface PollerOptions {
  queueUrl: string;
  queueArn: string;
  fn: LocalFunction;
  batchSize: number;
  reportBatchItemFailures: boolean;
  /** Concurrent batches in flight (the ESM's MaximumConcurrency). */
  concurrency?: number;
  log?: (line: string) => void;
}

/**
 * A local SQS event source mapping: long-polls the queue, invokes the function with an SQS event,
 * deletes what succeeded and leaves the rest to reappear after the visibility timeout, so the queue's
 * own redrive policy moves poison messages to the DLQ — the same semantics as Lambda's ESM,
 * including "an unknown itemIdentifier fails the whole batch".
 */
export class QueuePoller {
  private running = false;
  private readonly loops: Promise<void>[] = [];
  private readonly client = new SQSClient({});
  /** One controller per in-flight receive (a shared signal would collect a listener per call). */
  private readonly inflight = new Set<AbortController>();
  invocations = 0;

  constructor(private readonly options: PollerOptions) {}

  start(): void {
    if (this.running) return;
    this.running = true;
    for (let i = 0; i < (this.options.concurrency ?? 2); i++) this.loops.push(this.loop());
  }

  async stop(): Promise<void> {
    this.running = false;
    for (const controller of this.inflight) controller.abort();
    await Promise.allSettled(this.loops);
    this.loops.length = 0;
  }

  private async loop(): Promise<void> {
    while (this.running) {
      let messages: Message[] = [];
      const controller = new AbortController();
      this.inflight.add(controller);
      try {
        const out = await this.client.send(
          new ReceiveMessageCommand({
            QueueUrl: this.options.queueUrl,
            MaxNumberOfMessages: Math.min(10, this.options.batchSize),
            WaitTimeSeconds: 1,
            MessageSystemAttributeNames: ['All'],
            MessageAttributeNames: ['All'],
          }),
          { abortSignal: controller.signal },
        );
        messages = out.Messages ?? [];
      } catch (err) {
        if (!this.running) return;
        this.options.log?.(`poller ${this.options.fn.id}: receive failed: ${(err as Error).message}`);
        await new Promise((r) => setTimeout(r, 500));
        continue;
      } finally {
        this.inflight.delete(controller);
      }
      if (messages.length === 0) continue;
      await this.deliver(messages);
    }
  }

  private async deliver(messages: Message[]): Promise<void> {
    const records: SQSRecord[] = messages.map((m) => ({
      messageId: m.MessageId!,
      receiptHandle: m.ReceiptHandle!,
      body: m.Body ?? '',
      attributes: {
        ApproximateReceiveCount: m.Attributes?.ApproximateReceiveCount ?? '1',
        SentTimestamp: m.Attributes?.SentTimestamp ?? String(Date.now()),
        SenderId: m.Attributes?.SenderId ?? 'local',
        ApproximateFirstReceiveTimestamp: m.Attributes?.ApproximateFirstReceiveTimestamp ?? String(Date.now()),
      },
      messageAttributes: Object.fromEntries(
        Object.entries(m.MessageAttributes ?? {}).map(([k, v]) => [
          k,
          { dataType: v.DataType ?? 'String', stringValue: v.StringValue, binaryValue: undefined, stringListValues: [], binaryListValues: [] },
        ]),
      ),
      md5OfBody: m.MD5OfBody ?? '',
      eventSource: 'aws:sqs',
      eventSourceARN: this.options.queueArn,
      awsRegion: process.env.AWS_REGION ?? 'us-east-1',
    }));
    const event: SQSEvent = { Records: records };
    let failed = new Set<string>();
    this.invocations++;
    try {
      const response = (await this.options.fn.invoke(event)) as SQSBatchResponse | undefined | null;
      if (this.options.reportBatchItemFailures && response?.batchItemFailures?.length) {
        const ids = new Set(records.map((r) => r.messageId));
        for (const failure of response.batchItemFailures) {
          // Lambda treats an empty or unknown identifier as a failure of the whole batch.
          if (!failure.itemIdentifier || !ids.has(failure.itemIdentifier)) {
            failed = ids;
            break;
          }
          failed.add(failure.itemIdentifier);
        }
      }
    } catch (err) {
      this.options.log?.(`poller ${this.options.fn.id}: invocation failed, the batch will be retried: ${(err as Error).message}`);
      return;
    }
    const done = messages.filter((m) => !failed.has(m.MessageId!));
    if (done.length === 0) return;
    try {
      await this.client.send(
        new DeleteMessageBatchCommand({
          QueueUrl: this.options.queueUrl,
          Entries: done.map((m, i) => ({ Id: String(i), ReceiptHandle: m.ReceiptHandle! })),
        }),
      );
    } catch (err) {
      this.options.log?.(`poller ${this.options.fn.id}: delete failed: ${(err as Error).message}`);
    }
  }
}

/** An EventBridge `rate(…)` schedule as a timer. */
export function parseRate(expression: string): number | undefined {
  const m = /^rate\((\d+) (minute|minutes|hour|hours|day|days)\)$/.exec(expression);
  if (!m) return undefined;
  const unit = m[2]!.startsWith('minute') ? 60_000 : m[2]!.startsWith('hour') ? 3_600_000 : 86_400_000;
  return Number(m[1]) * unit;
}
