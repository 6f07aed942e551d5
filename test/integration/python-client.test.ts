import { spawn } from 'node:child_process';
import { cp, mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateWebhookSecret } from '../../lambdas/domain/callbacks/signing.js';
import { REPO_ROOT } from '../../local/runtime.js';
import { ensureModels } from '../../models/setup.js';
import { SYSTEM_PYTHON } from '../../scripts/setup-system.js';
import { NON_PET_PHOTO, PET_PHOTO, startPhotoServer } from '../support/job-servers.js';
import { startTestRuntime } from '../support/runtime.js';

/**
 * The Python client (clients/python, package `pet_roast_client`) against the real local service: this
 * file starts the runtime, a loopback photo server and picks the port the FastAPI receiver example
 * listens on, then runs the package's pytest suite (unit tests and tests/integration) with Debian's
 * python3 and fails unless every collected test passed, none was skipped, and the live tests ran.
 * It also runs the README's "Python client" example as written. python3, pytest, httpx and FastAPI are
 * installed by scripts/setup-system.ts; nothing here skips.
 */

const PACKAGE_DIR = path.join(REPO_ROOT, 'clients/python');

/** A free loopback port (the receiver is started by pytest, after the runtime allowed it). */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

let runtime: Awaited<ReturnType<typeof startTestRuntime>> | undefined;
let photos: Awaited<ReturnType<typeof startPhotoServer>> | undefined;
let receiverPort = 0;
const webhookSecret = generateWebhookSecret();

beforeAll(async () => {
  await ensureModels();
  photos = await startPhotoServer();
  receiverPort = await freePort();
  // The runtime signs callbacks with WEBHOOK_SIGNING_SECRET when set (local/runtime.ts).
  process.env.WEBHOOK_SIGNING_SECRET = webhookSecret;
  // The Revid simulator renders fast; the built-in renderer's own video is test/e2e/render-builtin.test.ts.
  runtime = await startTestRuntime({
    env: { VIDEO_PROVIDER: 'revid', OUTBOUND_ALLOWED_HOSTS: [photos.host, `127.0.0.1:${receiverPort}`].join(',') },
  });
});
afterAll(async () => {
  await runtime?.stop();
  await photos?.close();
  delete process.env.WEBHOOK_SIGNING_SECRET;
});

/** Runs `command`; resolves with its exit code and output (rejects only when it cannot start). */
async function run(command: string, args: string[], options: { cwd: string; env?: NodeJS.ProcessEnv }): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = spawn(command, args, { cwd: options.cwd, env: options.env ?? process.env });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d));
  child.stderr.on('data', (d: Buffer) => (stderr += d));
  const code = await new Promise<number | null>((resolve, reject) => {
    child.on('error', reject); // no interpreter: a failure naming it, never a skip
    child.on('close', resolve);
  });
  return { code, stdout, stderr };
}

/** Counts of one JUnit XML report (pytest --junitxml). */
function junitCounts(xml: string): { tests: number; failures: number; errors: number; skipped: number; names: string[] } {
  const suite = /<testsuite\b[^>]*>/.exec(xml)?.[0] ?? '';
  const attr = (name: string): number => Number(new RegExp(`\\b${name}="(\\d+)"`).exec(suite)?.[1] ?? NaN);
  const names = [...xml.matchAll(/<testcase\b[^>]*\bclassname="([^"]*)"[^>]*\bname="([^"]*)"/g)].map((m) => `${m[1]}::${m[2]}`);
  return { tests: attr('tests'), failures: attr('failures'), errors: attr('errors'), skipped: attr('skipped'), names };
}

