import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callbackEventId } from '../../../lambdas/domain/jobs/model.js';
import { deliverCallback } from '../../../lambdas/domain/callbacks/delivery.js';
import { createSafeFetch } from '../../../lambdas/engines/outbound/index.js';
import { generateWebhookSecret } from '../../../lambdas/domain/callbacks/signing.js';
import { makeJob, MemoryJobStore } from '../../support/job-fakes.js';
import { startCallbackReceiver } from '../../support/job-servers.js';

/** docs/reference/reliability.md A6/A7 over real sockets: a receiver that never answers, and one that redirects. */
describe('Function: deliverCallback against real receivers', () => {
  let receiver: Awaited<ReturnType<typeof startCallbackReceiver>>;
  beforeAll(async () => {
    receiver = await startCallbackReceiver(() => 'hang');
  });
  afterAll(async () => receiver?.close());

  it('fails the attempt by its own timeout and schedules the next one, well inside the worker timeout', async () => {
    // Prepare
    const store = new MemoryJobStore();
    const job = makeJob({ status: 'failed', detail: 'x', callback_url: `${receiver.url}/hook`, callback_state: 'pending', callback_attempts: 0 });
    job.callback_event_id = callbackEventId(job.job_id);
    await store.create(job);
    const deps = {
      store,
      fetch: createSafeFetch({ allowedHosts: [receiver.host] }),
      signingSecrets: async () => [generateWebhookSecret()],
      endpoints: { isDisabled: async () => false, disable: async () => undefined },
      timeoutMs: 400,
    };
    // Act
    const started = Date.now();
    const result = await deliverCallback(job.job_id, deps, async () => ({ video_url: null, subtitles_url: null }));
    const elapsed = Date.now() - started;
    // Assess
    expect(receiver.deliveries).toHaveLength(1);
    expect(receiver.deliveries[0]!.headers['webhook-id']).toBe(callbackEventId(job.job_id));
    // Not before the 400 ms timeout; the receiver never answers, so only the timeout can settle the attempt.
    expect(elapsed).toBeGreaterThanOrEqual(380);
    expect(result).toEqual({ action: 'retry', delayS: expect.any(Number) });
    const saved = (await store.get(job.job_id))!;
    expect(saved).toMatchObject({ callback_state: 'pending', callback_attempts: 1 });
    expect(Date.parse(saved.callback_next_at!)).toBeGreaterThan(started);
  });

  it('never follows a 302 (the redirect target sees nothing) and schedules a retry', async () => {
    // Prepare
    const target = await startCallbackReceiver(() => 200);
    const redirector = await startCallbackReceiver(() => ({ status: 302, headers: { location: `${target.url}/stolen` } }));
    try {
      const store = new MemoryJobStore();
      const job = makeJob({ status: 'completed', detail: null, callback_url: `${redirector.url}/hook`, callback_state: 'pending', callback_attempts: 0 });
      await store.create(job);
      const deps = {
        store,
        fetch: createSafeFetch({ allowedHosts: [redirector.host, target.host] }),
        signingSecrets: async () => [generateWebhookSecret()],
        endpoints: { isDisabled: async () => false, disable: async () => undefined },
      };
      // Act
      const result = await deliverCallback(job.job_id, deps, async () => ({ video_url: 'https://media.example/v.mp4', subtitles_url: 'https://media.example/s.vtt' }));
      // Assess
      expect(result).toMatchObject({ action: 'retry' });
      expect(redirector.deliveries).toHaveLength(1);
      expect(target.deliveries).toEqual([]);
      expect((await store.get(job.job_id))!).toMatchObject({ callback_state: 'pending', callback_attempts: 1 });
    } finally {
      await redirector.close();
      await target.close();
    }
  });

  it('uses 15 s by default, inside the 15–30 s Standard Webhooks window and the 30 s callback worker timeout', async () => {
    const seen: number[] = [];
    const store = new MemoryJobStore();
    const job = makeJob({ status: 'failed', detail: 'x', callback_url: 'https://r.example/h', callback_state: 'pending' });
    await store.create(job);
    await deliverCallback(
      job.job_id,
      {
        store,
        fetch: async (_url, init) => {
          seen.push(init?.timeoutMs ?? -1);
          throw new Error('refused');
        },
        signingSecrets: async () => [generateWebhookSecret()],
        endpoints: { isDisabled: async () => false, disable: async () => undefined },
      },
      async () => ({ video_url: null, subtitles_url: null }),
    );
    expect(seen).toEqual([15_000]);
  });
});
