import { randomBytes, randomUUID } from 'node:crypto';
import type http from 'node:http';
import path from 'node:path';
import { startAwsEmulator, type AwsEmulator } from './moto.js';
import { synthTemplate, resourcesOfType, type CfnTemplate } from './template.js';
import { provision, type Provisioned } from './provision.js';
import { loadFunctions, mergeEnvironments, type LocalFunction } from './functions.js';
import { apiKeySourceOf, binaryMediaTypesOf, corsAllowOriginOf, createGateway, listen, routesFromTemplate } from './gateway.js';
import { ApiClient, hashApiKey } from '../lambdas/domain/auth/clients.js';
import { parseRate, QueuePoller } from './pollers.js';
import { resetServices } from '../lambdas/adapters/composition.js';
import { parseSigningSecrets } from '../lambdas/domain/callbacks/signing.js';
import { CALLBACK_INBOX_PATH, createCallbackInbox, type InboxDelivery } from './callback-inbox.js';
import { buildPlayground, PLAYGROUND_SETTINGS_PATH } from '../playground/build.js';

export const REPO_ROOT = path.resolve(import.meta.dirname, '..');

/** A third-party simulator the runtime starts when no real endpoint is configured. */
export interface Simulator<H = unknown> {
  name: string;
  url: string;
  /** The simulator's own controls (fault injection, counters) for tests. */
  handle: H;
  close(): Promise<void>;
}

/**
 * A client of the local registry: its id and key, and optionally its own callback settings
 * (`default_callback_url`, `signing_secrets`, `outro`, as in the deployed registry; docs/tenancy.md).
 */
export type LocalClient = { id: string; key: string } & Pick<ApiClient, 'default_callback_url' | 'signing_secrets' | 'outro'>;

export interface LocalRuntimeOptions {
  port?: number;
  host?: string;
  /** The key of the client `local` (default: `LOCAL_API_KEY`, else generated). */
  apiKey?: string;
  /** More clients besides `local` (default: parsed from `LOCAL_API_CLIENTS="id=key,id=key"`). */
  clients?: LocalClient[];
  log?: (line: string) => void;
  /** Start the third-party simulators (default true). */
  simulators?: boolean;
  /** Extra environment for the functions (wins over the template's). */
  env?: Record<string, string>;
  /** Run EventBridge schedules every N ms instead of their rate (tests). */
  scheduleIntervalMs?: number;
  /** Start the SQS pollers (default true). */
  pollers?: boolean;
  /**
   * Point `DEFAULT_CALLBACK_URL` at the built-in callback inbox (`POST /_local/callbacks`) when it is not
   * set in the environment (`npm start` does; default false, so tests choose their own receivers).
   */
  callbackInbox?: boolean;
}

export interface LocalRuntime {
  url: string;
  apiKey: string;
  /** Every registered client, `local` first (keys included: this is the developer's own runtime). */
  clients: Array<{ id: string; key: string }>;
  aws: AwsEmulator;
  /** The deployment's webhook signing secret (`whsec_…`; `WEBHOOK_SIGNING_SECRET` chooses it): what callbacks are signed with. */
  signingSecret: string;
  /** The built-in callback inbox: its URL and what it received (newest last). */
  callbackInbox: { url: string; deliveries: InboxDelivery[] };
  /** Where `DEFAULT_CALLBACK_URL` points (the inbox with `callbackInbox: true`, else the environment's), if anywhere. */
  defaultCallbackUrl?: string;
  /** The playground page. */
  playgroundUrl: string;
  /** Banuba AR Cloud manifest URL of this runtime, `<url>/v1/effects/<AR_CLOUD_ID>` (docs/ar-cloud.md). */
  arCloudManifestUrl: string;
  template: CfnTemplate;
  provisioned: Provisioned;
  functions: Map<string, LocalFunction>;
  pollers: Map<string, QueuePoller>;
  simulators: Simulator[];
  /** A started simulator's controls by name (throws when it is not running). */
  simulator<H>(name: string): H;
  /** Physical name/URL of a template resource by logical id. */
  ref(logicalId: string): string;
  stop(): Promise<void>;
}

/** Starts third-party simulators; filled in by each integration (see local/simulators). */
export type SimulatorStarter = (ctx: { log: (line: string) => void; env: Record<string, string> }) => Promise<Simulator | undefined>;
const simulatorStarters: SimulatorStarter[] = [];
export function registerSimulator(starter: SimulatorStarter): void {
  simulatorStarters.push(starter);
}

export const generateLocalApiKey = (): string => `local-${randomBytes(18).toString('base64url')}`;

/**
 * `LOCAL_API_CLIENTS`: `id=key` pairs separated by commas (`partner-a=…,partner-b=…`), registered
 * beside the `local` client so isolation between clients can be tried locally. Ids follow the
 * registry's rule; keys are 20–256 printable ASCII characters without spaces or commas.
 * @throws Error naming the bad entry (never its key) when an entry is malformed.
 */
