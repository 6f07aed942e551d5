import { GetSecretValueCommand, SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomBytes } from 'node:crypto';
import { hashApiKey } from '../../lambdas/domain/auth/clients.js';
import { logger } from '../../lambdas/domain/observability.js';
import { jobStore } from '../../lambdas/adapters/composition.js';
import { logicalId } from '../../local/runtime.js';
import type { RevidSimulator } from '../../local/simulators/revid.js';
import { startCallbackReceiver, startPhotoServer, waitFor } from '../support/job-servers.js';
import { call, startTestRuntime } from '../support/runtime.js';

/**
 * Authentication through the local runtime (the template's REQUEST authorizer, run by the local
 * gateway) and the log scrub of docs/reference/reliability.md F2: a whole job runs while every byte the functions write
 * to stdout/stderr (what CloudWatch would receive) is captured and searched for secret material.
 */
const SIGNING_SECRET = `whsec_${randomBytes(32).toString('base64')}`;
/** A second client with its own callback URL and signing secret (docs/tenancy.md): its secret is scrubbed too. */
const PARTNER = { id: 'partner-scrub', key: `prk${randomBytes(32).toString('hex')}`, secret: `whsec_${randomBytes(32).toString('base64')}` };

let runtime: Awaited<ReturnType<typeof startTestRuntime>>;
let photos: Awaited<ReturnType<typeof startPhotoServer>>;
let receiver: Awaited<ReturnType<typeof startCallbackReceiver>>;
const captured: string[] = [];
const restores: Array<() => void> = [];
let previousLevel: string;

function capture(stream: NodeJS.WriteStream): void {
  const original = stream.write.bind(stream);
  stream.write = ((chunk: string | Uint8Array, ...rest: unknown[]) => {
    captured.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8'));
    return (original as (...args: unknown[]) => boolean)(chunk, ...rest);
  }) as typeof stream.write;
  restores.push(() => (stream.write = original as typeof stream.write));
}

beforeAll(async () => {
  photos = await startPhotoServer();
  receiver = await startCallbackReceiver();
  process.env.OUTBOUND_ALLOWED_HOSTS = [photos.host, receiver.host].join(',');
  process.env.REVID_SIM_RENDER_MS = '300';
  process.env.WEBHOOK_SIGNING_SECRET = SIGNING_SECRET;
  // Functions log at INFO in AWS; the suite's default (ERROR) would hide exactly what is scanned.
  previousLevel = logger.getLevelName();
  logger.setLogLevel('INFO');
  capture(process.stdout);
  capture(process.stderr);
  // The Revid path: its key and per-render webhook tokens are among the secrets searched for in the logs.
  runtime = await startTestRuntime({
    env: { VIDEO_PROVIDER: 'revid' },
    clients: [{ id: PARTNER.id, key: PARTNER.key, default_callback_url: `${receiver.url}/partner`, signing_secrets: [PARTNER.secret] }],
  });
});

afterAll(async () => {
  for (const restore of restores.splice(0)) restore();
  logger.setLogLevel(previousLevel as 'INFO');
  await runtime?.stop();
  await photos?.close();
  await receiver?.close();
  delete process.env.WEBHOOK_SIGNING_SECRET;
});

describe('Local runtime: Lambda REQUEST authorizer on /api/*', () => {
  it('stores only the hashes of the local keys (and a client’s callback settings) in the ApiClients secret provisioned from the template', async () => {
    const secretId = runtime.ref(logicalId(runtime.template, 'AWS::SecretsManager::Secret', 'SecretsApiClients'));
    const { SecretString } = await new SecretsManagerClient({}).send(new GetSecretValueCommand({ SecretId: secretId }));
    expect(JSON.parse(SecretString!)).toEqual({
      clients: [
        { id: 'local', sha256: hashApiKey(runtime.apiKey) },
        { id: PARTNER.id, sha256: hashApiKey(PARTNER.key), default_callback_url: `${receiver.url}/partner`, signing_secrets: [PARTNER.secret] },
      ],
    });
    expect(SecretString).not.toContain(runtime.apiKey);
    expect(SecretString).not.toContain(PARTNER.key);
  });

  it('answers 403 in the envelope without a credential, with a wrong key, and with a malformed Authorization header', async () => {
    const attempts: Array<{ key?: string | null; headers?: Record<string, string> }> = [
      { key: null },
      { key: 'prk-this-key-was-never-issued-000' },
      { key: null, headers: { authorization: 'Bearer prk-this-key-was-never-issued-000' } },
      { key: null, headers: { authorization: `Basic ${Buffer.from(`app:${runtime.apiKey}`).toString('base64')}` } },
      { key: null, headers: { authorization: runtime.apiKey } },
      { key: runtime.apiKey, headers: { authorization: 'Bearer prk-another-key-than-the-header-0' } },
    ];
    for (const attempt of attempts) {
      const res = await call(runtime, 'GET', '/api/banuba-filters', attempt);
      expect(res.status, JSON.stringify(attempt)).toBe(403);
      expect(res.body).toEqual({ detail: { error: 'forbidden', message: expect.any(String) } });
      expect(res.headers.get('x-request-id')).toMatch(/^[A-Za-z0-9._:-]{1,128}$/);
    }
  });

  it('answers 200 with the key in x-api-key and with the same key as a Bearer token, on every kind of route', async () => {
    const viaHeader = await call(runtime, 'GET', '/api/banuba-filters?pet=dog');
    expect(viaHeader.status).toBe(200);
    const viaBearer = await call(runtime, 'GET', '/api/banuba-filters?pet=dog', { key: null, headers: { authorization: `Bearer ${runtime.apiKey}` } });
    expect(viaBearer.status).toBe(200);
    expect(viaBearer.body).toEqual(viaHeader.body);
    const upload = await call(runtime, 'POST', '/api/uploads', { key: null, headers: { authorization: `Bearer ${runtime.apiKey}` }, body: { content_type: 'image/jpeg' } });
    expect(upload.status).toBe(201);
    const unknown = await call(runtime, 'GET', '/api/video-status/job_01JD3YQ5Z8M2W4V6T7R9P0K1C3', { key: null, headers: { authorization: `bearer ${runtime.apiKey}` } });
    expect(unknown.status).toBe(404);
  });

  it('keeps the public routes open', async () => {
    expect((await call(runtime, 'GET', '/healthz', { key: null })).status).toBe(200);
    expect((await call(runtime, 'GET', '/openapi.json', { key: null })).status).toBe(200);
    // The provider webhook authenticates its own token: no key, and a bad token is its own 403.
    const hook = await call(runtime, 'POST', '/webhooks/revid?job=job_01JD3YQ5Z8M2W4V6T7R9P0K1C3&token=aaaaaaaaaaaaaaaaaaaa', { key: null, body: {} });
    expect(hook.status).toBe(403);
  });
});

