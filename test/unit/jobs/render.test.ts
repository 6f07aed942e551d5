import { describe, expect, it, vi } from 'vitest';
import { callbackEventId, type Job } from '../../../lambdas/domain/jobs/model.js';
import { reconcile } from '../../../lambdas/domain/jobs/reconcile.js';
import { RenderLeaseHeld } from '../../../lambdas/domain/jobs/lease.js';
import { RetryableJobError, type RenderDeps } from '../../../lambdas/domain/jobs/render-deps.js';
import { renderJob } from '../../../lambdas/domain/jobs/render-job.js';
import { syncJob } from '../../../lambdas/domain/jobs/sync-job.js';
import { TransportError } from '../../../lambdas/engines/outbound/index.js';
import { RevidError } from '../../../lambdas/engines/revid/client.js';
import { hashToken } from '../../../lambdas/domain/providers/webhook-tokens.js';
import { FakeQueues, FakeRevid, makeJob, MemoryJobStore, revidProviders } from '../../support/job-fakes.js';
import { RecordingStore } from '../../support/recording-store.js';

const VIDEO_HOST = 'cdn.revid.example';

function setup(overrides: Partial<Job> = {}) {
  const memory = new MemoryJobStore();
  const store = new RecordingStore(memory);
  const queues = new FakeQueues();
  const revid = new FakeRevid();
  const mirror = vi.fn(async (jobId: string) => `videos/${jobId}/video.mp4`);
  const deps: RenderDeps = {
    store,
    queues,
    providers: revidProviders(revid, { presignMedia: async (key) => `https://media.example/${key}?sig=1`, publicBaseUrl: 'https://api.example/prod/', videoHosts: [VIDEO_HOST] }),
    translate: vi.fn(async (text: string) => `[hi] ${text}`),
    // These scenarios re-drive at once as if the render lease had expired (the lease has its own test).
    renderLeaseS: 0,
    mirror,
    hasCallbackTarget: (job) => job.callback_url !== null,
  };
  const job = makeJob(overrides);
  return { memory, store, queues, revid, mirror, deps, job };
}

const ready = { state: 'ready' as const, progress: 100, videoUrl: `https://${VIDEO_HOST}/v.mp4`, thumbnailUrl: `https://${VIDEO_HOST}/t.jpg`, durationS: 12 };

describe('Function: renderJob', () => {
  it('stores the token hash before submitting, then records the pid and moves to processing', async () => {
    // Prepare
    const { store, revid, deps, job } = setup({ language: 'hi', source_lang: 'en' });
    await store.create(job);
    let hashAtSubmit: string | undefined;
    const render = revid.render.bind(revid);
    revid.render = async (req) => {
      hashAtSubmit = (await store.get(job.job_id))!.webhook_token_hash;
      return render(req);
    };
    // Act
    await renderJob(job.job_id, deps);
    // Assess
    const [submitted] = revid.renders;
    const url = new URL(submitted!.request.webhookUrl);
    expect(`${url.origin}${url.pathname}`).toBe('https://api.example/prod/webhooks/revid');
    expect(url.searchParams.get('job')).toBe(job.job_id);
    const token = url.searchParams.get('token')!;
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(hashAtSubmit).toBe(hashToken(token));
    expect(submitted!.request.text).toBe(`[hi] ${job.text}`);
    expect(submitted!.request.media).toEqual({ url: `https://media.example/${job.media_key}?sig=1`, kind: 'image' });
    expect((await store.get(job.job_id))!).toMatchObject({ status: 'processing', provider_pid: submitted!.pid, progress: 5 });
  });

  it('never submits a job that is past queued (a redelivered render message)', async () => {
    const { store, revid, deps, job } = setup({ status: 'processing', provider_pid: 'P0' });
    await store.create(job);
    await renderJob(job.job_id, deps);
    await renderJob('job_01JD3YQ5Z8M2W4V6T7R9P0K1C3', deps);
    expect(revid.renders).toHaveLength(0);
  });

  it('fails the job at once, with a clear reason and a callback, when Revid refuses for lack of credits', async () => {
    const { store, queues, revid, deps, job } = setup();
    await store.create(job);
    revid.render = async () => {
      throw new RevidError({ message: 'Revid render refused: the Revid account is out of credits (HTTP 402).', reason: 'insufficient_credits', retryable: false, httpStatus: 402 });
    };
    await renderJob(job.job_id, deps);
    expect((await store.get(job.job_id))!).toMatchObject({
      status: 'failed',
      detail: expect.stringMatching(/out of credits/),
      failure_reason: expect.stringMatching(/out of credits/),
      callback_state: 'pending',
      callback_event_id: callbackEventId(job.job_id),
    });
    expect(queues.callbacks).toEqual([{ message: { type: 'callback', job_id: job.job_id }, delaySeconds: 0 }]);
  });

  it('hands retryable provider errors (429 with Retry-After, 5xx, timeouts) back to the worker', async () => {
    const { store, revid, deps, job } = setup();
    await store.create(job);
    revid.render = async () => {
      throw new RevidError({ message: 'Revid render was rate limited (HTTP 429).', reason: 'rate_limited', retryable: true, httpStatus: 429, retryAfterS: 30 });
    };
    await expect(renderJob(job.job_id, deps)).rejects.toMatchObject({ name: 'RetryableJobError', retryAfterS: 30 });
    expect((await store.get(job.job_id))!.status).toBe('queued');
  });
});

