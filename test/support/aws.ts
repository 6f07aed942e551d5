import { CreateTableCommand, DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { startAwsEmulator, type AwsEmulator } from '../../local/moto.js';
import { TABLE_LAYOUT } from '../../lambdas/adapters/table-layout.js';
import { startAtomicMoto } from './atomic-moto.js';

/**
 * Starts a private moto emulator for one test file and creates a jobs table shaped like the stack's.
 * Every call gets its own emulator on a free port, so test files never share state.
 * `atomic: true` serialises DynamoDB actions (see atomic-moto.ts) for tests that race conditional writes.
 */
export async function startTestAws(options: { atomic?: boolean } = {}): Promise<AwsEmulator & { tableName: string }> {
  const emulator = options.atomic ? await startAtomicMoto() : await startAwsEmulator({ useEnv: false });
  const tableName = `jobs-${Math.random().toString(36).slice(2, 8)}`;
  const { partitionKey, activeIndex } = TABLE_LAYOUT;
  await new DynamoDBClient({ endpoint: emulator.endpoint }).send(
    new CreateTableCommand({
      TableName: tableName,
      BillingMode: 'PAY_PER_REQUEST',
      KeySchema: [{ AttributeName: partitionKey, KeyType: 'HASH' }],
      AttributeDefinitions: [
        { AttributeName: partitionKey, AttributeType: 'S' },
        { AttributeName: activeIndex.partitionKey, AttributeType: 'S' },
        { AttributeName: activeIndex.sortKey, AttributeType: 'S' },
      ],
      GlobalSecondaryIndexes: [
        {
          IndexName: activeIndex.name,
          KeySchema: [
            { AttributeName: activeIndex.partitionKey, KeyType: 'HASH' },
            { AttributeName: activeIndex.sortKey, KeyType: 'RANGE' },
          ],
          Projection: { ProjectionType: 'ALL' },
        },
      ],
    }),
  );
  process.env.JOBS_TABLE_NAME = tableName;
  return { ...emulator, tableName };
}
