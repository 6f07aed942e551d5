import {
  IdempotencyAlreadyInProgressError,
  IdempotencyConfig,
  IdempotencyValidationError,
  makeIdempotent,
} from '@aws-lambda-powertools/idempotency';
import { DynamoDBPersistenceLayer } from '@aws-lambda-powertools/idempotency/dynamodb';
import { getConfig, requireConfig } from '../domain/config.js';
import { errors } from '../domain/errors.js';
import { createVideoJob } from '../domain/jobs/create.js';
import { GenerateVideoRequest, IdempotencyKeyHeader } from '../domain/schemas/jobs.js';
import { catalogue, jobStore, provide, workQueues } from '../adapters/composition.js';
import { petDetector } from '../adapters/detection-wiring.js';
import { assertCallbackUrl, assertMusicUrl } from '../adapters/jobs-wiring.js';
import { TABLE_LAYOUT } from '../adapters/table-layout.js';
import { httpHandler, toIssues } from '../http/handler.js';
import { callerClientId, callerOutro } from '../http/caller.js';
import { ownerTag } from '../domain/auth/ownership.js';
import type { ClientOutro } from '../domain/auth/clients.js';

/** Same key + same body within 24 h → the original response (Stripe's window, not Powertools' 1 h). */
const idempotencyConfig = new IdempotencyConfig({
  eventKeyJmesPath: '[scope, key]',
  payloadValidationJmesPath: 'body',
  expiresAfterSeconds: 24 * 3600,
});

/** `scope` = the caller's owner tag, so the same key from two clients names two records (docs/tenancy.md). */
type Input = { scope: string; key: string; clientId: string; body: GenerateVideoRequest; outro?: ClientOutro };

/**
 * Creates the job. The stored idempotency record holds the owner beside the response, so a replay is
 * checked against the caller and the operator's erasure script can find a client's records.
 */
const create = async (input: Input) => ({
  client_id: input.clientId,
  response: await createVideoJob(
    input.body,
    {
      detector: petDetector(),
      store: jobStore(),
      queues: workQueues(),
      catalogue: catalogue(),
      config: getConfig(),
      assertCallbackUrl,
      assertMusicUrl,
    },
    input.clientId,
    input.outro,
  ),
});

/** `create` behind Powertools Idempotency, its records in the jobs table (built once per container). */
const idempotent = (): ((input: Input) => ReturnType<typeof create>) =>
  provide('generate-video.idempotent', () =>
    makeIdempotent(create, {
      persistenceStore: new DynamoDBPersistenceLayer({
        tableName: requireConfig('JOBS_TABLE_NAME'),
        keyAttr: TABLE_LAYOUT.partitionKey,
        expiryAttr: TABLE_LAYOUT.ttlAttribute,
        statusAttr: 'idempotency_status',
      }),
      config: idempotencyConfig,
    }),
  );

/** A concurrent duplicate waits for the first request instead of failing (docs/reference/reliability.md E3). */
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

/** POST /api/generate-video (docs/reference/spec.md §3.4). The caller owns the job (docs/tenancy.md). */
export const handler = httpHandler({ body: GenerateVideoRequest }, async ({ body, headers, event, context }) => {
  const clientId = callerClientId(event);
  // The client's end card as the authorizer found it in the registry (docs/tenancy.md "End card").
  const outro = callerOutro(event);
  const key = headers['idempotency-key'];
  if (key === undefined) return { status: 202, body: (await create({ scope: '', key: '', clientId, body, ...(outro ? { outro } : {}) })).response };
  const parsed = IdempotencyKeyHeader.safeParse(key);
  if (!parsed.success) throw errors.validation(toIssues(parsed.error, 'header.idempotency-key'));
  idempotencyConfig.registerLambdaContext(context);
  // Keys are scoped to the calling client so two apps can never collide or read each other's answer.
  const deadline = Date.now() + Math.min(20_000, Math.max(0, context.getRemainingTimeInMillis() - 3000));
  const stored = await createOnce({ scope: ownerTag(clientId), key: parsed.data, clientId, body, ...(outro ? { outro } : {}) }, deadline);
  // Defence in depth: a stored answer is only ever replayed to the client it was made for.
  if (stored.client_id !== clientId) throw new Error('An idempotency record of another client matched this request.');
  return { status: 202, body: stored.response };
});