export function parseLocalClients(value: string | undefined): LocalClient[] {
  if (!value || value.trim() === '') return [];
  return value.split(',').map((entry, i) => {
    const eq = entry.indexOf('=');
    const id = entry.slice(0, eq).trim();
    const key = entry.slice(eq + 1).trim();
    if (eq < 1 || !ApiClient.shape.id.safeParse(id).success) throw new Error(`LOCAL_API_CLIENTS entry ${i + 1}: expected id=key with an id of letters, digits, '.', '_' or '-'.`);
    return { id, key };
  });
}

/** The local registry document: every client's hash and settings, never a key (checks ids and keys). */
export function localRegistry(clients: readonly LocalClient[]): { clients: ApiClient[] } {
  const ids = new Set<string>();
  const hashes = new Set<string>();
  const records = clients.map(({ id, key, ...settings }) => {
    if (!/^[\x21-\x7e]{20,256}$/.test(key)) throw new Error(`The key of local client '${id}' must be 20 to 256 printable ASCII characters without spaces.`);
    const sha256 = hashApiKey(key);
    if (ids.has(id)) throw new Error(`Local client '${id}' is registered twice.`);
    if (hashes.has(sha256)) throw new Error(`Local client '${id}' reuses another client's key.`);
    ids.add(id);
    hashes.add(sha256);
    return ApiClient.parse({ id, sha256, ...settings });
  });
  return { clients: records };
}

/**
 * The whole service on this machine: moto for AWS, resources provisioned from the synthesized
 * template, the same handler modules behind a local API Gateway, SQS pollers standing in for event
 * source mappings, timers for schedules, and simulators for third parties that are not configured.
 * @throws Error before anything starts when `LOCAL_API_KEY` is not a usable key, and `SigningSecretError`
 *   (lambdas/domain/callbacks/signing.ts) naming `WEBHOOK_SIGNING_SECRET` when an entry of it is malformed.
 */
