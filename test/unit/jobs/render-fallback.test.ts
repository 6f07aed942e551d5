import { describe, expect, it } from 'vitest';
import { processRenderMessage } from '../../../lambdas/domain/jobs/queue-policy.js';
import { RetryableJobError, type RenderDeps } from '../../../lambdas/domain/jobs/render-deps.js';
import { renderJob } from '../../../lambdas/domain/jobs/render-job.js';
import { syncJob } from '../../../lambdas/domain/jobs/sync-job.js';
import { RevidError } from '../../../lambdas/engines/revid/client.js';
import type { RenderRequest, RenderStart, VideoProvider } from '../../../lambdas/domain/providers/video-provider.js';
import { FakeQueues, FakeRevid, makeJob, MemoryJobStore, revidProviders } from '../../support/job-fakes.js';
import { RecordingStore } from '../../support/recording-store.js';

/**
 * The render policy with both providers: Revid faked at its client, the built-in renderer replaced by a
 * recording inline provider (the real renderer runs in test/e2e/render-builtin.test.ts). Checks who
 * renders, the transitions, the `provider` field and that exactly one callback is scheduled.
 */
class RecordingBuiltin implements VideoProvider {
  readonly name = 'builtin' as const;
  readonly mode = 'inline' as const;
  readonly requests: RenderRequest[] = [];
  next: (request: RenderRequest) => Promise<RenderStart> = async (request) => ({
    state: 'rendered',
    video: { videoKey: `videos/${request.job.job_id}/roast.mp4`, thumbnailKey: `videos/${request.job.job_id}/thumbnail.jpg`, durationS: 7.5 },
  });
  async start(request: RenderRequest): Promise<RenderStart> {
    this.requests.push(request);
    return this.next(request);
  }
}

function setup(selected: 'revid' | 'builtin' = 'revid') {
  const store = new RecordingStore(new MemoryJobStore());
  const queues = new FakeQueues();
  const revid = new FakeRevid();
  const builtin = new RecordingBuiltin();
  const deps: RenderDeps = {
    store,
    queues,
    providers: { ...revidProviders(revid, { builtin }), selected },
    translate: async (text) => `${text} अनुवाद। दूसरा वाक्य!`,
    renderLeaseS: 0,
    hasCallbackTarget: () => true,
  };
  return { store, queues, revid, builtin, deps };
}

const policy = { maxReceives: 3, backoffBaseS: 1, random: () => 0.5 };
const account = (status: 401 | 402 | 403) =>
  new RevidError({
    message: `Revid refused (HTTP ${status}).`,
    reason: status === 401 ? 'unauthorized' : status === 402 ? 'insufficient_credits' : 'forbidden',
    retryable: false,
    httpStatus: status,
  });

