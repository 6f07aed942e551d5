import { ConditionalCheckFailedException, DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DeleteCommand, DynamoDBDocumentClient, GetCommand, PutCommand, QueryCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { marshall } from '@aws-sdk/util-dynamodb';
import { mockClient } from 'aws-sdk-client-mock';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { DynamoJobStore } from '../../../lambdas/adapters/job-store.js';
import type { JobStatus } from '../../../lambdas/domain/schemas/jobs.js';
import { makeJob } from '../../support/job-fakes.js';

/**
 * docs/reference/reliability.md E4: pins the exact conditional writes of the job state machine. Behaviour against the
 * real wire protocol (races, TTL, the sparse index) is in test/integration/jobs/job-store.test.ts.
 */
describe('Class: DynamoJobStore (command parameters)', () => {
  const ddb = mockClient(DynamoDBDocumentClient);
  const client = DynamoDBDocumentClient.from(new DynamoDBClient({ region: 'us-east-1' }), { marshallOptions: { removeUndefinedValues: true } });
  const now = new Date('2026-11-24T10:30:00.000Z');
  const store = new DynamoJobStore('jobs', client, () => now);
  beforeEach(() => ddb.reset());
  afterAll(() => ddb.restore());

  const conditionFailed = (item?: Record<string, unknown>) =>
    new ConditionalCheckFailedException({
      message: 'The conditional request failed',
      $metadata: {},
      ...(item ? { Item: marshall(item, { removeUndefinedValues: true }) } : {}),
    });

  it('creates with attribute_not_exists(#pk), the JOB# key and the sparse index value', async () => {
    // Prepare
    ddb.on(PutCommand).resolves({});
    const job = makeJob({ job_id: 'job_01JD3YQ5Z8M2W4V6T7R9P0K1C3' });
    // Act
    await store.create(job);
    // Assess
    expect(ddb.commandCalls(PutCommand)).toHaveLength(1);
    expect(ddb.commandCalls(PutCommand)[0]!.args[0].input).toEqual({
      TableName: 'jobs',
      Item: { ...job, pk: 'JOB#job_01JD3YQ5Z8M2W4V6T7R9P0K1C3', active_status: 'queued' },
      ConditionExpression: 'attribute_not_exists(#pk)',
      ExpressionAttributeNames: { '#pk': 'pk' },
    });
  });

  it('transitions with one UpdateItem conditional on existence, the prior status and the version', async () => {
    // Prepare
    const job = makeJob({ job_id: 'job_01JD3YQ5Z8M2W4V6T7R9P0K1C3', version: 3 });
    const stored = { ...job, status: 'processing', version: 4, provider_pid: 'pid1', updated_at: now.toISOString() };
    ddb.on(UpdateCommand).resolves({ Attributes: { ...stored, pk: 'JOB#job_01JD3YQ5Z8M2W4V6T7R9P0K1C3', active_status: 'processing' } });
    // Act
    const result = await store.transition(job, 'processing', { provider_pid: 'pid1', detail: 'Rendering the video.' });
    // Assess
    expect(ddb.commandCalls(UpdateCommand)).toHaveLength(1);
    expect(ddb.commandCalls(UpdateCommand)[0]!.args[0].input).toEqual({
      TableName: 'jobs',
      Key: { pk: 'JOB#job_01JD3YQ5Z8M2W4V6T7R9P0K1C3' },
      UpdateExpression: 'SET #f0 = :v0, #f1 = :v1, #f2 = :v2, #f3 = :v3, #f4 = :v4, #active = :active',
      ConditionExpression: 'attribute_exists(#pk) AND #status = :expected AND #version = :version',
      ExpressionAttributeNames: {
        '#status': 'status',
        '#version': 'version',
        '#active': 'active_status',
        '#pk': 'pk',
        '#f0': 'provider_pid',
        '#f1': 'detail',
        '#f2': 'status',
        '#f3': 'updated_at',
        '#f4': 'version',
      },
      ExpressionAttributeValues: {
        ':expected': 'queued',
        ':version': 3,
        ':v0': 'pid1',
        ':v1': 'Rendering the video.',
        ':v2': 'processing',
        ':v3': '2026-11-24T10:30:00.000Z',
        ':v4': 4,
        ':active': 'processing',
      },
      ReturnValues: 'ALL_NEW',
      ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
    });
    // The table's own attributes never leak into the domain object.
    expect(result).toEqual({ ok: true, job: stored });
  });

  it('answers a lost race (ConditionalCheckFailedException) with the current item, without throwing', async () => {
    // Prepare
    const job = makeJob({ status: 'processing', version: 2 });
    const current = { ...job, status: 'completed', version: 3, pk: `JOB#${job.job_id}` };
    ddb.on(UpdateCommand).rejects(conditionFailed(current));
    // Act
    const result = await store.transition(job, 'failed', { detail: 'late failure' });
    // Assess
    const { pk: _pk, ...expected } = current;
    expect(result).toEqual({ ok: false, current: expected });
    expect(ddb.commandCalls(UpdateCommand)).toHaveLength(1);
  });

  it('answers ok:false with no current item when the job does not exist any more', async () => {
    ddb.on(UpdateCommand).rejects(conditionFailed());
    expect(await store.transition(makeJob(), 'processing')).toEqual({ ok: false, current: undefined });
  });

  it('rethrows anything that is not a lost race (throttling is the worker’s to retry)', async () => {
    ddb.on(UpdateCommand).rejects(Object.assign(new Error('slow down'), { name: 'ProvisionedThroughputExceededException' }));
    await expect(store.transition(makeJob(), 'processing')).rejects.toThrow('slow down');
  });

  it.each<[JobStatus, JobStatus]>([
    ['queued', 'completed'],
    ['queued', 'queued'],
    ['processing', 'queued'],
    ['processing', 'processing'],
    ['completed', 'failed'],
    ['completed', 'processing'],
    ['failed', 'completed'],
    ['failed', 'queued'],
  ])('refuses %s → %s without any write', async (from, to) => {
    const job = makeJob({ status: from });
    expect(await store.transition(job, to)).toEqual({ ok: false, current: job });
    expect(ddb.calls()).toHaveLength(0);
  });

  it('REMOVEs the index attribute on a terminal write with no pending callback', async () => {
    ddb.on(UpdateCommand).resolves({ Attributes: {} });
    await store.transition(makeJob({ status: 'processing', version: 5 }), 'failed', { detail: 'x', callback_state: 'none' });
    const input = ddb.commandCalls(UpdateCommand)[0]!.args[0].input;
    expect(input.UpdateExpression).toMatch(/^SET .* REMOVE #active$/);
    expect(input.ExpressionAttributeNames!['#active']).toBe('active_status');
    expect(input.ExpressionAttributeValues).not.toHaveProperty(':active');
    expect(input.ConditionExpression).toBe('attribute_exists(#pk) AND #status = :expected AND #version = :version');
    expect(input.ExpressionAttributeValues).toMatchObject({ ':expected': 'processing', ':version': 5 });
  });

  it('keeps a terminal job in the index as "callback" while its callback is pending, and REMOVEs it once delivered', async () => {
    ddb.on(UpdateCommand).resolves({ Attributes: {} });
    const job = makeJob({ status: 'processing', version: 1 });
    await store.transition(job, 'completed', { callback_state: 'pending', callback_event_id: 'msg_x', callback_attempts: 0 });
    const terminal = ddb.commandCalls(UpdateCommand)[0]!.args[0].input;
    expect(terminal.UpdateExpression).toMatch(/, #active = :active$/);
    expect(terminal.ExpressionAttributeValues![':active']).toBe('callback');

    await store.update({ ...job, status: 'completed', version: 2, callback_state: 'pending' }, { callback_state: 'delivered', callback_attempts: 1 });
    const delivered = ddb.commandCalls(UpdateCommand)[1]!.args[0].input;
    expect(delivered.UpdateExpression).toMatch(/ REMOVE #active$/);
    expect(delivered.ConditionExpression).toBe('attribute_exists(#pk) AND #status = :expected AND #version = :version');
    expect(delivered.ExpressionAttributeValues).toMatchObject({ ':expected': 'completed', ':version': 2 });
  });

  it('conditions a non-status update on the given expected status', async () => {
    ddb.on(UpdateCommand).resolves({ Attributes: {} });
    await store.update(makeJob({ version: 7 }), { webhook_token_hash: 'a'.repeat(64) }, 'queued');
    const input = ddb.commandCalls(UpdateCommand)[0]!.args[0].input;
    expect(input.ExpressionAttributeValues).toMatchObject({ ':expected': 'queued', ':version': 7, ':active': 'queued' });
    // An update never SETs the status: only #f… names are written, and none of them is `status`.
    const written = Object.entries(input.ExpressionAttributeNames!).filter(([k]) => k.startsWith('#f')).map(([, v]) => v);
    expect(written).toEqual(['webhook_token_hash', 'updated_at', 'version']);
  });

  it('reads consistently and treats an expired item (TTL not yet run) as absent', async () => {
    const nowS = Math.floor(now.getTime() / 1000);
    const live = makeJob({ expires_at: nowS + 1 });
    const expired = makeJob({ expires_at: nowS - 1 });
    ddb.on(GetCommand).resolvesOnce({ Item: { ...live, pk: 'JOB#a', active_status: 'queued' } }).resolvesOnce({ Item: expired });
    expect(await store.get(live.job_id)).toEqual(live);
    expect(await store.get(expired.job_id)).toBeUndefined();
    expect(ddb.commandCalls(GetCommand)[0]!.args[0].input).toEqual({ TableName: 'jobs', Key: { pk: `JOB#${live.job_id}` }, ConsistentRead: true });
  });

  it('deletes by key returning the old item, and queries the sparse index oldest first', async () => {
    ddb.on(DeleteCommand).resolves({});
    ddb.on(QueryCommand).resolves({ Items: [] });
    expect(await store.delete('job_x')).toBeUndefined();
    expect(ddb.commandCalls(DeleteCommand)[0]!.args[0].input).toEqual({ TableName: 'jobs', Key: { pk: 'JOB#job_x' }, ReturnValues: 'ALL_OLD' });
    await store.listStale('processing', '2026-11-24T10:00:00.000Z', 25);
    expect(ddb.commandCalls(QueryCommand)[0]!.args[0].input).toEqual({
      TableName: 'jobs',
      IndexName: 'ActiveJobsByAge',
      KeyConditionExpression: '#a = :a AND #u < :before',
      ExpressionAttributeNames: { '#a': 'active_status', '#u': 'updated_at' },
      ExpressionAttributeValues: { ':a': 'processing', ':before': '2026-11-24T10:00:00.000Z' },
      Limit: 25,
      ScanIndexForward: true,
    });
  });
});
