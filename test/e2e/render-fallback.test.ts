import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { callbackEventId } from '../../lambdas/domain/jobs/model.js';
import { startJobsRuntime, type JobsRuntime } from '../support/jobs-runtime.js';
import { call } from '../support/runtime.js';

/**
 * Fallback from a failing Revid to the built-in renderer through the whole local service (issue 11 §1,
 * docs/video-providers.md "Fallback"): Revid is the selected provider (its simulator, faults injected),
 * `VIDEO_FALLBACK=builtin`. An account error (402) and a 500 that lasts until the retry budget is spent
 * both end `completed` with `provider: builtin`, exactly one terminal transition and one callback.
 */
describe('Revid fails → the built-in renderer makes the video', () => {
  let t: JobsRuntime;

  beforeAll(async () => {
    t = await startJobsRuntime({
      env: { VIDEO_PROVIDER: 'revid', VIDEO_FALLBACK: 'builtin', RENDER_MAX_RECEIVES: '3', RENDER_BACKOFF_BASE_S: '1', CALLBACK_DELAY_SCALE: '0.01' },
    });
  });
  afterAll(async () => t?.stop());
  afterEach(() => t.sim.faults.reset());

  const renderCalls = (since: number) => t.sim.stats.requests.filter((r) => r.method === 'POST' && r.path.endsWith('/render') && r.at >= since).length;

  async function expectCompletedByBuiltin(jobId: string) {
    const job = await t.waitForJob(jobId, 'completed with its callback delivered', (j) => j.status === 'completed' && j.callback_state === 'delivered', 420_000);
    expect(job).toMatchObject({ provider: 'builtin', video_key: `videos/${jobId}/roast.mp4` });
    expect(t.probe.terminalTransitions(jobId)).toHaveLength(1);
    expect(t.rendersFor(jobId)).toHaveLength(0);
    const deliveries = t.receiver.forJob(jobId);
    expect(deliveries.filter((d) => d.answered === 200)).toHaveLength(1);
    expect(new Set(deliveries.map((d) => d.headers['webhook-id']))).toEqual(new Set([callbackEventId(jobId)]));
    expect(JSON.parse(deliveries[0]!.body)).toMatchObject({ type: 'video.completed', data: { job_id: jobId, status: 'completed' } });
    const status = await call(t.runtime, 'GET', `/api/video-status/${jobId}`);
    expect(status.body).toMatchObject({ status: 'completed', provider: 'builtin' });
    const result = await call(t.runtime, 'GET', `/api/video-result/${jobId}`);
    expect(result.body).toMatchObject({ status: 'completed', provider: 'builtin' });
    const video = await fetch(result.body.video_url);
    expect(video.status).toBe(200);
    expect(Buffer.from(await video.arrayBuffer()).subarray(4, 8).toString('latin1')).toBe('ftyp');
  }

  it('Revid 402 (out of credits): re-rendered by builtin at once', async () => {
    t.sim.faults.set({ renderStatus: { status: 402, times: 1 } });
    const since = Date.now();
    const jobId = await t.createJob();
    await expectCompletedByBuiltin(jobId);
    expect(renderCalls(since)).toBe(1);
  }, 480_000);

  it('Revid 500 until the retry budget (3 receives) is spent: backed off, then re-rendered by builtin', async () => {
    t.sim.faults.set({ renderStatus: { status: 500, times: 100 } });
    const since = Date.now();
    const jobId = await t.createJob();
    await expectCompletedByBuiltin(jobId);
    expect(renderCalls(since)).toBe(3);
  }, 480_000);
});
