import { execFile, execFileSync } from 'node:child_process';
import { promisify } from 'node:util';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mediaStore, workQueues } from '../../lambdas/adapters/composition.js';
import { callbackEventId } from '../../lambdas/domain/jobs/model.js';
import { makeJob } from '../support/job-fakes.js';
import { startJobsRuntime, type JobsRuntime } from '../support/jobs-runtime.js';
import { waitFor } from '../support/job-servers.js';
import { call } from '../support/runtime.js';
import { requireTool } from '../support/system-tools.js';
import { parseWebVtt } from '../unit/providers/builtin/media-checks.js';
import { pickTrack } from '../../lambdas/engines/renderer/music.js';

const execFileAsync = promisify(execFile);

const FFPROBE = requireTool('ffprobe');

/** ffprobe's view of an MP4's streams. */
function probe(file: string): { streams: Array<Record<string, unknown>>; format: Record<string, unknown> } {
  return JSON.parse(execFileSync(FFPROBE, ['-v', 'error', '-print_format', 'json', '-show_streams', '-show_format', file], { encoding: 'utf8' }));
}

/**
 * The built-in provider through the whole local service (issue 11 §5): a job is rendered by the real
 * renderer (ffmpeg, espeak-ng, Noto fonts) in the render worker, the MP4 and thumbnail land in the
 * bucket, status and result say `provider: builtin`, one callback goes out; a corrupt stored media
 * object fails its job with a clear reason instead of hanging.
 */
