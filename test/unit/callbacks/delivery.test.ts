import { Webhook } from 'standardwebhooks';
import { Headers } from 'undici';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { callbackEventId, type Job } from '../../../lambdas/domain/jobs/model.js';
import { deliverCallback, type CallbackDeps, type CallbackResult } from '../../../lambdas/domain/callbacks/delivery.js';
import type { SafeFetch, SafeRequestInit } from '../../../lambdas/engines/outbound/index.js';
import { TransportError } from '../../../lambdas/engines/outbound/index.js';
import { MAX_STEP_DELAY_S, scheduleOffsetsS, STANDARD_WEBHOOKS_RETRY_DELAYS_S, SVIX_RETRY_DELAYS_S } from '../../../lambdas/domain/callbacks/retry-schedule.js';
import { generateWebhookSecret } from '../../../lambdas/domain/callbacks/signing.js';
import { makeJob, MemoryJobStore } from '../../support/job-fakes.js';

/** A receiver's answer to one attempt; `throw` stands for a timeout or a refused connection. */
type Answer = number | { status: number; headers?: Record<string, string> } | 'throw';

interface Attempt {
  url: string;
  init: SafeRequestInit;
  at: number;
}

const TARGET = 'https://backend.example.com/webhooks/pet-roast';

/**
 * The delivery rules of docs/revid-and-webhooks.md §3–§4 (one `webhook-id` per event with a fresh timestamp
 * and signature per attempt; 2xx delivered, 3xx not followed, 410 stops, `Retry-After` honoured; the retry
 * schedule) on a fake clock: a fake store, a scripted receiver and the real signer. The
 * message queue is modelled by the driver loop: a `retry` result hides the message for `delayS` (the
 * clock jumps), anything else removes it.
 */
