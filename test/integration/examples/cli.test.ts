import { PETS_EVAL } from '../../support/shared-data.js';
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtemp, readFile, rm, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { EXIT, main } from '../../../examples/cli/roast.js';
import { PetRoastClient } from '@pet-roast/client';
import { startRoast, waitForRoast } from '../../../examples/guide/background-job.js';
import { createClient } from '../../../examples/guide/client-setup.js';
import * as endpoints from '../../../examples/guide/endpoints.js';
import { roastUpload } from '../../../examples/guide/upload-detect-generate.js';
import { NO_PETS_MESSAGE, NO_PETS_SUGGESTION } from '../../../lambdas/domain/errors.js';
import { ROUTES } from '../../../lambdas/domain/routes.js';
import { REPO_ROOT } from '../../../local/runtime.js';
import { ensureModels } from '../../../models/setup.js';
import { capture } from '../../unit/examples/support/capture.js';
import { startCallbackReceiver, startPhotoServer, waitFor } from '../../support/job-servers.js';
import { startTestRuntime } from '../../support/runtime.js';

// The evaluation set lives beside the repository and is read in place, never copied.

const DOG_PHOTO = path.join(PETS_EVAL, 'darknet-dog-bicycle-truck.jpg');
const AURORA_PHOTO = path.join(PETS_EVAL, 'pixabay-aurora.jpg');

/** Every endpoint the CLI and the guide call (routes come from lambdas/domain/routes.ts). */
const GUIDE_ENDPOINTS: Array<[string, string]> = [
  ['POST', '/api/uploads'],
  ['POST', '/api/detect-pets'],
  ['POST', '/api/generate-video'],
  ['GET', '/api/video-status/{job_id}'],
  ['GET', '/api/video-result/{job_id}'],
  ['GET', '/api/banuba-filters'],
  ['POST', '/api/translate-text'],
  ['DELETE', '/api/jobs/{job_id}'],
];

/**
 * A second client for the guide's curl examples: idempotency keys are scoped per client, and the curl
 * and TypeScript generate examples use the same key (`post-p_981`) with bodies that differ in bytes.
 */
const CURL_CLIENT = { id: 'guide-curl', key: `prk${randomBytes(24).toString('hex')}` };

// One runtime for the file (it takes ~25 s to start on 2 cores): the CLI, the guide's and the README's
// examples. A loopback photo server and callback receiver stand in for the app's CDN and backend
// (IMAGE_URL, CALLBACK_URL), allow-listed as docs/endpoints.md tells a reader to do locally.
let runtime: Awaited<ReturnType<typeof startTestRuntime>> | undefined;
let photos: Awaited<ReturnType<typeof startPhotoServer>> | undefined;
let receiver: Awaited<ReturnType<typeof startCallbackReceiver>> | undefined;
const savedAllowed = process.env.OUTBOUND_ALLOWED_HOSTS;
beforeAll(async () => {
  await ensureModels();
  photos = await startPhotoServer();
  receiver = await startCallbackReceiver();
  process.env.OUTBOUND_ALLOWED_HOSTS = `${photos.host},${receiver.host}`;
  // The client flow against the Revid simulator (fast); the built-in renderer's video is test/e2e/render-builtin.test.ts.
  runtime = await startTestRuntime({ env: { VIDEO_PROVIDER: 'revid' }, clients: [CURL_CLIENT] });
});
afterAll(async () => {
  await runtime?.stop();
  await photos?.close();
  await receiver?.close();
  if (savedAllowed === undefined) delete process.env.OUTBOUND_ALLOWED_HOSTS;
  else process.env.OUTBOUND_ALLOWED_HOSTS = savedAllowed;
});
/** The callback URL the examples are given; deliveries land in `receiver`. */
const callbackUrl = (): string => `${receiver!.url}/webhooks/pet-roast`;

