import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { mockClient } from 'aws-sdk-client-mock';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { DynamoTranslationCache } from '../../../lambdas/adapters/translation-cache.js';

/** Pins the exact DynamoDB parameters; the behaviour against the real wire protocol is in test/integration. */
describe('Class: DynamoTranslationCache (command parameters)', () => {
  const ddb = mockClient(DynamoDBDocumentClient);
  const client = DynamoDBDocumentClient.from(new DynamoDBClient({ region: 'us-east-1' }));
  const now = Date.parse('2026-11-24T10:00:00Z');
  const cache = new DynamoTranslationCache({ tableName: 'jobs', client, clock: () => now });
  beforeEach(() => ddb.reset());
  afterAll(() => ddb.restore());

  it('puts TR#<hash> with a 30-day expires_at under the condition "absent or expired"', async () => {
    ddb.on(PutCommand).resolves({});
    await cache.put('abc', { translated_text: 'नमस्ते', provider: 'indictrans2', model: 'm' }, 30 * 86_400);
    expect(ddb.commandCalls(PutCommand)[0]?.args[0].input).toEqual({
      TableName: 'jobs',
      Item: {
        pk: 'TR#abc',
        translated_text: 'नमस्ते',
        provider: 'indictrans2',
        model: 'm',
        created_at: '2026-11-24T10:00:00.000Z',
        expires_at: now / 1000 + 30 * 86_400,
      },
      ConditionExpression: 'attribute_not_exists(#pk) OR #expires_at < :now',
      ExpressionAttributeNames: { '#pk': 'pk', '#expires_at': 'expires_at' },
      ExpressionAttributeValues: { ':now': now / 1000 },
    });
  });

  it('swallows ConditionalCheckFailedException (a live entry already exists) but not other errors', async () => {
    ddb
      .on(PutCommand)
      .rejectsOnce(Object.assign(new Error('The conditional request failed'), { name: 'ConditionalCheckFailedException' }))
      .rejectsOnce(Object.assign(new Error('boom'), { name: 'ProvisionedThroughputExceededException' }));
    await expect(cache.put('abc', { translated_text: 'x', provider: 'dhruva', model: 'm' }, 60)).resolves.toBeUndefined();
    await expect(cache.put('abc', { translated_text: 'x', provider: 'dhruva', model: 'm' }, 60)).rejects.toThrow('boom');
  });

  it('reads by key and treats expired or malformed items as absent', async () => {
    const item = { pk: 'TR#abc', translated_text: 'नमस्ते', provider: 'bhashini', model: 'm', created_at: 'x' };
    ddb
      .on(GetCommand)
      .resolvesOnce({ Item: { ...item, expires_at: now / 1000 + 1 } })
      .resolvesOnce({ Item: { ...item, expires_at: now / 1000 } })
      .resolvesOnce({ Item: { ...item, provider: 'google', expires_at: now / 1000 + 100 } })
      .resolvesOnce({});
    expect(await cache.get('abc')).toEqual({ translated_text: 'नमस्ते', provider: 'bhashini', model: 'm' });
    expect(ddb.commandCalls(GetCommand)[0]?.args[0].input).toEqual({ TableName: 'jobs', Key: { pk: 'TR#abc' } });
    expect(await cache.get('abc')).toBeUndefined(); // expires_at == now
    expect(await cache.get('abc')).toBeUndefined(); // unknown provider
    expect(await cache.get('abc')).toBeUndefined(); // no item
  });
});
