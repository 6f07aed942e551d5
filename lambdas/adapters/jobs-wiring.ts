import { callbackSettingsOf, parseClients, type ClientCallbackSettings } from '../domain/auth/clients.js';
import { assertCallbackUrl as assertCallbackUrlUnder, type CallbackDeps } from '../domain/callbacks/delivery.js';
import { parseSigningSecrets } from '../domain/callbacks/signing.js';
import { getConfig, requireConfig } from '../domain/config.js';
import type { Job } from '../domain/jobs/model.js';
import { createSafeFetch } from '../engines/outbound/index.js';
import { assertMusicUrl as assertMusicUrlUnder } from '../engines/intake/music-fetch.js';
import { RevidClient } from '../engines/revid/client.js';
import { BedrockWriter } from '../engines/writer/bedrock.js';
import { TemplateWriter, type RoastWriter } from '../engines/writer/index.js';
import { bedrockConverse } from './bedrock.js';
import { dynamo, jobStore, mediaStore, outboundPolicy, provide, secrets } from './composition.js';
import { EndpointRegistry } from './endpoint-registry.js';
import { jobUrls as jobUrlsOf, mirrorVideo as mirrorVideoTo, type JobUrls } from './job-media.js';
import type { CallbackUrls } from '../domain/callbacks/delivery.js';

/**
 * Part of the composition root (composition.ts, whose cache and reset it uses): the job pipeline's
 * heavier services (Revid client, roast writer, callback delivery, job media), kept apart so functions
 * that need none of them (filters, uploads, the authorizer) do not bundle them.
 */

/** Validates a customer callback URL under {@link outboundPolicy} (domain/callbacks/delivery.ts `assertCallbackUrl`). */
export const assertCallbackUrl = (url: string): Promise<URL> => assertCallbackUrlUnder(url, outboundPolicy());

/** Validates a caller's `music_url` under {@link outboundPolicy} (engines/intake/music-fetch.ts `assertMusicUrl`). */
export const assertMusicUrl = (url: string): Promise<void> => assertMusicUrlUnder(url, outboundPolicy());

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

/** Streams a provider's MP4 into the bucket as `videos/<job>/video.mp4` (adapters/job-media.ts). */
export const mirrorVideo = (jobId: string, url: string, owner?: string): Promise<string> =>
  mirrorVideoTo(mediaStore(), outboundPolicy(), jobId, url, owner);

/** The video and thumbnail URLs handed out for a completed job (presigned for `VIDEO_URL_TTL_S`). */
export const jobUrls = (job: Job): Promise<JobUrls> => jobUrlsOf(job, (key) => mediaStore().presignGet(key, getConfig().VIDEO_URL_TTL_S));

/** The video and subtitles URLs a completion callback carries. */
export const callbackUrlsFor = async (job: Job): Promise<CallbackUrls> => {
  const { video_url, subtitles_url } = await jobUrls(job);
  return { video_url, subtitles_url };
};

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
 * Cold-start check of the callback worker's secret: reads and validates every entry, so a malformed
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

/** The callback worker's dependencies (domain/callbacks/delivery.ts). */
export const callbackDeps = (): CallbackDeps =>
  provide('callback', (config) => ({
    store: jobStore(),
    fetch: createSafeFetch({ ...outboundPolicy(), maxBytes: 64 * 1024 }),
    signingSecrets: signingSecrets(),
    defaultCallbackUrl: config.DEFAULT_CALLBACK_URL,
    clientSettings: config.API_CLIENTS_SECRET_ARN ? clientSettings : undefined,
    endpoints: new EndpointRegistry(requireConfig('JOBS_TABLE_NAME'), config.RETENTION_DAYS, dynamo()),
    delayScale: config.CALLBACK_DELAY_SCALE,
    schedule: config.CALLBACK_RETRY_SCHEDULE,
  }));