describe('roast CLI against the local runtime', () => {
  it('the route table serves every endpoint the CLI and the guide call (a missing route is a failure, never a skip)', () => {
    const served = ROUTES.map((r) => `${r.method} ${r.path}`);
    expect(served).toEqual(expect.arrayContaining(GUIDE_ENDPOINTS.map(([method, route]) => `${method} ${route}`)));
  });

  async function roast(argv: string[]) {
    const stdout = capture();
    const stderr = capture();
    const code = await main(['--api', runtime!.url, ...argv], {
      stdout: stdout.stream,
      stderr: stderr.stream,
      env: { PET_ROAST_API_KEY: runtime!.apiKey },
      pollIntervalMs: 250,
    });
    return { code, stdout: stdout.text(), stderr: stderr.text() };
  }

  it(
    `turns a dev-set dog photo into a completed video and prints its URL`,
    async () => {
      const { code, stdout, stderr } = await roast([DOG_PHOTO, 'Roast my lazy dog who sleeps all day!', '--timeout', '90']);

      expect(stderr).toBe('');
      expect(code).toBe(EXIT.ok);
      expect(stdout).toMatch(/Pets detected: .*dog \d+%/);
      const jobId = /Job (job_[0-9A-Z]{26}): queued/.exec(stdout)?.[1];
      expect(jobId).toBeDefined();
      const videoUrl = /^Video: (\S+)$/m.exec(stdout)?.[1];
      expect(() => new URL(videoUrl!)).not.toThrow();
      const client = new PetRoastClient({ baseUrl: runtime!.url, apiKey: runtime!.apiKey });
      await expect(client.getStatus(jobId!)).resolves.toMatchObject({ status: 'completed', progress: 100 });
      // Each answer presigns anew (X-Amz-Date moves with the clock), so the same object is what must match.
      const result = await client.getResult(jobId!);
      expect(new URL(result.video_url).pathname).toBe(new URL(videoUrl!).pathname);
    },
    120_000,
  );

  it(
    `exits 2 with the exact no-pet message for a photo without pets`,
    async () => {
      const { code, stdout, stderr } = await roast([AURORA_PHOTO, 'Roast my lazy dog who sleeps all day!']);

      expect(code).toBe(EXIT.noPets);
      expect(stderr).toContain(`error: ${NO_PETS_MESSAGE}\n`);
      expect(stderr).toContain(`suggestion: ${NO_PETS_SUGGESTION}\n`);
      expect(stdout).not.toContain('Job job_');
    },
    60_000,
  );
});

