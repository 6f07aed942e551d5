import type { APIGatewayProxyEvent, Context, SQSEvent } from 'aws-lambda';
import { MetricUnit } from '@aws-lambda-powertools/metrics';
import sharp from 'sharp';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { httpHandler } from '../../../lambdas/http/handler.js';
import { errors } from '../../../lambdas/domain/errors.js';
import { failJob } from '../../../lambdas/domain/jobs/settle.js';
import { syncJob } from '../../../lambdas/domain/jobs/sync-job.js';
import { METRIC } from '../../../lambdas/domain/metric-names.js';
import { flushMetrics, metrics } from '../../../lambdas/domain/observability.js';
import { parseConfig } from '../../../lambdas/domain/config.js';
import { checkPets } from '../../../lambdas/engines/detection/pet-check.js';
import type { PetModel } from '../../../lambdas/engines/detection/index.js';
import type { MediaStore } from '../../../lambdas/domain/ports.js';
import { Redeliver, sqsWorker } from '../../../lambdas/workers/sqs-batch.js';
import { FakeQueues, FakeRevid, makeJob, MemoryJobStore, revidProviders } from '../../support/job-fakes.js';
import { ownerTag } from '../../../lambdas/domain/auth/ownership.js';

/**
 * The EMF documents published while `fn` runs: each `publishStoredMetrics` call is recorded with what it
 * serializes (the test env disables the actual stdout output, POWERTOOLS_METRICS_DISABLED).
 */
async function emitted(fn: () => Promise<unknown>): Promise<Array<Record<string, any>>> {
  const docs: Array<Record<string, any>> = [];
  const original = metrics.publishStoredMetrics.bind(metrics);
  const spy = vi.spyOn(metrics, 'publishStoredMetrics').mockImplementation(() => {
    docs.push(metrics.hasStoredMetrics() ? (metrics.serializeMetrics() as unknown as Record<string, any>) : { empty: true });
    return original();
  });
  try {
    await fn();
  } finally {
    spy.mockRestore();
  }
  return docs;
}

const names = (doc: Record<string, any>): string[] => doc._aws.CloudWatchMetrics[0].Metrics.map((m: { Name: string }) => m.Name).sort();
const context = { functionName: 'test', awsRequestId: 'req', getRemainingTimeInMillis: () => 10_000 } as unknown as Context;

beforeEach(() => metrics.clearMetrics());
afterEach(() => metrics.clearMetrics());

describe('Function: flushMetrics', () => {
  it('publishes one EMF document under the service namespace, and does not publish (nor warn) when nothing was recorded', async () => {
    metrics.addMetric(METRIC.CallbackAttempts, MetricUnit.Count, 1);
    const docs = await emitted(async () => flushMetrics());
    expect(docs).toHaveLength(1);
    expect(docs[0]!._aws.CloudWatchMetrics[0]).toMatchObject({ Namespace: 'PetRoast', Dimensions: [['service']] });
    expect(await emitted(async () => flushMetrics())).toEqual([]);
  });
});

describe('Wrappers flush once per invocation', () => {
  it('the HTTP wrapper, on success and on error', async () => {
    const ok = httpHandler({}, async () => {
      metrics.addMetric(METRIC.CallbackAttempts, MetricUnit.Count, 1);
      return { status: 200, body: {} };
    });
    const failing = httpHandler({}, async () => {
      metrics.addMetric(METRIC.CallbackFailures, MetricUnit.Count, 1);
      throw errors.forbidden();
    });
    const event = { httpMethod: 'GET', headers: {}, body: null, requestContext: { requestId: 'r1' } } as unknown as APIGatewayProxyEvent;
    const docs = await emitted(async () => {
      await ok(event, context);
      await failing({ ...event }, context);
    });
    expect(docs.map(names)).toEqual([[METRIC.CallbackAttempts], [METRIC.CallbackFailures]]);
  });

  it('the SQS batch wrapper, also when every record failed', async () => {
    const worker = sqsWorker(async (record) => {
      metrics.addMetric(METRIC.JobsFailed, MetricUnit.Count, 1);
      // A record that backs off (not logged as an error) still fails the batch item.
      if (record.body === 'fail') throw new Redeliver(5);
    });
    const batch = (bodies: string[]): SQSEvent => ({
      Records: bodies.map((body, i) => ({ messageId: `m${i}`, body, attributes: { ApproximateReceiveCount: '1' }, eventSource: 'aws:sqs' }) as never),
    });
    const docs = await emitted(async () => {
      await worker(batch(['ok', 'ok']), context);
      await worker(batch(['fail']), context);
    });
    expect(docs).toHaveLength(2);
    expect(docs[0]![METRIC.JobsFailed]).toEqual([1, 1]);
  });
});

