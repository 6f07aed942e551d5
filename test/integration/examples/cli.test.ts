import { PETS_EVAL } from '../../support/shared-data.js';
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { EXIT, main } from '../../../examples/cli/roast.js';
import { PetRoastClient } from '@pet-roast/client';
import { waitForRoast } from '../../../examples/guide/background-job.js';
import { createClient } from '../../../examples/guide/client-setup.js';
import * as endpoints from '../../../examples/guide/endpoints.js';
import { roastUpload } from '../../../examples/guide/upload-detect-generate.js';
import { NO_PETS_MESSAGE, NO_PETS_SUGGESTION } from '../../../lambdas/core/errors.js';
import { ROUTES } from '../../../lambdas/core/routes.js';
import { REPO_ROOT } from '../../../local/runtime.js';
import { ensureModels } from '../../../models/setup.js';
import { capture } from '../../unit/examples/support/capture.js';
import { startTestRuntime } from '../../support/runtime.js';

// The evaluation set lives beside the repository and is read in place, never copied.

const DOG_PHOTO = path.join(PETS_EVAL, 'darknet-dog-bicycle-truck.jpg');
const AURORA_PHOTO = path.join(PETS_EVAL, 'pixabay-aurora.jpg');

/** Every endpoint the CLI and the guide call (routes come from lambdas/core/routes.ts). */
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

// One runtime for the file (it takes ~25 s to start on 2 cores): the CLI, then the guide's examples.
let runtime: Awaited<ReturnType<typeof startTestRuntime>> | undefined;
beforeAll(async () => {
  await ensureModels();
  // The client flow against the Revid simulator (fast); the built-in renderer's video is test/e2e/render-builtin.test.ts.
  runtime = await startTestRuntime({ env: { VIDEO_PROVIDER: 'revid' } });
});
afterAll(async () => runtime?.stop());

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
    },
    120_000,
  );

  it(
    `curl examples (all but generate, whose example URL is not fetchable offline)`,
    async () => {
      const guideCurl = await readFile(path.join(REPO_ROOT, 'examples/guide/curl.sh'), 'utf8');
      const region = (name: string): string => {
        const match = new RegExp(`# region ${name}\\n([\\s\\S]*?)# endregion ${name}`).exec(guideCurl);
        if (!match) throw new Error(`no region ${name}`);
        return match[1]!;
      };
      const env = { ...process.env, PET_ROAST_API_URL: runtime!.url, PET_ROAST_API_KEY: runtime!.apiKey, UPLOAD_KEY: '', JOB_ID: '' };
      const sh = async (name: string) => (await run('bash', ['-c', `set -euo pipefail\n${region(name)}`], { cwd: dir, env })).stdout;

      expect(JSON.parse(await sh('health'))).toMatchObject({ status: 'ok' });
      expect((await sh('openapi')).split('\n')).toContain('/api/generate-video');
      expect(JSON.parse(await sh('filters')).filters.length).toBeGreaterThan(0);
      expect(JSON.parse(await sh('translate'))).toMatchObject({ target_language: 'hi' });
      env.UPLOAD_KEY = (await sh('upload')).trim().split('\n').at(-1)!;
      expect(JSON.parse(await sh('detect'))).toMatchObject({ has_pets: true, pets: expect.arrayContaining([expect.objectContaining({ label: 'dog' })]) });

      const client = new PetRoastClient({ baseUrl: runtime!.url, apiKey: runtime!.apiKey });
      env.JOB_ID = (await client.generateVideo({ text: 'Roast my lazy dog!', upload_key: env.UPLOAD_KEY })).job_id;
      expect(JSON.parse(await sh('status'))).toMatchObject({ job_id: env.JOB_ID });
      await client.waitForVideo(env.JOB_ID, { pollIntervalMs: 250, timeoutMs: 90_000 });
      expect(JSON.parse(await sh('result'))).toMatchObject({ status: 'completed', video_url: expect.any(String) });
      expect((await sh('delete')).trim()).toBe('204');
    },
    120_000,
  );
});