describe('Function: syncJob', () => {
  async function processing(s: ReturnType<typeof setup>): Promise<string> {
    await s.store.create(s.job);
    await renderJob(s.job.job_id, s.deps);
    return s.revid.renders[0]!.pid;
  }

  it('completes from Revid’s status (not the hint), mirrors, and schedules one callback', async () => {
    const s = setup();
    await processing(s);
    s.revid.outcome = ready;
    await syncJob(s.job.job_id, s.deps);
    await syncJob(s.job.job_id, s.deps);
    expect((await s.store.get(s.job.job_id))!).toMatchObject({
      status: 'completed',
      progress: 100,
      detail: null,
      video_key: `videos/${s.job.job_id}/video.mp4`,
      provider_video_url: ready.videoUrl,
      thumbnail_url: ready.thumbnailUrl,
      duration_s: 12,
      callback_state: 'pending',
    });
    expect(s.store.terminalTransitions(s.job.job_id)).toHaveLength(1);
    expect(s.queues.callbacks).toHaveLength(1);
  });

  it('does not complete while Revid still says building, however the hint is worded (B3)', async () => {
    const s = setup();
    await processing(s);
    s.revid.outcome = { state: 'pending', progress: 60 };
    await syncJob(s.job.job_id, s.deps, { pollDelayS: 7 });
    expect((await s.store.get(s.job.job_id))!).toMatchObject({ status: 'processing', progress: 60 });
    expect(s.queues.render).toEqual([{ message: { type: 'sync', job_id: s.job.job_id, polls: 1 }, delaySeconds: 7 }]);
  });

  it('fails the job, and never fetches, when the video URL is outside the allowed hosts (B3)', async () => {
    const s = setup();
    await processing(s);
    s.revid.outcome = { ...ready, videoUrl: 'https://evil.example/steal.mp4' };
    await syncJob(s.job.job_id, s.deps);
    expect(s.mirror).not.toHaveBeenCalled();
    expect((await s.store.get(s.job.job_id))!).toMatchObject({ status: 'failed', detail: expect.stringMatching(/outside the allowed hosts/) });
    expect((await s.store.get(s.job.job_id))!.provider_video_url).toBeUndefined();
  });

  it('fails a render that outlived the deadline', async () => {
    const s = setup();
    await processing(s);
    s.deps.now = () => new Date(Date.now() + 2 * 3600_000);
    await syncJob(s.job.job_id, s.deps, { renderDeadlineS: 3600 });
    expect((await s.store.get(s.job.job_id))!).toMatchObject({ status: 'failed', detail: 'The video provider did not finish within 60 minutes.' });
  });

  it('fails the job (never leaves it processing) when the video cannot be mirrored for good', async () => {
    const s = setup();
    await processing(s);
    s.revid.outcome = ready;
    s.mirror.mockRejectedValueOnce(new TransportError('http_status', 'The server answered HTTP 404.', { httpStatus: 404 }));
    await syncJob(s.job.job_id, s.deps);
    expect((await s.store.get(s.job.job_id))!).toMatchObject({
      status: 'failed',
      detail: expect.stringMatching(/^The rendered video could not be copied from the provider/),
      callback_state: 'pending',
    });
    expect(s.queues.callbacks).toHaveLength(1);
  });

  it('retries a transient mirror failure, and fails the job once the render deadline has passed', async () => {
    const s = setup();
    await processing(s);
    s.revid.outcome = ready;
    s.mirror.mockRejectedValue(new TransportError('timeout', 'The server did not answer in time.'));
    await expect(syncJob(s.job.job_id, s.deps, { renderDeadlineS: 3600 })).rejects.toBeInstanceOf(RetryableJobError);
    expect((await s.store.get(s.job.job_id))!.status).toBe('processing');
    s.deps.now = () => new Date(Date.now() + 2 * 3600_000);
    await syncJob(s.job.job_id, s.deps, { renderDeadlineS: 3600 });
    expect((await s.store.get(s.job.job_id))!.status).toBe('failed');
  });

  it('prefers the recorded pid over a hint', async () => {
    const s = setup();
    const pid = await processing(s);
    const asked: string[] = [];
    const status = s.revid.status.bind(s.revid);
    s.revid.status = (p) => (asked.push(p), status(p));
    s.revid.outcome = ready;
    await syncJob(s.job.job_id, s.deps, { hintedPid: 'SomeoneElsesPid00000' });
    expect(asked).toEqual([pid]);
    expect((await s.store.get(s.job.job_id))!.status).toBe('completed');
  });

  it('ignores a hint Revid does not confirm: the job is neither failed nor moved', async () => {
    const s = setup();
    await s.store.create(s.job);
    await syncJob(s.job.job_id, s.deps, { hintedPid: 'UnknownPid0000000000' });
    expect((await s.store.get(s.job.job_id))!).toMatchObject({ status: 'queued', version: 0 });
  });

  it('asks the provider the job records, not the one new jobs use: a Revid render finishes after a switch to builtin', async () => {
    const s = setup();
    const pid = await processing(s);
    const rendered: string[] = [];
    const builtin = { name: 'builtin' as const, mode: 'inline' as const, start: async () => (rendered.push('builtin'), Promise.reject(new Error('not called'))) };
    s.deps.providers = { ...s.deps.providers, selected: 'builtin', builtin };
    s.revid.outcome = ready;
    await syncJob(s.job.job_id, s.deps);
    expect((await s.store.get(s.job.job_id))!).toMatchObject({ status: 'completed', provider: 'revid', provider_pid: pid });
    expect(rendered).toEqual([]);
  });

  it('ignores a hint for a queued job when the selected provider cannot check renders (builtin): nothing is asked, nothing moves', async () => {
    const s = setup();
    await s.store.create(s.job);
    const builtin = { name: 'builtin' as const, mode: 'inline' as const, start: async () => Promise.reject(new Error('not called')) };
    s.deps.providers = { ...s.deps.providers, selected: 'builtin', builtin };
    await syncJob(s.job.job_id, s.deps, { hintedPid: 'SomePid0000000000000' });
    expect(s.revid.statusCalls).toBe(0);
    expect((await s.store.get(s.job.job_id))!).toMatchObject({ status: 'queued', version: 0 });
  });
});

