import { startLocalRuntime } from './runtime.js';
import { clearLocalState, writeLocalState } from './state.js';
import './simulators/register.js';

/**
 * `npm start`: the service on localhost:8000 (PORT overrides) with the AWS emulator, the model and
 * the simulators, all provisioned here. Ctrl-C stops everything.
 */
const started = Date.now();
const { ensureModels } = await import('../models/setup.js');
await ensureModels();
// Callbacks of jobs without callback_url go to the built-in inbox unless DEFAULT_CALLBACK_URL is set (docs/playground.md).
const runtime = await startLocalRuntime({ port: Number(process.env.PORT ?? 8000), callbackInbox: true });
// For operator scripts run beside it (npm run effects:add): the emulator and the resources' names.
writeLocalState({
  pid: process.pid,
  url: runtime.url,
  awsEndpoint: runtime.aws.endpoint,
  region: process.env.AWS_REGION ?? 'us-east-1',
  tableName: process.env.JOBS_TABLE_NAME!,
  bucketName: process.env.MEDIA_BUCKET_NAME!,
  arCloudManifestUrl: runtime.arCloudManifestUrl,
  ...(process.env.FILTERS_CATALOGUE_PATH ? { filtersCataloguePath: process.env.FILTERS_CATALOGUE_PATH } : {}),
});

console.log(`
Pet Roast AI is running (${((Date.now() - started) / 1000).toFixed(1)} s)
  API           ${runtime.url}
  API key       ${runtime.apiKey}   (client 'local'; send as x-api-key or Authorization: Bearer; checked by the template's authorizer; LOCAL_API_KEY (20+ chars) chooses it)
${runtime.clients.slice(1).map((c) => `  Client        ${c.id}   (from LOCAL_API_CLIENTS; sees only its own jobs and uploads)\n`).join('')}  Playground    ${runtime.playgroundUrl}
  Signing secret ${runtime.signingSecret}   (callbacks are signed with it; WEBHOOK_SIGNING_SECRET chooses it)
  Callbacks     ${runtime.defaultCallbackUrl ?? 'none'}${runtime.defaultCallbackUrl === runtime.callbackInbox.url ? '   (the built-in inbox, listed in the playground; DEFAULT_CALLBACK_URL overrides)' : ''}
  AWS emulator  ${runtime.aws.endpoint}
  AR Cloud      ${runtime.arCloudManifestUrl}   (Banuba SDK manifest URL; publish effects with npm run effects:add, docs/ar-cloud.md)
  Simulators    ${runtime.simulators.map((s) => `${s.name} ${s.url}`).join(', ') || 'none'}
  Try           curl ${runtime.url}/healthz
                curl -H "x-api-key: ${runtime.apiKey}" ${runtime.url}/api/banuba-filters?pet=dog
Press Ctrl-C to stop.`);

let stopping = false;
const shutdown = async (signal: string): Promise<void> => {
  if (stopping) return;
  stopping = true;
  console.log(`\n${signal}: stopping…`);
  clearLocalState();
  await runtime.stop();
  process.exit(0);
};
process.on('SIGINT', () => void shutdown('SIGINT'));
process.on('SIGTERM', () => void shutdown('SIGTERM'));
