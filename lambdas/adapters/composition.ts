import type { SQSClient } from '@aws-sdk/client-sqs';
import type { S3Client } from '@aws-sdk/client-s3';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { AUTH_CACHE_TTL_S } from '../domain/auth/authorizer.js';
import { getConfig, requireConfig, resetConfig, type Config } from '../domain/config.js';
import { EFFECT_URL_TTL_S } from '../engines/effects/catalogue.js';
import { FilterCatalogue } from '../domain/filters.js';
import type { OutboundPolicy } from '../engines/outbound/index.js';
import { useToolPaths } from '../domain/system-tools.js';
import { newDocumentClient, newS3Client, newSqsClient } from './aws-clients.js';
import { DynamoEffectAssetStore } from './effects-store.js';
import { DynamoJobStore } from './job-store.js';
import { S3MediaStore } from './s3-media-store.js';
import { SecretsManagerSource } from './secrets.js';
import { SqsWorkQueues } from './work-queues.js';

/**
 * The composition root: the one place that turns configuration into services, with one cache and one
 * reset. Every handler, worker and the detector get what they need from its builders; each builds its
 * service on first use (`provide`) from `getConfig()` and keeps it for the life of the container, so warm
 * invocations reuse SDK clients, secret caches and circuit breakers. The core receives plain values and
 * narrow `*Deps` objects built here; it reads no environment.
 *
 * This module holds the cache, the reset and the services every function may share (SDK clients,
 * secrets, the job store, queues, media store, filter catalogue and its AR Cloud effects). The heavier builders are in sibling modules
 * over the same `provide`, so each Lambda bundles only what it uses: `jobs-wiring.ts` (Revid client,
 * roast writer, callbacks, job media), `detection-wiring.ts` (the detector and the model),
 * `translation-service.ts` (`translationService`) and `render-wiring.ts` (the render worker's, with the
 * built-in renderer's native modules).
 *
 * Every service belongs to the configuration it was built from: after `resetConfig()` (or
 * {@link resetServices}, the one reset for tests) the next call rebuilds from the current environment.
 */

let scope: { config: Config; services: Map<string, unknown> } | undefined;

/**
 * The container's instance of service `name`, built by `build` on first use from the current
 * configuration (and again after a reset). A `build` that throws, or whose promise rejects, caches nothing.
 */
export function provide<T>(name: string, build: (config: Config) => T): T {
  const config = getConfig();
  if (scope?.config !== config) {
    scope = { config, services: new Map() };
    // The external tools' paths are configuration too (domain/system-tools.ts).
    useToolPaths({ ffmpeg: config.FFMPEG_PATH, ffprobe: config.FFPROBE_PATH, espeak: config.ESPEAK_NG_PATH, heifConvert: config.HEIF_CONVERT_PATH, espeakWords: config.ESPEAK_NG_WORDS_PATH });
  }
  const { services } = scope;
  if (!services.has(name)) {
    const built = build(config);
    services.set(name, built);
    // A service built asynchronously that failed is not kept: the next call tries again.
    if (built instanceof Promise) built.catch(() => services.get(name) === built && services.delete(name));
  }
  return services.get(name) as T;
}

/**
 * Test hook, the one reset: forgets the configuration and every service, so the next call rebuilds
 * from the current environment. The loaded model is kept while its settings are unchanged ({@link petModel}).
 */
export function resetServices(): void {
  scope = undefined;
  resetConfig();
  useToolPaths({});
}

// ---- AWS SDK clients: one of each per container ----

export const dynamo = (): DynamoDBDocumentClient => provide('dynamo', () => newDocumentClient());
export const sqsClient = (): SQSClient => provide('sqs', () => newSqsClient());
export const s3Client = (): S3Client => provide('s3', (config) => newS3Client(config.AWS_S3_FORCE_PATH_STYLE));

/** Secrets Manager through Powertools Parameters, each value cached 5 minutes. */
export const secrets = (): SecretsManagerSource => provide('secrets', () => new SecretsManagerSource());

/** The API client registry the authorizer reads (`API_CLIENTS_SECRET_ARN`, cached `AUTH_CACHE_TTL_S`). */
export const apiClientRegistry = (): SecretsManagerSource =>
  provide('api-client-registry', () => new SecretsManagerSource(undefined, AUTH_CACHE_TTL_S));

// ---- Job services ----

/**
 * The outbound policy every call of this deployment starts from: the configured allow-list
 * (`OUTBOUND_ALLOWED_HOSTS`, local simulators and tests only; empty in every deployed stack).
 */
export const outboundPolicy = (): OutboundPolicy => provide('outbound-policy', (config) => ({ allowedHosts: config.OUTBOUND_ALLOWED_HOSTS }));

export const jobStore = (): DynamoJobStore => provide('job-store', () => new DynamoJobStore(requireConfig('JOBS_TABLE_NAME'), dynamo()));

export const workQueues = (): SqsWorkQueues =>
  provide(
    'work-queues',
    (config) =>
      new SqsWorkQueues({
        renderQueueUrl: config.RENDER_QUEUE_URL,
        callbackQueueUrl: config.NOTIFY_QUEUE_URL,
        client: sqsClient(),
        endpoint: config.AWS_ENDPOINT_URL_SQS ?? config.AWS_ENDPOINT_URL,
      }),
  );

export const mediaStore = (): S3MediaStore => provide('media-store', () => new S3MediaStore(requireConfig('MEDIA_BUCKET_NAME'), s3Client()));

/** The filter catalogue (`FILTERS_CATALOGUE_PATH`, else the bundled config/banuba-filters.json). */
export const catalogue = (): FilterCatalogue => provide('catalogue', (config) => FilterCatalogue.load(config.FILTERS_CATALOGUE_PATH));

// ---- Banuba AR Cloud (docs/ar-cloud.md) ----

/**
 * Published effects of the catalogue's filters (`EFFECT#<id>` items): one BatchGetItem per listing,
 * so a publish or removal shows at once (phones cache the manifest for MANIFEST_MAX_AGE_S).
 */
export const effectAssets = (): DynamoEffectAssetStore =>
  provide('effect-assets', () => new DynamoEffectAssetStore(requireConfig('JOBS_TABLE_NAME'), () => catalogue().ids(), dynamo()));

/** A presigned GET of a published effect's archive or preview, valid `EFFECT_URL_TTL_S`. */
export const effectUrl = (key: string): Promise<string> => mediaStore().presignGet(key, EFFECT_URL_TTL_S);
