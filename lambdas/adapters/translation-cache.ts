import { GetCommand, PutCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { requireConfig } from '../domain/config.js';
import { isProviderName, type CachedTranslation, type TranslationCache } from '../engines/translation/types.js';
import { newDocumentClient } from './aws-clients.js';
import { keys, TABLE_LAYOUT } from './table-layout.js';

/** The stored item (single-table layout, adapters/table-layout.ts). */
export interface TranslationCacheItem {
  pk: string;
  translated_text: string;
  provider: string;
  model: string;
  /** ISO 8601 UTC. */
  created_at: string;
  /** Epoch seconds; the table's TTL attribute. */
  expires_at: number;
}


export interface DynamoTranslationCacheOptions {
  /** Default: JOBS_TABLE_NAME (the single table). */
  tableName?: string;
  client?: DynamoDBDocumentClient;
  /** Milliseconds since the epoch (default Date.now). */
  clock?: () => number;
}

/**
 * The translation cache in the service's single DynamoDB table: `pk = TR#<sha256>`, TTL on `expires_at`.
 *
 * DynamoDB deletes expired items lazily (typically within days), so `get` treats an item whose
 * `expires_at` has passed as absent. `put` is conditional (`attribute_not_exists(pk) OR expires_at <
 * :now`): it never overwrites a live entry, which keeps the first translation stable when two
 * identical requests race, and it does replace an expired one.
 */
export class DynamoTranslationCache implements TranslationCache {
  private readonly client: DynamoDBDocumentClient;
  private readonly clock: () => number;
  private readonly explicitTable: string | undefined;

  constructor(options: DynamoTranslationCacheOptions = {}) {
    this.client = options.client ?? newDocumentClient();
    this.clock = options.clock ?? Date.now;
    this.explicitTable = options.tableName;
  }

  private get tableName(): string {
    return this.explicitTable ?? requireConfig('JOBS_TABLE_NAME');
  }

  async get(key: string): Promise<CachedTranslation | undefined> {
    const { Item } = await this.client.send(
      new GetCommand({ TableName: this.tableName, Key: { [TABLE_LAYOUT.partitionKey]: keys.translation(key) } }),
    );
    const item = Item as Partial<TranslationCacheItem> | undefined;
    if (!item || typeof item.translated_text !== 'string' || typeof item.model !== 'string' || !isProviderName(item.provider)) {
      return undefined;
    }
    if (typeof item.expires_at !== 'number' || item.expires_at <= Math.floor(this.clock() / 1000)) return undefined;
    return { translated_text: item.translated_text, provider: item.provider, model: item.model };
  }

  async put(key: string, value: CachedTranslation, ttlSeconds: number): Promise<void> {
    const nowMs = this.clock();
    const now = Math.floor(nowMs / 1000);
    const item: TranslationCacheItem = {
      pk: keys.translation(key),
      translated_text: value.translated_text,
      provider: value.provider,
      model: value.model,
      created_at: new Date(nowMs).toISOString(),
      expires_at: now + ttlSeconds,
    };
    try {
      await this.client.send(
        new PutCommand({
          TableName: this.tableName,
          Item: item,
          ConditionExpression: 'attribute_not_exists(#pk) OR #expires_at < :now',
          ExpressionAttributeNames: { '#pk': TABLE_LAYOUT.partitionKey, '#expires_at': TABLE_LAYOUT.ttlAttribute },
          ExpressionAttributeValues: { ':now': now },
        }),
      );
    } catch (err) {
      // A live entry is already there (a concurrent identical request won): keep it.
      if ((err as { name?: string })?.name === 'ConditionalCheckFailedException') return;
      throw err;
    }
  }
}