describe('Built-in provider selected', () => {
  it('renders inline: processing with provider builtin during the render, then completed with our keys, one callback', async () => {
    const { store, queues, builtin, deps } = setup('builtin');
    const job = makeJob({ language: 'hi', source_lang: 'en' });
    await store.create(job);
    let during: unknown;
    builtin.next = async (request) => {
      during = await store.get(request.job.job_id);
      return { state: 'rendered', video: { videoKey: 'videos/x/roast.mp4', thumbnailKey: 'videos/x/thumbnail.jpg', durationS: 7.5 } };
    };
    await renderJob(job.job_id, deps);
    expect(during).toMatchObject({ status: 'processing', provider: 'builtin' });
    // The narration is the job's stored script: its lines, each translated on its own (docs/writer.md).
    // A job without text_mode narrates its text verbatim and names no pet: the opener is Hindi's generic title.
    expect(builtin.requests[0]!.narration).toEqual({ language: 'hi', lines: ['Roast my lazy dog who sleeps all day! अनुवाद। दूसरा वाक्य!'], title: 'आज का रोस्ट' });
    expect((await store.get(job.job_id))!).toMatchObject({
      status: 'completed',
      provider: 'builtin',
      video_key: 'videos/x/roast.mp4',
      thumbnail_key: 'videos/x/thumbnail.jpg',
      duration_s: 7.5,
      callback_state: 'pending',
    });
    expect(queues.callbacks).toHaveLength(1);
  });

  it('reports the render’s progress on the job while it renders (rising, in steps, never past 95), then 100', async () => {
    const { store, queues, builtin, deps } = setup('builtin');
    const job = makeJob({ language: 'en' });
    await store.create(job);
    const seen: Array<number | null> = [];
    builtin.next = async (request) => {
      for (const fraction of [0.05, 0.2, 0.21, 0.5, 0.4, 0.8, 1]) {
        request.onProgress!(fraction);
        // Let the progress write land, then read what a status poll would show.
        await new Promise((resolve) => setImmediate(resolve));
        seen.push((await store.get(request.job.job_id))!.progress);
      }
      return { state: 'rendered', video: { videoKey: 'videos/x/roast.mp4', thumbnailKey: null, durationS: 7.5 } };
    };

    await renderJob(job.job_id, deps);

    // 10 once the roast is written; 0.05 → 14 and 0.21 → 28 are under the 5-point step; 0.4 is lower than 0.5.
    expect(seen).toEqual([10, 27, 27, 53, 53, 78, 95]);
    expect((await store.get(job.job_id))!).toMatchObject({ status: 'completed', progress: 100 });
    expect(queues.callbacks).toHaveLength(1);
  });

  it('a refused progress write (the job was deleted meanwhile) neither fails nor repeats; the stored video is erased', async () => {
    const { store, queues, builtin, deps } = setup('builtin');
    const erased: string[] = [];
    deps.eraseJobObjects = async (erasedJob) => void erased.push(erasedJob.job_id);
    const job = makeJob({ language: 'en' });
    await store.create(job);
    builtin.next = async (request) => {
      await store.delete(request.job.job_id);
      request.onProgress!(0.5);
      request.onProgress!(0.9);
      return { state: 'rendered', video: { videoKey: 'videos/x/roast.mp4', thumbnailKey: null, durationS: 7.5 } };
    };

    await expect(renderJob(job.job_id, deps)).resolves.toBeUndefined();

    expect(await store.get(job.job_id)).toBeUndefined();
    expect(queues.callbacks).toHaveLength(0);
    expect(erased).toEqual([job.job_id]);
  });

  it('erases nothing when the completion lost to another writer but the job still exists', async () => {
    const { store, builtin, deps } = setup('builtin');
    const erased: string[] = [];
    deps.eraseJobObjects = async (erasedJob) => void erased.push(erasedJob.job_id);
    const job = makeJob({ language: 'en' });
    await store.create(job);
    builtin.next = async (request) => {
      // Someone else settles the job first (e.g. the reconciler failing it): it still exists.
      await new Promise((resolve) => setImmediate(resolve)); // the "script stored" progress write lands first
      const settled = await store.transition((await store.get(request.job.job_id))!, 'failed', { detail: 'settled elsewhere' });
      expect(settled.ok).toBe(true);
      return { state: 'rendered', video: { videoKey: 'videos/x/roast.mp4', thumbnailKey: null, durationS: 7.5 } };
    };

    await renderJob(job.job_id, deps);

    expect((await store.get(job.job_id))!.status).toBe('failed');
    expect(erased).toEqual([]);
  });

  it('fails the job with the renderer’s reason on a permanent input error', async () => {
    const { store, builtin, deps } = setup('builtin');
    const job = makeJob();
    await store.create(job);
    builtin.next = async () => {
      throw Object.assign(new Error('The stored media could not be decoded.'), { retryable: false });
    };
    await renderJob(job.job_id, deps);
    expect((await store.get(job.job_id))!).toMatchObject({ status: 'failed', detail: 'The stored media could not be decoded.', provider: 'builtin' });
  });

  it('hands a transient failure back (lease released) and renders again on the next receive', async () => {
    const { store, builtin, deps } = setup('builtin');
    const job = makeJob();
    await store.create(job);
    builtin.next = async () => {
      throw Object.assign(new Error('ffmpeg was killed'), { retryable: true });
    };
    await expect(renderJob(job.job_id, { ...deps, renderLeaseS: 960 })).rejects.toBeInstanceOf(RetryableJobError);
    expect((await store.get(job.job_id))!).toMatchObject({ status: 'processing', render_claimed_at: new Date(0).toISOString() });
    builtin.next = new RecordingBuiltin().next;
    await renderJob(job.job_id, { ...deps, renderLeaseS: 960 });
    expect((await store.get(job.job_id))!.status).toBe('completed');
    expect(builtin.requests).toHaveLength(2);
  });

  it('a render whose worker died is left alone while its lease lasts, re-rendered after', async () => {
    const { store, builtin, deps } = setup('builtin');
    const claimedAt = new Date('2026-11-30T10:00:00Z');
    const job = makeJob({ status: 'processing', provider: 'builtin', render_claimed_at: claimedAt.toISOString(), submitted_at: claimedAt.toISOString() });
    await store.create(job);
    await syncJob(job.job_id, { ...deps, renderLeaseS: 960, now: () => new Date(claimedAt.getTime() + 60_000) });
    expect(builtin.requests).toHaveLength(0);
    await syncJob(job.job_id, { ...deps, renderLeaseS: 960, now: () => new Date(claimedAt.getTime() + 961_000) });
    expect(builtin.requests).toHaveLength(1);
    expect((await store.get(job.job_id))!.status).toBe('completed');
  });

  it('fails on the last receive when the render keeps failing', async () => {
    const { store, builtin, deps } = setup('builtin');
    const job = makeJob();
    await store.create(job);
    builtin.next = async () => {
      throw Object.assign(new Error('ffmpeg was killed'), { retryable: true });
    };
    expect(await processRenderMessage({ type: 'render', job_id: job.job_id }, { attempt: 1 }, deps, policy)).toMatchObject({ action: 'retry', delayS: 1 });
    expect(await processRenderMessage({ type: 'render', job_id: job.job_id }, { attempt: 3 }, deps, policy)).toMatchObject({ action: 'dead-letter' });
    expect((await store.get(job.job_id))!).toMatchObject({ status: 'failed', detail: 'The video could not be rendered: Rendering the video failed: ffmpeg was killed' });
  });
});

