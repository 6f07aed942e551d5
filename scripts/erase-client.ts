/**
 * Erases everything one API client owns, for offboarding (docs/tenancy.md):
 *
 *   npm run client:erase -- --id partner-app --dry-run      # what would be erased, nothing changes
 *   npm run client:erase -- --id partner-app                # erase
 *
 * `--table` and `--bucket` default to `JOBS_TABLE_NAME` and `MEDIA_BUCKET_NAME` (the stack's
 * `JobsTableName` and `MediaBucketName` outputs). The same SDK calls work against a deployed stack and
 * the local emulator (`AWS_ENDPOINT_URL`, which `npm start` prints).
 *
 * What goes: every job item whose `client_id` is the client, its objects (validated media, video,
 * anything under `media/<job>/` and `videos/<job>/`), every upload under the client's
 * `uploads/<owner tag>/` prefix, and every idempotency record whose stored answer was made for the
 * client. Jobs are found with a paginated Scan and a filter (offboarding is rare; a Scan reads the
 * whole table once, which keeps the table free of an index written on every job for this one use).
 * Objects are deleted before the job items that name them, so an interrupted run is finished by
 * running it again. Revoke the client first (`npm run client:add -- --revoke`) so it cannot create
 * anything while it is being erased. Translation cache entries are shared by all clients, hold no
 * owner and expire after 30 days; they are not touched.
 *
 * The summary (counts and the erased job ids) is printed as JSON on stdout; messages go to stderr.
 */
import { DeleteCommand, ScanCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { newDocumentClient } from '../lambdas/adapters/aws-clients.js';
import { jobObjectKeys } from '../lambdas/adapters/job-media.js';
import { S3MediaStore } from '../lambdas/adapters/s3-media-store.js';
import { keys, TABLE_LAYOUT } from '../lambdas/adapters/table-layout.js';
import { ApiClient } from '../lambdas/domain/auth/clients.js';
import { uploadPrefixOf } from '../lambdas/domain/auth/ownership.js';
import type { Job } from '../lambdas/domain/jobs/model.js';

/** The idempotency records' status attribute (lambdas/api/generate-video.ts, `statusAttr`). */
const IDEMPOTENCY_STATUS = 'idempotency_status';

export interface EraseDeps {
  ddb: DynamoDBDocumentClient;
  media: S3MediaStore;
  tableName: string;
  log?: (line: string) => void;
}

/** What was (or, in a dry run, would be) erased. */
export interface ErasureReport {
  client_id: string;
  dry_run: boolean;
  jobs: string[];
  objects: number;
  uploads: number;
  idempotency_records: number;
}

/** True when a Powertools idempotency record's stored answer (`data`, a map `{client_id, response}`) belongs to `clientId`. */
function idempotencyRecordOf(item: Record<string, unknown>, clientId: string): boolean {
  const data = item.data;
  return typeof data === 'object' && data !== null && (data as { client_id?: unknown }).client_id === clientId;
}

/** Every job item of `clientId` and every idempotency record made for it (one paginated Scan). */
async function findItems(clientId: string, deps: EraseDeps): Promise<{ jobs: Job[]; idempotencyKeys: string[] }> {
  const jobs: Job[] = [];
  const idempotencyKeys: string[] = [];
  let start: Record<string, unknown> | undefined;
  do {
    const out = await deps.ddb.send(
      new ScanCommand({
        TableName: deps.tableName,
        ConsistentRead: true,
        FilterExpression: '(begins_with(#pk, :job) AND #client = :client) OR attribute_exists(#idem)',
        ExpressionAttributeNames: { '#pk': TABLE_LAYOUT.partitionKey, '#client': 'client_id', '#idem': IDEMPOTENCY_STATUS },
        ExpressionAttributeValues: { ':job': keys.job(''), ':client': clientId },
        ExclusiveStartKey: start,
      }),
    );
    for (const item of out.Items ?? []) {
      const pk = String(item[TABLE_LAYOUT.partitionKey]);
      if (pk.startsWith(keys.job('')) && item.client_id === clientId) jobs.push(item as unknown as Job);
      else if (idempotencyRecordOf(item, clientId)) idempotencyKeys.push(pk);
    }
    start = out.LastEvaluatedKey;
  } while (start);
  return { jobs, idempotencyKeys };
}

/**
 * Erases (or with `dryRun` only lists) everything `clientId` owns: objects first, then job items
 * (each delete conditional on the owner), then idempotency records. Safe to run again.
 * @throws Error for a malformed client id; SDK errors as thrown (nothing is retried silently).
 */
export async function eraseClient(options: { clientId: string; dryRun: boolean }, deps: EraseDeps): Promise<ErasureReport> {
  const log = deps.log ?? (() => undefined);
  const { clientId, dryRun } = options;
  if (clientId.trim() === '' || (!ApiClient.shape.id.safeParse(clientId).success && !clientId.startsWith('arn:'))) {
    throw new Error('--id must be a registered client id (or, with authMode=iam, the caller ARN).');
  }
  const { jobs, idempotencyKeys } = await findItems(clientId, deps);
  const objects = [...new Set((await Promise.all(jobs.map((job) => jobObjectKeys(job, deps.media)))).flat())];
  const uploads = await deps.media.list(uploadPrefixOf(clientId));
  log(`${dryRun ? 'would erase' : 'erasing'} for '${clientId}': ${jobs.length} jobs, ${objects.length} job objects, ${uploads.length} uploads, ${idempotencyKeys.length} idempotency records`);
  if (!dryRun) {
    await deps.media.delete([...objects, ...uploads]);
    for (const job of jobs) {
      await deps.ddb
        .send(
          new DeleteCommand({
            TableName: deps.tableName,
            Key: { [TABLE_LAYOUT.partitionKey]: keys.job(job.job_id) },
            ConditionExpression: '#client = :client',
            ExpressionAttributeNames: { '#client': 'client_id' },
            ExpressionAttributeValues: { ':client': clientId },
          }),
        )
        .catch((err: Error) => {
          // Already gone (the client deleted it meanwhile): nothing left to erase.
          if (err.name !== 'ConditionalCheckFailedException') throw err;
        });
    }
    for (const pk of idempotencyKeys) {
      await deps.ddb.send(new DeleteCommand({ TableName: deps.tableName, Key: { [TABLE_LAYOUT.partitionKey]: pk } }));
    }
    log(`erased everything of '${clientId}'`);
  }
  return {
    client_id: clientId,
    dry_run: dryRun,
    jobs: jobs.map((j) => j.job_id).sort(),
    objects: objects.length,
    uploads: uploads.length,
    idempotency_records: idempotencyKeys.length,
  };
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      id: { type: 'string' },
      'dry-run': { type: 'boolean', default: false },
      table: { type: 'string', default: process.env.JOBS_TABLE_NAME },
      bucket: { type: 'string', default: process.env.MEDIA_BUCKET_NAME },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help || !values.id || !values.table || !values.bucket) {
    console.error('usage: npm run client:erase -- --id <client-id> [--dry-run] [--table <JobsTableName>] [--bucket <MediaBucketName>]');
    process.exitCode = values.help ? 0 : 2;
    return;
  }
  const report = await eraseClient(
    { clientId: values.id, dryRun: values['dry-run'] },
    { ddb: newDocumentClient(), media: new S3MediaStore(values.bucket), tableName: values.table, log: (line) => console.error(line) },
  );
  process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((err: Error) => {
    console.error(`client:erase failed: ${err.message}`);
    process.exitCode = 1;
  });
}
