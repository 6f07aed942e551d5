/**
 * Issues (or revokes) an API client credential for a deployed stack:
 *
 *   npm run client:add -- --id app-backend --usage-plan-id <UsagePlanId> --secret-id <ApiClientsSecretArn>
 *   npm run client:add -- --id app-backend --existing-key-id <ApiKeyId> …   # register the stack's default key
 *   npm run client:add -- --revoke --id app-backend --secret-id <ApiClientsSecretArn>
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
import { ApiClient, hashApiKey, newApiKey, parseClients } from '../lambdas/core/auth/clients.js';
import { credentialFrom } from '../lambdas/core/auth/credentials.js';

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
  options: { clientId: string; usagePlanId: string; secretId: string; existingKeyId?: string },
  deps: ClientAdminDeps,
): Promise<{ clientId: string; apiKeyId: string; key: string }> {
  const log = deps.log ?? (() => undefined);
  const id = ApiClient.shape.id.safeParse(options.clientId);
  if (!id.success) throw new Error(`--id must be 1-64 characters of letters, digits, '.', '_' or '-', starting with a letter or digit`);
  const clients = await readClients(options.secretId, deps);
  if (clients.some((c) => c.id === options.clientId)) throw new Error(`A client '${options.clientId}' is already registered (revoke it first, or choose another id).`);

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
    const record: ApiClient = { id: options.clientId, sha256: hashApiKey(key), api_key_id: apiKeyId, created_at: (deps.now?.() ?? new Date()).toISOString() };
    await writeClients(options.secretId, [...clients, record], deps);
    log(`registered client '${options.clientId}' (SHA-256 only) in ${options.secretId}; active within 5 minutes`);
  } catch (err) {
    if (created) {
      await deps.apiGateway.send(new DeleteApiKeyCommand({ apiKey: apiKeyId })).catch(() => undefined);
      log(`deleted API key ${apiKeyId} again`);
    }
    throw err;
  }
  return { clientId: options.clientId, apiKeyId, key };
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
      help: { type: 'boolean', default: false },
    },
  });
  const usage = 'usage: npm run client:add -- --id <client-id> --usage-plan-id <UsagePlanId> --secret-id <ApiClientsSecretArn> [--existing-key-id <ApiKeyId>] | --revoke --id <client-id> --secret-id <arn>';
  if (values.help || !values.id || !values['secret-id'] || (!values.revoke && !values['usage-plan-id'])) {
    console.error(usage);
    process.exitCode = values.help ? 0 : 2;
    return;
  }
  const deps: ClientAdminDeps = { apiGateway: new APIGatewayClient({}), secretsManager: new SecretsManagerClient({}), log: (line) => console.error(line) };
  if (values.revoke) {
    await revokeClient({ clientId: values.id, secretId: values['secret-id'] }, deps);
    return;
  }
  const issued = await issueApiKey(
    { clientId: values.id, usagePlanId: values['usage-plan-id']!, secretId: values['secret-id'], existingKeyId: values['existing-key-id'] },
    deps,
  );
  console.error(`API key for '${issued.clientId}' (shown once; send it as x-api-key or Authorization: Bearer):`);
  process.stdout.write(`${issued.key}\n`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((err: Error) => {
    console.error(`client:add failed: ${err.message}`);
    process.exitCode = 1;
  });
}