describe('integration guide examples against the local runtime', () => {
  const run = promisify(execFile);
  let dir: string;
  beforeAll(async () => {
    // The curl upload example posts ./dog.jpg: a link to the dev-set photo, read in place.
    dir = await mkdtemp(path.join(tmpdir(), 'pet-roast-guide-'));
    await symlink(DOG_PHOTO, path.join(dir, 'dog.jpg'));
    vi.spyOn(console, 'log').mockImplementation(() => undefined);
  });
  afterAll(async () => {
    vi.restoreAllMocks();
    await rm(dir, { recursive: true, force: true });
  });

  it(
    `client examples: every endpoint, the upload pattern and waiting for the video`,
    async () => {
      const client = createClient({ PET_ROAST_API_URL: runtime!.url, PET_ROAST_API_KEY: runtime!.apiKey });
      expect(await endpoints.checkHealth(client)).toBe(true);
      expect(await endpoints.listOperations(client)).toEqual(expect.arrayContaining(['/api/generate-video', '/api/uploads']));
      expect(await endpoints.filtersForDog(client)).toContain('desi-fire: Desi Fire');
      expect(await endpoints.translateToHindi(client)).toMatch(/[\u0900-\u097F]/);
      expect(await endpoints.hasPet(client, await endpoints.uploadPhoto(client, DOG_PHOTO))).toBe(true);

      const started = await roastUpload(client, DOG_PHOTO, 'Roast my lazy dog who sleeps all day!', `p_${Date.now()}`);
      expect(started.ok).toBe(true);
      const jobId = started.ok ? started.jobId : '';
      expect(await waitForRoast(client, jobId)).toEqual({ videoUrl: expect.any(String) });
      expect(await endpoints.showStatus(client, jobId)).toBe('completed 100%');
      expect(await endpoints.videoUrlOf(client, jobId)).toEqual(expect.any(String));
      await endpoints.eraseJob(client, jobId);
      await expect(client.getStatus(jobId)).rejects.toMatchObject({ status: 404, code: 'job_not_found' });

      const noPet = await roastUpload(client, AURORA_PHOTO, 'Roast!', `p_${Date.now()}`);
      expect(noPet.ok).toBe(false);

      // The generate and background-job examples, with a photo URL and a receiver the service can reach.
      const roastId = await endpoints.createRoast(client, photos!.photoUrl('dog'), callbackUrl());
      const postId = `p_${Date.now()}`;
      const startedId = await startRoast(client, { id: postId, imageUrl: photos!.photoUrl('dog'), text: 'Roast my lazy dog!' }, callbackUrl());
      expect(await startRoast(client, { id: postId, imageUrl: photos!.photoUrl('dog'), text: 'Roast my lazy dog!' }, callbackUrl())).toBe(startedId);
      for (const id of [roastId, startedId]) {
        expect(await waitForRoast(client, id)).toEqual({ videoUrl: expect.any(String) });
        const delivery = await waitFor(`the callback of ${id}`, () => receiver!.forJob(id)[0]);
        expect(JSON.parse(delivery.body)).toMatchObject({ type: 'video.completed', data: { job_id: id, status: 'completed' } });
      }
      expect((await client.getStatus(roastId)).metadata).toEqual({ post_id: 'p_981', user_id: 'u123' });
    },
    120_000,
  );

  it(
    `curl examples, every one (as a second client: see CURL_CLIENT)`,
    async () => {
      const guideCurl = await readFile(path.join(REPO_ROOT, 'examples/guide/curl.sh'), 'utf8');
      const region = (name: string): string => {
        const match = new RegExp(`# region ${name}\\n([\\s\\S]*?)# endregion ${name}`).exec(guideCurl);
        if (!match) throw new Error(`no region ${name}`);
        return match[1]!;
      };
      const env = {
        ...process.env,
        PET_ROAST_API_URL: runtime!.url,
        PET_ROAST_API_KEY: CURL_CLIENT.key,
        IMAGE_URL: photos!.photoUrl('dog'),
        CALLBACK_URL: callbackUrl(),
        UPLOAD_KEY: '',
        JOB_ID: '',
      };
      const sh = async (name: string) => (await run('bash', ['-c', `set -euo pipefail\n${region(name)}`], { cwd: dir, env })).stdout;

      expect(JSON.parse(await sh('health'))).toMatchObject({ status: 'ok' });
      expect((await sh('openapi')).split('\n')).toContain('/api/generate-video');
      expect(JSON.parse(await sh('filters')).filters.length).toBeGreaterThan(0);
      expect(JSON.parse(await sh('translate'))).toMatchObject({ target_language: 'hi' });
      env.UPLOAD_KEY = (await sh('upload')).trim().split('\n').at(-1)!;
      expect(JSON.parse(await sh('detect'))).toMatchObject({ has_pets: true, pets: expect.arrayContaining([expect.objectContaining({ label: 'dog' })]) });

      const job = JSON.parse(await sh('generate'));
      expect(job).toMatchObject({ status: 'queued', job_id: expect.stringMatching(/^job_/), detected_pets: [expect.objectContaining({ label: 'dog' })] });
      env.JOB_ID = job.job_id;
      const client = new PetRoastClient({ baseUrl: runtime!.url, apiKey: CURL_CLIENT.key });
      expect(JSON.parse(await sh('status'))).toMatchObject({ job_id: env.JOB_ID, language: 'hi', filter_id: 'desi-fire', metadata: { post_id: 'p_981' } });
      await client.waitForVideo(env.JOB_ID, { pollIntervalMs: 250, timeoutMs: 90_000 });
      expect(JSON.parse(await sh('result'))).toMatchObject({ status: 'completed', video_url: expect.any(String) });
      await waitFor(`the callback of ${env.JOB_ID}`, () => receiver!.forJob(env.JOB_ID)[0]);
      expect((await sh('delete')).trim()).toBe('204');
    },
    120_000,
  );
});

