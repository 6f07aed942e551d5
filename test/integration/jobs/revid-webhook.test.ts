import type { APIGatewayProxyEvent } from 'aws-lambda';
import { randomBytes } from 'node:crypto';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { callbackEventId, type Job } from '../../../lambdas/domain/jobs/model.js';
import { startJobsRuntime, type JobsRuntime } from '../../support/jobs-runtime.js';
import { startCallbackReceiver, waitFor } from '../../support/job-servers.js';

/**
 * docs/reference/reliability.md B1, B2, B3, B5: the inbound Revid webhook through the whole local service. Renders stay
 * `building` until the test calls `sim.finish(pid)`, and the reconciler is slowed down so that only
 * the webhooks under test move a job.
 */
describe('POST /webhooks/revid', () => {
  let t: JobsRuntime;
  let evil: Awaited<ReturnType<typeof startCallbackReceiver>>;

  beforeAll(async () => {
    // A host the service could reach (it is on the outbound allow-list) but that is not a Revid video host.
    evil = await startCallbackReceiver(() => 200);
    t = await startJobsRuntime({
      renderMs: 600_000,
      env: { OUTBOUND_ALLOWED_HOSTS: evil.host, RECONCILE_STALE_PROCESSING_S: '3600', RECONCILE_STALE_QUEUED_S: '3600', SYNC_POLL_S: '1' },
    });
  });
  afterAll(async () => {
    await t?.stop();
    await evil?.close();
  });
  afterEach(() => {
    t.sim.faults.reset();
    vi.restoreAllMocks();
  });

  /** A job whose render Revid accepted and that is `processing`; returns its pid and webhook query. */
  async function processingJob(): Promise<{ jobId: string; pid: string; query: string; token: string }> {
    const jobId = await t.createJob();
    const render = await t.renderOf(jobId);
    await t.waitForJob(jobId, 'processing', (j) => j.status === 'processing');
    const url = new URL(render.webhookUrl!);
    return { jobId, pid: render.pid, query: url.search, token: url.searchParams.get('token')! };
  }

  const forbidden = { detail: { error: 'forbidden', message: expect.any(String) } };

  describe('B1: authentication before parsing', () => {
    it('answers 403 with no state change and without parsing the body, for every bad or missing token', async () => {
      // Prepare
      const a = await processingJob();
      const b = await processingJob();
      const before = (await t.job(a.jobId))!;
      const statusCalls = t.sim.stats.statusRequests;
      const parse = vi.spyOn(JSON, 'parse');
      const bodies = ['{"pid":"x","status":"ready","videoUrl":"https://cdn.revid.ai/x.mp4"}', '{not json', ''];
      const queries = [
        `?job=${a.jobId}`, // no token
        `?job=${a.jobId}&token=`, // empty token
        `?job=${a.jobId}&token=${randomBytes(32).toString('base64url')}`, // another secret
        `?job=${a.jobId}&token=${b.token}`, // a valid token of another job
        `?job=${a.jobId}&token=${a.token.slice(0, -1)}${a.token.endsWith('A') ? 'B' : 'A'}`, // one character off
        `?token=${a.token}`, // no job
        `?job=job_01JD3YQ5Z8M2W4V6T7R9P0K1C3&token=${a.token}`, // unknown job
        `?job=not-a-job&token=${a.token}`, // malformed job id
      ];
      // Act
      for (const query of queries) {
        for (const body of bodies) {
          const res = await t.webhook(query, body);
          // Assess
          expect(res.status, `${query} ${body}`).toBe(403);
          expect(res.body).toEqual(forbidden);
        }
      }
      expect(parse.mock.calls.filter(([text]) => bodies.includes(text as string) && text !== '')).toEqual([]);
      // A refused webhook enqueues nothing; whatever the accepted ones before it enqueued has been handled.
      await t.idle('Render');
      expect((await t.job(a.jobId))!).toEqual(before);
      expect(t.sim.stats.statusRequests).toBe(statusCalls);
      // Control: the spy does see the body once the token is right.
      const control = '{"status":"building","probe":"b1-control"}';
      expect((await t.webhook(a.query, control)).status).toBe(202);
      expect(parse.mock.calls.some(([text]) => text === control)).toBe(true);
      parse.mockRestore();
    });

    it('needs no API key (the token is the credential) and still refuses an API key without a token', async () => {
      const a = await processingJob();
      const res = await t.webhook(`?job=${a.jobId}`, '{}', { 'x-api-key': t.runtime.apiKey });
      expect(res.status).toBe(403);
      const ok = await t.webhook(a.query, '{"status":"building"}');
      expect(ok.status).toBe(202);
    });
  });

  describe('B2: body encoding and header case', () => {
    it('accepts a base64-encoded body with header names in any case (API Gateway proxy semantics)', async () => {
      // Prepare
      const a = await processingJob();
      const fn = [...t.runtime.functions.values()].find((f) => f.entry === 'lambdas/webhooks/revid.ts')!;
      const body = JSON.stringify({ pid: a.pid, status: 'ready' });
      const event = {
        resource: '/webhooks/revid',
        path: '/webhooks/revid',
        httpMethod: 'POST',
        headers: { 'CONTENT-TYPE': 'application/json', 'User-Agent': 'revid', 'X-Request-ID': 'req-b2.1' },
        multiValueHeaders: {},
        queryStringParameters: Object.fromEntries(new URL(`http://x/${a.query}`).searchParams),
        multiValueQueryStringParameters: null,
        pathParameters: null,
        stageVariables: null,
        body: Buffer.from(body).toString('base64'),
        isBase64Encoded: true,
        requestContext: { requestId: 'b2', identity: {} },
      } as unknown as APIGatewayProxyEvent;
      // Act
      const res = await fn.invoke(event);
      // Assess
      expect(res.statusCode).toBe(202);
      expect(res.headers['x-request-id']).toBe('req-b2.1');
      await t.sim.finish(a.pid);
      await t.waitForJob(a.jobId, 'completed', (j) => j.status === 'completed');
    });

    it('accepts a body that is not UTF-8 (delivered base64 by the gateway) as a mere hint', async () => {
      const a = await processingJob();
      const res = await t.webhook(a.query, Buffer.from([0xff, 0xfe, 0x00, 0x81]).toString('latin1'), { 'Content-Type': 'application/octet-stream' });
      expect(res.status).toBe(202);
    });
  });

  describe('B3: the body is only a hint', () => {
    it('does not complete a job on a "ready" webhook while Revid still says building', async () => {
      // Prepare
      t.sim.faults.set({ webhookBeforeReady: true });
      const jobId = await t.createJob();
      const render = await t.renderOf(jobId);
      // Act: the simulator's premature webhook arrives (2xx) and the worker asks Revid.
      await waitFor('the early webhook', () => render.webhooks.find((w) => w.kind === 'early' && w.status !== undefined));
      const statusCalls = t.sim.stats.statusRequests;
      await waitFor('a status check', () => t.sim.stats.statusRequests > statusCalls, 10_000);
      // The sync that asked has finished (nothing visible or in flight; a later poll may be scheduled).
      await t.idle('Render');
      // Assess
      expect(render.webhooks.find((w) => w.kind === 'early')!.status).toBe(202);
      const job = (await t.job(jobId))!;
      expect(job.status).toBe('processing');
      expect(job.provider_video_url).toBeUndefined();
      expect(t.probe.terminalTransitions(jobId)).toEqual([]);
      // Once Revid really is ready, the job completes.
      await t.sim.finish(render.pid);
      await t.waitForJob(jobId, 'completed', (j) => j.status === 'completed');
    });

    it('fails the job, and never fetches, when Revid reports a video URL outside the allowed hosts', async () => {
      // Prepare
      const a = await processingJob();
      await t.sim.finish(a.pid);
      t.sim.faults.set({ dropWebhook: true, statusOverride: { status: 'ready', progress: 100, videoUrl: `${evil.url}/steal.mp4` } });
      // Act
      const res = await t.webhook(a.query, JSON.stringify({ pid: a.pid, status: 'ready', videoUrl: `${evil.url}/steal.mp4` }));
      // Assess
      expect(res.status).toBe(202);
      const job = await t.waitForJob(a.jobId, 'failed', (j) => j.status === 'failed');
      expect(job.detail).toBe('The video provider returned a video URL outside the allowed hosts.');
      expect(job.provider_video_url).toBeUndefined();
      expect(job.video_key).toBeUndefined();
      await waitFor('the failure callback', () => t.receiver.forJob(a.jobId).length === 1);
      expect(JSON.parse(t.receiver.forJob(a.jobId)[0]!.body)).toMatchObject({ type: 'video.failed', data: { status: 'failed', video_url: null } });
      expect(evil.deliveries).toEqual([]);
    });
  });

  describe('B5: duplicates', () => {
    it('turns the same webhook 5 times (2 concurrent, 1 long after) into one transition and one callback event, all 2xx', async () => {
      // Prepare
      t.sim.faults.set({ dropWebhook: true });
      const a = await processingJob();
      await t.sim.finish(a.pid);
      const body = JSON.stringify({ pid: a.pid, status: 'ready', videoUrl: `${t.sim.url}/videos/${a.pid}.mp4` });
      // Act
      const concurrent = await Promise.all([t.webhook(a.query, body), t.webhook(a.query, body)]);
      const sequential = [await t.webhook(a.query, body), await t.webhook(a.query, body)];
      const done = await t.waitForJob(a.jobId, 'callback delivered', (j) => j.callback_state === 'delivered');
      // Every sync the five copies triggered, and the delivery, have been handled before the late copy.
      await t.idle('Render');
      await t.idle('Callback');
      // The sender's retry span is days, but dedupe is the job's state, not a TTL: a late copy is a no-op.
      const late = await t.webhook(a.query, body);
      // Assess
      for (const res of [...concurrent, ...sequential]) expect([200, 202]).toContain(res.status);
      expect(late.status).toBe(200);
      expect(t.probe.terminalTransitions(a.jobId)).toHaveLength(1);
      const deliveries = t.receiver.forJob(a.jobId);
      expect(deliveries).toHaveLength(1);
      expect(new Set(deliveries.map((d) => d.headers['webhook-id']))).toEqual(new Set([callbackEventId(a.jobId)]));
      const final: Job = (await t.job(a.jobId))!;
      expect(final.version).toBe(done.version);
      expect(final.completed_at).toBe(done.completed_at);
    });
  });
});
