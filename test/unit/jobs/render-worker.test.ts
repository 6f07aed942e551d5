import { ChangeMessageVisibilityCommand, SQSClient } from '@aws-sdk/client-sqs';
import type { Context, SQSEvent, SQSRecord } from 'aws-lambda';
import { mockClient } from 'aws-sdk-client-mock';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { resetConfig } from '../../../lambdas/domain/config.js';
import type { RenderDeps } from '../../../lambdas/domain/jobs/render-deps.js';
import { RevidError } from '../../../lambdas/engines/revid/client.js';
import { FakeQueues, FakeRevid, makeJob, MemoryJobStore, revidProviders } from '../../support/job-fakes.js';

const state = vi.hoisted(() => ({ deps: undefined as unknown as RenderDeps }));
vi.mock('../../../lambdas/adapters/render-wiring.js', () => ({ renderDeps: () => state.deps }));
const { handler } = await import('../../../lambdas/workers/render.js');

const QUEUE_ARN = 'arn:aws:sqs:us-east-1:123456789012:render';
const context = { getRemainingTimeInMillis: () => 60_000, awsRequestId: 'r' } as unknown as Context;

function record(body: object, receiveCount: number, id = `m-${Math.random()}`): SQSRecord {
  return {
    messageId: id,
    receiptHandle: `rh-${id}`,
    body: JSON.stringify(body),
    attributes: { ApproximateReceiveCount: String(receiveCount) } as SQSRecord['attributes'],
    messageAttributes: {},
    md5OfBody: '',
    eventSource: 'aws:sqs',
    eventSourceARN: QUEUE_ARN,
    awsRegion: 'us-east-1',
  };
}

/** The render worker's retry policy (docs/reference/reliability.md E2, E6 d) with the domain faked and SQS pinned. */
describe('Handler: render worker', () => {
  const sqs = mockClient(SQSClient);
  let store: MemoryJobStore;
  let revid: FakeRevid;

  beforeAll(() => {
    process.env.RENDER_BACKOFF_BASE_S = '1';
    process.env.RENDER_MAX_RECEIVES = '5';
    process.env.AWS_ENDPOINT_URL_SQS = 'http://sqs.local';
    resetConfig();
  });
  afterAll(() => {
    sqs.restore();
    vi.restoreAllMocks();
  });
  beforeEach(() => {
    sqs.reset();
    sqs.on(ChangeMessageVisibilityCommand).resolves({});
    store = new MemoryJobStore();
    revid = new FakeRevid();
    state.deps = {
      store,
      queues: new FakeQueues(),
      providers: revidProviders(revid),
      translate: async (text) => text,
      // These scenarios re-drive at once as if the render lease had expired (the lease has its own test).
      renderLeaseS: 0,
      hasCallbackTarget: () => true,
    };
  });

  const rateLimited = (retryAfterS: number) =>
    new RevidError({ message: 'Revid render was rate limited (HTTP 429).', reason: 'rate_limited', retryable: true, httpStatus: 429, retryAfterS });

  it('never hides a rate-limited message for less than Retry-After, whatever the jitter draws', async () => {
    const job = makeJob();
    await store.create(job);
    revid.render = async () => {
      throw rateLimited(3);
    };
    for (const draw of [0, 0.5, 0.999]) {
      vi.spyOn(Math, 'random').mockReturnValue(draw);
      const out = await handler({ Records: [record({ type: 'render', job_id: job.job_id }, 1)] } as SQSEvent, context);
      expect(out.batchItemFailures).toHaveLength(1);
    }
    const hides = sqs.commandCalls(ChangeMessageVisibilityCommand).map((c) => c.args[0].input.VisibilityTimeout!);
    expect(hides).toHaveLength(3);
    for (const seconds of hides) expect(seconds).toBeGreaterThanOrEqual(3);
    expect(sqs.commandCalls(ChangeMessageVisibilityCommand)[0]!.args[0].input.QueueUrl).toBe('http://sqs.local/123456789012/render');
  });

  it('backs off exponentially (±20 %) without Retry-After', async () => {
    const job = makeJob();
    await store.create(job);
    revid.render = async () => {
      throw new RevidError({ message: 'HTTP 503', reason: 'server_error', retryable: true, httpStatus: 503 });
    };
    vi.spyOn(Math, 'random').mockReturnValue(0.5);
    for (const receive of [1, 2, 3, 4]) await handler({ Records: [record({ type: 'render', job_id: job.job_id }, receive)] } as SQSEvent, context);
    expect(sqs.commandCalls(ChangeMessageVisibilityCommand).map((c) => c.args[0].input.VisibilityTimeout)).toEqual([1, 2, 4, 8]);
  });

  it('fails the job with a clear reason on the last receive and lets the message go on to the DLQ', async () => {
    const job = makeJob();
    await store.create(job);
    revid.render = async () => {
      throw new RevidError({ message: 'Revid render failed with HTTP 500.', reason: 'server_error', retryable: true, httpStatus: 500 });
    };
    const msg = record({ type: 'render', job_id: job.job_id }, 5, 'last');
    const out = await handler({ Records: [msg] } as SQSEvent, context);
    expect(out.batchItemFailures).toEqual([{ itemIdentifier: 'last' }]);
    expect(sqs.commandCalls(ChangeMessageVisibilityCommand)).toHaveLength(0);
    expect((await store.get(job.job_id))!).toMatchObject({
      status: 'failed',
      detail: 'The video provider is unavailable: Revid render failed with HTTP 500.',
      callback_state: 'pending',
    });
  });

  it('reports every id, without throwing, when every record of the batch failed (no function error)', async () => {
    const jobs = [makeJob(), makeJob()];
    for (const j of jobs) await store.create(j);
    revid.render = async () => {
      throw rateLimited(1);
    };
    const out = await handler({ Records: jobs.map((j, i) => record({ type: 'render', job_id: j.job_id }, 1, `all-${i}`)) } as SQSEvent, context);
    expect(out).toEqual({ batchItemFailures: [{ itemIdentifier: 'all-0' }, { itemIdentifier: 'all-1' }] });
  });

  it('reports only the failing record of a batch (E2)', async () => {
    const ok = [makeJob(), makeJob()];
    const bad = makeJob();
    for (const j of [...ok, bad]) await store.create(j);
    const render = revid.render.bind(revid);
    revid.render = async (req) => {
      if (req.webhookUrl.includes(bad.job_id)) throw rateLimited(1);
      return render(req);
    };
    const records = [record({ type: 'render', job_id: ok[0]!.job_id }, 1, 'a'), record({ type: 'render', job_id: bad.job_id }, 1, 'b'), record({ type: 'render', job_id: ok[1]!.job_id }, 1, 'c')];
    const out = await handler({ Records: records } as SQSEvent, context);
    expect(out.batchItemFailures).toEqual([{ itemIdentifier: 'b' }]);
    for (const j of ok) expect((await store.get(j.job_id))!.status).toBe('processing');
  });
});
