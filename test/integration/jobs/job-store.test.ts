import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, GetCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DynamoJobStore } from '../../../lambdas/adapters/job-store.js';
import type { Job } from '../../../lambdas/domain/jobs/model.js';
import { startTestAws } from '../../support/aws.js';
import { makeJob } from '../../support/job-fakes.js';

/**
 * docs/reference/reliability.md E4/E5 and the reconciler's index against the real DynamoDB wire protocol (moto, with DynamoDB
 * actions serialised: plain moto_server does not apply conditional writes atomically, see atomic-moto.ts).
 */
describe('Class: DynamoJobStore (moto)', () => {
  let aws: Awaited<ReturnType<typeof startTestAws>>;
  let client: DynamoDBDocumentClient;
  let nowMs = Date.now();
  let store: DynamoJobStore;

  beforeAll(async () => {
    aws = await startTestAws({ atomic: true });
    client = DynamoDBDocumentClient.from(new DynamoDBClient({ endpoint: aws.endpoint }), { marshallOptions: { removeUndefinedValues: true } });
    store = new DynamoJobStore(aws.tableName, client, () => new Date(nowMs));
  });
  afterAll(async () => aws?.stop());

  const raw = async (jobId: string) => (await client.send(new GetCommand({ TableName: aws.tableName, Key: { pk: `JOB#${jobId}` } }))).Item;

  it('refuses to create the same job twice', async () => {
    const job = makeJob();
    await store.create(job);
    await expect(store.create(job)).rejects.toMatchObject({ name: 'ConditionalCheckFailedException' });
  });

  it('lets exactly one of two racing conflicting transitions win; the loser sees the winner’s state', async () => {
    for (let round = 0; round < 25; round++) {
      // Prepare: both writers read the same processing job.
      const job = makeJob({ status: 'processing', version: 1 });
      await store.create(job);
      // Act
      const [a, b] = await Promise.all([
        store.transition(job, 'completed', { detail: null, progress: 100 }),
        store.transition(job, 'failed', { detail: 'provider failed' }),
      ]);
      // Assess
      expect([a.ok, b.ok].filter(Boolean)).toHaveLength(1);
      const winner = (a.ok ? a.job : (b as { job: Job }).job) as Job;
      const loser = a.ok ? b : a;
      expect(loser).toEqual({ ok: false, current: winner });
      expect(winner.version).toBe(2);
      expect(await store.get(job.job_id)).toEqual(winner);
    }
  });

  it('turns a stale write (old version, same status) into a no-op', async () => {
    const job = makeJob();
    await store.create(job);
    const armed = await store.update(job, { webhook_token_hash: 'a'.repeat(64) }, 'queued');
    expect(armed.ok).toBe(true);
    const stale = await store.transition(job, 'processing', { provider_pid: 'late' });
    expect(stale.ok).toBe(false);
    expect((await store.get(job.job_id))!).toMatchObject({ status: 'queued', version: 1, webhook_token_hash: 'a'.repeat(64) });
    expect((await store.get(job.job_id))!.provider_pid).toBeUndefined();
  });

  it('never moves a terminal job, whatever is asked', async () => {
    const job = makeJob({ status: 'processing' });
    await store.create(job);
    const done = await store.transition(job, 'completed', { detail: null });
    expect(done.ok).toBe(true);
    const after = (done as { job: Job }).job;
    for (const to of ['queued', 'processing', 'failed', 'completed'] as const) {
      expect((await store.transition(after, to)).ok).toBe(false);
    }
    expect((await store.get(job.job_id))!).toMatchObject({ status: 'completed', version: after.version });
  });

  it('treats an expired job (TTL not yet run) as absent, although the item is still stored', async () => {
    const job = makeJob({ expires_at: Math.floor(nowMs / 1000) - 5 });
    await store.create(job);
    expect(await raw(job.job_id)).toBeDefined();
    expect(await store.get(job.job_id)).toBeUndefined();
  });

  it('keeps the sparse index in step: status while active, "callback" while a callback is pending, nothing after', async () => {
    const job = makeJob();
    await store.create(job);
    expect((await raw(job.job_id))!.active_status).toBe('queued');
    const processing = await store.transition(job, 'processing', { provider_pid: 'p' });
    expect((await raw(job.job_id))!.active_status).toBe('processing');
    const completed = await store.transition((processing as { job: Job }).job, 'completed', { callback_state: 'pending' });
    expect((await raw(job.job_id))!.active_status).toBe('callback');
    await store.update((completed as { job: Job }).job, { callback_state: 'delivered' });
    expect((await raw(job.job_id))!).not.toHaveProperty('active_status');
    expect((await raw(job.job_id))!).toMatchObject({ status: 'completed', callback_state: 'delivered' });
  });

  it('lists only stale non-terminal or callback-pending jobs of the asked kind, oldest first', async () => {
    // Prepare: a clock far enough ahead that nothing earlier in this file interferes.
    nowMs = Date.parse('2099-01-01T00:00:00.000Z');
    const at = (minutesAgo: number) => new Date(nowMs - minutesAgo * 60_000).toISOString();
    const mk = (minutesAgo: number, overrides: Partial<Job>) => makeJob({ updated_at: at(minutesAgo), expires_at: nowMs / 1000 + 86_400, ...overrides });
    const jobs = {
      queuedOld: mk(30, { status: 'queued' }),
      queuedOlder: mk(40, { status: 'queued' }),
      queuedFresh: mk(1, { status: 'queued' }),
      processingOld: mk(30, { status: 'processing' }),
      processingFresh: mk(1, { status: 'processing' }),
      completedPending: mk(30, { status: 'completed', callback_state: 'pending' }),
      failedPending: mk(20, { status: 'failed', callback_state: 'pending' }),
      completedDelivered: mk(30, { status: 'completed', callback_state: 'delivered' }),
      failedNone: mk(30, { status: 'failed', callback_state: 'none' }),
      completedGone: mk(30, { status: 'completed', callback_state: 'gone' }),
    };
    for (const job of Object.values(jobs)) await store.create(job);
    const before = at(10);
    const ids = async (kind: Parameters<DynamoJobStore['listStale']>[0]) =>
      (await store.listStale(kind, before, 100)).map((j) => j.job_id).filter((id) => Object.values(jobs).some((j) => j.job_id === id));
    // Act + Assess
    expect(await ids('queued')).toEqual([jobs.queuedOlder.job_id, jobs.queuedOld.job_id]);
    expect(await ids('processing')).toEqual([jobs.processingOld.job_id]);
    expect(await ids('callback')).toEqual([jobs.completedPending.job_id, jobs.failedPending.job_id]);
    expect(await ids('completed')).toEqual([]);
    expect(await ids('failed')).toEqual([]);
    // Items come back as domain objects, without the table's own attributes.
    const [first] = await store.listStale('processing', before, 1);
    expect(first).not.toHaveProperty('pk');
    expect(first).not.toHaveProperty('active_status');
  });
});
