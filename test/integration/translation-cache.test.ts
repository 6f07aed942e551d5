import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DynamoTranslationCache } from '../../lambdas/adapters/translation-cache.js';
import { createTranslationService } from '../../lambdas/adapters/translation-service.js';
import { ConfigSchema } from '../../lambdas/domain/config.js';
import { logger } from '../../lambdas/domain/observability.js';
import { TRANSLATION_CACHE_TTL_SECONDS } from '../../lambdas/engines/translation/cache.js';
import { startIndicTrans2Simulator, type SimulatorHandle } from '../../local/simulators/indictrans2.js';
import { startTestAws } from '../support/aws.js';

describe('Class: DynamoTranslationCache against the DynamoDB wire protocol (moto)', () => {
  let aws: Awaited<ReturnType<typeof startTestAws>>;
  let sim: SimulatorHandle;
  let doc: DynamoDBDocumentClient;
  let nowMs = Date.now();
  let cache: DynamoTranslationCache;

  beforeAll(async () => {
    logger.setLogLevel('SILENT');
    aws = await startTestAws();
    sim = await startIndicTrans2Simulator({ log: () => undefined });
    doc = DynamoDBDocumentClient.from(new DynamoDBClient({ endpoint: aws.endpoint }));
    cache = new DynamoTranslationCache({ tableName: aws.tableName, client: doc, clock: () => nowMs });
  });
  afterAll(async () => {
    await sim?.close();
    await aws?.stop();
  });

  it('stores {pk: TR#<hash>, translated_text, provider, model, created_at, expires_at} with a 30-day TTL', async () => {
    await cache.put('h1', { translated_text: 'नमस्ते', provider: 'indictrans2', model: 'indictrans2' }, TRANSLATION_CACHE_TTL_SECONDS);
    const { Item } = await doc.send(new GetCommand({ TableName: aws.tableName, Key: { pk: 'TR#h1' } }));
    expect(Item).toEqual({
      pk: 'TR#h1',
      translated_text: 'नमस्ते',
      provider: 'indictrans2',
      model: 'indictrans2',
      created_at: new Date(nowMs).toISOString(),
      expires_at: Math.floor(nowMs / 1000) + 30 * 24 * 3600,
    });
    expect(await cache.get('h1')).toEqual({ translated_text: 'नमस्ते', provider: 'indictrans2', model: 'indictrans2' });
  });

  it('does not overwrite a live entry (conditional put)', async () => {
    await cache.put('h2', { translated_text: 'पहला', provider: 'dhruva', model: 'm' }, 3600);
    await cache.put('h2', { translated_text: 'दूसरा', provider: 'dhruva', model: 'm' }, 3600);
    expect((await cache.get('h2'))?.translated_text).toBe('पहला');
  });

  it('treats an item whose expires_at has passed as absent, and replaces it on the next put', async () => {
    // TTL deletion is lazy: the item is still in the table.
    const past = Math.floor(nowMs / 1000) - 10;
    await doc.send(
      new PutCommand({
        TableName: aws.tableName,
        Item: { pk: 'TR#h3', translated_text: 'पुराना', provider: 'indictrans2', model: 'm', created_at: 'x', expires_at: past },
      }),
    );
    expect(await cache.get('h3')).toBeUndefined();
    await cache.put('h3', { translated_text: 'नया', provider: 'indictrans2', model: 'm' }, 3600);
    expect((await cache.get('h3'))?.translated_text).toBe('नया');

    nowMs += 3601 * 1000;
    expect(await cache.get('h3')).toBeUndefined();
  });

  it('serves the second identical request from DynamoDB: cached: true, no simulator call', async () => {
    const service = createTranslationService({
      config: ConfigSchema.parse({ INDICTRANS2_URL: sim.url, JOBS_TABLE_NAME: aws.tableName }),
      fetch: (url, init) => globalThis.fetch(url, init),
      cache: new DynamoTranslationCache({ tableName: aws.tableName, client: doc }),
      secrets: { get: async () => '' },
      simulated: ['indictrans2'],
    });
    const request = { text: 'Your dog is a couch potato.', source_lang: 'en', target_lang: 'pa' };
    const first = await service.translate(request);
    const calls = sim.calls;
    const second = await service.translate(request);
    expect(first.provider_metadata).toMatchObject({ provider: 'indictrans2', cached: false, simulated: true });
    expect(second.provider_metadata).toMatchObject({ provider: 'indictrans2', model: 'indictrans2-simulator', cached: true, simulated: true });
    expect(second.translated_text).toBe(first.translated_text);
    expect(sim.calls).toBe(calls);
  });
});