/**
 * Every top-level value of concatenated JSON output (`{…}{…}`: curl prints bodies without a newline),
 * skipping anything between them (headers of `curl -i`, status codes).
 */
function jsonValues(text: string): any[] {
  const values: unknown[] = [];
  for (let i = 0; i < text.length; i++) {
    if (text[i] !== '{') continue;
    let depth = 0;
    let inString = false;
    for (let j = i; j < text.length; j++) {
      const c = text[j];
      if (inString) {
        if (c === '\\') j++;
        else if (c === '"') inString = false;
      } else if (c === '"') inString = true;
      else if (c === '{') depth++;
      else if (c === '}' && --depth === 0) {
        try {
          values.push(JSON.parse(text.slice(i, j + 1)));
          i = j;
        } catch {
          // Not JSON after all (e.g. text in braces): scan on from the next character.
        }
        break;
      }
    }
  }
  return values;
}

/** The ```bash blocks of a README section (from its `## ` heading to the next one). */
function bashBlocksOf(readme: string, heading: string): string[] {
  const start = readme.indexOf(`\n## ${heading}\n`);
  if (start < 0) throw new Error(`README has no section "${heading}"`);
  const end = readme.indexOf('\n## ', start + 1);
  const section = readme.slice(start, end < 0 ? undefined : end);
  return [...section.matchAll(/```bash\n([\s\S]*?)```/g)].map((m) => m[1]!);
}

