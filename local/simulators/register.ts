import { registerSimulator } from '../runtime.js';
import { startRevidSimulator } from './revid.js';
import { startBedrockSimulator } from './bedrock.js';
import { startAmazonTranslateSimulator } from './amazon-translate.js';
import { startDhruvaSimulator } from './dhruva.js';
import { startIndicTrans2Simulator } from './indictrans2.js';
import { CreateSecretCommand, SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import { BHASHINI_TTS_CONFIG_PATH, startBhashiniTtsSimulator, startGoogleTtsSimulator, startPollySimulator } from './speech.js';

/** Adds `host:port` of a simulator to the outbound allow-list (local only; the stack never sets it). */
function allow(env: Record<string, string>, url: string): void {
  const hostPort = new URL(url).host;
  const list = (env.OUTBOUND_ALLOWED_HOSTS ?? process.env.OUTBOUND_ALLOWED_HOSTS ?? '').split(',').filter(Boolean);
  env.OUTBOUND_ALLOWED_HOSTS = [...new Set([...list, hostPort])].join(',');
}

/**
 * Third-party simulators for the local runtime. Each starts only when its real service is not
 * configured: set REVID_API_KEY (and REVID_BASE_URL) to use Revid, INDICTRANS2_URL / DHRUVA_URL /
 * BHASHINI_CONFIG_URL to use real HTTP translation providers, AWS_ENDPOINT_URL_TRANSLATE for a real
 * Amazon Translate endpoint.
 */
registerSimulator(async ({ log, env }) => {
  if (process.env.REVID_API_KEY) return undefined;
  const sim = await startRevidSimulator({
    apiKey: 'local-revid-key',
    renderMs: Number(process.env.REVID_SIM_RENDER_MS ?? 3000),
    log,
  });
  env.REVID_API_KEY = sim.apiKey;
  env.REVID_BASE_URL = sim.url;
  env.REVID_VIDEO_HOSTS = new URL(sim.url).host;
  allow(env, sim.url);
  return { name: 'revid', url: sim.url, handle: sim, close: () => sim.close() };
});

/**
 * Which translation simulators the local runtime starts: `LOCAL_TRANSLATION_SIMULATORS`, a comma list of
 * `indictrans2`, `dhruva`, `amazon-translate` (default `indictrans2,amazon-translate`: the default
 * deployment's Amazon Translate plus IndicTrans2 for Odia and Assamese), or `none`.
 */
export const LOCAL_TRANSLATION_SIMULATORS_DEFAULT = 'indictrans2,amazon-translate';

function wanted(env: Record<string, string>, name: string): boolean {
  const list = (env.LOCAL_TRANSLATION_SIMULATORS ?? process.env.LOCAL_TRANSLATION_SIMULATORS ?? LOCAL_TRANSLATION_SIMULATORS_DEFAULT).split(',').map((s) => s.trim());
  return list.includes(name);
}

/** Adds a provider to TRANSLATION_SIMULATED (labelled `simulated: true` in responses). */
function markSimulated(env: Record<string, string>, name: string): void {
  const list = (env.TRANSLATION_SIMULATED ?? '').split(',').filter(Boolean);
  env.TRANSLATION_SIMULATED = [...new Set([...list, name])].join(',');
}

const realHttpProvider = (): boolean => ['INDICTRANS2_URL', 'DHRUVA_URL', 'BHASHINI_CONFIG_URL'].some((k) => process.env[k]);

registerSimulator(async ({ log, env }) => {
  if (realHttpProvider() || !wanted(env, 'indictrans2')) return undefined;
  const sim = await startIndicTrans2Simulator({ log });
  env.INDICTRANS2_URL = sim.url;
  markSimulated(env, 'indictrans2');
  allow(env, sim.url);
  return { name: 'indictrans2', url: sim.url, handle: sim, close: () => sim.close() };
});

registerSimulator(async ({ log, env }) => {
  if (realHttpProvider() || !wanted(env, 'dhruva')) return undefined;
  const sim = await startDhruvaSimulator({ log });
  env.DHRUVA_URL = sim.url;
  markSimulated(env, 'dhruva');
  allow(env, sim.url);
  return { name: 'dhruva', url: sim.url, handle: sim, close: () => sim.close() };
});

/**
 * Amazon Translate is on in the default stack and moto has no Translate backend, so its simulator
 * answers locally: the real TranslateClient reaches it through the SDK's service-specific endpoint
 * variable. Setting AWS_ENDPOINT_URL_TRANSLATE yourself (e.g. to the real regional endpoint) skips it.
 */
registerSimulator(async ({ log, env }) => {
  if (process.env.AWS_ENDPOINT_URL_TRANSLATE || !wanted(env, 'amazon-translate')) return undefined;
  const sim = await startAmazonTranslateSimulator({ log });
  env.AWS_ENDPOINT_URL_TRANSLATE = sim.url;
  markSimulated(env, 'amazon-translate');
  return { name: 'amazon-translate', url: sim.url, handle: sim, close: () => sim.close() };
});

/**
 * Amazon Bedrock Runtime (the `bedrock` roast writer, docs/writer.md): the SIMULATED Converse endpoint
 * answers locally, reached by the real BedrockRuntimeClient through the SDK's service-specific endpoint
 * variable. The local default writer is `template` (offline); `ROAST_WRITER=bedrock npm start` uses
 * the simulator. Setting AWS_ENDPOINT_URL_BEDROCK_RUNTIME yourself (e.g. to the real regional endpoint,
 * with real credentials) skips it.
 */
registerSimulator(async ({ log, env }) => {
  if (process.env.AWS_ENDPOINT_URL_BEDROCK_RUNTIME) return undefined;
  const sim = await startBedrockSimulator({ log });
  env.AWS_ENDPOINT_URL_BEDROCK_RUNTIME = sim.url;
  return { name: 'bedrock', url: sim.url, handle: sim, close: () => sim.close() };
});

/**
 * SIMULATED cloud voices (docs/voices.md "Local simulators"): `LOCAL_TTS_SIMULATORS`, a comma list of
 * `polly`, `bhashini`, `google` (default none: `npm start` speaks with espeak-ng only). Each one is wired
 * as a deployment with that provider's key would be: Polly through the real SDK (`TTS_ENGINE=polly`,
 * `AWS_ENDPOINT_URL_POLLY`), Google and Bhashini with their keys in (emulated) Secrets Manager, read by the
 * render worker like the stack's secrets. Every one is listed in `TTS_SIMULATED`, so a job reports
 * `narration.simulated: true`.
 */
const ttsWanted = (name: string): boolean =>
  (process.env.LOCAL_TTS_SIMULATORS ?? '')
    .split(',')
    .map((s) => s.trim())
    .includes(name);

function markTtsSimulated(env: Record<string, string>, name: string): void {
  const list = (env.TTS_SIMULATED ?? '').split(',').filter(Boolean);
  env.TTS_SIMULATED = [...new Set([...list, name])].join(',');
}

/** Stores a local secret on the AWS emulator (already running when simulators start) and returns its ARN. */
async function localSecret(name: string, value: string): Promise<string> {
  const client = new SecretsManagerClient({});
  const created = await client.send(new CreateSecretCommand({ Name: `${name}-${Date.now()}`, SecretString: value }));
  return created.ARN!;
}

registerSimulator(async ({ log, env }) => {
  if (!ttsWanted('polly')) return undefined;
  const sim = await startPollySimulator({ log });
  env.AWS_ENDPOINT_URL_POLLY = sim.url;
  env.TTS_ENGINE = 'polly';
  markTtsSimulated(env, 'polly');
  return { name: 'polly', url: sim.url, handle: sim, close: () => sim.close() };
});

registerSimulator(async ({ log, env }) => {
  if (!ttsWanted('bhashini')) return undefined;
  const sim = await startBhashiniTtsSimulator({ log });
  env.BHASHINI_TTS_CONFIG_URL = `${sim.url}${BHASHINI_TTS_CONFIG_PATH}`;
  env.BHASHINI_TTS_SECRET_ARN = await localSecret('local-bhashini-tts', JSON.stringify({ userID: 'local-user', ulcaApiKey: 'local-ulca-key' }));
  markTtsSimulated(env, 'bhashini');
  allow(env, sim.url);
  return { name: 'bhashini-tts', url: sim.url, handle: sim, close: () => sim.close() };
});

registerSimulator(async ({ log, env }) => {
  if (!ttsWanted('google')) return undefined;
  const apiKey = 'local-google-tts-key';
  const sim = await startGoogleTtsSimulator({ log, apiKey });
  env.GOOGLE_TTS_URL = sim.url;
  env.GOOGLE_TTS_API_KEY_SECRET_ARN = await localSecret('local-google-tts', apiKey);
  markTtsSimulated(env, 'google');
  allow(env, sim.url);
  return { name: 'google-tts', url: sim.url, handle: sim, close: () => sim.close() };
});
