import { PassThrough } from 'node:stream';
import { getConfig, requireConfig } from '../core/config.js';
import { errors } from '../core/errors.js';
import { FilterCatalogue } from '../core/filters.js';
import type { Job } from '../core/jobs/model.js';
import type { NotifyDeps } from '../core/callbacks/delivery.js';
import { parseSigningSecrets } from '../core/callbacks/signing.js';
import type { RenderDeps } from '../core/jobs/render.js';
import { assertPublicUrl, createSafeFetch, streamToSink, TransportError, type OutboundPolicy } from '../core/outbound/index.js';
import { RevidClient } from '../core/providers/revid/client.js';
import { VERSION } from '../core/version.js';
import { OWNER_METADATA } from '../core/auth/ownership.js';
import { callbackSettingsOf, parseClients, type ClientCallbackSettings } from '../core/auth/clients.js';
import { BedrockWriter } from '../core/writer/bedrock.js';
import { TemplateWriter, type RoastWriter } from '../core/writer/index.js';
import { bedrockConverse } from './bedrock.js';
import { EndpointRegistry } from './endpoint-registry.js';
import { DynamoJobStore } from './job-store.js';
import { S3MediaStore } from './s3-media-store.js';
import { secrets } from './secrets.js';
import { SqsWorkQueues } from './work-queues.js';

/**
 * The one place that turns configuration into the job services' dependencies. Everything is built
 * once per container (module scope) and shared by every invocation.
 */
let cache: Partial<{
  store: DynamoJobStore;
  queues: SqsWorkQueues;
  media: S3MediaStore;
  catalogue: FilterCatalogue;
  revid: RevidClient;
  render: RenderDeps;
  notify: NotifyDeps;
}> = {};

/**
 * The outbound policy every call of this deployment starts from: the configured allow-list
 * (`OUTBOUND_ALLOWED_HOSTS`, local simulators and tests only; empty in every deployed stack).
 */
export const outboundPolicy = (): OutboundPolicy => ({ allowedHosts: getConfig().OUTBOUND_ALLOWED_HOSTS });

/** Test hook: rebuild from the current environment. */
export function resetJobsWiring(): void {
  cache = {};
}

export const jobStore = (): DynamoJobStore => (cache.store ??= new DynamoJobStore(requireConfig('JOBS_TABLE_NAME')));
export const workQueues = (): SqsWorkQueues =>
  (cache.queues ??= new SqsWorkQueues(getConfig().RENDER_QUEUE_URL, getConfig().NOTIFY_QUEUE_URL));
export const mediaStore = (): S3MediaStore => (cache.media ??= new S3MediaStore(requireConfig('MEDIA_BUCKET_NAME')));
export const catalogue = (): FilterCatalogue => (cache.catalogue ??= FilterCatalogue.load(getConfig().FILTERS_CATALOGUE_PATH));

/** Revid's API key: Secrets Manager in AWS (and on the local emulator). */
const revidKey = (): Promise<string> => secrets().get(requireConfig('REVID_API_KEY_SECRET_ARN'));

export const revidClient = (): RevidClient =>
  (cache.revid ??= new RevidClient({
    baseUrl: getConfig().REVID_BASE_URL,
    apiKey: revidKey,
    fetch: createSafeFetch({ ...outboundPolicy(), maxBytes: 1024 * 1024 }),
    userAgent: `PetRoastAI/${VERSION} (+https://github.com/pet-roast-ai)`,
  }));

/**
 * The configured roast writer (docs/writer.md): `bedrock` (Converse through the SDK, the template
 * writer as its fallback) or `template`.
 */
export function roastWriter(): RoastWriter {
  const config = getConfig();
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
}


/**
 * The render worker's dependencies, built once per container by `build` (adapters/render-wiring.ts,
 * which only the render worker imports: it carries the built-in renderer and its native sharp).
 */
export const cachedRenderDeps = (build: () => RenderDeps): RenderDeps => (cache.render ??= build());


/**
 * Streams the provider's MP4 into `videos/<job>/video.mp4` without buffering it (≤ 200 MB); `owner`
 * (the job's client) is recorded as the object's `x-amz-meta-client-id`.
 */
