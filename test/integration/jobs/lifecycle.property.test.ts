import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DynamoJobStore } from '../../../lambdas/adapters/job-store.js';
import { RANK } from '../../../lambdas/domain/jobs/model.js';
import type { JobStore } from '../../../lambdas/domain/jobs/ports.js';
import { reconcile } from '../../../lambdas/domain/jobs/reconcile.js';
import type { RenderDeps } from '../../../lambdas/domain/jobs/render-deps.js';
import { renderJob } from '../../../lambdas/domain/jobs/render-job.js';
import { syncJob } from '../../../lambdas/domain/jobs/sync-job.js';
import { startTestAws } from '../../support/aws.js';
import { FakeQueues, FakeRevid, makeJob, MemoryJobStore, revidProviders } from '../../support/job-fakes.js';
import { RecordingStore } from '../../support/recording-store.js';

/**
 * docs/reference/reliability.md B6 / docs/reference/spec.md §4 as a model test: any permutation, with duplicates, of {render submitted,
 * progress, terminal outcome} events, some applied concurrently, through the real renderJob/syncJob
 * (and, at the end, the real reconciler as the safety net) against a fake Revid and fake queues.
 *
 * Events, as the service meets them:
 * - `submit`: a render message reaches the worker (renderJob).
 * - `progress`: a sync (poll or webhook hint) while Revid still says `building`.
 * - `outcome`: Revid finishes (from now on its status API answers the outcome) and its webhook hint,
 *   naming the first accepted render, is synced.
 * - `crash`: a render message whose worker dies after Revid accepted the render and before the
 *   `processing` write (docs/reference/reliability.md E6 a); the message comes back later (another `submit` or the
 *   reconciler).
 */
type Event = 'submit' | 'progress' | 'outcome' | 'crash';
type Outcome = 'completed' | 'failed';

const VIDEO_HOST = 'cdn.revid.example';

const scenario = fc
  .record({
    outcome: fc.constantFrom<Outcome>('completed', 'failed'),
    extra: fc.array(fc.constantFrom<Event>('submit', 'progress', 'outcome', 'crash'), { maxLength: 6 }),
    joins: fc.array(fc.boolean(), { minLength: 10, maxLength: 10 }),
    shuffleSeed: fc.infiniteStream(fc.nat()),
  })
  .chain(({ outcome, extra, joins }) =>
    fc
      .shuffledSubarray<Event>(['submit', 'progress', 'outcome', ...extra], { minLength: 3 + extra.length })
      .map((events) => {
        // Group consecutive events: a group is applied concurrently, groups one after another.
        const groups: Event[][] = [];
        events.forEach((event, i) => {
          if (i > 0 && joins[i % joins.length]) groups.at(-1)!.push(event);
          else groups.push([event]);
        });
        return { outcome, groups };
      }),
  );