export async function startLocalRuntime(options: LocalRuntimeOptions = {}): Promise<LocalRuntime> {
  const log = options.log ?? ((line: string) => console.log(line));
  const host = options.host ?? '127.0.0.1';
  const apiKey = options.apiKey ?? process.env.LOCAL_API_KEY ?? generateLocalApiKey();
  // The authorizer accepts what API Gateway accepts as an API key value (20+ printable characters).
  if (!/^[\x21-\x7e]{20,256}$/.test(apiKey)) throw new Error('LOCAL_API_KEY must be 20 to 256 printable ASCII characters without spaces.');
  // The deployment's signing secret, checked before anything starts with the parser the callback worker runs at
  // its cold start (callbacks/signing.ts): a malformed WEBHOOK_SIGNING_SECRET stops `npm start` with its name and
  // what is wrong (never the value), instead of every callback failing later in the callback worker.
  const signingSecret = process.env.WEBHOOK_SIGNING_SECRET ?? `whsec_${randomBytes(32).toString('base64')}`;
  const signingEntries = parseSigningSecrets(signingSecret, 'WEBHOOK_SIGNING_SECRET');
  const clients: LocalClient[] = [{ id: 'local', key: apiKey }, ...(options.clients ?? parseLocalClients(process.env.LOCAL_API_CLIENTS))];
  const registry = localRegistry(clients);
  const cleanups: Array<() => Promise<void>> = [];
  const stop = async (): Promise<void> => {
    for (const cleanup of cleanups.reverse()) await cleanup().catch(() => undefined);
    cleanups.length = 0;
  };
  try {
    const aws = await startAwsEmulator({ log });
    cleanups.push(() => aws.stop());
    log(`aws: ${aws.owned ? 'moto_server' : 'external emulator'} at ${aws.endpoint}`);

    const template = synthTemplate();
    // The playground's script and styles, bundled with esbuild for the page's function to serve (docs/playground.md).
    await buildPlayground();
    const functions = new Map<string, LocalFunction>();
    const routes = routesFromTemplate(template);
    // Every secret a local delivery may be signed with: the deployment's (rotation entries too) and the clients' own.
    const inbox = createCallbackInbox(() => [...signingEntries, ...clients.flatMap((c) => c.signing_secrets ?? [])]);
    const localEndpoints = (method: string, path: string, headers: Record<string, string>, body: Buffer) => {
      if (path === PLAYGROUND_SETTINGS_PATH && method === 'GET') {
        // The local runtime pre-fills the playground's key (a developer's own loopback service; docs/playground.md).
        return { statusCode: 200, headers: { 'content-type': 'application/json', 'cache-control': 'no-store' }, body: JSON.stringify({ api_key: apiKey, callback_inbox: CALLBACK_INBOX_PATH }) };
      }
      return inbox.handle(method, path, headers, body);
    };
    // Requests that arrive before the functions are loaded wait for them (GatewayOptions.ready).
    let functionsLoaded!: () => void;
    let functionsFailed!: (err: unknown) => void;
    const ready = new Promise<void>((resolve, reject) => {
      functionsLoaded = resolve;
      functionsFailed = reject;
    });
    ready.catch(() => undefined); // a failed start-up is reported by startLocalRuntime itself
    const server: http.Server = createGateway({ ready, routes, functions, apiKeys: () => clients.map((c) => c.key), apiKeySource: apiKeySourceOf(template), binaryMediaTypes: binaryMediaTypesOf(template), corsAllowOrigin: corsAllowOriginOf(template), stage: 'local', log, localEndpoints });
    const port = await listen(server, options.port ?? 8000, host);
    cleanups.push(
      () =>
        new Promise<void>((resolve) => {
          server.closeAllConnections();
          server.close(() => resolve());
        }),
    );
    const url = `http://${host === '127.0.0.1' ? 'localhost' : host}:${port}`;
    // By address, not `localhost` (which may resolve to ::1 first while the gateway listens on IPv4).
    const inboxUrl = `http://${host.includes(':') ? `[${host}]` : host}:${port}${CALLBACK_INBOX_PATH}`;
    const givenCallbackUrl = options.env?.DEFAULT_CALLBACK_URL ?? process.env.DEFAULT_CALLBACK_URL;
    const inboxAsDefault = options.callbackInbox === true && !givenCallbackUrl;
    const defaultCallbackUrl = inboxAsDefault ? inboxUrl : givenCallbackUrl;

    const env: Record<string, string> = {
      DETECTOR_MODE: 'in-process',
      MODEL_DIR: path.join(REPO_ROOT, 'models', 'files'),
      PUBLIC_BASE_URL: url,
      POWERTOOLS_SERVICE_NAME: 'pet-roast',
      // Videos are rendered here by the built-in renderer; VIDEO_PROVIDER=revid uses the Revid simulator (docs/video-providers.md).
      VIDEO_PROVIDER: process.env.VIDEO_PROVIDER ?? 'builtin',
      // Local clocks: callback back-off scaled down (5 min → 3 s), a reconciler that notices sooner.
      CALLBACK_DELAY_SCALE: process.env.CALLBACK_DELAY_SCALE ?? '0.01',
      RENDER_BACKOFF_BASE_S: process.env.RENDER_BACKOFF_BASE_S ?? '1',
      SYNC_POLL_S: process.env.SYNC_POLL_S ?? '2',
      RECONCILE_STALE_QUEUED_S: process.env.RECONCILE_STALE_QUEUED_S ?? '20',
      RECONCILE_STALE_PROCESSING_S: process.env.RECONCILE_STALE_PROCESSING_S ?? '20',
      ...(process.env.OUTBOUND_ALLOWED_HOSTS ? { OUTBOUND_ALLOWED_HOSTS: process.env.OUTBOUND_ALLOWED_HOSTS } : {}),
      ...(defaultCallbackUrl ? { DEFAULT_CALLBACK_URL: defaultCallbackUrl } : {}),
      // espeak-ng narration (offline) unless asked otherwise: the stack's default Polly voice needs AWS or the
      // SIMULATED Polly (LOCAL_TTS_SIMULATORS=polly, local/simulators/register.ts; docs/voices.md).
      TTS_ENGINE: process.env.TTS_ENGINE ?? 'espeak',
      // The offline roast writer unless asked otherwise (`ROAST_WRITER=bedrock`: the Bedrock simulator).
      ROAST_WRITER: process.env.ROAST_WRITER ?? 'template',
      // Banuba AR Cloud: the manifest is served at /v1/effects/<AR_CLOUD_ID> (docs/ar-cloud.md); set it to keep one across restarts.
      AR_CLOUD_ID: process.env.AR_CLOUD_ID ?? randomUUID(),
      POWERTOOLS_METRICS_DISABLED: 'true',
      POWERTOOLS_TRACE_ENABLED: 'false',
      ...options.env,
    };
    if (inboxAsDefault) {
      // The callback worker reaches the inbox over loopback: this one host:port passes the SSRF guard (local only).
      const hosts = (env.OUTBOUND_ALLOWED_HOSTS ?? '').split(',').filter(Boolean);
      env.OUTBOUND_ALLOWED_HOSTS = [...new Set([...hosts, new URL(inboxUrl).host])].join(',');
    }
    const simulators: Simulator[] = [];
    if (options.simulators !== false) {
      for (const starter of simulatorStarters) {
        const sim = await starter({ log, env });
        if (!sim) continue;
        simulators.push(sim);
        cleanups.push(() => sim.close());
        log(`simulator: ${sim.name} at ${sim.url} (SIMULATED third party)`);
      }
    }

    const secretValues: Record<string, string> = {};
    for (const [id] of resourcesOfType(template, 'AWS::SecretsManager::Secret')) {
      if (/RevidApiKey/.test(id)) secretValues[id] = env.REVID_API_KEY ?? process.env.REVID_API_KEY ?? 'local-revid-key';
      if (/WebhookSigningSecret/.test(id)) {
        secretValues[id] = signingSecret;
      }
      // The local keys are registered clients like any other: only their hashes are stored, and the
      // authorizer from the template checks them (the gateway does not compare keys itself).
      if (/ApiClients/.test(id)) secretValues[id] = JSON.stringify(registry);
    }
    let provisioned: Awaited<ReturnType<typeof provision>>;
    try {
      provisioned = await provision(template, { prefix: `petroast-${port}`, secretValues });
      for (const [id, fn] of loadFunctions(template, provisioned, REPO_ROOT)) functions.set(id, fn);
    } catch (err) {
      functionsFailed(err);
      throw err;
    }
    functionsLoaded();
    const conflicts = mergeEnvironments(functions.values(), env);
    if (conflicts.length) log(`warning: functions disagree on environment variables: ${conflicts.join(', ')}`);
    resetServices();

    const pollers = new Map<string, QueuePoller>();
    if (options.pollers !== false) {
      for (const [, esm] of resourcesOfType(template, 'AWS::Lambda::EventSourceMapping')) {
        const p = esm.Properties!;
        const queueId = (p.EventSourceArn as { 'Fn::GetAtt': [string, string] })['Fn::GetAtt'][0];
        const fnId = (p.FunctionName as { Ref: string }).Ref;
        const fn = functions.get(fnId);
        if (!fn) continue;
        const poller = new QueuePoller({
          queueUrl: provisioned.refs[queueId]!,
          queueArn: provisioned.attrs[queueId]!.Arn!,
          fn,
          batchSize: Number(p.BatchSize ?? 10),
          reportBatchItemFailures: (p.FunctionResponseTypes ?? []).includes('ReportBatchItemFailures'),
          concurrency: Number(p.ScalingConfig?.MaximumConcurrency ?? 2),
          log,
        });
        poller.start();
        pollers.set(fnId, poller);
        cleanups.push(() => poller.stop());
      }
      for (const [, rule] of resourcesOfType(template, 'AWS::Events::Rule')) {
        const every =
          options.scheduleIntervalMs ?? (process.env.RECONCILE_INTERVAL_MS ? Number(process.env.RECONCILE_INTERVAL_MS) : undefined) ?? 15_000;
        void parseRate;
        for (const target of rule.Properties?.Targets ?? []) {
          const fnId = (target.Arn as { 'Fn::GetAtt': [string, string] })['Fn::GetAtt']?.[0];
          const fn = fnId ? functions.get(fnId) : undefined;
          if (!fn || !every) continue;
          let busy = false;
          const timer = setInterval(() => {
            if (busy) return;
            busy = true;
            fn.invoke({ source: 'aws.events', 'detail-type': 'Scheduled Event', time: new Date().toISOString(), detail: {} })
              .catch((err) => log(`schedule ${fnId}: ${(err as Error).message}`))
              .finally(() => (busy = false));
          }, every);
          timer.unref();
          cleanups.push(async () => clearInterval(timer));
        }
      }
    }

    return {
      url,
      apiKey,
      clients: clients.map(({ id, key }) => ({ id, key })),
      aws,
      signingSecret,
      callbackInbox: { url: inboxUrl, deliveries: inbox.deliveries },
      defaultCallbackUrl,
      playgroundUrl: `${url}/playground`,
      arCloudManifestUrl: `${url}/v1/effects/${env.AR_CLOUD_ID}`,
      template,
      provisioned,
      functions,
      pollers,
      simulators,
      simulator: <H>(name: string): H => {
        const sim = simulators.find((x) => x.name === name);
        if (!sim) throw new Error(`simulator ${name} is not running`);
        return sim.handle as H;
      },
      ref: (id) => {
        const value = provisioned.refs[id];
        if (!value) throw new Error(`No provisioned resource ${id}`);
        return value;
      },
      stop,
    };
  } catch (err) {
    await stop();
    throw err;
  }
}

/** The logical id of the first template resource of `type` whose id starts with `prefix`. */
export function logicalId(template: CfnTemplate, type: string, prefix: string): string {
  const found = resourcesOfType(template, type).find(([id]) => id.startsWith(prefix));
  if (!found) throw new Error(`No ${type} starting with ${prefix}`);
  return found[0];
}
