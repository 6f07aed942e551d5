/**
 * Issues (or revokes) an API client credential for a deployed stack:
 *
 *   npm run client:add -- --id app-backend --usage-plan-id <UsagePlanId> --secret-id <ApiClientsSecretArn>
 *   npm run client:add -- --id app-backend --existing-key-id <ApiKeyId> …   # register the stack's default key
 *   npm run client:add -- --revoke --id app-backend --secret-id <ApiClientsSecretArn>
 *
 * Per-client callback settings (docs/tenancy.md), at creation or later with `--update`:
 *
 *   npm run client:add -- --id partner-app … --callback-url https://partner.example/hooks --generate-signing-secret
 *   npm run client:add -- --update --id partner-app --secret-id <arn> --callback-url <url> | --clear-callback-url
 *   npm run client:add -- --update --id partner-app --secret-id <arn> --rotate-signing-secret | --end-rotation | --clear-signing-secret
 *
 * The client's end card on built-in videos (docs/tenancy.md "End card"), at creation or with `--update`:
 *
 *   npm run client:add -- --update --id partner-app --secret-id <arn> --outro-text "Made with PartnerApp" --outro-handle @partnerapp
 *   npm run client:add -- --update --id partner-app --secret-id <arn> --clear-outro
 *
 * `--callback-url` is where the client's jobs without a `callback_url` are called back (instead of the
 * deployment's default). `--generate-signing-secret` gives the client its own Standard Webhooks secret
 * (`whsec_` + 32 random bytes) instead of the deployment's; `--rotate-signing-secret` makes a new one
 * current and keeps the previous one signing too until `--end-rotation`. A generated secret is printed
 * once on stdout (after the key, when there is one) and never logged.
 *
 * Adding creates an API Gateway API key with a generated value (or reads an existing key), attaches it
 * to the usage plan (throttle and quota), and appends the key's SHA-256 to the `ApiClients` secret the
 * REQUEST authorizer reads — never the key itself. The key is printed once on stdout (the messages go
 * to stderr), so `KEY=$(npm run -s client:add -- …)` captures only the key. It takes effect within the
 * authorizer's 5-minute cache. Revoking marks the client disabled in the registry (kept for audit) and
 * disables its API key. The ids are outputs of `cdk deploy` (UsagePlanId, ApiClientsSecretArn, ApiKeyId).
 * Run one at a time: the secret is read, changed and written back whole.
 */