async function runScenario(inner: JobStore, { outcome, groups }: { outcome: Outcome; groups: Event[][] }) {
  const store = new RecordingStore(inner);
  const queues = new FakeQueues();
  const revid = new FakeRevid();
  revid.outcome = { state: 'pending', progress: 40 };
  const deps: RenderDeps = {
    store,
    queues,
    providers: revidProviders(revid, { videoHosts: [VIDEO_HOST] }),
    translate: async (text) => text,
    // These scenarios re-drive at once as if the render lease had expired (the lease has its own test).
    renderLeaseS: 0,
    hasCallbackTarget: () => true,
  };
  const job = makeJob();
  await store.create(job);
  const id = job.job_id;
  const finish = () => {
    revid.outcome =
      outcome === 'completed'
        ? { state: 'ready', progress: 100, videoUrl: `https://${VIDEO_HOST}/v.mp4`, durationS: 12 }
        : { state: 'failed', error: 'simulated render failure' };
  };
  // The crash hits whichever concurrent render worker reaches its `processing` write first; that worker
  // ends with the retryable error (its message will come back), nothing else may throw.
  const crashed = (err: Error) => {
    if (!(err.name === 'RetryableJobError' && /simulated crash/.test(err.message))) throw err;
  };
  const apply = async (event: Event): Promise<void> => {
    if (event === 'submit') return renderJob(id, deps).catch(crashed);
    if (event === 'crash') {
      // Only renderJob's own write carries `progress` (syncJob's queued → processing does not).
      store.faults.push((j, to, patch) => j.job_id === id && to === 'processing' && 'progress' in patch);
      await renderJob(id, deps).catch(crashed);
      store.faults.length = 0;
      return;
    }
    if (event === 'progress') return syncJob(id, deps);
    finish();
    return syncJob(id, deps, { hintedPid: revid.renders[0]?.pid });
  };
  for (const group of groups) await Promise.all(group.map(apply));

  // The safety net: the reconciler re-drives stale jobs and the worker drains what it enqueued.
  let settleRounds = 0;
  for (; settleRounds < 4 && !/completed|failed/.test((await store.get(id))!.status); settleRounds++) {
    if (!groups.flat().includes('outcome')) finish();
    await reconcile({ store, queues, now: () => new Date(Date.now() + 2000), staleQueuedS: 0, staleProcessingS: 0 });
    for (const message of queues.drainRender().filter((m) => m.job_id === id)) {
      if (message.type === 'render') await renderJob(id, deps);
      else await syncJob(id, deps, { polls: message.polls, hintedPid: message.pid });
    }
  }

  // Assess
  const final = (await store.get(id))!;
  expect(final.status).toBe(outcome);
  const history = store.history(id);
  const ranks = history.map((w) => RANK[w.status]);
  expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
  expect(history.map((w) => w.version)).toEqual(history.map((_, i) => i + 1));
  const terminal = store.terminalTransitions(id);
  expect(terminal).toHaveLength(1);
  expect(terminal[0]!.to).toBe(outcome);
  // Nothing is written after the terminal transition (late progress and duplicate outcomes are no-ops).
  expect(history.at(-1)).toEqual(terminal[0]);
  expect(queues.callbacks.filter((m) => m.message.job_id === id)).toHaveLength(1);
  expect(final).toMatchObject({ callback_state: 'pending', callback_event_id: `msg_${id.slice(4)}` });
  if (outcome === 'completed') expect(final.provider_video_url).toBe(`https://${VIDEO_HOST}/v.mp4`);
  return { settleRounds, renders: revid.renders.length };
}

describe('Job lifecycle under reordered, duplicated and concurrent events (B6)', () => {
  let aws: Awaited<ReturnType<typeof startTestAws>>;
  let dynamoStore: DynamoJobStore;

  beforeAll(async () => {
    aws = await startTestAws({ atomic: true });
    const client = DynamoDBDocumentClient.from(new DynamoDBClient({ endpoint: aws.endpoint }), { marshallOptions: { removeUndefinedValues: true } });
    dynamoStore = new DynamoJobStore(aws.tableName, client);
  });
  afterAll(async () => aws?.stop());

  it('always ends in the outcome’s terminal state, rank never decreasing, one terminal transition, one callback message (moto)', async () => {
    const stats = { runs: 0, settled: 0 };
    await fc.assert(
      fc.asyncProperty(scenario, async (s) => {
        const { settleRounds } = await runScenario(dynamoStore, s);
        stats.runs++;
        if (settleRounds > 0) stats.settled++;
      }),
      { numRuns: 30 },
    );
    expect(stats.runs).toBeGreaterThanOrEqual(30);
  }, 90_000);

  it('holds for many more interleavings against the in-memory store', async () => {
    await fc.assert(
      fc.asyncProperty(scenario, async (s) => {
        await runScenario(new MemoryJobStore(), s);
      }),
      { numRuns: 300 },
    );
  });

  it('needs no safety net when every event is applied in order, one at a time', async () => {
    for (const outcome of ['completed', 'failed'] as const) {
      const { settleRounds, renders } = await runScenario(dynamoStore, { outcome, groups: [['submit'], ['progress'], ['outcome'], ['progress'], ['submit'], ['outcome']] });
      expect(settleRounds).toBe(0);
      expect(renders).toBe(1);
    }
  });

  it('needs no safety net, and submits once, when the webhook names a render whose processing write was lost', async () => {
    for (const outcome of ['completed', 'failed'] as const) {
      const { settleRounds, renders } = await runScenario(dynamoStore, { outcome, groups: [['crash'], ['progress'], ['outcome']] });
      expect(settleRounds).toBe(0);
      expect(renders).toBe(1);
    }
  });

  it('is settled by the reconciler (with a second submission, E6 a) when that webhook is lost too', async () => {
    const { settleRounds, renders } = await runScenario(dynamoStore, { outcome: 'completed', groups: [['crash'], ['progress']] });
    expect(settleRounds).toBeGreaterThan(0);
    expect(renders).toBe(2);
  });
});
