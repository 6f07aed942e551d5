import { ChangeMessageVisibilityCommand, SendMessageCommand, SQSClient } from '@aws-sdk/client-sqs';
import type { Context, SQSEvent, SQSRecord } from 'aws-lambda';
import { mockClient } from 'aws-sdk-client-mock';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { resetConfig } from '../../../lambdas/domain/config.js';
import type { CallbackResult } from '../../../lambdas/domain/callbacks/delivery.js';

const state = vi.hoisted(() => ({ results: [] as CallbackResult[] }));
vi.mock('../../../lambdas/adapters/jobs-wiring.js', () => ({ callbackDeps: () => ({}), callbackUrlsFor: async () => ({ video_url: null, subtitles_url: null }), checkSigningSecrets: async () => undefined }));
vi.mock('../../../lambdas/domain/callbacks/delivery.js', () => ({ deliverCallback: async () => state.results.shift() ?? { action: 'done' } }));
const { handler } = await import('../../../lambdas/workers/callback.js');

const context = { getRemainingTimeInMillis: () => 30_000, awsRequestId: 'r' } as unknown as Context;
const record = (id: string): SQSRecord => ({
  messageId: id,
  receiptHandle: `rh-${id}`,
  body: JSON.stringify({ type: 'callback', job_id: 'job_01JD3YQ5Z8M2W4V6T7R9P0K1C3' }),
  attributes: { ApproximateReceiveCount: '1' } as SQSRecord['attributes'],
  messageAttributes: {},
  md5OfBody: '',
  eventSource: 'aws:sqs',
  eventSourceARN: 'arn:aws:sqs:us-east-1:123456789012:notify',
  awsRegion: 'us-east-1',
});

/** What the callback worker does with each delivery outcome (docs/reference/reliability.md A8, E1/E2). */
describe('Handler: callback worker', () => {
  const sqs = mockClient(SQSClient);
  beforeAll(() => {
    process.env.NOTIFY_DLQ_URL = 'http://sqs.local/123456789012/notify-dlq';
    process.env.AWS_ENDPOINT_URL_SQS = 'http://sqs.local';
    resetConfig();
  });
  afterAll(() => sqs.restore());
  beforeEach(() => {
    sqs.reset();
    sqs.on(ChangeMessageVisibilityCommand).resolves({});
    sqs.on(SendMessageCommand).resolves({});
  });

  it('hides a message for the retry delay (at most 12 h) and reports it failed, without throwing', async () => {
    state.results = [{ action: 'retry', delayS: 43_200 }];
    const out = await handler({ Records: [record('a')] } as SQSEvent, context);
    expect(out).toEqual({ batchItemFailures: [{ itemIdentifier: 'a' }] });
    expect(sqs.commandCalls(ChangeMessageVisibilityCommand).map((c) => c.args[0].input)).toEqual([
      { QueueUrl: 'http://sqs.local/123456789012/notify', ReceiptHandle: 'rh-a', VisibilityTimeout: 43_200 },
    ]);
  });

  it('writes a permanently failed callback to the DLQ with its reason, then lets the message go', async () => {
    state.results = [{ action: 'dead-letter', reason: 'no 2xx after 10 attempts (last: 500)' }];
    const out = await handler({ Records: [record('b')] } as SQSEvent, context);
    expect(out).toEqual({ batchItemFailures: [] });
    expect(sqs.commandCalls(SendMessageCommand).map((c) => c.args[0].input)).toEqual([
      {
        QueueUrl: 'http://sqs.local/123456789012/notify-dlq',
        MessageBody: record('b').body,
        MessageAttributes: { reason: { DataType: 'String', StringValue: 'no 2xx after 10 attempts (last: 500)' } },
      },
    ]);
  });

  it('deletes a delivered (or cancelled) callback’s message', async () => {
    state.results = [{ action: 'done' }, { action: 'retry', delayS: 5 }];
    const out = await handler({ Records: [record('c'), record('d')] } as SQSEvent, context);
    expect(out).toEqual({ batchItemFailures: [{ itemIdentifier: 'd' }] });
    expect(sqs.commandCalls(SendMessageCommand)).toHaveLength(0);
  });
});
