import { createHash } from 'node:crypto';
import { GetCommand, PutCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { newDocumentClient } from './aws-clients.js';
import { TABLE_LAYOUT } from './table-layout.js';

/**
 * Callback endpoints that answered 410 Gone (Standard Webhooks: disable the endpoint). Keyed by a hash
 * of the URL so no customer URL is a key; kept for the retention period.
 */
export class EndpointRegistry {
  constructor(
    private readonly tableName: string,
    private readonly retentionDays: number,
    private readonly client: DynamoDBDocumentClient = newDocumentClient(),
  ) {}

  private key(url: string): Record<string, string> {
    return { [TABLE_LAYOUT.partitionKey]: `EP#${createHash('sha256').update(url).digest('hex')}` };
  }

  async isDisabled(url: string): Promise<boolean> {
    const out = await this.client.send(new GetCommand({ TableName: this.tableName, Key: this.key(url) }));
    return Boolean(out.Item?.disabled_at);
  }

  async disable(url: string): Promise<void> {
    await this.client.send(
      new PutCommand({
        TableName: this.tableName,
        Item: {
          ...this.key(url),
          disabled_at: new Date().toISOString(),
          [TABLE_LAYOUT.ttlAttribute]: Math.floor(Date.now() / 1000) + this.retentionDays * 86_400,
        },
      }),
    );
  }
}