describe('Function: deliverCallback', () => {
  let nowMs: number;
  let store: MemoryJobStore;
  let attempts: Attempt[];
  let answer: (index: number, url: string) => Answer;
  let disabled: Set<string>;
  let secret: string;
  let deps: CallbackDeps;

  beforeEach(() => {
    nowMs = Date.parse('2026-11-24T10:30:00.000Z');
    const now = () => new Date(nowMs);
    store = new MemoryJobStore(now);
    attempts = [];
    answer = () => 200;
    disabled = new Set();
    secret = generateWebhookSecret();
    const fetch: SafeFetch = async (url, init = {}) => {
      attempts.push({ url, init, at: nowMs });
      const a = answer(attempts.length - 1, url);
      if (a === 'throw') throw new TransportError('timeout', 'The server did not answer in time.');
      const { status, headers = {} } = typeof a === 'number' ? { status: a, headers: {} } : a;
      return {
        status,
        ok: status >= 200 && status < 300,
        headers: new Headers(headers),
        url,
        redirected: false,
        get body(): never {
          throw new Error('not used');
        },
        bytes: async () => Buffer.alloc(0),
        text: async () => '',
        json: async () => ({}),
        cancel: async () => undefined,
      };
    };
    deps = {
      store,
      fetch,
      signingSecrets: async () => [secret],
      endpoints: { isDisabled: async (url) => disabled.has(url), disable: async (url) => void disabled.add(url) },
      timeoutMs: 15_000,
      now,
    };
  });
  afterEach(() => vi.restoreAllMocks());

  async function pendingJob(overrides: Partial<Job> = {}): Promise<Job> {
    const job = makeJob({
      status: 'completed',
      detail: null,
      progress: 100,
      callback_url: TARGET,
      callback_state: 'pending',
      completed_at: new Date(nowMs).toISOString(),
      provider_video_url: 'https://cdn.revid.ai/v.mp4',
      ...overrides,
    });
    job.callback_event_id = callbackEventId(job.job_id);
    job.callback_attempts = 0;
    await store.create(job);
    return job;
  }

  /** Runs the message until the worker stops retrying; returns every result and the hidden delays. */
  async function drive(jobId: string, maxReceives = 60): Promise<{ results: CallbackResult[]; delays: number[] }> {
    const results: CallbackResult[] = [];
    const delays: number[] = [];
    for (let i = 0; i < maxReceives; i++) {
      const result = await deliverCallback(jobId, deps, async () => ({ video_url: 'https://media.example/video.mp4', subtitles_url: null }));
      results.push(result);
      if (result.action !== 'retry') return { results, delays };
      delays.push(result.delayS);
      nowMs += result.delayS * 1000;
    }
    throw new Error('the message never left the queue');
  }

  const header = (a: Attempt, name: string) => (a.init.headers ?? {})[name];

  /** Verifies one attempt with the official library, at the attempt's own time (±300 s tolerance). */
  function verifyOfficially(a: Attempt): unknown {
    const spy = vi.spyOn(Date, 'now').mockReturnValue(a.at);
    try {
      return new Webhook(secret).verify(String(a.init.body), a.init.headers as Record<string, string>);
    } finally {
      spy.mockRestore();
    }
  }

  describe('A3: one event id, a fresh timestamp and signature per attempt', () => {
    it('keeps webhook-id across 3 attempts while timestamp and signature change; each verifies with standardwebhooks', async () => {
      // Prepare
      const job = await pendingJob();
      answer = (i) => (i < 2 ? 500 : 200);
      // Act
      const { results } = await drive(job.job_id);
      // Assess
      expect(results.at(-1)).toEqual({ action: 'done' });
      expect(attempts).toHaveLength(3);
      const ids = attempts.map((a) => header(a, 'webhook-id'));
      expect(new Set(ids)).toEqual(new Set([callbackEventId(job.job_id)]));
      expect(ids[0]).toMatch(/^[A-Za-z0-9_]+$/);
      const timestamps = attempts.map((a) => Number(header(a, 'webhook-timestamp')));
      expect(new Set(timestamps).size).toBe(3);
      expect(timestamps).toEqual(attempts.map((a) => Math.floor(a.at / 1000)));
      expect(new Set(attempts.map((a) => header(a, 'webhook-signature'))).size).toBe(3);
      for (const a of attempts) {
        const event = verifyOfficially(a) as { type: string; timestamp: string; data: Record<string, unknown> };
        expect(Object.keys(event).sort()).toEqual(['data', 'timestamp', 'type']);
        expect(event.type).toBe('video.completed');
        expect(new Date(event.timestamp).toISOString()).toBe(event.timestamp);
        expect(event.data).toMatchObject({ job_id: job.job_id, status: 'completed', video_url: 'https://media.example/video.mp4', metadata: { post_id: 'p_981' } });
        expect(Buffer.byteLength(String(a.init.body))).toBeLessThanOrEqual(20 * 1024);
        expect(a.init.followRedirects).toBe(false);
        // A flipped byte of the body no longer verifies.
        const tampered = { ...a, init: { ...a.init, body: String(a.init.body).replace('completed', 'complete!') } };
        expect(() => verifyOfficially(tampered)).toThrow();
      }
      expect((await store.get(job.job_id))!).toMatchObject({ callback_state: 'delivered', callback_attempts: 3 });
    });

    it('never gives two events the same id', async () => {
      const a = await pendingJob();
      const b = await pendingJob();
      await drive(a.job_id);
      await drive(b.job_id);
      expect(header(attempts[0]!, 'webhook-id')).not.toBe(header(attempts[1]!, 'webhook-id'));
    });
  });

  describe('A6: delivery outcomes', () => {
    it('ends on the first 2xx', async () => {
      const job = await pendingJob();
      answer = () => 204;
      const { results } = await drive(job.job_id);
      expect(results).toEqual([{ action: 'done' }]);
      expect(attempts).toHaveLength(1);
      expect((await store.get(job.job_id))!.callback_state).toBe('delivered');
      // A redelivered message for a delivered callback sends nothing.
      await drive(job.job_id);
      expect(attempts).toHaveLength(1);
    });

    it('treats a 302 as a failure, never follows it, and retries the same URL', async () => {
      const job = await pendingJob();
      answer = (i) => (i === 0 ? { status: 302, headers: { location: 'https://elsewhere.example/steal' } } : 200);
      const { results } = await drive(job.job_id);
      expect(results[0]).toMatchObject({ action: 'retry' });
      expect(attempts.map((a) => a.url)).toEqual([TARGET, TARGET]);
      expect(attempts.every((a) => a.init.followRedirects === false)).toBe(true);
      expect((await store.get(job.job_id))!).toMatchObject({ callback_state: 'delivered', callback_attempts: 2 });
    });

    it('disables the endpoint on 410: no retry, and a later job to the same URL is not attempted', async () => {
      const first = await pendingJob();
      answer = () => 410;
      expect((await drive(first.job_id)).results).toEqual([{ action: 'done' }]);
      expect(attempts).toHaveLength(1);
      expect((await store.get(first.job_id))!.callback_state).toBe('gone');
      expect(disabled.has(TARGET)).toBe(true);

      const second = await pendingJob();
      expect((await drive(second.job_id)).results).toEqual([{ action: 'done' }]);
      expect(attempts).toHaveLength(1);
      expect((await store.get(second.job_id))!.callback_state).toBe('gone');
    });

    it.each([429, 503])('waits at least Retry-After (120 s) after a %i', async (status) => {
      const job = await pendingJob();
      answer = (i) => (i === 0 ? { status, headers: { 'retry-after': '120' } } : 200);
      const { results, delays } = await drive(job.job_id);
      expect(results[0]).toMatchObject({ action: 'retry' });
      expect(delays[0]).toBeGreaterThanOrEqual(120);
      expect(attempts).toHaveLength(2);
      expect(attempts[1]!.at - attempts[0]!.at).toBeGreaterThanOrEqual(120_000);
    });

    it('honours Retry-After given as an HTTP date', async () => {
      const job = await pendingJob();
      answer = (i) => (i === 0 ? { status: 503, headers: { 'retry-after': new Date(nowMs + 600_000).toUTCString() } } : 200);
      await drive(job.job_id);
      expect(attempts[1]!.at - attempts[0]!.at).toBeGreaterThanOrEqual(600_000);
    });

    it('retries a timeout or refused connection like any failure', async () => {
      const job = await pendingJob();
      answer = (i) => (i === 0 ? 'throw' : 200);
      const { results } = await drive(job.job_id);
      expect(results[0]).toMatchObject({ action: 'retry' });
      expect((await store.get(job.job_id))!.callback_state).toBe('delivered');
    });

    it('sends nothing for a job that was erased (DELETE cancels pending callbacks)', async () => {
      const job = await pendingJob();
      await store.delete(job.job_id);
      expect((await drive(job.job_id)).results).toEqual([{ action: 'done' }]);
      expect(attempts).toHaveLength(0);
    });
  });

  describe('A8: an always-500 receiver', () => {
    /** Checks attempt offsets against the schedule, each step within ±10 % jitter (A8 allows 20 %) plus rounding. */
    function expectSchedule(schedule: readonly number[]): void {
      expect(attempts).toHaveLength(schedule.length);
      for (let i = 1; i < schedule.length; i++) {
        const stepS = (attempts[i]!.at - attempts[i - 1]!.at) / 1000;
        const base = schedule[i]!;
        expect(stepS, `step before attempt ${i + 1}`).toBeGreaterThanOrEqual(Math.floor(base * 0.9));
        expect(stepS, `step before attempt ${i + 1}`).toBeLessThanOrEqual(Math.ceil(base * 1.1) + 1);
      }
      const total = (attempts.at(-1)!.at - attempts[0]!.at) / 1000;
      const nominal = scheduleOffsetsS(schedule).at(-1)!;
      expect(total).toBeGreaterThan(nominal * 0.9);
      expect(total).toBeLessThan(nominal * 1.1 + schedule.length);
    }

    it('makes exactly 10 attempts at the Standard Webhooks offsets, chaining 12 h hops, then dead-letters', async () => {
      // Prepare
      const job = await pendingJob();
      answer = () => 500;
      // Act
      const { results, delays } = await drive(job.job_id);
      // Assess
      expectSchedule(STANDARD_WEBHOOKS_RETRY_DELAYS_S);
      expect(scheduleOffsetsS(STANDARD_WEBHOOKS_RETRY_DELAYS_S).at(-1)).toBe(75 * 3600 + 35 * 60 + 5);
      // No single hide exceeds SQS's 12 h visibility limit; the 14 h, 20 h and 24 h steps take extra hops.
      expect(Math.max(...delays)).toBeLessThanOrEqual(MAX_STEP_DELAY_S);
      expect(delays.filter((d) => d === MAX_STEP_DELAY_S).length).toBeGreaterThanOrEqual(3);
      expect(results.length).toBeGreaterThan(10);
      expect(results.at(-1)).toEqual({ action: 'dead-letter', reason: 'no 2xx after 10 attempts (last: 500)' });
      expect((await store.get(job.job_id))!).toMatchObject({ callback_state: 'failed', callback_attempts: 10 });
      // A redelivery of the dead-lettered message makes no 11th attempt.
      expect((await drive(job.job_id)).results).toEqual([{ action: 'done' }]);
      expect(attempts).toHaveLength(10);
    });

    it('follows the shorter Svix schedule when configured: 8 attempts over ~27.6 h', async () => {
      deps.schedule = 'svix';
      const job = await pendingJob();
      answer = () => 500;
      const { results, delays } = await drive(job.job_id);
      expectSchedule(SVIX_RETRY_DELAYS_S);
      expect(Math.max(...delays)).toBeLessThanOrEqual(MAX_STEP_DELAY_S);
      expect(results.at(-1)).toMatchObject({ action: 'dead-letter' });
      expect((await store.get(job.job_id))!).toMatchObject({ callback_state: 'failed', callback_attempts: 8 });
    });

    it('scales every delay with delayScale (the local clocks), still 10 attempts', async () => {
      deps.delayScale = 0.01;
      const job = await pendingJob();
      answer = () => 500;
      const { delays } = await drive(job.job_id);
      expect(attempts).toHaveLength(10);
      expect(delays.reduce((a, b) => a + b, 0)).toBeLessThan(scheduleOffsetsS(STANDARD_WEBHOOKS_RETRY_DELAYS_S).at(-1)! * 0.011 + 10);
    });
  });
  describe('Per-client settings (docs/tenancy.md)', () => {
    const CLIENT_URL = 'https://partner-a.example/hooks';
    let clientSecret: string;
    let lookups: string[];
    beforeEach(() => {
      clientSecret = generateWebhookSecret();
      lookups = [];
      deps.defaultCallbackUrl = 'https://deployment.example/hooks';
      deps.clientSettings = async (id) => {
        lookups.push(id);
        return id === 'partner-a' ? { default_callback_url: CLIENT_URL, signing_secrets: [clientSecret] } : id === 'partner-b' ? {} : undefined;
      };
    });
    const verifies = (a: Attempt, key: string): boolean => {
      const spy = vi.spyOn(Date, 'now').mockReturnValue(a.at);
      try {
        new Webhook(key).verify(String(a.init.body), a.init.headers as Record<string, string>);
        return true;
      } catch {
        return false;
      } finally {
        spy.mockRestore();
      }
    };

    it("sends a job without callback_url to its client's default URL, signed with the client's secret only", async () => {
      const job = await pendingJob({ client_id: 'partner-a', callback_url: null });
      await drive(job.job_id);
      expect(lookups).toEqual(['partner-a']);
      expect(attempts.map((a) => a.url)).toEqual([CLIENT_URL]);
      expect(verifies(attempts[0]!, clientSecret)).toBe(true);
      expect(verifies(attempts[0]!, secret)).toBe(false);
    });

    it("lets the job's own callback_url win, still signed with the client's secret", async () => {
      const job = await pendingJob({ client_id: 'partner-a' });
      await drive(job.job_id);
      expect(attempts.map((a) => a.url)).toEqual([TARGET]);
      expect(verifies(attempts[0]!, clientSecret)).toBe(true);
    });

    it("falls back to the deployment's URL and secret for a client without settings, an unregistered client and a job without owner", async () => {
      for (const client_id of ['partner-b', 'gone-client', undefined]) {
        attempts = [];
        const job = await pendingJob({ client_id, callback_url: null });
        await drive(job.job_id);
        expect(attempts.map((a) => a.url)).toEqual(['https://deployment.example/hooks']);
        expect(verifies(attempts[0]!, secret)).toBe(true);
      }
      expect(lookups).toEqual(['partner-b', 'gone-client']);
    });

    it('retries (never signs with the wrong secret) when the registry cannot be read', async () => {
      deps.clientSettings = async () => {
        throw new Error('AccessDeniedException');
      };
      const job = await pendingJob({ client_id: 'partner-a', callback_url: null });
      await expect(deliverCallback(job.job_id, deps, async () => ({ video_url: null, subtitles_url: null }))).rejects.toThrow('AccessDeniedException');
      expect(attempts).toEqual([]);
      expect((await store.get(job.job_id))?.callback_state).toBe('pending');
    });
  });
});
