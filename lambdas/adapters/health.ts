import { DescribeTableCommand } from '@aws-sdk/client-dynamodb';
import { GetQueueAttributesCommand, type SQSClient } from '@aws-sdk/client-sqs';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';

export type Check = () => Promise<void>;

/** The table answers and is ACTIVE. */
export const tableCheck =
  (tableName: string, client: DynamoDBDocumentClient): Check =>
  async () => {
    const out = await client.send(new DescribeTableCommand({ TableName: tableName }));
    if (out.Table?.TableStatus !== 'ACTIVE') throw new Error(`table status ${out.Table?.TableStatus}`);
  };

/** The queue answers. */
export const queueCheck =
  (queueUrl: string, client: SQSClient): Check =>
  async () => {
    await client.send(new GetQueueAttributesCommand({ QueueUrl: queueUrl, AttributeNames: ['QueueArn'] }));
  };

/** Runs the checks concurrently with a per-check deadline; never throws. */
export async function runChecks(
  checks: Record<string, Check>,
  timeoutMs = 5000,
): Promise<Record<string, { ok: boolean; latency_ms: number; error?: string }>> {
  const entries = await Promise.all(
    Object.entries(checks).map(async ([name, check]) => {
      const started = Date.now();
      try {
        await Promise.race([
          check(),
          new Promise((_, reject) => setTimeout(() => reject(new Error(`timed out after ${timeoutMs} ms`)), timeoutMs).unref()),
        ]);
        return [name, { ok: true, latency_ms: Date.now() - started }] as const;
      } catch (err) {
        return [name, { ok: false, latency_ms: Date.now() - started, error: (err as Error).message }] as const;
      }
    }),
  );
  return Object.fromEntries(entries);
}