describe('Fallback from Revid to the built-in renderer', () => {
  it.each([401, 402, 403] as const)('Revid %i at submit: re-rendered by builtin, completed with provider builtin, one callback', async (status) => {
    const { store, queues, revid, builtin, deps } = setup();
    const job = makeJob();
    await store.create(job);
    revid.render = async () => {
      throw account(status);
    };
    await renderJob(job.job_id, deps);
    expect(builtin.requests).toHaveLength(1);
    expect((await store.get(job.job_id))!).toMatchObject({ status: 'completed', provider: 'builtin', video_key: `videos/${job.job_id}/roast.mp4` });
    expect(store.terminalTransitions(job.job_id)).toHaveLength(1);
    expect(queues.callbacks).toHaveLength(1);
  });

  it('Revid 500 until the retry budget is spent: backs off, then builtin completes the job and the message is done', async () => {
    const { store, queues, revid, builtin, deps } = setup();
    const job = makeJob();
    await store.create(job);
    revid.render = async () => {
      throw new RevidError({ message: 'Revid render failed with HTTP 500.', reason: 'server_error', retryable: true, httpStatus: 500 });
    };
    const message = { type: 'render' as const, job_id: job.job_id };
    expect(await processRenderMessage(message, { attempt: 1 }, deps, policy)).toEqual({ action: 'retry', delayS: 1, reason: 'Revid render failed with HTTP 500.', expected: true });
    expect(await processRenderMessage(message, { attempt: 2 }, deps, policy)).toMatchObject({ action: 'retry', delayS: 2 });
    expect(builtin.requests).toHaveLength(0);
    expect(await processRenderMessage(message, { attempt: 3 }, deps, policy)).toEqual({ action: 'done' });
    expect((await store.get(job.job_id))!).toMatchObject({ status: 'completed', provider: 'builtin' });
    expect(queues.callbacks).toHaveLength(1);
  });

  it('VIDEO_FALLBACK=none keeps today’s behaviour: the job fails with the clear reason', async () => {
    const { store, revid, builtin, deps } = setup();
    const job = makeJob();
    await store.create(job);
    revid.render = async () => {
      throw account(402);
    };
    await renderJob(job.job_id, { ...deps, providers: { ...deps.providers, fallback: 'none' } });
    expect(builtin.requests).toHaveLength(0);
    expect((await store.get(job.job_id))!).toMatchObject({ status: 'failed', detail: 'Revid refused (HTTP 402).' });
  });

  it('a Revid render whose status turns into an account error is re-rendered by builtin', async () => {
    const { store, queues, revid, builtin, deps } = setup();
    const job = makeJob();
    await store.create(job);
    await renderJob(job.job_id, deps);
    expect((await store.get(job.job_id))!).toMatchObject({ status: 'processing', provider: 'revid' });
    revid.status = async () => {
      throw account(401);
    };
    await syncJob(job.job_id, deps);
    expect(builtin.requests).toHaveLength(1);
    expect((await store.get(job.job_id))!).toMatchObject({ status: 'completed', provider: 'builtin' });
    expect(queues.callbacks).toHaveLength(1);
  });

  it('a permanent input error from Revid (400) fails the job: another renderer would refuse it too', async () => {
    const { store, revid, builtin, deps } = setup();
    const job = makeJob();
    await store.create(job);
    revid.render = async () => {
      throw new RevidError({ message: 'Revid rejected the render: bad media', reason: 'bad_request', retryable: false, httpStatus: 400 });
    };
    await renderJob(job.job_id, deps);
    expect(builtin.requests).toHaveLength(0);
    expect((await store.get(job.job_id))!.status).toBe('failed');
  });
});