describe('Crash between the provider submit and the job update (docs/reference/reliability.md E6 a)', () => {
  async function crashAfterSubmit(s: ReturnType<typeof setup>): Promise<string> {
    await s.store.create(s.job);
    s.store.faults.push((j, to) => j.job_id === s.job.job_id && to === 'processing');
    await expect(renderJob(s.job.job_id, s.deps)).rejects.toBeInstanceOf(RetryableJobError);
    expect(s.revid.renders).toHaveLength(1);
    const stuck = (await s.store.get(s.job.job_id))!;
    expect(stuck.status).toBe('queued');
    expect(stuck.provider_pid).toBeUndefined();
    return s.revid.renders[0]!.pid;
  }

  it('is settled by the webhook: its pid, confirmed by Revid, is recorded and the job completes — one render', async () => {
    // Prepare
    const s = setup();
    const pid = await crashAfterSubmit(s);
    // Act: Revid finishes and calls the webhook, which enqueues a sync naming the pid.
    s.revid.outcome = ready;
    await syncJob(s.job.job_id, s.deps, { hintedPid: pid });
    // …and the render message the crash left behind comes back.
    await renderJob(s.job.job_id, s.deps);
    await reconcile({ store: s.store, queues: s.queues, staleQueuedS: 0, staleProcessingS: 0, now: () => new Date(Date.now() + 1000) });
    // Assess
    expect((await s.store.get(s.job.job_id))!).toMatchObject({ status: 'completed', provider_pid: pid });
    expect(s.revid.renders).toHaveLength(1);
    expect(s.store.terminalTransitions(s.job.job_id)).toHaveLength(1);
    expect(s.queues.callbacks).toHaveLength(1);
    expect(s.queues.render.filter((m) => m.message.type === 'render')).toHaveLength(0);
  });

  it('is settled by the reconciler when the webhook never comes: a second render (the documented window), then completion', async () => {
    // Prepare
    const s = setup();
    await crashAfterSubmit(s);
    const sweep = () => reconcile({ store: s.store, queues: s.queues, staleQueuedS: 0, staleProcessingS: 0, now: () => new Date(Date.now() + 1000) });
    // Act: reconciler → render message → worker; Revid finishes; reconciler → sync → worker.
    await sweep();
    for (const m of s.queues.drainRender()) if (m.type === 'render') await renderJob(m.job_id, s.deps);
    s.revid.outcome = ready;
    await sweep();
    for (const m of s.queues.drainRender()) if (m.type === 'sync') await syncJob(m.job_id, s.deps, { hintedPid: m.pid });
    // Assess
    const done = (await s.store.get(s.job.job_id))!;
    expect(done).toMatchObject({ status: 'completed', provider_pid: s.revid.renders[1]!.pid });
    expect(s.revid.renders).toHaveLength(2);
    expect(s.store.terminalTransitions(s.job.job_id)).toHaveLength(1);
    expect(s.queues.callbacks).toHaveLength(1);
  });
});

