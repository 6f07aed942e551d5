/**
 * `@pet-roast/client` as another project gets it: `npm pack` builds the tarball (prepack runs tsup),
 * a scratch project outside the repository installs it with npm (dependencies from the npm cache, or
 * the npm registry when the cache lacks them), TypeScript type-checks an ESM and a CommonJS consumer
 * against the shipped declarations, and an ESM script and a CommonJS script each run a real job on the
 * local service: upload → generate → wait → result, then verify the signed completion callback the
 * service delivered. Also: the types generated from the document this service serves equal the
 * committed ones.
 */
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateWebhookSecret } from '../../lambdas/domain/callbacks/signing.js';
import { REPO_ROOT } from '../../local/runtime.js';
import { ensureModels } from '../../models/setup.js';
import { generateClientTypes, GENERATED_TYPES_PATH } from '../../scripts/generate-client-types.js';
import { PET_PHOTO } from '../support/job-servers.js';
import { startTestRuntime } from '../support/runtime.js';

const run = promisify(execFile);
const CLIENT = { id: 'sdk-package', key: `prk${randomBytes(24).toString('hex')}`, signing_secrets: [generateWebhookSecret()] };

/**
 * The app backend's side of the callback: records each delivery exactly as received, and hands it
 * (headers and raw body) to the script on `GET /deliveries/<job_id>`, so the script verifies it with
 * the installed package.
 */