describe('Job outcome metrics', () => {
  it('counts a failure once, however many paths race to fail the job', async () => {
    const store = new MemoryJobStore();
    const job = makeJob({ callback_url: null });
    await store.create(job);
    const deps = { store, queues: new FakeQueues(), hasCallbackTarget: () => false };
    await failJob(job, 'first', deps);
    await failJob(job, 'second', deps);
    const docs = await emitted(async () => flushMetrics());
    expect(names(docs[0]!)).toEqual([METRIC.JobsFailed]);
    expect(docs[0]![METRIC.JobsFailed]).toBe(1);
  });

  it('counts a completion with its time since creation', async () => {
    const created = new Date('2026-11-24T10:00:00Z');
    const store = new MemoryJobStore();
    const revid = new FakeRevid();
    const { pid } = await revid.render({} as never);
    revid.outcome = { state: 'ready', videoUrl: 'https://cdn.revid.ai/v.mp4', durationS: 8 } as never;
    const job = makeJob({ status: 'processing', provider_pid: pid, created_at: created.toISOString(), submitted_at: created.toISOString(), callback_url: null });
    await store.create(job);
    await syncJob(job.job_id, {
      store,
      queues: new FakeQueues(),
      providers: revidProviders(revid, { videoHosts: ['cdn.revid.ai'] }),
      translate: async (t) => t,
      hasCallbackTarget: () => false,
      now: () => new Date(created.getTime() + 95_500),
    });
    const docs = await emitted(async () => flushMetrics());
    expect(docs[0]).toMatchObject({ [METRIC.JobsCompleted]: 1, [METRIC.TimeToCompletion]: 95.5 });
    expect(docs[0]!._aws.CloudWatchMetrics[0].Metrics).toContainEqual({ Name: METRIC.TimeToCompletion, Unit: 'Seconds' });
  });
});

describe('Detection metrics', () => {
  it('count pets found and not found, with the detection latency', async () => {
    const jpeg = await sharp({ create: { width: 32, height: 24, channels: 3, background: '#888' } }).jpeg().toBuffer();
    const media = { get: async () => ({ body: jpeg, contentType: 'image/jpeg' }) } as unknown as MediaStore;
    const model = (found: boolean): PetModel => ({
      name: 'fake',
      threshold: 0.5,
      detect: async () => ({
        pets: found ? [{ label: 'dog', confidence: 0.9, box: { x: 0, y: 0, width: 10, height: 10 } }] : [],
        timings: { decode_ms: 1, inference_ms: 2, post_ms: 0 },
        width: 32,
        height: 24,
        models: ['fake'],
      }),
    });
    // An upload key in the owned format (uploads/<owner tag>/<ULID>/<kind>, lambdas/domain/auth/ownership.ts).
    const request = { owner: 'local', source: { upload_key: `uploads/${ownerTag('local')}/01JD3YQ5Z8M2W4V6T7R9P0K1C3/image` } } as never;
    const config = parseConfig({});
    await checkPets(request, { model: model(true), media, config });
    await checkPets(request, { model: model(false), media, config });
    await checkPets(request, { model: model(false), media, config });
    const [doc] = await emitted(async () => flushMetrics());
    expect(doc![METRIC.PetsDetected]).toBe(1);
    expect(doc![METRIC.NoPetDetected]).toEqual([1, 1]);
    expect(doc![METRIC.DetectionLatency]).toHaveLength(3);
    expect(doc!._aws.CloudWatchMetrics[0].Metrics).toContainEqual({ Name: METRIC.DetectionLatency, Unit: 'Milliseconds' });
  });
});
