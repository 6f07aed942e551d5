import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { DeleteCommand, GetCommand, PutCommand, QueryCommand, UpdateCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import type { JobStatus } from '../domain/schemas/jobs.js';
import { canTransition, isTerminal, type Job } from '../domain/jobs/model.js';
import type { JobPatch, JobStore, TransitionResult } from '../domain/jobs/ports.js';
import { newDocumentClient } from './aws-clients.js';
import { keys, TABLE_LAYOUT } from './table-layout.js';

const { partitionKey: PK, activeIndex } = TABLE_LAYOUT;

/** The sparse index value: non-terminal jobs by status, terminal ones while their callback is pending. */
function activeValue(status: JobStatus, callbackState: Job['callback_state']): string | undefined {
  if (!isTerminal(status)) return status;
  return callbackState === 'pending' ? 'callback' : undefined;
}

function fromItem(item: Record<string, unknown> | undefined): Job | undefined {
  if (!item) return undefined;
  const { [PK]: _pk, [activeIndex.partitionKey]: _active, ...job } = item;
  return job as unknown as Job;
}

/** Jobs in DynamoDB; every write conditional (see JobStore). */
export class DynamoJobStore implements JobStore {
  constructor(
    private readonly tableName: string,
    private readonly client: DynamoDBDocumentClient = newDocumentClient(),
    private readonly now: () => Date = () => new Date(),
  ) {}

  async create(job: Job): Promise<void> {
    await this.client.send(
      new PutCommand({
        TableName: this.tableName,
        Item: { ...job, [PK]: keys.job(job.job_id), [activeIndex.partitionKey]: activeValue(job.status, job.callback_state) },
        ConditionExpression: 'attribute_not_exists(#pk)',
        ExpressionAttributeNames: { '#pk': PK },
      }),
    );
  }

  async get(jobId: string): Promise<Job | undefined> {
    const out = await this.client.send(new GetCommand({ TableName: this.tableName, Key: { [PK]: keys.job(jobId) }, ConsistentRead: true }));
    const job = fromItem(out.Item);
    // TTL deletes lazily: an expired job is gone as far as callers are concerned.
    if (job && job.expires_at < Math.floor(this.now().getTime() / 1000)) return undefined;
    return job;
  }

  transition(job: Job, to: JobStatus, patch: JobPatch = {}): Promise<TransitionResult> {
    if (!canTransition(job.status, to)) return Promise.resolve({ ok: false, current: job });
    return this.write(job, { ...patch, status: to }, job.status);
  }

  update(job: Job, patch: JobPatch, expectedStatus: JobStatus = job.status): Promise<TransitionResult> {
    return this.write(job, patch, expectedStatus);
  }

  /**
   * One UpdateItem: SET every patched field, bump the version, maintain the sparse index, all under
   * `#status = :expected AND #version = :version`. On a lost race the current item comes back
   * (ReturnValuesOnConditionCheckFailure) without a second read.
   */
  private async write(job: Job, patch: JobPatch & { status?: JobStatus }, expectedStatus: JobStatus): Promise<TransitionResult> {
    const next: Job = { ...job, ...patch, updated_at: patch.updated_at ?? this.now().toISOString(), version: job.version + 1 } as Job;
    const names: Record<string, string> = { '#status': 'status', '#version': 'version', '#active': activeIndex.partitionKey };
    const values: Record<string, unknown> = { ':expected': expectedStatus, ':version': job.version };
    const sets: string[] = [];
    const fields = { ...patch, updated_at: next.updated_at, version: next.version } as Record<string, unknown>;
    let i = 0;
    for (const [field, value] of Object.entries(fields)) {
      if (value === undefined) continue;
      names[`#f${i}`] = field;
      values[`:v${i}`] = value;
      sets.push(`#f${i} = :v${i}`);
      i++;
    }
    const active = activeValue(next.status, next.callback_state);
    let expression = `SET ${sets.join(', ')}`;
    if (active) {
      values[':active'] = active;
      expression += ', #active = :active';
    } else {
      expression += ' REMOVE #active';
    }
    try {
      const out = await this.client.send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: { [PK]: keys.job(job.job_id) },
          UpdateExpression: expression,
          ConditionExpression: 'attribute_exists(#pk) AND #status = :expected AND #version = :version',
          ExpressionAttributeNames: { ...names, '#pk': PK },
          ExpressionAttributeValues: values,
          ReturnValues: 'ALL_NEW',
          ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
        }),
      );
      return { ok: true, job: fromItem(out.Attributes)! };
    } catch (err) {
      if (err instanceof ConditionalCheckFailedException || (err as { name?: string }).name === 'ConditionalCheckFailedException') {
        const item = (err as ConditionalCheckFailedException).Item;
        return { ok: false, current: item ? fromItem(unmarshall(item)) : undefined };
      }
      throw err;
    }
  }

  async delete(jobId: string, ownerId?: string): Promise<Job | undefined> {
    try {
      const out = await this.client.send(
        new DeleteCommand({
          TableName: this.tableName,
          Key: { [PK]: keys.job(jobId) },
          ReturnValues: 'ALL_OLD',
          // Checked and deleted in one conditional write: no window between an ownership read and the delete.
          ...(ownerId === undefined
            ? {}
            : { ConditionExpression: '#client = :client', ExpressionAttributeNames: { '#client': 'client_id' }, ExpressionAttributeValues: { ':client': ownerId } }),
        }),
      );
      return fromItem(out.Attributes);
    } catch (err) {
      // Absent or another client's: the same answer (docs/tenancy.md).
      if (err instanceof ConditionalCheckFailedException || (err as { name?: string }).name === 'ConditionalCheckFailedException') return undefined;
      throw err;
    }
  }

  async listStale(kind: JobStatus | 'callback', before: string, limit: number): Promise<Job[]> {
    const out = await this.client.send(
      new QueryCommand({
        TableName: this.tableName,
        IndexName: activeIndex.name,
        KeyConditionExpression: '#a = :a AND #u < :before',
        ExpressionAttributeNames: { '#a': activeIndex.partitionKey, '#u': activeIndex.sortKey },
        ExpressionAttributeValues: { ':a': kind, ':before': before },
        Limit: limit,
        ScanIndexForward: true,
      }),
    );
    return (out.Items ?? []).map((item) => fromItem(item)!);
  }
}