export async function mirrorVideo(jobId: string, url: string, owner?: string): Promise<string> {
  const key = `videos/${jobId}/video.mp4`;
  const pipe = new PassThrough();
  const upload = mediaStore().put(key, pipe, 'video/mp4', owner === undefined ? undefined : { [OWNER_METADATA]: owner });
  try {
    await streamToSink(url, outboundPolicy(), (chunk) =>
      pipe.write(chunk) ? undefined : new Promise<void>((resolve) => pipe.once('drain', () => resolve())),
    );
    pipe.end();
  } catch (err) {
    pipe.destroy(err as Error);
    await upload.catch(() => undefined);
    throw err;
  }
  await upload;
  return key;
}

let parsedSecrets: { value: string; entries: string[] } | undefined;

/**
 * Signing secrets: the secret value holds the current secret, then optionally the previous one
 * (rotation). Each value read (Secrets Manager, cached 5 minutes) is parsed and validated once.
 * @throws SigningSecretError naming a malformed entry (never its value).
 */
async function signingSecrets(): Promise<string[]> {
  const value = await secrets().get(requireConfig('WEBHOOK_SIGNING_SECRET_ARN'));
  if (parsedSecrets?.value !== value) parsedSecrets = { value, entries: parseSigningSecrets(value) };
  return parsedSecrets.entries;
}

/**
 * Cold-start check of the notify worker's secret: reads and validates every entry, so a malformed
 * one fails the function's start with an error naming it, instead of failing each delivery.
 */
export async function checkSigningSecrets(): Promise<void> {
  await signingSecrets();
}

/**
 * A client's callback settings from the `ApiClients` registry (the secret the authorizer reads; cached
 * 5 minutes, so a changed setting applies within 5 minutes, like a new key).
 */
async function clientSettings(clientId: string): Promise<ClientCallbackSettings | undefined> {
  return callbackSettingsOf(parseClients(await secrets().get(requireConfig('API_CLIENTS_SECRET_ARN'))), clientId);
}

export function notifyDeps(): NotifyDeps {
  if (cache.notify) return cache.notify;
  const config = getConfig();
  cache.notify = {
    store: jobStore(),
    fetch: createSafeFetch({ ...outboundPolicy(), maxBytes: 64 * 1024 }),
    signingSecrets,
    defaultCallbackUrl: config.DEFAULT_CALLBACK_URL,
    clientSettings: config.API_CLIENTS_SECRET_ARN ? clientSettings : undefined,
    endpoints: new EndpointRegistry(requireConfig('JOBS_TABLE_NAME'), config.RETENTION_DAYS),
    delayScale: config.CALLBACK_DELAY_SCALE,
    schedule: config.CALLBACK_RETRY_SCHEDULE,
  };
  return cache.notify;
}

/**
 * The S3 objects of a job: the keys it records (validated media, mirrored video) and anything else under
 * its `media/<job>/` and `videos/<job>/` prefixes. DELETE /api/jobs and the erasure script remove these.
 */
export async function jobObjectKeys(job: Pick<Job, 'job_id' | 'media_key' | 'video_key'>, media: S3MediaStore = mediaStore()): Promise<string[]> {
  const listed = await Promise.all([media.list(`media/${job.job_id}/`), media.list(`videos/${job.job_id}/`)]);
  return [...new Set([job.media_key, job.video_key, ...listed.flat()].filter((k): k is string => Boolean(k)))];
}

/** The URL handed out for a completed job: a presigned GET of our mirror, else the provider's URL. */
export async function videoUrlFor(job: Job): Promise<string | null> {
  if (job.video_key) return mediaStore().presignGet(job.video_key, getConfig().VIDEO_URL_TTL_S);
  return job.provider_video_url ?? null;
}

/** The thumbnail URL handed out: a presigned GET of our copy (built-in renders), else the provider's URL. */
export async function thumbnailUrlFor(job: Job): Promise<string | null> {
  if (job.thumbnail_key) return mediaStore().presignGet(job.thumbnail_key, getConfig().VIDEO_URL_TTL_S);
  return job.thumbnail_url ?? null;
}

/**
 * Validates a customer callback URL at submission time (public https host, resolvable).
 * @throws AppError 422 `validation_error` naming `body.callback_url` and saying why it is refused
 */
export async function assertCallbackUrl(url: string): Promise<URL> {
  try {
    return await assertPublicUrl(url, outboundPolicy());
  } catch (err) {
    if (err instanceof TransportError) throw errors.validation([{ path: 'body.callback_url', message: err.message }]);
    throw err;
  }
}