describe('Render lease', () => {
  it('makes a second copy of the render message back off instead of submitting a second render', async () => {
    // Prepare: the first copy claimed the job and is still waiting on Revid when the second copy reads it.
    const { store, revid, deps, job } = setup();
    const clock = new Date('2026-11-24T10:00:00Z');
    const leased: RenderDeps = { ...deps, renderLeaseS: 90, now: () => clock };
    await store.create(job);
    let secondCopy: Promise<unknown> | undefined;
    const render = revid.render.bind(revid);
    revid.render = async (req) => {
      secondCopy ??= renderJob(job.job_id, leased).catch((err: unknown) => err);
      return render(req);
    };
    // Act
    await renderJob(job.job_id, leased);
    const second = await secondCopy;
    // Assess: one render; the second copy was told when to come back.
    expect(revid.renders).toHaveLength(1);
    expect(second).toBeInstanceOf(RenderLeaseHeld);
    expect((second as RenderLeaseHeld).retryAfterS).toBeGreaterThan(0);
    expect((second as RenderLeaseHeld).retryAfterS).toBeLessThanOrEqual(90);
    expect((await store.get(job.job_id))?.status).toBe('processing');
  });

  it('releases the lease when the provider fails retryably, so the backed-off retry can submit', async () => {
    // Prepare
    const { store, revid, deps, job } = setup();
    const leased: RenderDeps = { ...deps, renderLeaseS: 90 };
    await store.create(job);
    const render = revid.render.bind(revid);
    let calls = 0;
    revid.render = async (req) => {
      calls += 1;
      if (calls === 1) throw new RevidError({ message: 'Revid render failed with HTTP 500.', reason: 'server_error', retryable: true, httpStatus: 500 });
      return render(req);
    };
    // Act
    await expect(renderJob(job.job_id, leased)).rejects.toBeInstanceOf(RetryableJobError);
    await renderJob(job.job_id, leased);
    // Assess
    expect(calls).toBe(2);
    expect((await store.get(job.job_id))?.status).toBe('processing');
  });

  it('lets a later copy submit once a claim has outlived the lease (the crashed-worker window)', async () => {
    // Prepare: a copy claimed the job and crashed before submitting.
    const { store, revid, deps, job } = setup();
    const clock = new Date('2026-11-24T10:00:00Z');
    await store.create({ ...job, render_claimed_at: new Date(clock.getTime() - 91_000).toISOString() });
    // Act
    await renderJob(job.job_id, { ...deps, renderLeaseS: 90, now: () => clock });
    // Assess
    expect(revid.renders).toHaveLength(1);
    expect((await store.get(job.job_id))?.status).toBe('processing');
  });
});
