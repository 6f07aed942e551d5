import { z } from 'zod';
import type { Config } from '../domain/config.js';
import { logger } from '../domain/observability.js';
import { createSafeFetch, type HttpFetch } from '../engines/outbound/index.js';
import type { SecretSource } from '../domain/ports.js';
import { createBhashiniSpeechProvider } from '../engines/speech/bhashini.js';
import { createEspeakSpeechProvider } from '../engines/speech/espeak.js';
import { createGoogleSpeechProvider } from '../engines/speech/google.js';
import { formatSpeechCoverage, parseSpeechRoutes, speechCoverage } from '../engines/speech/routing.js';
import { SpeechService } from '../engines/speech/service.js';
import { isSpeechProviderName, SpeechProviderError, type SpeechProvider, type SpeechProviderName } from '../engines/speech/types.js';
import { ProviderBreakers } from '../engines/translation/breaker.js';
import { provide, secrets as sharedSecrets } from './composition.js';
import { createPollySpeechProvider, pollyClient } from './polly-tts.js';
import { readApiKey } from './translation-providers.js';

/** The public ULCA pipeline config endpoint (docs/voices.md "Bhashini"). */
export const BHASHINI_TTS_DEFAULT_CONFIG_URL = 'https://meity-auth.ulcacontrib.org/ulca/apis/v0/model/getModelsPipeline';

/** Largest speech answer read (bytes): a base64 WAV of one caption line is well under this. */
const SPEECH_MAX_RESPONSE_BYTES = 16 * 1024 * 1024;

const BhashiniSecret = z.object({ userID: z.string().min(1), ulcaApiKey: z.string().min(1), pipelineId: z.string().min(1).optional() });

/** A secret read per call (the SecretSource caches); a failure is the provider's `auth` failure, never the value. */
const secretReader =
  <T>(provider: SpeechProviderName, variable: string, arn: string, secrets: SecretSource, parse: (raw: string) => T) =>
  async (): Promise<T> => {
    try {
      return parse(await secrets.get(arn));
    } catch (err) {
      logger.error('speech provider credentials could not be read', { provider, variable, error: (err as Error)?.name });
      throw new SpeechProviderError(provider, `The credentials of speech provider '${provider}' (${variable}) could not be read.`, 'auth');
    }
  };

export interface BuildSpeechProvidersOptions {
  config: Config;
  secrets: SecretSource;
  fetch: HttpFetch;
}

/**
 * The configured speech providers (docs/voices.md "Configuration"): Polly with `TTS_ENGINE=polly`, Google
 * with `GOOGLE_TTS_API_KEY_SECRET_ARN`, Bhashini with `BHASHINI_TTS_SECRET_ARN`, espeak-ng always.
 * `TTS_SIMULATED` names the ones answered by local simulators.
 */
export function buildSpeechProviders({ config, secrets, fetch }: BuildSpeechProvidersOptions): SpeechProvider[] {
  const simulated = new Set((config.TTS_SIMULATED ?? '').split(',').map((s) => s.trim()).filter(isSpeechProviderName));
  const providers: SpeechProvider[] = [];
  if (config.TTS_ENGINE === 'polly') providers.push(createPollySpeechProvider(pollyClient(), { simulated: simulated.has('polly') }));
  if (config.BHASHINI_TTS_SECRET_ARN) {
    providers.push(
      createBhashiniSpeechProvider({
        configUrl: config.BHASHINI_TTS_CONFIG_URL ?? BHASHINI_TTS_DEFAULT_CONFIG_URL,
        fetch,
        credentials: secretReader('bhashini', 'BHASHINI_TTS_SECRET_ARN', config.BHASHINI_TTS_SECRET_ARN, secrets, (raw) => BhashiniSecret.parse(JSON.parse(raw))),
        simulated: simulated.has('bhashini'),
      }),
    );
  }
  if (config.GOOGLE_TTS_API_KEY_SECRET_ARN) {
    providers.push(
      createGoogleSpeechProvider({
        url: config.GOOGLE_TTS_URL,
        apiKey: secretReader('google', 'GOOGLE_TTS_API_KEY_SECRET_ARN', config.GOOGLE_TTS_API_KEY_SECRET_ARN, secrets, readApiKey),
        fetch,
        simulated: simulated.has('google'),
      }),
    );
  }
  providers.push(createEspeakSpeechProvider());
  return providers;
}

/**
 * The narration's speech service from configuration: the providers above, TTS_ROUTES, one breaker per
 * provider (kept for the container's life). Logs the route table once.
 * @throws Error at once when TTS_ROUTES is invalid
 */
export function createNarrationService(config: Config, deps: { secrets?: SecretSource; fetch?: HttpFetch } = {}): SpeechService {
  const fetch = deps.fetch ?? createSafeFetch({ maxBytes: SPEECH_MAX_RESPONSE_BYTES, allowedHosts: config.OUTBOUND_ALLOWED_HOSTS });
  const providers = buildSpeechProviders({ config, secrets: deps.secrets ?? sharedSecrets(), fetch });
  const routes = parseSpeechRoutes(config.TTS_ROUTES);
  logger.info('narration speech routes', {
    routes: formatSpeechCoverage(speechCoverage(providers.map((p) => p.name), routes)),
  });
  return new SpeechService({ providers, routes, breakers: new ProviderBreakers<SpeechProviderName>({}, 'speech') });
}

/** The render worker's narration service (built once per container by the composition root). */
export const narrationService = (): SpeechService => provide('narration', (config) => createNarrationService(config));
