import { GetCommand, PutCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { RecentScripts } from '../domain/jobs/narration.js';
import { newDocumentClient } from './aws-clients.js';
import { keys, TABLE_LAYOUT } from './table-layout.js';

/**
 * The last script digest per prompt key in the jobs table (`WR#<key>`, `digest`, TTL `retentionDays`):
 * only SHA-256 digests, never a prompt or a script (docs/writer.md, "Template writer").
 */
export class DynamoRecentScripts implements RecentScripts {
  constructor(
    private readonly tableName: string,
    private readonly retentionDays: number,
    private readonly client: DynamoDBDocumentClient = newDocumentClient(),
  ) {}

  async last(promptKey: string): Promise<string | undefined> {
    const out = await this.client.send(new GetCommand({ TableName: this.tableName, Key: { [TABLE_LAYOUT.partitionKey]: keys.recentScript(promptKey) } }));
    const digest = out.Item?.digest;
    return typeof digest === 'string' ? digest : undefined;
  }

  async remember(promptKey: string, digest: string): Promise<void> {
    await this.client.send(
      new PutCommand({
        TableName: this.tableName,
        Item: {
          [TABLE_LAYOUT.partitionKey]: keys.recentScript(promptKey),
          digest,
          [TABLE_LAYOUT.ttlAttribute]: Math.floor(Date.now() / 1000) + this.retentionDays * 86_400,
        },
      }),
    );
  }
}
