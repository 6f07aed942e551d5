import {
  APIGatewayClient,
  ConflictException,
  CreateApiKeyCommand,
  CreateUsagePlanKeyCommand,
  DeleteApiKeyCommand,
  GetApiKeyCommand,
  UpdateApiKeyCommand,
} from '@aws-sdk/client-api-gateway';
import { GetSecretValueCommand, PutSecretValueCommand, SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import { authorize, outroContext } from '../../../lambdas/domain/auth/authorizer.js';
import { callerOutro } from '../../../lambdas/http/caller.js';
import { ClientOutro, findClient, hashApiKey, parseClients, type ApiClient } from '../../../lambdas/domain/auth/clients.js';
import { issueApiKey, outroFromFlags, revokeClient, updateClient } from '../../../scripts/issue-api-key.js';

const apiGateway = mockClient(APIGatewayClient);
const secretsManager = mockClient(SecretsManagerClient);
const deps = { apiGateway: new APIGatewayClient({}), secretsManager: new SecretsManagerClient({}), now: () => new Date('2026-11-24T10:00:00Z') };
const SECRET = 'arn:aws:secretsmanager:eu-west-1:111122223333:secret:ApiClients-abc';
const OTHER = { id: 'other-app', sha256: hashApiKey('prk-other-key-value-000000000'), api_key_id: 'k-other' };

/** The registry as last written by the script. */
const written = () => parseClients(secretsManager.commandCalls(PutSecretValueCommand).at(-1)!.args[0].input.SecretString!);

beforeEach(() => {
  apiGateway.reset();
  secretsManager.reset();
  secretsManager.on(GetSecretValueCommand).resolves({ SecretString: JSON.stringify({ clients: [OTHER] }) });
  secretsManager.on(PutSecretValueCommand).resolves({});
  apiGateway.on(CreateApiKeyCommand).resolves({ id: 'k-new' });
  apiGateway.on(CreateUsagePlanKeyCommand).resolves({});
});

describe('Function: issueApiKey (npm run client:add)', () => {
  it('creates an API key with a generated value, attaches it to the usage plan and registers only its hash', async () => {
    const issued = await issueApiKey({ clientId: 'app-backend', usagePlanId: 'plan-1', secretId: SECRET }, deps);
    expect(issued.key).toMatch(/^prk[0-9a-f]{64}$/);
    expect(issued.apiKeyId).toBe('k-new');
    expect(apiGateway.commandCalls(CreateApiKeyCommand)[0]!.args[0].input).toMatchObject({ name: 'pet-roast-app-backend', value: issued.key, enabled: true });
    expect(apiGateway.commandCalls(CreateUsagePlanKeyCommand)[0]!.args[0].input).toEqual({ usagePlanId: 'plan-1', keyId: 'k-new', keyType: 'API_KEY' });
    const put = secretsManager.commandCalls(PutSecretValueCommand)[0]!.args[0].input;
    expect(put.SecretId).toBe(SECRET);
    expect(put.SecretString).not.toContain(issued.key);
    expect(written()).toEqual([OTHER, { id: 'app-backend', sha256: hashApiKey(issued.key), api_key_id: 'k-new', created_at: '2026-11-24T10:00:00.000Z' }]);
    expect(findClient(issued.key, written())?.id).toBe('app-backend');
  });

  it('registers an existing key (the stack default) by reading its value, tolerating that it is already on the plan', async () => {
    const value = 'StackGeneratedDefaultKeyValue0123456789';
    apiGateway.on(GetApiKeyCommand).resolves({ id: 'k-default', value });
    apiGateway.on(CreateUsagePlanKeyCommand).rejects(new ConflictException({ message: 'already', $metadata: {} }));
    const issued = await issueApiKey({ clientId: 'app-backend', usagePlanId: 'plan-1', secretId: SECRET, existingKeyId: 'k-default' }, deps);
    expect(apiGateway.commandCalls(GetApiKeyCommand)[0]!.args[0].input).toEqual({ apiKey: 'k-default', includeValue: true });
    expect(apiGateway.commandCalls(CreateApiKeyCommand)).toHaveLength(0);
    expect(issued).toMatchObject({ apiKeyId: 'k-default', key: value });
    expect(written()[1]).toMatchObject({ id: 'app-backend', sha256: hashApiKey(value) });
  });

  it('refuses a duplicate or malformed client id before touching API Gateway', async () => {
    await expect(issueApiKey({ clientId: 'other-app', usagePlanId: 'plan-1', secretId: SECRET }, deps)).rejects.toThrow(/already registered/);
    await expect(issueApiKey({ clientId: '../evil', usagePlanId: 'plan-1', secretId: SECRET }, deps)).rejects.toThrow(/--id/);
    expect(apiGateway.calls()).toHaveLength(0);
    expect(secretsManager.commandCalls(PutSecretValueCommand)).toHaveLength(0);
  });

  it('deletes the new key again when the registry cannot be written', async () => {
    secretsManager.on(PutSecretValueCommand).rejects(new Error('AccessDenied'));
    apiGateway.on(DeleteApiKeyCommand).resolves({});
    await expect(issueApiKey({ clientId: 'app-backend', usagePlanId: 'plan-1', secretId: SECRET }, deps)).rejects.toThrow(/AccessDenied/);
    expect(apiGateway.commandCalls(DeleteApiKeyCommand)[0]!.args[0].input).toEqual({ apiKey: 'k-new' });
  });
});

describe('Function: revokeClient (npm run client:add -- --revoke)', () => {
  it('marks the client disabled (the authorizer refuses it) and then disables its API key', async () => {
    apiGateway.on(UpdateApiKeyCommand).resolves({});
    await revokeClient({ clientId: 'other-app', secretId: SECRET }, deps);
    expect(written()).toEqual([{ ...OTHER, disabled: true }]);
    expect(findClient('prk-other-key-value-000000000', written())).toBeUndefined();
    expect(apiGateway.commandCalls(UpdateApiKeyCommand)[0]!.args[0].input).toEqual({
      apiKey: 'k-other',
      patchOperations: [{ op: 'replace', path: '/enabled', value: 'false' }],
    });
    await expect(revokeClient({ clientId: 'nobody', secretId: SECRET }, deps)).rejects.toThrow(/No client/);
  });
});

describe('Per-client callback settings (client:add --callback-url / --generate-signing-secret / --update)', () => {
  it('registers the default callback URL and a generated whsec_ secret, returned once and never logged', async () => {
    const lines: string[] = [];
    const issued = await issueApiKey(
      { clientId: 'partner-a', usagePlanId: 'plan-1', secretId: SECRET, callbackUrl: 'https://partner.example/hooks', generateSigningSecret: true },
      { ...deps, log: (line) => lines.push(line) },
    );
    expect(issued.signingSecret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
    expect(written()[1]).toMatchObject({ id: 'partner-a', default_callback_url: 'https://partner.example/hooks', signing_secrets: [issued.signingSecret] });
    expect(lines.join('\n')).toContain('https://partner.example/hooks');
    for (const secret of [issued.signingSecret!, issued.signingSecret!.slice('whsec_'.length), issued.key]) expect(lines.join('\n')).not.toContain(secret);
  });

  it('refuses a bad callback URL before any API key is created', async () => {
    await expect(issueApiKey({ clientId: 'partner-a', usagePlanId: 'plan-1', secretId: SECRET, callbackUrl: 'ftp://x' }, deps)).rejects.toThrow(/default_callback_url/);
    expect(apiGateway.commandCalls(CreateApiKeyCommand)).toHaveLength(0);
  });

  it('rotates (new current, previous kept), ends the rotation and clears, never logging a secret', async () => {
    let registry: ApiClient[] = [OTHER, { id: 'partner-a', sha256: hashApiKey('prk-partner-a-key-0000000000'), signing_secrets: [`whsec_${Buffer.alloc(32, 1).toString('base64')}`] }];
    secretsManager.on(GetSecretValueCommand).callsFake(() => ({ SecretString: JSON.stringify({ clients: registry }) }));
    secretsManager.on(PutSecretValueCommand).callsFake((input: { SecretString: string }) => {
      registry = parseClients(input.SecretString);
      return {};
    });
    const lines: string[] = [];
    const logDeps = { ...deps, log: (line: string) => lines.push(line) };
    const old = registry[1]!.signing_secrets![0]!;
    const { signingSecret } = await updateClient({ clientId: 'partner-a', secretId: SECRET, rotateSigningSecret: true, callbackUrl: 'https://partner.example/v2' }, logDeps);
    expect(registry[1]).toMatchObject({ signing_secrets: [signingSecret, old], default_callback_url: 'https://partner.example/v2' });
    await updateClient({ clientId: 'partner-a', secretId: SECRET, endRotation: true }, logDeps);
    expect(registry[1]!.signing_secrets).toEqual([signingSecret]);
    await updateClient({ clientId: 'partner-a', secretId: SECRET, clearSigningSecret: true, clearCallbackUrl: true }, logDeps);
    expect(registry[1]).not.toHaveProperty('signing_secrets');
    expect(registry[1]).not.toHaveProperty('default_callback_url');
    expect(registry[0]).toEqual(OTHER);
    for (const secret of [old, signingSecret!]) expect(lines.join('\n')).not.toContain(secret);
    await expect(updateClient({ clientId: 'partner-a', secretId: SECRET }, deps)).rejects.toThrow(/Nothing to update/);
    await expect(updateClient({ clientId: 'nobody', secretId: SECRET, clearCallbackUrl: true }, deps)).rejects.toThrow(/No client/);
  });
});

describe('End card settings (docs/tenancy.md "End card")', () => {
  it('stores a valid outro at creation and replaces or clears it with --update', async () => {
    const issued = await issueApiKey({ clientId: 'partner-app', usagePlanId: 'plan-1', secretId: SECRET, outro: { text: 'पेटरोस्ट के साथ बनाया', handle: '@pet.roast_1' } }, deps);
    expect(written().find((c) => c.id === 'partner-app')?.outro).toEqual({ text: 'पेटरोस्ट के साथ बनाया', handle: '@pet.roast_1' });
    secretsManager.on(GetSecretValueCommand).resolves({ SecretString: JSON.stringify({ clients: written() }) });
    await updateClient({ clientId: 'partner-app', secretId: SECRET, outro: outroFromFlags(undefined, '@partner') }, deps);
    expect(written().find((c) => c.id === 'partner-app')?.outro).toEqual({ handle: '@partner' });
    secretsManager.on(GetSecretValueCommand).resolves({ SecretString: JSON.stringify({ clients: written() }) });
    await updateClient({ clientId: 'partner-app', secretId: SECRET, clearOutro: true }, deps);
    expect(written().find((c) => c.id === 'partner-app')).not.toHaveProperty('outro');
    expect(issued.key).toMatch(/^prk/);
  });

  it.each([
    [{ text: 'x'.repeat(61) }, /1 to 60 characters/],
    [{ text: 'two\nlines' }, /one line/],
    [{ text: 'evil \u202Eoverride' }, /bidi-override/],
    [{ text: ' padded' }, /leading or trailing spaces/],
    [{ text: '!!!' }, /letter or digit/],
    [{ handle: 'petroast' }, /outro.handle must be @/],
    [{ handle: '@pet roast' }, /outro.handle must be @/],
    [{ handle: `@${'a'.repeat(31)}` }, /outro.handle must be @/],
    [{}, /text, a handle or both/],
  ])('refuses the outro %j before any API key is created', async (outro, message) => {
    await expect(issueApiKey({ clientId: 'partner-app', usagePlanId: 'plan-1', secretId: SECRET, outro }, deps)).rejects.toThrow(message);
    expect(apiGateway.commandCalls(CreateApiKeyCommand)).toHaveLength(0);
  });

  it('accepts 60 code points of any script; the authorizer hands a client\'s outro to the handler in its context (none for others)', async () => {
    const text = 'ந'.repeat(60);
    expect(ClientOutro.safeParse({ text }).success).toBe(true);
    const key = 'prk-branded-key-value-0000000';
    const clients = parseClients(JSON.stringify({ clients: [OTHER, { ...OTHER, id: 'branded', sha256: hashApiKey(key), outro: { text, handle: '@petroast' } }] }));
    const methodArn = 'arn:aws:execute-api:eu-west-1:123456789012:abc/prod/POST/api/generate-video';
    const answer = await authorize({ headers: { 'x-api-key': key }, methodArn }, { clients: async () => clients });
    expect(answer.result.context).toEqual({ clientId: 'branded', outroText: text, outroHandle: '@petroast' });
    const event = { requestContext: { authorizer: answer.result.context } } as unknown as Parameters<typeof callerOutro>[0];
    expect(callerOutro(event)).toEqual({ text, handle: '@petroast' });
    // A client without an outro: no context entries, no end card; a context the schema refuses: none either.
    expect(outroContext(undefined)).toEqual({});
    expect(callerOutro({ requestContext: { authorizer: { clientId: 'other-app' } } } as unknown as Parameters<typeof callerOutro>[0])).toBeUndefined();
    expect(callerOutro({ requestContext: { authorizer: { clientId: 'x', outroHandle: 'no-at-sign' } } } as unknown as Parameters<typeof callerOutro>[0])).toBeUndefined();
  });
});
