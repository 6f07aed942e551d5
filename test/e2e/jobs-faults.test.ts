import { Webhook } from 'standardwebhooks';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { callbackEventId, isTerminal } from '../../lambdas/domain/jobs/model.js';
import type { JobPatch } from '../../lambdas/domain/jobs/ports.js';
import { generateWebhookSecret } from '../../lambdas/domain/callbacks/signing.js';
import { startJobsRuntime, type JobsRuntime } from '../support/jobs-runtime.js';
import { waitFor, type Delivery } from '../support/job-servers.js';

const SECRET = generateWebhookSecret();

/**
 * Fault injection through the whole local service (docs/reference/reliability.md E6, A6, A7, B5; docs/reference/spec.md §4 "no accepted job
 * is ever lost"): Revid faults come from its simulator, receiver faults from the loopback receiver, and
 * the crash from a fault hook on the shared job store. Local clocks are fast: renders take 0.5 s, the
 * reconciler runs every second and syncs jobs processing for 3 s, callback delays are scaled by 0.01.
 *
 * After each scenario: its jobs are terminal, each produced exactly one terminal transition and one
 * callback event id, and at the end every message was processed (queues empty) and none dead-lettered.
 */
describe('Video jobs under injected faults', () => {
  let t: JobsRuntime;
  const jobs: string[] = [];

  beforeAll(async () => {
    process.env.WEBHOOK_SIGNING_SECRET = SECRET;
    t = await startJobsRuntime({
      renderMs: 500,
      scheduleIntervalMs: 1000,
      // Revid's own fault handling; the fallback to the built-in renderer is test/e2e/render-fallback.test.ts.
      env: { VIDEO_FALLBACK: 'none', RECONCILE_STALE_PROCESSING_S: '3', RECONCILE_STALE_QUEUED_S: '30', SYNC_POLL_S: '1', RENDER_BACKOFF_BASE_S: '1', CALLBACK_DELAY_SCALE: '0.01' },
    });
  });
  afterAll(async () => t?.stop());
  afterEach(() => {
    t.sim.faults.reset();
    t.receiver.setBehaviour(() => 200);
    t.probe.before.length = 0;
  });

  async function create(body: Record<string, unknown> = {}): Promise<string> {
    const jobId = await t.createJob(body);
    jobs.push(jobId);
    return jobId;
  }

  /** When Revid's render endpoint was called since `since` (the simulator keeps its last 200 requests). */
  const renderRequestTimes = (since: number) =>
    t.sim.stats.requests.filter((r) => r.method === 'POST' && r.path.endsWith('/render') && r.at >= since).map((r) => r.at);

  /** Verifies a delivery with the official library (at its own time) and returns the event. */
  function verified(d: Delivery): { type: string; data: Record<string, unknown> } {
    return new Webhook(SECRET).verify(d.body, d.headers as Record<string, string>) as { type: string; data: Record<string, unknown> };
  }

  /** The invariants every scenario ends with. */
  async function expectSettled(jobId: string, outcome: 'completed' | 'failed', callback: 'delivered' | 'gone' = 'delivered') {
    const job = await t.waitForJob(jobId, `${outcome} with callback ${callback}`, (j) => j.status === outcome && j.callback_state === callback, 40_000);
    expect(t.probe.terminalTransitions(jobId)).toHaveLength(1);
    const deliveries = t.receiver.forJob(jobId);
    expect(new Set(deliveries.map((d) => d.headers['webhook-id']))).toEqual(new Set(deliveries.length ? [callbackEventId(jobId)] : []));
    if (callback === 'delivered') {
      expect(deliveries.filter((d) => d.answered === 200)).toHaveLength(1);
      const event = verified(deliveries.at(-1)!);
      expect(event).toMatchObject({ type: `video.${outcome}`, data: { job_id: jobId, status: outcome } });
    }
    return job;
  }

  it('provider 500 then recovery: backs off, submits once more, completes', async () => {
    t.sim.faults.set({ renderStatus: { status: 500, times: 2 } });
    const since = Date.now();
    const jobId = await create();
    await expectSettled(jobId, 'completed');
    expect(renderRequestTimes(since)).toHaveLength(3);
    expect(t.rendersFor(jobId)).toHaveLength(1);
  });

  it('provider 429 with Retry-After: the next submit waits at least that long', async () => {
    t.sim.faults.set({ renderStatus: { status: 429, retryAfterS: 3, times: 1 } });
    const since = Date.now();
    const jobId = await create();
    await expectSettled(jobId, 'completed');
    const [limited, next] = renderRequestTimes(since);
    expect(next! - limited!).toBeGreaterThanOrEqual(3000);
    expect(t.rendersFor(jobId)).toHaveLength(1);
  });

  it('render call hangs: the client times out, the worker retries, the job completes', async () => {
    t.sim.faults.set({ hangRender: true });
    const since = Date.now();
    const jobId = await create();
    await waitFor('the hanging render call', () => renderRequestTimes(since).length > 0, 20_000);
    t.sim.faults.set({ hangRender: undefined });
    expect((await t.job(jobId))!.status).toBe('queued');
    await expectSettled(jobId, 'completed');
    const [hung, retried] = renderRequestTimes(since);
    expect(retried! - hung!).toBeGreaterThanOrEqual(15_000);
    expect(t.rendersFor(jobId)).toHaveLength(1);
  }, 60_000);

  it('lost webhook: the reconciler syncs the job with Revid and completes it', async () => {
    t.sim.faults.set({ dropWebhook: true });
    const jobId = await create();
    const render = await t.renderOf(jobId);
    const job = await expectSettled(jobId, 'completed');
    expect(render.webhooks).toEqual([]);
    expect(Date.parse(job.completed_at!) - Date.parse(job.submitted_at!)).toBeGreaterThanOrEqual(3000);
  });

  it('duplicated and late webhooks: one transition, one callback event, every copy answered 2xx', async () => {
    t.sim.faults.set({ duplicateWebhook: 4, lateWebhookMs: 1500 });
    const jobId = await create();
    const render = await t.renderOf(jobId);
    await expectSettled(jobId, 'completed');
    await waitFor('four webhook copies', () => render.webhooks.filter((w) => w.kind === 'final').length >= 4, 15_000);
    for (const w of render.webhooks) expect([200, 202]).toContain(w.status);
  });

  it('callback receiver down, then up: retried with the same event id until delivered', async () => {
    const jobId = await create();
    t.receiver.setBehaviour((d, _i) => (d.body.includes(jobId) && t.receiver.forJob(jobId).length < 2 ? 'reset' : 200));
    const job = await expectSettled(jobId, 'completed');
    const deliveries = t.receiver.forJob(jobId);
    expect(deliveries.map((d) => d.answered)).toEqual(['reset', 'reset', 200]);
    expect(new Set(deliveries.map((d) => d.headers['webhook-timestamp'])).size).toBeGreaterThan(1);
    for (const d of deliveries) expect(verified(d)).toMatchObject({ data: { job_id: jobId } });
    expect(job.callback_attempts).toBe(3);
  });

  it('callback receiver answers 410: no retry, and the endpoint stays disabled for the next job', async () => {
    const gone = `${t.receiver.url}/gone-${Date.now()}`;
    t.receiver.setBehaviour((d) => (d.path.startsWith('/gone-') ? 410 : 200));
    const first = await create({ callback_url: gone });
    await expectSettled(first, 'completed', 'gone');
    expect(t.receiver.forJob(first).map((d) => d.answered)).toEqual([410]);
    const second = await create({ callback_url: gone });
    await expectSettled(second, 'completed', 'gone');
    expect(t.receiver.forJob(second)).toEqual([]);
  });

  it('provider 402 (out of credits): the job fails at once with a clear detail and its callback is sent', async () => {
    t.sim.faults.set({ renderStatus: { status: 402 } });
    const since = Date.now();
    const jobId = await create();
    const job = await expectSettled(jobId, 'failed');
    expect(job.detail).toMatch(/out of credits/);
    expect(renderRequestTimes(since)).toHaveLength(1);
    const event = verified(t.receiver.forJob(jobId).at(-1)!);
    expect(event).toMatchObject({ type: 'video.failed', data: { status: 'failed', video_url: null, detail: job.detail } });
  });

  it('crash between the provider submit and the job update: the webhook’s pid settles the job, one render', async () => {
    // The render worker "dies" at its processing write: it is stuck until the job has settled, then fails.
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    let crashed = false;
    let crashedJob: string | undefined;
    t.probe.before.push(async (job, to, patch: JobPatch) => {
      // Every earlier job is terminal, so the first render write from now on is this scenario's job.
      if (crashed || to !== 'processing' || !('progress' in patch)) return;
      crashedJob = job.job_id;
      crashed = true;
      await released;
      throw new Error('simulated crash after the Revid submit');
    });
    const jobId = await create();
    const render = await t.renderOf(jobId);
    await waitFor('the crash', () => crashed);
    expect(crashedJob).toBe(jobId);
    const job = await expectSettled(jobId, 'completed');
    release();
    expect(job.provider_pid).toBe(render.pid);
    // The crashed worker's message comes back (its back-off), finds the job settled and submits nothing:
    // wait until the render queue is empty, delayed messages included, so that copy has been handled.
    await t.idle('Render', { includeDelayed: true });
    expect(t.rendersFor(jobId)).toHaveLength(1);
    expect(t.probe.terminalTransitions(jobId)).toHaveLength(1);
  });

  it('leaves every job terminal, every message processed and nothing dead-lettered', async () => {
    // Its own scenario first (so this test holds on its own too): a clean job and one through two 5xx.
    const clean = await create();
    await expectSettled(clean, 'completed');
    t.sim.faults.set({ renderStatus: { status: 500, times: 2 } });
    const flaky = await create();
    await expectSettled(flaky, 'completed');
    expect(jobs.length).toBeGreaterThanOrEqual(2);
    for (const jobId of jobs) {
      const job = (await t.job(jobId))!;
      expect(isTerminal(job.status), jobId).toBe(true);
      expect(['delivered', 'gone']).toContain(job.callback_state);
      expect(t.probe.terminalTransitions(jobId)).toHaveLength(1);
    }
    for (const kind of ['Render', 'Callback'] as const) {
      await waitFor(`${kind} queue drained`, async () => {
        const d = await t.queueDepth(t.queueUrl(kind));
        return d.visible + d.inFlight + d.delayed === 0;
      }, 20_000);
      expect(await t.queueDepth(t.queueUrl(kind, true))).toEqual({ visible: 0, inFlight: 0, delayed: 0 });
    }
  });
});
