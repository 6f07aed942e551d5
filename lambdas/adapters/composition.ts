import { LambdaClient } from '@aws-sdk/client-lambda';
import type { SQSClient } from '@aws-sdk/client-sqs';
import type { S3Client } from '@aws-sdk/client-s3';
import type { TranslateClient } from '@aws-sdk/client-translate';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { AUTH_CACHE_TTL_S } from '../core/auth/authorizer.js';
import { callbackSettingsOf, parseClients, type ClientCallbackSettings } from '../core/auth/clients.js';
import { assertCallbackUrl as assertCallbackUrlUnder, type NotifyDeps } from '../core/callbacks/delivery.js';
import { parseSigningSecrets } from '../core/callbacks/signing.js';
import { getConfig, requireConfig, resetConfig, type Config } from '../core/config.js';
import type { PetModel } from '../core/detection/index.js';
import { EFFECT_URL_TTL_S } from '../core/effects/catalogue.js';
import { FilterCatalogue } from '../core/filters.js';
import type { Job } from '../core/jobs/model.js';
import { createSafeFetch, type OutboundPolicy } from '../core/outbound/index.js';
import type { PetDetector } from '../core/ports.js';
import { RevidClient } from '../core/providers/revid/client.js';
import { useToolPaths } from '../core/system-tools.js';
import { BedrockWriter } from '../core/writer/bedrock.js';
import { TemplateWriter, type RoastWriter } from '../core/writer/index.js';
import { newDocumentClient, newS3Client, newSqsClient } from './aws-clients.js';
import { bedrockConverse } from './bedrock.js';
import { LambdaPetDetector } from './detector.js';
import { DynamoEffectAssetStore } from './effects-store.js';
import { EndpointRegistry } from './endpoint-registry.js';
import type { Check } from './health.js';
import type { InProcessPetDetector } from './in-process-detector.js';
import { jobUrls as jobUrlsOf, mirrorVideo as mirrorVideoTo } from './job-media.js';
import { DynamoJobStore } from './job-store.js';
import { S3MediaStore } from './s3-media-store.js';
import { SecretsManagerSource } from './secrets.js';
import { newTranslateClient } from './translation-providers.js';
import { createTranslationService, type TranslationService } from './translation-service.js';
import { SqsWorkQueues } from './work-queues.js';

/**
 * The composition root: the one place that turns configuration into services. Every handler, worker
 * and the detector get what they need from the functions below; each builds its service on first use
 * from `getConfig()` and keeps it for the life of the container, so warm invocations reuse SDK clients,
 * secret caches and circuit breakers. The core receives plain values and narrow `*Deps` objects built
 * here; it never reads configuration itself.
 *
 * Every service belongs to the configuration it was built from: after `resetConfig()` (or
 * {@link resetServices}, the one reset for tests) the next call rebuilds from the current environment.
 * Functions the render worker alone needs (the built-in renderer with its native modules) are built in
 * render-wiring.ts through {@link provide}, so the zip functions' bundles stay free of them; the
 * in-process detector is loaded with a dynamic import for the same reason.
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
    // The external tools' paths are configuration too (core/system-tools.ts).
    useToolPaths({ ffmpeg: config.FFMPEG_PATH, ffprobe: config.FFPROBE_PATH, espeak: config.ESPEAK_NG_PATH });
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
export const translateClient = (): TranslateClient => provide('translate', () => newTranslateClient());

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
        notifyQueueUrl: config.NOTIFY_QUEUE_URL,
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

/** Validates a customer callback URL under {@link outboundPolicy} (core/callbacks/delivery.ts `assertCallbackUrl`). */
export const assertCallbackUrl = (url: string): Promise<URL> => assertCallbackUrlUnder(url, outboundPolicy());

/** Revid's API client; its key is read from Secrets Manager (`REVID_API_KEY_SECRET_ARN`) per call, cached. */
export const revidClient = (): RevidClient =>
  provide(
    'revid-client',
    (config) =>
      new RevidClient({
        baseUrl: config.REVID_BASE_URL,
        apiKey: () => secrets().get(requireConfig('REVID_API_KEY_SECRET_ARN')),
        fetch: createSafeFetch({ ...outboundPolicy(), maxBytes: 1024 * 1024 }),
        userAgent: `PetRoastAI/${config.APP_VERSION} (+https://github.com/pet-roast-ai)`,
      }),
  );

/**
 * The configured roast writer (docs/writer.md): `bedrock` (Converse through the SDK, the template
 * writer as its fallback) or `template`.
 * @throws Error when only one of BEDROCK_GUARDRAIL_ID and BEDROCK_GUARDRAIL_VERSION is set
 */
export const roastWriter = (): RoastWriter =>
  provide('roast-writer', (config) => {
    const template = new TemplateWriter();
    if (config.ROAST_WRITER !== 'bedrock') return template;
    if (Boolean(config.BEDROCK_GUARDRAIL_ID) !== Boolean(config.BEDROCK_GUARDRAIL_VERSION)) {
      throw new Error('Invalid configuration: BEDROCK_GUARDRAIL_ID and BEDROCK_GUARDRAIL_VERSION go together');
    }
    return new BedrockWriter({
      converse: bedrockConverse(),
      modelId: config.BEDROCK_MODEL_ID,
      guardrail: config.BEDROCK_GUARDRAIL_ID ? { identifier: config.BEDROCK_GUARDRAIL_ID, version: config.BEDROCK_GUARDRAIL_VERSION! } : undefined,
      timeoutMs: config.BEDROCK_TIMEOUT_MS,
      fallback: template,
    });
  });

