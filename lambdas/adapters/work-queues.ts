import { ChangeMessageVisibilityCommand, SendMessageCommand, type SQSClient } from '@aws-sdk/client-sqs';
import type { CallbackMessage, RenderMessage, WorkQueues } from '../domain/jobs/ports.js';
import { newSqsClient } from './aws-clients.js';

/** SQS's per-message delay limit. */
const MAX_DELAY_S = 900;

/** Where the queues are; see {@link SqsWorkQueues}. */
export interface SqsWorkQueuesOptions {
  renderQueueUrl?: string;
  callbackQueueUrl?: string;
  client?: SQSClient;
  /**
   * The endpoint override in use (`AWS_ENDPOINT_URL_SQS`, else `AWS_ENDPOINT_URL`: the local emulator),
   * so an SQS event's queue ARN becomes the URL that endpoint serves.
   */
  endpoint?: string;
}

/**
 * The render and callback queues (the core's {@link WorkQueues} port), and what the SQS workers do with a
 * received message: hide it for a back-off, or dead-letter it.
 */
export class SqsWorkQueues implements WorkQueues {
  private readonly client: SQSClient;

  constructor(private readonly options: SqsWorkQueuesOptions = {}) {
    this.client = options.client ?? newSqsClient();
  }

  sendRender(message: RenderMessage, delaySeconds = 0): Promise<void> {
    return this.send(this.options.renderQueueUrl, message, delaySeconds);
  }

  sendCallback(message: CallbackMessage, delaySeconds = 0): Promise<void> {
    return this.send(this.options.callbackQueueUrl, message, delaySeconds);
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

  /**
   * Hides a received message for `seconds` (≤ 12 h, SQS's limit): how a worker backs off without
   * holding the Lambda. The message comes back with its receive count incremented.
   */
  async delayRedelivery(queueArnOrUrl: string, receiptHandle: string, seconds: number): Promise<void> {
    await this.client.send(
      new ChangeMessageVisibilityCommand({
        QueueUrl: queueUrlFromArn(queueArnOrUrl, this.options.endpoint),
        ReceiptHandle: receiptHandle,
        VisibilityTimeout: Math.max(0, Math.min(43_200, Math.round(seconds))),
      }),
    );
  }

  /**
   * Writes a message that will not be retried to a dead-letter queue as it was received (`body`), with
   * the `reason` as a message attribute for the operator who inspects and redrives it.
   */
  async sendToDeadLetter(queueUrl: string, body: string, reason: string): Promise<void> {
    await this.client.send(
      new SendMessageCommand({
        QueueUrl: queueUrl,
        MessageBody: body,
        MessageAttributes: { reason: { DataType: 'String', StringValue: reason } },
      }),
    );
  }
}

/** SQS event records carry the queue ARN; the API wants the URL. An endpoint override (local) wins. */
export function queueUrlFromArn(arnOrUrl: string, endpoint?: string): string {
  if (!arnOrUrl.startsWith('arn:')) return arnOrUrl;
  const [, , , region, account, name] = arnOrUrl.split(':');
  return endpoint ? `${endpoint.replace(/\/$/, '')}/${account}/${name}` : `https://sqs.${region}.amazonaws.com/${account}/${name}`;
}
