import { BatchGetCommand, DeleteCommand, PutCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { EffectAsset, EffectAssetStore } from '../engines/effects/catalogue.js';
import { newDocumentClient } from './aws-clients.js';
import { keys } from './table-layout.js';

/**
 * Published effect assets in the service's table: one item per filter id under `pk = EFFECT#<id>`.
 * Listing is one BatchGetItem over the catalogue's ids (the catalogue is small: tens of filters, at most
 * 100 per call), so there is no scan and no extra index. Items have no TTL: they live until removed.
 */
export class DynamoEffectAssetStore implements EffectAssetStore {
  constructor(
    private readonly table: string,
    /** Filter ids to look up (the catalogue's). */
    private readonly ids: () => string[],
    private readonly client: DynamoDBDocumentClient = newDocumentClient(),
  ) {}

  async list(): Promise<EffectAsset[]> {
    const found: Array<EffectAsset & { pk: string }> = [];
    const ids = [...new Set(this.ids())];
    for (let i = 0; i < ids.length; i += 100) {
      let request: Record<string, { Keys: Array<Record<string, string>> }> | undefined = {
        [this.table]: { Keys: ids.slice(i, i + 100).map((id) => ({ pk: keys.effect(id) })) },
      };
      // Unprocessed keys (throttling) are asked for again; the SDK's own retries back off between calls.
      while (request && Object.keys(request).length > 0) {
        const out = await this.client.send(new BatchGetCommand({ RequestItems: request }));
        found.push(...((out.Responses?.[this.table] ?? []) as Array<EffectAsset & { pk: string }>));
        request = out.UnprocessedKeys as typeof request;
      }
    }
    return found.map(({ pk: _pk, ...asset }) => asset);
  }

  async put(asset: EffectAsset): Promise<void> {
    await this.client.send(new PutCommand({ TableName: this.table, Item: { pk: keys.effect(asset.id), ...asset } }));
  }

  async remove(id: string): Promise<EffectAsset | undefined> {
    const out = await this.client.send(new DeleteCommand({ TableName: this.table, Key: { pk: keys.effect(id) }, ReturnValues: 'ALL_OLD' }));
    if (!out.Attributes) return undefined;
    const { pk: _pk, ...asset } = out.Attributes as EffectAsset & { pk: string };
    return asset;
  }
}
