import { TranslateClient, TranslateTextCommand } from '@aws-sdk/client-translate';
import { z } from 'zod';
import { getConfig, type Config } from '../domain/config.js';
import { AppError, errors } from '../domain/errors.js';
import type { HttpFetch } from '../engines/outbound/index.js';
import { logger } from '../domain/observability.js';
import type { SecretSource } from '../domain/ports.js';
import { createAmazonTranslateProvider, type TranslateTextApi } from '../engines/translation/amazon-translate.js';
import { createBhashiniProvider, type BhashiniCredentials } from '../engines/translation/bhashini.js';
import { createDhruvaProvider } from '../engines/translation/dhruva.js';
import { createIndicTrans2Provider } from '../engines/translation/indictrans2.js';
import { ProviderCallError, type RetryPolicy } from '../engines/translation/retry.js';
import { createProviderRouter, type ProviderRouter } from '../engines/translation/routing.js';
import { isProviderName, PROVIDER_NAMES, type ProviderName, type TranslationProvider } from '../engines/translation/types.js';
import { SecretsManagerSource } from './secrets.js';

/**
 * A new Amazon Translate client (the composition root keeps one per container). `maxAttempts: 1` because
 * the provider's own retry policy (timeouts, backoff, Retry-After) already retries; two nested retry
 * loops would multiply the attempts.
 */
export const newTranslateClient = (): TranslateClient => new TranslateClient({ maxAttempts: 1 });

/** TranslateText through the SDK, as the domain's {@link TranslateTextApi}. */
export function createTranslateTextApi(client: TranslateClient = newTranslateClient()): TranslateTextApi {
  return async (request, signal) => {
    const output = await client.send(new TranslateTextCommand(request), { abortSignal: signal });
    if (typeof output.TranslatedText !== 'string') throw new ProviderCallError('protocol', 'TranslateText returned no TranslatedText');
    return output.TranslatedText;
  };
}

const SimulatedFlag = z
  .string()
  .optional()
  .transform((value): ProviderName[] => {
    const v = (value ?? '').trim().toLowerCase();
    if (v === '' || v === '0' || v === 'false' || v === 'off') return [];
    if (v === '1' || v === 'true' || v === 'on') return ['indictrans2', 'dhruva', 'bhashini'];
    return v.split(',').map((s) => s.trim()).filter(isProviderName);
  });

/**
 * `TRANSLATION_SIMULATED` (set only by the local runtime, never by the stack): `1`/`true` marks every
 * HTTP provider as a simulator, or a comma-separated list names the ones that are (e.g.
 * `indictrans2,amazon-translate`; Amazon Translate is simulated only when named).
 * Those report `simulated: true` and a `*-simulator` model in `provider_metadata`.
 */
export const simulatedProviders = (value: string | undefined): ProviderName[] => SimulatedFlag.parse(value);

/** A secret that holds either the bare key or JSON such as `{"apiKey":"…"}` (the console's key/value form). */
export function readApiKey(raw: string): string {
  const trimmed = raw.trim();
  if (!trimmed.startsWith('{')) return trimmed;
  try {
    const json = JSON.parse(trimmed) as Record<string, unknown>;
    const key = json.apiKey ?? json.api_key ?? json.key;
    if (typeof key === 'string' && key) return key;
  } catch {
    // fall through
  }
  throw new Error('the secret is JSON without an apiKey field');
}

const BhashiniSecret = z.object({ userID: z.string().min(1), ulcaApiKey: z.string().min(1), pipelineId: z.string().min(1).optional() });

/** Reads a credential through the SecretSource; failures are a 503 that names the setting, never the value. */
async function resolveSecret<T>(provider: ProviderName, variable: string, arn: string, secrets: SecretSource, parse: (raw: string) => T): Promise<T> {
  try {
    return parse(await secrets.get(arn));
  } catch (err) {
    if (err instanceof AppError) throw err;
    // Only the error's name: a JSON.parse message would quote the secret.
    logger.error('translation provider credentials could not be read', { provider, variable, error: (err as Error)?.name });
    throw errors.providerNotConfigured(`The credentials of translation provider '${provider}' (${variable}) could not be read.`);
  }
}

export interface BuildTranslationProvidersOptions {
  /** Default `getConfig()`. */
  config?: Config;
  /** Default: a new Secrets Manager source through Powertools Parameters (cached). */
  secrets?: SecretSource;
  /** Outbound HTTP for IndicTrans2, Dhruva and Bhashini; production passes the SSRF-safe client. */
  fetch: HttpFetch;
  translateClient?: TranslateClient;
  /** Providers that are local simulators; default from `config.TRANSLATION_SIMULATED`. */
  simulated?: readonly ProviderName[];
  retry?: Partial<RetryPolicy>;
}