describe('Python client (clients/python) against the local runtime', () => {
  it(
    'passes its whole pytest suite: unit tests, every endpoint, one roast with a verified callback, the guide examples',
    async () => {
      const dir = await mkdtemp(path.join(tmpdir(), 'pet-roast-pytest-'));
      const report = path.join(dir, 'junit.xml');
      try {
        const child = spawn(SYSTEM_PYTHON, ['-m', 'pytest', 'clients/python/tests', '-q', '-p', 'no:cacheprovider', `--junitxml=${report}`], {
          cwd: REPO_ROOT,
          env: {
            ...process.env,
            PYTHONPATH: path.join(PACKAGE_DIR, 'src'),
            PYTHONDONTWRITEBYTECODE: '1',
            PET_ROAST_API_URL: runtime!.url,
            PET_ROAST_API_KEY: runtime!.apiKey,
            PET_ROAST_WEBHOOK_SECRET: webhookSecret,
            PET_ROAST_RECEIVER_PORT: String(receiverPort),
            PET_ROAST_PHOTO_BASE_URL: photos!.url,
            PET_ROAST_DOG_PHOTO: PET_PHOTO,
            PET_ROAST_NO_PET_PHOTO: NON_PET_PHOTO,
          },
        });
        let output = '';
        child.stdout.on('data', (d: Buffer) => (output += d));
        child.stderr.on('data', (d: Buffer) => (output += d));
        const code = await new Promise<number | null>((resolve, reject) => {
          child.on('error', reject); // no python3: a failure naming the interpreter, never a skip
          child.on('close', resolve);
        });
        expect(code, output).toBe(0);
        const counts = junitCounts(await readFile(report, 'utf8'));
        expect({ failures: counts.failures, errors: counts.errors, skipped: counts.skipped }, output).toEqual({ failures: 0, errors: 0, skipped: 0 });
        expect(counts.tests, output).toBeGreaterThanOrEqual(60);
        const live = counts.names.filter((n) => n.includes('integration.test_live_service'));
        expect(live.length, output).toBeGreaterThanOrEqual(7);
        expect(live.some((n) => n.endsWith('::test_one_roast_end_to_end_with_a_verified_callback'))).toBe(true);
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
    },
    300_000,
  );

  it(
    "runs the README's Python client example verbatim: it prints the URL of a finished video",
    async () => {
      const readme = await readFile(path.join(REPO_ROOT, 'README.md'), 'utf8');
      const start = readme.indexOf('### Python client');
      const section = readme.slice(start, readme.indexOf('\n## ', start));
      const script = /```bash\n([\s\S]*?)```/.exec(section)?.[1];
      expect(script).toContain('generate_video_with_retry');
      const child = spawn('bash', ['-euo', 'pipefail', '-c', script!], {
        cwd: REPO_ROOT,
        env: { ...process.env, PET_ROAST_API_URL: runtime!.url, PET_ROAST_API_KEY: runtime!.apiKey, PYTHONDONTWRITEBYTECODE: '1' },
      });
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (d: Buffer) => (stdout += d));
      child.stderr.on('data', (d: Buffer) => (stderr += d));
      const code = await new Promise<number | null>((resolve, reject) => {
        child.on('error', reject);
        child.on('close', resolve);
      });
      expect(code, stderr).toBe(0);
      const url = new URL(stdout.trim());
      expect(url.pathname).toMatch(/\/videos\/job_[0-9A-Z]{26}\/video\.mp4$/);
      const video = await fetch(url);
      expect(video.status).toBe(200);
      expect(Buffer.from(await video.arrayBuffer()).subarray(4, 8).toString('latin1')).toBe('ftyp');
    },
    180_000,
  );

  it(
    'installs with pip into a fresh virtual environment (offline, from a copy of the tree) and completes a job from there',
    async () => {
      const dir = await mkdtemp(path.join(tmpdir(), 'pet-roast-pip-'));
      try {
        // A copy, so the build leaves nothing in the repository; --system-site-packages for Debian's httpx.
        await cp(PACKAGE_DIR, path.join(dir, 'src'), { recursive: true, filter: (f) => !f.includes(`${path.sep}tests`) });
        const venv = path.join(dir, 'venv');
        const made = await run(SYSTEM_PYTHON, ['-m', 'venv', '--system-site-packages', '--without-pip', venv], { cwd: dir });
        expect(made.code, made.stderr).toBe(0);
        const python = path.join(venv, 'bin', 'python');
        const installed = await run(SYSTEM_PYTHON, ['-m', 'pip', '--python', python, 'install', '--no-index', '--no-deps', '--no-build-isolation', path.join(dir, 'src')], { cwd: dir });
        expect(installed.code, installed.stdout + installed.stderr).toBe(0);
        const script = [
          'import asyncio, os, sys, pathlib, pet_roast_client as p',
          'assert pathlib.Path(p.__file__).is_relative_to(sys.prefix), p.__file__',
          'assert (pathlib.Path(p.__file__).parent / "py.typed").is_file()',
          'async def main():',
          '    async with p.PetRoastClient(os.environ["PET_ROAST_API_URL"], os.environ["PET_ROAST_API_KEY"]) as c:',
          '        r = await c.generate_video_with_retry(upload_path=os.environ["PHOTO"], prompt="Roast my lazy dog!", max_retries=3)',
          '        print(p.__version__, r.success, r.video_url, r.error)',
          'asyncio.run(main())',
        ].join('\n');
        const env = { PATH: process.env.PATH, HOME: dir, PET_ROAST_API_URL: runtime!.url, PET_ROAST_API_KEY: runtime!.apiKey, PHOTO: PET_PHOTO, PYTHONDONTWRITEBYTECODE: '1' };
        const used = await run(python, ['-c', script], { cwd: dir, env });
        expect(used.code, used.stderr).toBe(0);
        const [version, success, videoUrl] = used.stdout.trim().split(' ');
        expect([version, success]).toEqual(['0.1.0', 'True']);
        expect(new URL(videoUrl!).pathname).toMatch(/\/video\.mp4$/);
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
    },
    180_000,
  );
});