describe('Log scrub (docs/reference/reliability.md F2)', () => {
  it('runs a whole job (Bearer auth, callback delivered), and one of a client with its own callback URL and signing secret, without any secret in the function logs', async () => {
    const created = await call(runtime, 'POST', '/api/generate-video', {
      key: null,
      headers: { authorization: `Bearer ${runtime.apiKey}`, 'idempotency-key': 'scrub-1', 'x-request-id': 'scrub-req-1' },
      body: { text: 'Roast my lazy dog who sleeps all day!', image_url: photos.photoUrl('dog'), callback_url: `${receiver.url}/hooks`, metadata: { post_id: 'p_1' } },
    });
    expect(created.status, created.text).toBe(202);
    const jobId = created.body.job_id as string;
    await waitFor('callback delivered', async () => (await jobStore().get(jobId))?.callback_state === 'delivered', 30_000);
    expect((await call(runtime, 'GET', `/api/video-status/${jobId}`)).body.status).toBe('completed');
    expect((await call(runtime, 'GET', `/api/video-result/${jobId}`)).status).toBe(200);
    // A job of a client with its own callback URL and signing secret, called back at that URL.
    const partnerJob = await call(runtime, 'POST', '/api/generate-video', {
      key: PARTNER.key,
      body: { text: 'Roast my lazy dog who sleeps all day!', image_url: photos.photoUrl('dog') },
    });
    expect(partnerJob.status, partnerJob.text).toBe(202);
    const partnerJobId = partnerJob.body.job_id as string;
    await waitFor('partner callback delivered', async () => (await jobStore().get(partnerJobId))?.callback_state === 'delivered', 30_000);
    expect(receiver.forJob(partnerJobId).map((d) => d.path)).toEqual(['/partner']);

    // The secret material of this run.
    const sim = runtime.simulator<RevidSimulator>('revid');
    const tokens = [...sim.renders.values()].map((r) => new URL(r.webhookUrl!).searchParams.get('token')!).filter(Boolean);
    const deliveries = [...receiver.forJob(jobId), ...receiver.forJob(partnerJobId)];
    const signatures = deliveries.flatMap((d) => String(d.headers['webhook-signature']).split(' ').map((s) => s.replace(/^v1,/, '')));
    const legacy = deliveries.map((d) => String(d.headers['x-revid-signature']));
    expect(tokens.length).toBeGreaterThanOrEqual(1);
    expect(signatures.length).toBeGreaterThanOrEqual(1);
    const secrets: Record<string, string[]> = {
      'API key': [runtime.apiKey],
      'webhook signing secret': [SIGNING_SECRET, SIGNING_SECRET.replace(/^whsec_/, '')],
      "a client's own signing secret": [PARTNER.secret, PARTNER.secret.replace(/^whsec_/, '')],
      "a client's API key": [PARTNER.key],
      'Revid API key': [sim.apiKey],
      'webhook token': tokens,
      'webhook-signature': signatures,
      'X-Revid-Signature': legacy,
    };

    const functionLogs = captured.join('');
    const everything = `${functionLogs}\n${runtime.logs.join('\n')}`;
    for (const [what, values] of Object.entries(secrets)) {
      for (const value of values) {
        expect(value.length, what).toBeGreaterThanOrEqual(12);
        expect(everything.includes(value), `${what} appears in the logs`).toBe(false);
      }
    }

    // The lines are structured JSON, and the job's lines carry its id (and the request's their request id).
    const lines = functionLogs
      .split('\n')
      .filter((l) => l.startsWith('{'))
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    const jobLines = lines.filter((l) => JSON.stringify(l).includes(jobId));
    expect(jobLines.length).toBeGreaterThanOrEqual(3);
    // The authorizer and the endpoint log the caller's request id alike, so one search finds both.
    const requestLines = lines.filter((l) => l.request_id === 'scrub-req-1').map((l) => l.message);
    expect(requestLines).toEqual(expect.arrayContaining(['authorized', 'request']));
    for (const line of lines.filter((l) => l.service === 'pet-roast' && typeof l.message === 'string')) {
      expect(line.request_id ?? line.job_id, JSON.stringify(line)).toBeDefined();
    }
  });
});