describe('README examples against the local runtime', () => {
  /**
   * The README's placeholders and what a reader puts there, as the README says: the printed key, the
   * local URL (here the test runtime's port), a photo URL and a receiver the service can reach. Each
   * must occur in the examples, so a README that changes them fails here instead of going unchecked.
   */
  const substitutions = (): Array<[string, string]> => [
    ['<printed key>', runtime!.apiKey],
    ['localhost:8000', new URL(runtime!.url).host],
    ['https://images.example/dog.jpg', photos!.photoUrl('dog')],
    ['https://backend.example/webhooks/pet-roast', callbackUrl()],
    // The AR Cloud UUID of this runtime (npm start prints its manifest URL).
    ['<uuid>', new URL(runtime!.arCloudManifestUrl).pathname.split('/').pop()!],
  ];
  const run = promisify(execFile);

  /** Runs `blocks` in one bash (as a reader pastes them in order), marking where each block's output starts. */
  async function runBlocks(blocks: string[], cwd: string, env: Record<string, string | undefined>): Promise<string[]> {
    let script = blocks.map((block, i) => `echo '@@block ${i}'\n${block}`).join('\necho\n');
    for (const [placeholder, value] of substitutions()) script = script.split(placeholder).join(value);
    expect(script, 'a placeholder the test does not know').not.toMatch(/<[a-z][a-z ]*>/i);
    const { stdout } = await run('bash', ['-c', `set -euo pipefail\n${script}`], { cwd, env, timeout: 110_000, maxBuffer: 16 << 20 });
    return stdout.split(/^@@block \d+\n/m).slice(1);
  }

  it('every placeholder the test substitutes is in the README', async () => {
    const readme = await readFile(path.join(REPO_ROOT, 'README.md'), 'utf8');
    const endpoints = await readFile(path.join(REPO_ROOT, 'docs/endpoints.md'), 'utf8');
    const examples = [...bashBlocksOf(readme, 'Quick start'), ...bashBlocksOf(endpoints, 'Endpoints')].join('\n');
    for (const [placeholder] of substitutions()) expect(examples, placeholder).toContain(placeholder);
  });

  it(
    'quick start: the calls after `npm start`, verbatim, in the repository',
    async () => {
      const readme = await readFile(path.join(REPO_ROOT, 'README.md'), 'utf8');
      const blocks = bashBlocksOf(readme, 'Quick start');
      // The first block is `npm ci` / `npm start` / `npm test`: this file's runtime is what `npm start` serves
      // (`npm ci` itself, from a clean clone, is not run by the tests: it downloads ~640 packages).
      expect(blocks[0]).toMatch(/^npm ci\b[\s\S]*\nnpm start\b[\s\S]*\nnpm test\b/);
      // The roast CLI reaches the service at $PET_ROAST_API_URL (its documented default is localhost:8000).
      const out = await runBlocks(blocks.slice(1), REPO_ROOT, { PATH: process.env.PATH, HOME: process.env.HOME, PET_ROAST_API_URL: runtime!.url });
      expect(out).toHaveLength(1);
      const text = out[0]!;
      const json = jsonValues(text);
      expect(json[0]).toMatchObject({ status: 'ok' });
      expect(text).toMatch(/HTTP\/1\.1 403 Forbidden\r?\n/); // `curl -i` without the key
      expect(json.some((v) => Array.isArray(v.filters) && v.filters.length > 0)).toBe(true);
      expect(text).toMatch(/Job job_[0-9A-Z]{26}: queued/);
      expect(text).toMatch(/^Video: http\S+$/m);
    },
    120_000,
  );

  it(
    'Endpoints (docs/endpoints.md): every example in order in one shell, generate with IMAGE_URL and CALLBACK_URL',
    async () => {
      const endpoints = await readFile(path.join(REPO_ROOT, 'docs/endpoints.md'), 'utf8');
      const blocks = bashBlocksOf(endpoints, 'Endpoints');
      const dir = await mkdtemp(path.join(tmpdir(), 'pet-roast-readme-'));
      try {
        await symlink(DOG_PHOTO, path.join(dir, 'dog.jpg'));
        const out = await runBlocks(blocks, dir, { PATH: process.env.PATH, HOME: process.env.HOME, PET_ROAST_API_KEY: runtime!.apiKey });
        const byFirstLine = new Map(blocks.map((b, i) => [b.split('\n')[0]!, out[i]!]));
        const outputOf = (firstLine: RegExp): string => {
          const found = [...byFirstLine].find(([line]) => firstLine.test(line));
          if (!found) throw new Error(`no README example starting ${firstLine}`);
          return found[1];
        };
        expect(jsonValues(outputOf(/^curl \$API\/healthz/))).toEqual([expect.objectContaining({ status: 'ok' }), expect.objectContaining({ status: 'ok' })]);
        expect(jsonValues(outputOf(/banuba-filters$/)).map((v) => v.filters.length > 0)).toEqual([true, true]);
        expect(jsonValues(outputOf(/translate-text/)).map((v) => v.target_language)).toEqual(['hi', 'en']);
        // The AR Cloud manifest of a runtime with no published effect (Banuba's shape, empty list).
        expect(jsonValues(outputOf(/v1\/effects\//))).toEqual([{ effects: [] }]);
        expect(jsonValues(outputOf(/^TICKET=/))[0]).toMatchObject({ upload_key: expect.stringMatching(/^uploads\//), fields: expect.any(Object) });
        expect(jsonValues(outputOf(/detect-pets/)).map((v) => v.has_pets)).toEqual([true, true]);
        const job = jsonValues(outputOf(/^JOB=/))[0];
        expect(job).toMatchObject({ status: 'queued', job_id: expect.stringMatching(/^job_/) });
        const [status, result] = jsonValues(outputOf(/video-status/));
        expect(status).toMatchObject({ job_id: job.job_id, language: 'hi', metadata: { post_id: 'p_970', user_id: 'u123' } });
        expect(result).toMatchObject({ job_id: job.job_id, status: 'completed', video_url: expect.any(String) });
        expect(outputOf(/video-status/).trim()).toMatch(/\}204$/); // the result's JSON, then DELETE's status (a Revid video: no subtitles)
        // The local runtime's callback inbox (this job's callback went to CALLBACK_URL, so it may be empty).
        expect(jsonValues(outputOf(/_local\/callbacks/))).toEqual([{ deliveries: expect.any(Array) }]);
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
    },
    120_000,
  );
});