async function startRelayReceiver(): Promise<{ url: string; host: string; close(): Promise<void> }> {
  const byJob = new Map<string, { headers: http.IncomingHttpHeaders; body: string }>();
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const wanted = /^\/deliveries\/([A-Za-z0-9_]+)$/.exec(req.url ?? '');
      if (req.method === 'GET' && wanted) {
        const delivery = byJob.get(wanted[1]!);
        res.writeHead(delivery ? 200 : 404, { 'content-type': 'application/json' }).end(JSON.stringify(delivery ?? {}));
        return;
      }
      const body = Buffer.concat(chunks).toString('utf8');
      const jobId = /"job_id":"([^"]+)"/.exec(body)?.[1];
      if (jobId && !byJob.has(jobId)) byJob.set(jobId, { headers: req.headers, body });
      res.writeHead(200).end('ok');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    host: `127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => (server.closeAllConnections(), server.close(() => resolve()))),
  };
}

/** The same consumer in both module systems; it prints one JSON line of what it saw. */
const consumer = (moduleSystem: 'esm' | 'cjs'): string => `${
  moduleSystem === 'esm'
    ? "import { CLIENT_VERSION, PetRoastClient, verifyWebhookDelivery } from '@pet-roast/client';"
    : "const { CLIENT_VERSION, PetRoastClient, verifyWebhookDelivery } = require('@pet-roast/client');"
}
const env = process.env;
async function main() {
  const client = new PetRoastClient({ baseUrl: env.PET_ROAST_API_URL, apiKey: env.PET_ROAST_API_KEY });
  const health = await client.health();
  const uploadKey = await client.uploadMedia(env.PHOTO);
  const job = await client.generateVideo({
    text: 'Roast my lazy dog who sleeps all day!',
    upload_key: uploadKey,
    callback_url: env.RECEIVER_URL + '/hooks',
    metadata: { module: '${moduleSystem}' },
  });
  const waited = await client.waitForVideo(job.job_id, { pollIntervalMs: 250, timeoutMs: 90000 });
  const result = await client.getResult(job.job_id);
  let delivery;
  for (let i = 0; i < 600 && !delivery; i++) {
    const res = await fetch(env.RECEIVER_URL + '/deliveries/' + job.job_id);
    if (res.ok) delivery = await res.json();
    else await new Promise((r) => setTimeout(r, 100));
  }
  if (!delivery) throw new Error('no callback for ' + job.job_id);
  const verified = verifyWebhookDelivery(delivery.headers, delivery.body, env.WEBHOOK_SECRET);
  let tampered = 'accepted';
  try {
    verifyWebhookDelivery(delivery.headers, delivery.body.replace('"video.completed"', '"video.failed"'), env.WEBHOOK_SECRET);
  } catch (err) {
    tampered = err.name + ':' + err.reason;
  }
  console.log(JSON.stringify({
    version: CLIENT_VERSION, health: health.status, jobId: job.job_id, queued: job.status,
    waited: waited.status, result: result.status, videoUrl: result.video_url,
    event: verified.event.type, eventJob: verified.event.data.job_id, metadata: verified.event.data.metadata,
    scheme: verified.scheme, webhookId: verified.id, tampered,
  }));
}
main().catch((err) => { console.error(err); process.exit(1); });
`;

/** Compiles against the shipped declarations, in both module systems; a wrong type must be an error. */
const TYPES_ESM = `import { PetRoastClient, type GenerateVideoInput, type VideoResult } from '@pet-roast/client';
export const input: GenerateVideoInput = { text: 'Roast!', upload_key: 'uploads/x/image' };
export async function urlOf(client: PetRoastClient, jobId: string): Promise<string> {
  const result: VideoResult = await client.waitForVideo(jobId);
  return result.video_url;
}
// @ts-expect-error text is required
export const missingText: GenerateVideoInput = { upload_key: 'uploads/x/image' };
`;
const TYPES_CJS = `import client = require('@pet-roast/client');
export const make = (): client.PetRoastClient => new client.PetRoastClient({ baseUrl: 'http://localhost:8000', apiKey: 'k' });
export const status = (s: client.VideoStatus): 'queued' | 'processing' | 'completed' | 'failed' => s.status;
`;

let runtime: Awaited<ReturnType<typeof startTestRuntime>> | undefined;
let receiver: Awaited<ReturnType<typeof startRelayReceiver>> | undefined;
let project: string;
const savedAllowed = process.env.OUTBOUND_ALLOWED_HOSTS;

beforeAll(async () => {
  project = await mkdtemp(path.join(tmpdir(), 'pet-roast-client-consumer-'));
  const packing = (async () => {
    // prepack builds dist/ with tsup; the tarball is what `npm publish` would upload.
    await run('npm', ['pack', '--pack-destination', project, '--silent'], { cwd: path.join(REPO_ROOT, 'packages/client') });
    const tarball = (await readdir(project)).find((f) => f.endsWith('.tgz'));
    if (!tarball) throw new Error('npm pack made no tarball');
    await writeFile(path.join(project, 'package.json'), JSON.stringify({ name: 'consumer', private: true }));
    await run('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', `./${tarball}`], { cwd: project });
  })();
  receiver = await startRelayReceiver();
  process.env.OUTBOUND_ALLOWED_HOSTS = receiver.host;
  await ensureModels();
  runtime = await startTestRuntime({ env: { VIDEO_PROVIDER: 'revid' }, clients: [CLIENT] });
  await packing;
});

afterAll(async () => {
  await runtime?.stop();
  await receiver?.close();
  if (savedAllowed === undefined) delete process.env.OUTBOUND_ALLOWED_HOSTS;
  else process.env.OUTBOUND_ALLOWED_HOSTS = savedAllowed;
  if (project) await rm(project, { recursive: true, force: true });
});

describe('@pet-roast/client installed from its tarball', () => {
  it('ships ESM, CommonJS and declarations only, and installs with its dependencies outside the repository', async () => {
    const installed = path.join(project, 'node_modules/@pet-roast/client');
    expect((await readdir(path.join(installed, 'dist'))).filter((f) => !f.endsWith('.map')).sort()).toEqual(['index.cjs', 'index.d.cts', 'index.d.ts', 'index.js']);
    expect(project.startsWith(REPO_ROOT)).toBe(false);
    await expect(readdir(path.join(project, 'node_modules/fast-sha256'))).resolves.toContain('package.json');
  });

  it('type-checks an ESM and a CommonJS consumer against the shipped declarations', async () => {
    await writeFile(path.join(project, 'types-esm.mts'), TYPES_ESM);
    await writeFile(path.join(project, 'types-cjs.cts'), TYPES_CJS);
    const tsc = path.join(REPO_ROOT, 'node_modules/typescript/bin/tsc');
    // The consumer's code is checked; the declarations themselves were emitted by tsc from checked source (skipLibCheck keeps this fast).
    const args = ['--noEmit', '--strict', '--skipLibCheck', '--module', 'nodenext', '--moduleResolution', 'nodenext', '--target', 'es2022', '--lib', 'es2022,dom', 'types-esm.mts', 'types-cjs.cts'];
    const out = await run(process.execPath, [tsc, ...args], { cwd: project }).catch((err: { stdout: string }) => ({ stdout: err.stdout, failed: true }));
    expect(out.stdout).toBe('');
  });

  it('completes a real job and verifies its signed callback, from an ESM and a CommonJS script', async () => {
    await writeFile(path.join(project, 'roast.mjs'), consumer('esm'));
    await writeFile(path.join(project, 'roast.cjs'), consumer('cjs'));
    const env = {
      PATH: process.env.PATH,
      PET_ROAST_API_URL: runtime!.url,
      PET_ROAST_API_KEY: CLIENT.key,
      WEBHOOK_SECRET: CLIENT.signing_secrets[0],
      RECEIVER_URL: receiver!.url,
      PHOTO: PET_PHOTO,
    };
    const [esm, cjs] = await Promise.all(
      ['roast.mjs', 'roast.cjs'].map(async (script) => JSON.parse((await run(process.execPath, [script], { cwd: project, env, timeout: 110_000 })).stdout)),
    );
    for (const [seen, moduleSystem] of [[esm, 'esm'], [cjs, 'cjs']] as const) {
      expect(seen).toMatchObject({
        version: '0.1.0',
        health: 'ok',
        queued: 'queued',
        waited: 'completed',
        result: 'completed',
        event: 'video.completed',
        eventJob: seen.jobId,
        metadata: { module: moduleSystem },
        scheme: 'standard-webhooks',
        webhookId: expect.stringMatching(/^msg_/),
        tampered: 'WebhookVerificationError:no_matching_signature',
      });
      const video = await fetch(seen.videoUrl);
      expect(video.status).toBe(200);
      expect(Buffer.from(await video.arrayBuffer()).subarray(4, 8).toString('latin1')).toBe('ftyp');
    }
    expect(esm.jobId).not.toBe(cjs.jobId);
  }, 120_000);

  it('the committed API types equal those generated from the document the running service serves', async () => {
    const live = (await (await fetch(`${runtime!.url}/openapi.json`)).json()) as Record<string, unknown>;
    const committed = await readFile(path.join(REPO_ROOT, GENERATED_TYPES_PATH), 'utf8');
    expect((await generateClientTypes(live)) === committed, `${GENERATED_TYPES_PATH} is stale: run npm run client:types`).toBe(true);
  });
});