describe('Built-in video provider (VIDEO_PROVIDER=builtin, the npm start default)', () => {
  let t: JobsRuntime;
  let dir: string;

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'render-builtin-'));
    t = await startJobsRuntime({ env: { VIDEO_PROVIDER: 'builtin', CALLBACK_DELAY_SCALE: '0.01', RENDER_BACKOFF_BASE_S: '1' } });
  });
  afterAll(async () => {
    await t?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('renders a real 720×1280 H.264 MP4 into the bucket, shows provider builtin, and sends one callback', async () => {
    const jobId = await t.createJob({ text: 'Your dog guards the bicycle like a bank. Nobody is stealing it, buddy!', filter_id: 'pet-maharaja' });
    const processing = await t.waitForJob(jobId, 'processing', (j) => j.status !== 'queued', 60_000);
    expect(processing.provider).toBe('builtin');
    // Rendering takes 20–30 s on an idle 2-core machine, minutes when it is shared: a generous wait.
    const progress: number[] = [];
    const job = await t.waitForJob(
      jobId,
      'completed with its callback delivered',
      (j) => {
        if (j.progress !== null && progress.at(-1) !== j.progress) progress.push(j.progress);
        return j.status === 'completed' && j.callback_state === 'delivered';
      },
      420_000,
    );
    // What a status poll sees: progress rising while it renders (docs/renderer.md "Progress"), never backwards.
    for (let i = 1; i < progress.length; i++) expect(progress[i]).toBeGreaterThan(progress[i - 1]!);
    expect(progress.filter((p) => p > 10 && p < 100).length, `progress seen: ${progress.join(', ')}`).toBeGreaterThanOrEqual(3);
    expect(progress.at(-1)).toBe(100);
    expect(job).toMatchObject({
      provider: 'builtin',
      video_key: `videos/${jobId}/roast.mp4`,
      thumbnail_key: `videos/${jobId}/thumbnail.jpg`,
      subtitles_key: `videos/${jobId}/subtitles.vtt`,
    });
    expect(t.probe.terminalTransitions(jobId)).toHaveLength(1);

    const status = await call(t.runtime, 'GET', `/api/video-status/${jobId}`);
    expect(status.body).toMatchObject({ status: 'completed', provider: 'builtin' });
    const result = await call(t.runtime, 'GET', `/api/video-result/${jobId}`);
    expect(result.status).toBe(200);
    expect(result.body).toMatchObject({ job_id: jobId, status: 'completed', provider: 'builtin', duration_s: job.duration_s });
    // generate-video's default `music: auto` played the track its mood rule picks for the written script.
    expect(result.body.music_track).toBe(pickTrack('auto', job.script!.lines, job.filter_id)!.id);
    expect(result.body.filter_applied).toBe('pet-maharaja');

    // The video as a client downloads it.
    const video = Buffer.from(await (await fetch(result.body.video_url)).arrayBuffer());
    const file = path.join(dir, `${jobId}.mp4`);
    writeFileSync(file, video);
    const { streams, format } = probe(file);
    const v = streams.find((s) => s.codec_type === 'video')!;
    const a = streams.find((s) => s.codec_type === 'audio')!;
    expect(v).toMatchObject({ codec_name: 'h264', width: 720, height: 1280, pix_fmt: 'yuv420p' });
    expect(a).toMatchObject({ codec_name: 'aac' });
    expect(Math.abs(Number(format.duration) - job.duration_s!)).toBeLessThan(0.2);
    const thumbnail = Buffer.from(await (await fetch(result.body.thumbnail_url)).arrayBuffer());
    expect(thumbnail.subarray(0, 3)).toEqual(Buffer.from([0xff, 0xd8, 0xff]));
    // The subtitles as a client downloads them: WebVTT whose words, in order, are the narrated script.
    const vtt = await fetch(result.body.subtitles_url);
    expect(vtt.headers.get('content-type')).toBe('text/vtt');
    const cues = parseWebVtt(await vtt.text());
    expect(cues.flatMap((c) => c.words.map((w) => w.text)).join(' ')).toBe(status.body.script);
    // docs/endpoints.md's curl lines for `subtitles_url`, as written, print the same WebVTT for this job.
    const endpointsDoc = readFileSync(path.join(import.meta.dirname, '..', '..', 'docs', 'endpoints.md'), 'utf8');
    const subtitleLines = endpointsDoc.split('\n').filter((line) => line.includes('SUBTITLES_URL'));
    expect(subtitleLines).toHaveLength(2);
    // Asynchronously: the service runs in this process, so a synchronous child would block the very server
    // its curl calls (a deadlock, not a slow test).
    const { stdout: printed } = await execFileAsync('bash', ['-c', `set -euo pipefail\n${subtitleLines.join('\n')}`], {
      encoding: 'utf8',
      timeout: 60_000,
      env: { PATH: process.env.PATH, API: t.runtime.url, KEY: t.runtime.apiKey, JOB_ID: jobId },
    });
    expect(printed).toMatch(/^WEBVTT\n/);
    expect(parseWebVtt(printed).flatMap((c) => c.words.map((w) => w.text)).join(' ')).toBe(status.body.script);

    const deliveries = t.receiver.forJob(jobId);
    expect(deliveries.filter((d) => d.answered === 200)).toHaveLength(1);
    expect(new Set(deliveries.map((d) => d.headers['webhook-id']))).toEqual(new Set([callbackEventId(jobId)]));
    expect(JSON.parse(deliveries[0]!.body)).toMatchObject({
      type: 'video.completed',
      data: { job_id: jobId, status: 'completed', subtitles_url: expect.stringContaining(`videos/${jobId}/subtitles.vtt`) },
    });
  }, 480_000);

  it('a job erased (DELETE) while it renders leaves no video behind in the bucket, and sends no callback', async () => {
    const jobId = await t.createJob({ text: 'Your dog naps so hard the couch files complaints.' });
    let completionTried = false;
    t.probe.before.push((job, to) => {
      if (job.job_id === jobId && to === 'completed') completionTried = true;
    });
    await t.waitForJob(jobId, 'rendering', (j) => (j.progress ?? 0) > 10, 240_000);

    const erased = await call(t.runtime, 'DELETE', `/api/jobs/${jobId}`);
    expect(erased.status).toBe(204);

    // The render goes on, uploads its MP4 and thumbnail, then finds the job gone and removes them.
    await waitFor('the render to try completing the erased job', () => completionTried, 240_000);
    await waitFor('videos/<job>/ to be empty again', async () => (await mediaStore().list(`videos/${jobId}/`)).length === 0, 30_000);
    expect((await call(t.runtime, 'GET', `/api/video-status/${jobId}`)).status).toBe(404);
    expect(t.receiver.forJob(jobId)).toHaveLength(0);
  }, 480_000);

  it('fails a job whose stored media is corrupt with a clear reason (no hang, one callback)', async () => {
    // A job as generate-video writes it, whose stored object is then damaged (bit rot, a bad copy).
    const job = makeJob({ media_key: `media/corrupt-${Date.now()}/source.jpg`, callback_url: `${t.receiver.url}/hooks`, client_id: 'local' });
    await mediaStore().put(job.media_key, Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(4096, 0x5a)]), 'image/jpeg');
    await t.store.create(job);
    await workQueues().sendRender({ type: 'render', job_id: job.job_id });
    const failed = await t.waitForJob(job.job_id, 'failed with its callback delivered', (j) => j.status === 'failed' && j.callback_state === 'delivered', 120_000);
    expect(failed.provider).toBe('builtin');
    expect(failed.failure_reason).toMatch(/media|image|decode|corrupt/i);
    expect(failed.failure_reason).not.toMatch(/\/tmp|ffmpeg version|stderr/);
    const result = await call(t.runtime, 'GET', `/api/video-result/${job.job_id}`);
    expect(result.status).toBe(409);
    expect(result.body.detail).toMatchObject({ error: 'video_failed', reason: failed.failure_reason });
    expect(t.receiver.forJob(job.job_id).filter((d) => d.answered === 200)).toHaveLength(1);
  }, 180_000);
});
