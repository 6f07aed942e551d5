import { ChangeMessageVisibilityCommand, SendMessageCommand, type SQSClient } from '@aws-sdk/client-sqs';
import type { NotifyMessage, RenderMessage, WorkQueues } from '../core/jobs/ports.js';
import { sqsClient } from './aws-clients.js';

/** SQS's per-message delay limit. */
const MAX_DELAY_S = 900;

/** The render and notify queues. */
export class SqsWorkQueues implements WorkQueues {
  constructor(
    private readonly renderQueueUrl: string | undefined,
    private readonly notifyQueueUrl: string | undefined,
    private readonly client: SQSClient = sqsClient(),
  ) {}

  sendRender(message: RenderMessage, delaySeconds = 0): Promise<void> {
    return this.send(this.renderQueueUrl, message, delaySeconds);
  }

  sendNotify(message: NotifyMessage, delaySeconds = 0): Promise<void> {
    return this.send(this.notifyQueueUrl, message, delaySeconds);
  }

  private async send(queueUrl: string | undefined, message: object, delaySeconds: number): Promise<void> {
    if (!queueUrl) throw new Error('Queue URL is not configured for this function');
    await this.client.send(
      new SendMessageCommand({
        QueueUrl: queueUrl,
        MessageBody: JSON.stringify(message),
        DelaySeconds: Math.max(0, Math.min(MAX_DELAY_S, Math.round(delaySeconds))),
      }),
    );
  }
}

/**
 * Hides a received message for `seconds` (≤ 12 h, SQS's limit): how a worker backs off without
 * holding the Lambda. The message comes back with its receive count incremented.
 */
export async function delayRedelivery(queueArnOrUrl: string, receiptHandle: string, seconds: number, client: SQSClient = sqsClient()): Promise<void> {
  await client.send(
    new ChangeMessageVisibilityCommand({
      QueueUrl: queueUrlFromArn(queueArnOrUrl),
      ReceiptHandle: receiptHandle,
      VisibilityTimeout: Math.max(0, Math.min(43_200, Math.round(seconds))),
    }),
  );
}

/**
 * Writes a message that will not be retried to a dead-letter queue as it was received (`body`), with
 * the `reason` as a message attribute for the operator who inspects and redrives it.
 */
export async function sendToDeadLetter(queueUrl: string, body: string, reason: string, client: SQSClient = sqsClient()): Promise<void> {
  await client.send(
    new SendMessageCommand({
      QueueUrl: queueUrl,
      MessageBody: body,
      MessageAttributes: { reason: { DataType: 'String', StringValue: reason } },
    }),
  );
}

/** SQS event records carry the queue ARN; the API wants the URL. An endpoint override (local) wins. */
export function queueUrlFromArn(arnOrUrl: string): string {
  if (!arnOrUrl.startsWith('arn:')) return arnOrUrl;
  const [, , , region, account, name] = arnOrUrl.split(':');
  const endpoint = process.env.AWS_ENDPOINT_URL_SQS ?? process.env.AWS_ENDPOINT_URL;
  return endpoint ? `${endpoint.replace(/\/$/, '')}/${account}/${name}` : `https://sqs.${region}.amazonaws.com/${account}/${name}`;
}