/** The translation service (adapters/translation-service.ts) with this container's clients and secrets. */
export const translationService = (): TranslationService =>
  provide('translation', (config) =>
    createTranslationService({ config, secrets: secrets(), translateClient: translateClient(), documentClient: dynamo() }),
  );

/** Streams a provider's MP4 into the bucket as `videos/<job>/video.mp4` (adapters/job-media.ts). */
export const mirrorVideo = (jobId: string, url: string, owner?: string): Promise<string> =>
  mirrorVideoTo(mediaStore(), outboundPolicy(), jobId, url, owner);

/** The video and thumbnail URLs handed out for a completed job (presigned for `VIDEO_URL_TTL_S`). */
export const jobUrls = (job: Job): Promise<{ video_url: string | null; thumbnail_url: string | null }> =>
  jobUrlsOf(job, (key) => mediaStore().presignGet(key, getConfig().VIDEO_URL_TTL_S));

/** The video URL a completion callback carries. */
export const videoUrlFor = async (job: Job): Promise<string | null> => (await jobUrls(job)).video_url;

// ---- Callbacks ----

/**
 * Signing secrets: the secret value holds the current secret, then optionally the previous one
 * (rotation). Each value read (Secrets Manager, cached 5 minutes) is parsed and validated once.
 * @throws SigningSecretError naming a malformed entry (never its value)
 */
const signingSecrets = (): (() => Promise<string[]>) =>
  provide('signing-secrets', () => {
    let parsed: { value: string; entries: string[] } | undefined;
    return async () => {
      const value = await secrets().get(requireConfig('WEBHOOK_SIGNING_SECRET_ARN'));
      if (parsed?.value !== value) parsed = { value, entries: parseSigningSecrets(value) };
      return parsed.entries;
    };
  });

/**
 * Cold-start check of the notify worker's secret: reads and validates every entry, so a malformed
 * one fails the function's start with an error naming it, instead of failing each delivery.
 */
export async function checkSigningSecrets(): Promise<void> {
  await signingSecrets()();
}

/**
 * A client's callback settings from the `ApiClients` registry (the secret the authorizer reads; cached
 * 5 minutes, so a changed setting applies within 5 minutes, like a new key).
 */
const clientSettings = async (clientId: string): Promise<ClientCallbackSettings | undefined> =>
  callbackSettingsOf(parseClients(await secrets().get(requireConfig('API_CLIENTS_SECRET_ARN'))), clientId);

/** The notify worker's dependencies (core/callbacks/delivery.ts). */
export const notifyDeps = (): NotifyDeps =>
  provide('notify', (config) => ({
    store: jobStore(),
    fetch: createSafeFetch({ ...outboundPolicy(), maxBytes: 64 * 1024 }),
    signingSecrets: signingSecrets(),
    defaultCallbackUrl: config.DEFAULT_CALLBACK_URL,
    clientSettings: config.API_CLIENTS_SECRET_ARN ? clientSettings : undefined,
    endpoints: new EndpointRegistry(requireConfig('JOBS_TABLE_NAME'), config.RETENTION_DAYS, dynamo()),
    delayScale: config.CALLBACK_DELAY_SCALE,
    schedule: config.CALLBACK_RETRY_SCHEDULE,
  }));

// ---- Detection ----

/**
 * The native detector module, loaded only where detection runs in this process (the detector image,
 * the local runtime). The specifier is computed so bundlers leave it out: zip functions in AWS always
 * use the Lambda detector and must not carry (or try to load) onnxruntime and sharp.
 */
const IN_PROCESS_MODULE = './in-process-detector.js';
const inProcess = (): Promise<typeof import('./in-process-detector.js')> => import(IN_PROCESS_MODULE);

/**
 * The process's one model (loading its sessions takes seconds). Unlike the services it outlives
 * {@link resetServices} while `MODEL_DIR`, `DETECTION_THRESHOLD` and `PET_CLASSES` are unchanged; a
 * failed load is forgotten, so the next call tries again.
 */
let model: { key: string; promise: Promise<PetModel> } | undefined;

/** The configured pet model, loaded once per process. */
export function petModel(): Promise<PetModel> {
  const config = getConfig();
  const key = JSON.stringify([config.MODEL_DIR, config.DETECTION_THRESHOLD, config.PET_CLASSES]);
  if (model?.key !== key) {
    const entry = { key, promise: inProcess().then((m) => m.loadConfiguredModel(config)) };
    entry.promise.catch(() => {
      if (model === entry) model = undefined;
    });
    model = entry;
  }
  return model.promise;
}

/** Intake + detection in this process (the detector Lambda itself, the local runtime). */
export const inProcessDetector = (): Promise<InProcessPetDetector> =>
  provide('in-process-detector', async (config) => new (await inProcess()).InProcessPetDetector({ model: petModel, media: mediaStore(), config }));

/** The configured detector: Lambda Invoke in AWS (`DETECTOR_MODE=lambda`), in-process locally. */
export const petDetector = (): PetDetector =>
  provide('detector', (config) =>
    config.DETECTOR_MODE === 'lambda'
      ? new LambdaPetDetector(requireConfig('DETECTOR_FUNCTION_NAME'), new LambdaClient({}))
      : { detect: async (request) => (await inProcessDetector()).detect(request) },
  );

/** Health check: the model loads (in-process) or the detector function answers a ping (AWS). */
export const detectorCheck = (): Check => async () => {
  const detector = petDetector();
  if (detector instanceof LambdaPetDetector) {
    const answer = await detector.invoke({ action: 'ping' });
    if (!answer.ok) throw new Error(answer.error.message);
  } else {
    await petModel();
  }
};
