import {
  IdempotencyAlreadyInProgressError,
  IdempotencyConfig,
  IdempotencyValidationError,
  makeIdempotent,
} from '@aws-lambda-powertools/idempotency';
import { DynamoDBPersistenceLayer } from '@aws-lambda-powertools/idempotency/dynamodb';
import { createHash } from 'node:crypto';
import { getConfig, requireConfig } from '../core/config.js';
import { errors } from '../core/errors.js';
import { createVideoJob } from '../core/jobs/create.js';
import { GenerateVideoRequest, IdempotencyKeyHeader } from '../core/schemas/jobs.js';
import { petDetector } from '../adapters/detector.js';
import { assertCallbackUrl, catalogue, jobStore, workQueues } from '../adapters/jobs-wiring.js';
import { TABLE_LAYOUT } from '../adapters/table-layout.js';
import { httpHandler, toIssues } from '../http/handler.js';

/** Same key + same body within 24 h → the original response (Stripe's window, not Powertools' 1 h). */
const idempotencyConfig = new IdempotencyConfig({
  eventKeyJmesPath: '[scope, key]',
  payloadValidationJmesPath: 'body',
  expiresAfterSeconds: 24 * 3600,
});

type Input = { scope: string; key: string; body: GenerateVideoRequest };

const create = (input: Input) =>
  createVideoJob(input.body, {
    detector: petDetector(),
    store: jobStore(),
    queues: workQueues(),
    catalogue: catalogue(),
    config: getConfig(),
    assertCallbackUrl,
  });

let idempotentCreate: ((input: Input) => ReturnType<typeof create>) | undefined;
const idempotent = () =>
  (idempotentCreate ??= makeIdempotent(create, {
    persistenceStore: new DynamoDBPersistenceLayer({
      tableName: requireConfig('JOBS_TABLE_NAME'),
      keyAttr: TABLE_LAYOUT.partitionKey,
      expiryAttr: TABLE_LAYOUT.ttlAttribute,
      statusAttr: 'idempotency_status',
    }),
    config: idempotencyConfig,
  }));

/** A concurrent duplicate waits for the first request instead of failing (RELIABILITY E3). */
async function createOnce(input: Input, deadline: number): Promise<Awaited<ReturnType<typeof create>>> {
  for (;;) {
    try {
      return await idempotent()(input);
    } catch (err) {
      if (err instanceof IdempotencyValidationError) throw errors.idempotencyConflict();
      if (err instanceof IdempotencyAlreadyInProgressError && Date.now() < deadline) {
        await new Promise((r) => setTimeout(r, 150));
        continue;
      }
      throw err;
    }
  }
}

/** POST /api/generate-video (SPEC 3.4). */
export const handler = httpHandler({ body: GenerateVideoRequest }, async ({ body, headers, event, context }) => {
  const key = headers['idempotency-key'];
  if (key === undefined) return { status: 202, body: await create({ scope: '', key: '', body }) };
  const parsed = IdempotencyKeyHeader.safeParse(key);
  if (!parsed.success) throw errors.validation(toIssues(parsed.error, 'header.idempotency-key'));
  idempotencyConfig.registerLambdaContext(context);
  // Keys are scoped to the caller's credential so two apps can never collide.
  const caller = event.requestContext?.identity?.apiKeyId ?? event.requestContext?.identity?.apiKey ?? 'anonymous';
  const scope = createHash('sha256').update(String(caller)).digest('hex').slice(0, 16);
  const deadline = Date.now() + Math.min(20_000, Math.max(0, context.getRemainingTimeInMillis() - 3000));
  return { status: 202, body: await createOnce({ scope, key: parsed.data, body }, deadline) };
});