/**
 * The providers the configuration enables, in the default route order:
 *
 * | Provider | Enabled by | Credentials (Secrets Manager) |
 * |---|---|---|
 * | indictrans2 | `INDICTRANS2_URL` | optional `INDICTRANS2_API_KEY_SECRET_ARN` (Bearer for a gateway) |
 * | dhruva | `DHRUVA_URL` | `DHRUVA_API_KEY_SECRET_ARN` (raw `Authorization` key) |
 * | bhashini | `BHASHINI_CONFIG_URL` + `BHASHINI_SECRET_ARN` | JSON `{"userID","ulcaApiKey","pipelineId"?}` |
 * | amazon-translate | `AMAZON_TRANSLATE=on` | IAM (`translate:TranslateText`) |
 *
 * Secrets are read per call through the cached SecretSource, so nothing is fetched at start-up and a
 * rotated key is picked up within the cache period.
 */
export function buildTranslationProviders(options: BuildTranslationProvidersOptions): TranslationProvider[] {
  const config = options.config ?? getConfig();
  const secrets = options.secrets ?? new SecretsManagerSource();
  const simulated = new Set(options.simulated ?? simulatedProviders(config.TRANSLATION_SIMULATED));
  const providers: TranslationProvider[] = [];
  const secretFn = (provider: ProviderName, variable: string, arn: string | undefined) =>
    arn ? () => resolveSecret(provider, variable, arn, secrets, readApiKey) : undefined;

  if (config.INDICTRANS2_URL) {
    providers.push(
      createIndicTrans2Provider({
        baseUrl: config.INDICTRANS2_URL,
        fetch: options.fetch,
        apiKey: secretFn('indictrans2', 'INDICTRANS2_API_KEY_SECRET_ARN', config.INDICTRANS2_API_KEY_SECRET_ARN),
        simulated: simulated.has('indictrans2'),
        retry: options.retry,
      }),
    );
  }
  if (config.DHRUVA_URL) {
    if (!config.DHRUVA_API_KEY_SECRET_ARN && !simulated.has('dhruva')) {
      logger.warn('DHRUVA_URL is set without DHRUVA_API_KEY_SECRET_ARN; Dhruva will reject the calls (401)');
    }
    providers.push(
      createDhruvaProvider({
        baseUrl: config.DHRUVA_URL,
        fetch: options.fetch,
        apiKey: secretFn('dhruva', 'DHRUVA_API_KEY_SECRET_ARN', config.DHRUVA_API_KEY_SECRET_ARN),
        simulated: simulated.has('dhruva'),
        retry: options.retry,
      }),
    );
  }
  if (config.BHASHINI_CONFIG_URL) {
    const arn = config.BHASHINI_SECRET_ARN;
    const credentials = async (): Promise<BhashiniCredentials> => {
      if (!arn) throw errors.providerNotConfigured('BHASHINI_CONFIG_URL is set but BHASHINI_SECRET_ARN is not.');
      return resolveSecret('bhashini', 'BHASHINI_SECRET_ARN', arn, secrets, (raw) => BhashiniSecret.parse(JSON.parse(raw)));
    };
    providers.push(
      createBhashiniProvider({
        configUrl: config.BHASHINI_CONFIG_URL,
        fetch: options.fetch,
        credentials,
        simulated: simulated.has('bhashini'),
        retry: options.retry,
      }),
    );
  }
  if (config.AMAZON_TRANSLATE) {
    providers.push(
      createAmazonTranslateProvider({
        translateText: createTranslateTextApi(options.translateClient ?? newTranslateClient()),
        simulated: simulated.has('amazon-translate'),
        retry: options.retry,
      }),
    );
  }
  return providers;
}

/** The configured providers behind the routing table of `TRANSLATION_ROUTES` (format: engines/translation/routing.ts). */
export function buildTranslationRouter(options: BuildTranslationProvidersOptions): ProviderRouter {
  const config = options.config ?? getConfig();
  const providers = buildTranslationProviders({ ...options, config });
  logger.info('translation providers', {
    configured: providers.map((p) => `${p.name}${p.simulated ? ' (simulator)' : ''}`),
    order: config.TRANSLATION_ROUTES ?? PROVIDER_NAMES.join(','),
  });
  return createProviderRouter(providers, config.TRANSLATION_ROUTES);
}
