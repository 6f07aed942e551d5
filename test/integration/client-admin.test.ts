import { APIGatewayClient, CreateUsagePlanCommand } from '@aws-sdk/client-api-gateway';
import { CreateSecretCommand, GetSecretValueCommand, SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runScript } from '../support/scripts.js';
import { findClient, parseClients } from '../../lambdas/domain/auth/clients.js';
import { startAwsEmulator, type AwsEmulator } from '../../local/moto.js';



/**
 * `npm run client:add` against moto over the real SDK: per-client callback settings, and secrets that
 * appear exactly once, on stdout at creation, and never in the messages (stderr) or the error output.
 */
describe('client:add with per-client callback settings (moto)', () => {
  let aws: AwsEmulator;
  let secretId: string;
  let usagePlanId: string;
  const sm = () => new SecretsManagerClient({});
  const registry = async () => parseClients((await sm().send(new GetSecretValueCommand({ SecretId: secretId }))).SecretString!);

  beforeAll(async () => {
    aws = await startAwsEmulator({ useEnv: false });
    secretId = (await sm().send(new CreateSecretCommand({ Name: `ApiClients-${Date.now()}`, SecretString: '{"clients":[]}' }))).ARN!;
    usagePlanId = (await new APIGatewayClient({}).send(new CreateUsagePlanCommand({ name: 'plan' }))).id!;
  });
  afterAll(async () => aws?.stop());

  it('prints the key and the generated signing secret once on stdout, and neither in its messages', async () => {
    const out = await runScript('scripts/issue-api-key.ts', [
      '--id', 'partner-a', '--usage-plan-id', usagePlanId, '--secret-id', secretId,
      '--callback-url', 'https://partner-a.example/hooks', '--generate-signing-secret',
    ]);
    expect(out.code, out.stderr).toBe(0);
    const [key, secret, ...rest] = out.stdout.trim().split('\n');
    expect(rest).toEqual([]);
    expect(key).toMatch(/^prk[0-9a-f]{64}$/);
    expect(secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
    const stored = (await registry()).find((c) => c.id === 'partner-a')!;
    expect(stored).toMatchObject({ default_callback_url: 'https://partner-a.example/hooks', signing_secrets: [secret] });
    expect(findClient(key!, await registry())?.id).toBe('partner-a');
    for (const value of [key!, secret!, secret!.slice('whsec_'.length)]) {
      expect(out.stderr.includes(value), 'a secret in the messages').toBe(false);
      expect(out.stdout.split(value).length - 1, 'printed exactly once').toBe(1);
    }
    expect(out.stderr).toContain('https://partner-a.example/hooks');

    // Rotation prints only the new secret, once; the messages name no secret; both secrets are kept.
    const rotated = await runScript('scripts/issue-api-key.ts', ['--update', '--id', 'partner-a', '--secret-id', secretId, '--rotate-signing-secret']);
    expect(rotated.code, rotated.stderr).toBe(0);
    const next = rotated.stdout.trim();
    expect(next).toMatch(/^whsec_/);
    expect((await registry()).find((c) => c.id === 'partner-a')!.signing_secrets).toEqual([next, secret]);
    for (const value of [key!, secret!, next]) expect(rotated.stderr.includes(value)).toBe(false);
    expect(rotated.stdout.includes(secret!)).toBe(false);

    // A failure (the id is taken) prints nothing on stdout and no secret in its error.
    const again = await runScript('scripts/issue-api-key.ts', ['--id', 'partner-a', '--usage-plan-id', usagePlanId, '--secret-id', secretId, '--generate-signing-secret']);
    expect(again.code).not.toBe(0);
    expect(again.stdout).toBe('');
    expect(again.stderr).toMatch(/already registered/);
    for (const value of [secret!, next]) expect(again.stderr.includes(value)).toBe(false);
  });
});