import {
  APIGatewayClient,
  CreateApiKeyCommand,
  CreateUsagePlanKeyCommand,
  DeleteApiKeyCommand,
  GetApiKeyCommand,
  UpdateApiKeyCommand,
} from '@aws-sdk/client-api-gateway';
import { GetSecretValueCommand, PutSecretValueCommand, SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { ApiClient, hashApiKey, newApiKey, parseClients, type ClientOutro } from '../lambdas/domain/auth/clients.js';
import { generateWebhookSecret } from '../lambdas/domain/callbacks/signing.js';
import { credentialFrom } from '../lambdas/domain/auth/credentials.js';

export interface ClientAdminDeps {
  apiGateway: APIGatewayClient;
  secretsManager: SecretsManagerClient;
  /** Progress messages (stderr in the CLI). */
  log?: (line: string) => void;
  now?: () => Date;
}

async function readClients(secretId: string, deps: ClientAdminDeps): Promise<ApiClient[]> {
  const { SecretString } = await deps.secretsManager.send(new GetSecretValueCommand({ SecretId: secretId }));
  return parseClients(SecretString ?? '{"clients":[]}');
}

async function writeClients(secretId: string, clients: ApiClient[], deps: ClientAdminDeps): Promise<void> {
  await deps.secretsManager.send(new PutSecretValueCommand({ SecretId: secretId, SecretString: JSON.stringify({ clients }, null, 2) }));
}

/**
 * Registers a client: a new API key with a generated value (or `existingKeyId`'s value), attached to the
 * usage plan, and its hash appended to the registry. Returns the key (shown to the operator once).
 * A failure after a new key was created deletes that key again, so nothing half-made is left usable.
 */
export async function issueApiKey(
  options: {
    clientId: string;
    usagePlanId: string;
    secretId: string;
    existingKeyId?: string;
    /** The client's default callback URL (https; a job's own `callback_url` still wins). */
    callbackUrl?: string;
    /** Give the client its own Standard Webhooks signing secret (returned once). */
    generateSigningSecret?: boolean;
    /** The client's end card (docs/tenancy.md "End card"): text and/or handle, validated by `ClientOutro`. */
    outro?: ClientOutro;
  },
  deps: ClientAdminDeps,
): Promise<{ clientId: string; apiKeyId: string; key: string; signingSecret?: string }> {
  const log = deps.log ?? (() => undefined);
  const id = ApiClient.shape.id.safeParse(options.clientId);
  if (!id.success) throw new Error(`--id must be 1-64 characters of letters, digits, '.', '_' or '-', starting with a letter or digit`);
  const clients = await readClients(options.secretId, deps);
  if (clients.some((c) => c.id === options.clientId)) throw new Error(`A client '${options.clientId}' is already registered (revoke it first, or choose another id).`);
  const signingSecret = options.generateSigningSecret ? generateWebhookSecret() : undefined;
  // Validated before any key is created: a bad URL leaves nothing behind.
  const settings = clientSettings({ default_callback_url: options.callbackUrl, signing_secrets: signingSecret ? [signingSecret] : undefined, outro: options.outro });

  let key: string;
  let apiKeyId: string;
  let created = false;
  if (options.existingKeyId) {
    const existing = await deps.apiGateway.send(new GetApiKeyCommand({ apiKey: options.existingKeyId, includeValue: true }));
    if (!existing.value || !existing.id) throw new Error(`API key ${options.existingKeyId} has no readable value.`);
    key = existing.value;
    apiKeyId = existing.id;
    log(`using the existing API key ${apiKeyId}`);
  } else {
    key = newApiKey();
    const createdKey = await deps.apiGateway.send(
      new CreateApiKeyCommand({ name: `pet-roast-${options.clientId}`, description: `Pet Roast client ${options.clientId}`, value: key, enabled: true }),
    );
    apiKeyId = createdKey.id!;
    created = true;
    log(`created API key ${apiKeyId}`);
  }
  if (!credentialFrom({ 'x-api-key': key }).ok) throw new Error('The API key value is not usable as a credential (20-256 printable characters).');
  if (clients.some((c) => c.sha256 === hashApiKey(key))) throw new Error('This API key is already registered under another client id.');

  try {
    try {
      await deps.apiGateway.send(new CreateUsagePlanKeyCommand({ usagePlanId: options.usagePlanId, keyId: apiKeyId, keyType: 'API_KEY' }));
      log(`attached it to usage plan ${options.usagePlanId}`);
    } catch (err) {
      // An existing key may already be on the plan (the stack's default key is).
      if ((err as Error).name !== 'ConflictException') throw err;
    }
    const record: ApiClient = { id: options.clientId, sha256: hashApiKey(key), api_key_id: apiKeyId, created_at: (deps.now?.() ?? new Date()).toISOString(), ...settings };
    await writeClients(options.secretId, [...clients, record], deps);
    log(`registered client '${options.clientId}' (SHA-256 only) in ${options.secretId}; active within 5 minutes`);
    if (settings.default_callback_url) log(`its jobs without a callback_url are called back at ${settings.default_callback_url}`);
    if (signingSecret) log('its callbacks are signed with its own signing secret (printed once on stdout)');
    if (settings.outro) log(`its built-in videos end with its end card (${describeOutro(settings.outro)})`);
  } catch (err) {
    if (created) {
      await deps.apiGateway.send(new DeleteApiKeyCommand({ apiKey: apiKeyId })).catch(() => undefined);
      log(`deleted API key ${apiKeyId} again`);
    }
    throw err;
  }
  return { clientId: options.clientId, apiKeyId, key, ...(signingSecret ? { signingSecret } : {}) };
}

type ClientSettings = Pick<ApiClient, 'default_callback_url' | 'signing_secrets' | 'outro'>;

/** Validates per-client settings with the registry's schema; the error names the field, never a secret. */
function clientSettings(settings: ClientSettings): ClientSettings {
  const defined = Object.fromEntries(Object.entries(settings).filter(([, v]) => v !== undefined));
  const parsed = ApiClient.pick({ default_callback_url: true, signing_secrets: true, outro: true }).safeParse(defined);
  if (!parsed.success) throw new Error(`${parsed.error.issues[0]?.path.join('.')}: ${parsed.error.issues[0]?.message}`);
  return parsed.data;
}

/** The end card as the log shows it. */
const describeOutro = (outro: ClientOutro): string => [outro.text && JSON.stringify(outro.text), outro.handle].filter(Boolean).join(' ');

/**
 * The end card from the CLI's `--outro-text` / `--outro-handle`, or undefined when neither is given. The
 * values are checked by `ClientOutro` where they are stored ({@link clientSettings}).
 */
export function outroFromFlags(text: string | undefined, handle: string | undefined): ClientOutro | undefined {
  if (text === undefined && handle === undefined) return undefined;
  return { ...(text !== undefined ? { text } : {}), ...(handle !== undefined ? { handle } : {}) };
}

/** What `--update` changes (docs/tenancy.md). */
export interface ClientUpdate {
  clientId: string;
  secretId: string;
  callbackUrl?: string;
  clearCallbackUrl?: boolean;
  /** New current secret; the previous current one keeps signing until `endRotation`. */
  rotateSigningSecret?: boolean;
  /** Drop the previous secret (receivers have switched to the current one). */
  endRotation?: boolean;
  /** Back to the deployment's signing secret. */
  clearSigningSecret?: boolean;
  /** A new end card (replaces the whole outro: text and handle). */
  outro?: ClientOutro;
  /** No end card any more. */
  clearOutro?: boolean;
}

/**
 * Changes a registered client's callback settings. Returns the new signing secret when one was
 * generated (shown to the operator once). Applies within 5 minutes (the registry cache).
 */
export async function updateClient(options: ClientUpdate, deps: ClientAdminDeps): Promise<{ signingSecret?: string }> {
  const log = deps.log ?? (() => undefined);
  const secretChanges = [options.rotateSigningSecret, options.endRotation, options.clearSigningSecret].filter(Boolean).length;
  if (secretChanges > 1) throw new Error('Choose one of --rotate-signing-secret, --end-rotation and --clear-signing-secret.');
  if (options.callbackUrl !== undefined && options.clearCallbackUrl) throw new Error('Choose --callback-url or --clear-callback-url, not both.');
  if (options.outro !== undefined && options.clearOutro) throw new Error('Choose --outro-text/--outro-handle or --clear-outro, not both.');
  if (secretChanges === 0 && options.callbackUrl === undefined && !options.clearCallbackUrl && options.outro === undefined && !options.clearOutro) throw new Error('Nothing to update.');
  const clients = await readClients(options.secretId, deps);
  const client = clients.find((c) => c.id === options.clientId);
  if (!client) throw new Error(`No client '${options.clientId}' is registered.`);
  const next: ApiClient = { ...client };
  let signingSecret: string | undefined;
  if (options.callbackUrl !== undefined) next.default_callback_url = options.callbackUrl;
  if (options.clearCallbackUrl) delete next.default_callback_url;
  if (options.rotateSigningSecret) {
    signingSecret = generateWebhookSecret();
    next.signing_secrets = [signingSecret, ...(client.signing_secrets ?? []).slice(0, 1)];
  }
  if (options.endRotation) {
    if (!client.signing_secrets?.length) throw new Error(`Client '${options.clientId}' has no signing secret of its own.`);
    next.signing_secrets = client.signing_secrets.slice(0, 1);
  }
  if (options.clearSigningSecret) delete next.signing_secrets;
  if (options.outro !== undefined) next.outro = options.outro;
  if (options.clearOutro) delete next.outro;
  Object.assign(next, clientSettings({ default_callback_url: next.default_callback_url, signing_secrets: next.signing_secrets, outro: next.outro }));
  await writeClients(options.secretId, clients.map((c) => (c.id === options.clientId ? next : c)), deps);
  if (options.callbackUrl !== undefined) log(`client '${options.clientId}': default callback URL set to ${options.callbackUrl}`);
  if (options.clearCallbackUrl) log(`client '${options.clientId}': default callback URL removed (the deployment's applies)`);
  if (options.rotateSigningSecret) {
    log(`client '${options.clientId}': new signing secret (printed once on stdout)${next.signing_secrets!.length > 1 ? '; the previous one keeps signing until --end-rotation' : ''}`);
  }
  if (options.endRotation) log(`client '${options.clientId}': only the current signing secret signs now`);
  if (options.clearSigningSecret) log(`client '${options.clientId}': signing secret removed (the deployment's applies)`);
  if (options.outro !== undefined) log(`client '${options.clientId}': end card set (${describeOutro(next.outro!)})`);
  if (options.clearOutro) log(`client '${options.clientId}': end card removed`);
  log('changes apply within 5 minutes');
  return signingSecret ? { signingSecret } : {};
}

/** Disables a client: marked `disabled` in the registry first (the authorizer refuses it), then its API key. */
export async function revokeClient(options: { clientId: string; secretId: string }, deps: ClientAdminDeps): Promise<void> {
  const log = deps.log ?? (() => undefined);
  const clients = await readClients(options.secretId, deps);
  const client = clients.find((c) => c.id === options.clientId);
  if (!client) throw new Error(`No client '${options.clientId}' is registered.`);
  await writeClients(options.secretId, clients.map((c) => (c.id === options.clientId ? { ...c, disabled: true } : c)), deps);
  log(`client '${options.clientId}' disabled in the registry; refused within 5 minutes`);
  if (client.api_key_id) {
    await deps.apiGateway.send(new UpdateApiKeyCommand({ apiKey: client.api_key_id, patchOperations: [{ op: 'replace', path: '/enabled', value: 'false' }] }));
    log(`API key ${client.api_key_id} disabled`);
  }
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      id: { type: 'string' },
      'usage-plan-id': { type: 'string', default: process.env.USAGE_PLAN_ID },
      'secret-id': { type: 'string', default: process.env.API_CLIENTS_SECRET_ARN },
      'existing-key-id': { type: 'string' },
      revoke: { type: 'boolean', default: false },
      update: { type: 'boolean', default: false },
      'callback-url': { type: 'string' },
      'clear-callback-url': { type: 'boolean', default: false },
      'generate-signing-secret': { type: 'boolean', default: false },
      'rotate-signing-secret': { type: 'boolean', default: false },
      'end-rotation': { type: 'boolean', default: false },
      'clear-signing-secret': { type: 'boolean', default: false },
      'outro-text': { type: 'string' },
      'outro-handle': { type: 'string' },
      'clear-outro': { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  });
  const usage = [
    'usage: npm run client:add -- --id <client-id> --usage-plan-id <UsagePlanId> --secret-id <ApiClientsSecretArn> [--existing-key-id <ApiKeyId>] [--callback-url <url>] [--generate-signing-secret] [--outro-text <text>] [--outro-handle @handle]',
    '       npm run client:add -- --update --id <client-id> --secret-id <arn> [--callback-url <url> | --clear-callback-url] [--rotate-signing-secret | --end-rotation | --clear-signing-secret] [--outro-text <text>] [--outro-handle @handle] [--clear-outro]',
    '       npm run client:add -- --revoke --id <client-id> --secret-id <arn>',
  ].join('\n');
  if (values.help || !values.id || !values['secret-id'] || (!values.revoke && !values.update && !values['usage-plan-id'])) {
    console.error(usage);
    process.exitCode = values.help ? 0 : 2;
    return;
  }
  const deps: ClientAdminDeps = { apiGateway: new APIGatewayClient({}), secretsManager: new SecretsManagerClient({}), log: (line) => console.error(line) };
  if (values.revoke) {
    await revokeClient({ clientId: values.id, secretId: values['secret-id'] }, deps);
    return;
  }
  if (values.update) {
    const updated = await updateClient(
      {
        clientId: values.id,
        secretId: values['secret-id'],
        callbackUrl: values['callback-url'],
        clearCallbackUrl: values['clear-callback-url'],
        rotateSigningSecret: values['rotate-signing-secret'],
        endRotation: values['end-rotation'],
        clearSigningSecret: values['clear-signing-secret'],
        outro: outroFromFlags(values['outro-text'], values['outro-handle']),
        clearOutro: values['clear-outro'],
      },
      deps,
    );
    if (updated.signingSecret) {
      console.error(`Signing secret for '${values.id}' (shown once; give it to the client to verify callbacks):`);
      process.stdout.write(`${updated.signingSecret}\n`);
    }
    return;
  }
  const issued = await issueApiKey(
    {
      clientId: values.id,
      usagePlanId: values['usage-plan-id']!,
      secretId: values['secret-id'],
      existingKeyId: values['existing-key-id'],
      callbackUrl: values['callback-url'],
      generateSigningSecret: values['generate-signing-secret'],
      outro: outroFromFlags(values['outro-text'], values['outro-handle']),
    },
    deps,
  );
  console.error(`API key for '${issued.clientId}' (shown once; send it as x-api-key or Authorization: Bearer):`);
  process.stdout.write(`${issued.key}\n`);
  if (issued.signingSecret) {
    console.error(`Signing secret for '${issued.clientId}' (shown once, the second line on stdout; the client verifies callbacks with it):`);
    process.stdout.write(`${issued.signingSecret}\n`);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((err: Error) => {
    console.error(`client:add failed: ${err.message}`);
    process.exitCode = 1;
  });
}
