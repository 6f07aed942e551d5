import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { EXIT, main, progressLine } from '../../../examples/cli/roast.js';
import { NO_PETS_MESSAGE, NO_PETS_SUGGESTION } from '../../../lambdas/domain/errors.js';
import { capture } from './support/capture.js';
import { startFakeApi, type FakeApi } from './support/fake-api.js';

describe('roast CLI (against the fake API)', () => {
  let dir: string;
  let dogPhoto: string;
  let auroraPhoto: string;
  let api: FakeApi;

  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'pet-roast-cli-'));
    const png = await sharp({ create: { width: 8, height: 8, channels: 3, background: '#8b4513' } }).png().toBuffer();
    dogPhoto = path.join(dir, 'rex.png');
    auroraPhoto = path.join(dir, 'pixabay-aurora.png');
    await writeFile(dogPhoto, png);
    await writeFile(auroraPhoto, png);
  });
  afterAll(async () => rm(dir, { recursive: true, force: true }));
  afterEach(async () => api?.close());

  async function run(argv: string[], options: { tty?: boolean; env?: Record<string, string>; fetch?: typeof fetch } = {}) {
    const stdout = capture(options.tty);
    const stderr = capture();
    const code = await main(['--api', api.url, ...argv], {
      stdout: stdout.stream,
      stderr: stderr.stream,
      env: { PET_ROAST_API_KEY: api.apiKey, ...options.env },
      fetch: options.fetch,
      pollIntervalMs: 5,
    });
    return { code, stdout: stdout.text(), stderr: stderr.text() };
  }

  it('uploads, shows the detection and one line per status change, and prints the video URL', async () => {
    api = await startFakeApi();

    const { code, stdout, stderr } = await run([dogPhoto, 'Roast my lazy dog!', '--language', 'hi', '--filter', 'desi-fire']);

    expect(stderr).toBe('');
    expect(code).toBe(EXIT.ok);
    expect(stdout).toContain('Uploading rex.png');
    expect(stdout).toContain('Pets detected: dog 93%');
    const jobId = /Job (job_\w+): queued/.exec(stdout)?.[1];
    expect(jobId).toBeDefined();
    const progress = stdout.split('\n').filter((l) => l.startsWith('['));
    expect(progress).toEqual([
      '[------------------------]   0% queued',
      '[#######-----------------]  30% processing',
      '[#################-------]  70% processing',
      '[########################] 100% completed',
    ]);
    expect(stdout).toContain(`Video: https://videos.example.com/${jobId}.mp4`);
    const body = JSON.parse(api.requests.find((r) => r.path === '/api/generate-video')!.body.toString());
    expect(body).toMatchObject({ text: 'Roast my lazy dog!', language: 'hi', filter_id: 'desi-fire', upload_key: expect.stringMatching(/^uploads\//) });
  });

  it('redraws a single progress line on a terminal', async () => {
    api = await startFakeApi();
    const { code, stdout } = await run([dogPhoto, 'Roast!'], { tty: true });
    expect(code).toBe(EXIT.ok);
    expect(stdout.match(/\r\x1b\[2K\[/g)).toHaveLength(4);
    expect(stdout).toMatch(/100% completed \d+s\nVideo: /);
  });

  it('exits 2 with the API’s exact no-pet message and suggestion, creating no job', async () => {
    api = await startFakeApi();
    const { code, stderr } = await run([auroraPhoto, 'Roast my lazy dog!']);
    expect(code).toBe(EXIT.noPets);
    expect(stderr).toContain(NO_PETS_MESSAGE);
    expect(stderr).toContain(NO_PETS_SUGGESTION);
    expect(api.requests.some((r) => r.path === '/api/generate-video')).toBe(false);
  });

  it('uses video_url for an https URL ending in .mp4 and HEAD for one without an extension', async () => {
    api = await startFakeApi();
    const heads: string[] = [];
    const fakeFetch: typeof fetch = async (input, init) => {
      if (String(input).startsWith('https://cdn.example.com/')) {
        heads.push(`${init?.method} ${String(input)}`);
        return new Response(null, { headers: { 'content-type': 'video/quicktime' } });
      }
      return fetch(input, init);
    };
    expect((await run(['https://cdn.example.com/rex.mp4', 'Roast!'], { fetch: fakeFetch })).code).toBe(EXIT.ok);
    expect((await run(['https://cdn.example.com/media/123', 'Roast!'], { fetch: fakeFetch })).code).toBe(EXIT.ok);
    const bodies = api.requests.filter((r) => r.path === '/api/detect-pets').map((r) => JSON.parse(r.body.toString()));
    expect(bodies).toEqual([{ video_url: 'https://cdn.example.com/rex.mp4' }, { video_url: 'https://cdn.example.com/media/123' }]);
    expect(heads).toEqual(['HEAD https://cdn.example.com/media/123']);
  });

  it('exits 3 with the reason when the render fails', async () => {
    api = await startFakeApi({ script: [{ status: 'processing', progress: 20 }, { status: 'failed', progress: null, detail: 'provider rejected the render' }] });
    const { code, stderr } = await run([dogPhoto, 'Roast!']);
    expect(code).toBe(EXIT.videoFailed);
    expect(stderr).toContain('provider rejected the render');
  });

  it('exits 4 when the video is not ready within --timeout', async () => {
    api = await startFakeApi({ script: [{ status: 'processing', progress: 50 }] });
    const { code, stderr } = await run([dogPhoto, 'Roast!', '--timeout', '0.2']);
    expect(code).toBe(EXIT.timeout);
    expect(stderr).toContain('did not finish');
  });

  it('exits 1 with the API message on a wrong key or a bad language', async () => {
    api = await startFakeApi();
    const forbidden = await run([dogPhoto, 'Roast!', '--key', 'wrong']);
    expect(forbidden.code).toBe(EXIT.error);
    expect(forbidden.stderr).toContain('error: Missing or invalid API key.');
    const language = await run([dogPhoto, 'Roast!', '--language', 'xx']);
    expect(language.code).toBe(EXIT.error);
    expect(language.stderr).toContain("Language 'xx' in 'language' is not supported.");
  });

  it.each([
    [['only-one-arg']],
    [['http://cdn.example.com/dog.jpg', 'Roast!']],
    [['dog.jpg', 'Roast!', '--bogus']],
    [['dog.jpg', 'Roast!', '--timeout', 'soon']],
  ])('exits 64 on bad usage: %j', async (argv) => {
    api = await startFakeApi();
    const { code, stderr } = await run(argv);
    expect(code).toBe(EXIT.usage);
    expect(stderr).toContain('--help');
  });

  it('exits 64 without an API key and 1 on a missing file', async () => {
    api = await startFakeApi();
    const stderr = capture();
    expect(await main([dogPhoto, 'Roast!'], { stdout: capture().stream, stderr: stderr.stream, env: {} })).toBe(EXIT.usage);
    expect(stderr.text()).toContain('PET_ROAST_API_KEY');
    const missing = await run([path.join(dir, 'nope.jpg'), 'Roast!']);
    expect(missing.code).toBe(EXIT.error);
    expect(missing.stderr).toContain('no such file');
  });

  it('prints help', async () => {
    api = await startFakeApi();
    const { code, stdout } = await run(['--help']);
    expect(code).toBe(EXIT.ok);
    expect(stdout).toContain('Usage: npm run roast');
  });

  it('draws the bar from the progress', () => {
    const base = { job_id: 'job_01JD3YQ5Z8M2W4V6T7R9P0K1C3', updated_at: '', language: 'en', filter_id: null, metadata: null, provider: null, script: null, writer: null, script_subject: null, narration: null } as const;
    expect(progressLine({ ...base, status: 'processing', progress: 50, detail: null }, 10)).toBe('[#####-----]  50% processing');
    expect(progressLine({ ...base, status: 'queued', progress: null, detail: 'waiting' }, 4)).toBe('[----]   0% queued (waiting)');
  });
});
