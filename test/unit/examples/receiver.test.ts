import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { verifyWebhook, WebhookPayloadError, WebhookVerificationError, type CallbackEventPayload } from '@pet-roast/client';
import { startReceiver, type Receiver } from '../../../examples/receiver/server.js';
import {
  buildWebhookHeaders,
  generateWebhookSecret,
  legacySignature,
  newWebhookId,
} from '../../../lambdas/domain/callbacks/signing.js';

const EVENT: CallbackEventPayload = {
  type: 'video.completed',
  timestamp: '2026-11-24T10:30:00Z',
  data: {
    job_id: 'job_01JD3YQ5Z8M2W4V6T7R9P0K1C3',
    status: 'completed',
    video_url: 'https://videos.example.com/job_01JD3YQ5Z8M2W4V6T7R9P0K1C3.mp4',
    subtitles_url: 'https://videos.example.com/job_01JD3YQ5Z8M2W4V6T7R9P0K1C3.vtt',
    music_track: 'sunny-bounce',
    detail: null,
    detected_pets: [{ label: 'dog', confidence: 0.93 }],
    metadata: { post_id: 'p_981' },
    script: 'Meet Bruno: no job, no rent, and somehow still the boss of this entire house.',
    writer: 'template',
    script_subject: 'dog',
    narration: null,
  },
};
const BODY = JSON.stringify(EVENT);

describe('Sample receiver', () => {
  let secret: string;
  let receiver: Receiver;
  let processed: CallbackEventPayload[];

  beforeEach(async () => {
    secret = generateWebhookSecret();
    processed = [];
    receiver = await startReceiver({ secret, log: () => undefined, onEvent: (event) => void processed.push(event) });
  });
  afterEach(async () => receiver.close());

  const post = (body: string | Buffer, headers: Record<string, string>, method = 'POST') =>
    fetch(receiver.url + '/webhooks/pet-roast', { method, headers, body: method === 'GET' ? undefined : body });
  const signed = (body = BODY, options: { id?: string; now?: Date; secrets?: string[] } = {}) =>
    buildWebhookHeaders({ id: options.id ?? newWebhookId(), body, secrets: options.secrets ?? [secret], now: options.now });
  const settle = () => new Promise((resolve) => setImmediate(resolve));

  it('accepts a genuine callback, answers 200 and processes it once', async () => {
    // Prepare
    const headers = signed();

    // Act
    const res = await post(BODY, headers);
    await settle();

    // Assess
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ received: true, duplicate: false });
    expect(receiver.events).toHaveLength(1);
    expect(receiver.events[0]).toMatchObject({ id: headers['webhook-id'], scheme: 'standard-webhooks', event: EVENT });
    expect(processed).toEqual([EVENT]);
  });

  it('accepts header names in any case', async () => {
    const headers = Object.fromEntries(Object.entries(signed()).map(([k, v]) => [k.toUpperCase(), v]));
    expect((await post(BODY, headers)).status).toBe(200);
  });

  it.each([
    ['a tampered body', BODY.replace('p_981', 'p_982')],
    ['one extra newline', `${BODY}\n`],
  ])('rejects %s with 401', async (_name, body) => {
    const res = await post(body, signed(BODY));
    expect(res.status).toBe(401);
    expect(receiver.rejected).toEqual([expect.objectContaining({ status: 401, reason: 'no_matching_signature' })]);
    expect(receiver.events).toHaveLength(0);
  });

  it('rejects a delivery signed with another secret', async () => {
    const res = await post(BODY, signed(BODY, { secrets: [generateWebhookSecret()] }));
    expect(res.status).toBe(401);
    expect(receiver.rejected[0]!.reason).toBe('no_matching_signature');
  });

  it('rejects timestamps outside ±300 s and accepts those just inside', async () => {
    const at = (offsetS: number) => signed(BODY, { now: new Date(Date.now() + offsetS * 1000) });
    expect((await post(BODY, at(-301))).status).toBe(401);
    expect((await post(BODY, at(301))).status).toBe(401);
    expect(receiver.rejected.map((r) => r.reason)).toEqual(['timestamp_too_old', 'timestamp_too_new']);
    expect((await post(BODY, at(-290))).status).toBe(200);
    expect((await post(BODY, at(290))).status).toBe(200);
  });

  it('rejects a delivery without signature headers', async () => {
    const res = await post(BODY, { 'content-type': 'application/json' });
    expect(res.status).toBe(401);
    expect(receiver.rejected[0]!.reason).toBe('missing_headers');
  });

  it('does not downgrade to the legacy check when Standard Webhooks headers are incomplete', async () => {
    const { 'webhook-signature': _dropped, ...rest } = signed();
    const res = await post(BODY, rest);
    expect(res.status).toBe(401);
    expect(receiver.rejected[0]!.reason).toBe('missing_headers');
  });

  it('processes a redelivered webhook-id once but still answers 200', async () => {
    const id = newWebhookId();
    const first = await post(BODY, signed(BODY, { id }));
    // A retry: same id, fresh timestamp and signature.
    const retry = await post(BODY, signed(BODY, { id, now: new Date(Date.now() + 5000) }));
    await settle();
    expect(first.status).toBe(200);
    expect(retry.status).toBe(200);
    expect(await retry.json()).toEqual({ received: true, duplicate: true });
    expect(receiver.events).toHaveLength(1);
    expect(processed).toHaveLength(1);
  });

  it('accepts the legacy X-Revid-Signature when it is the only signature, and dedupes on the job', async () => {
    const headers = { 'content-type': 'application/json', 'x-revid-signature': legacySignature(BODY, secret) };
    const res = await post(BODY, headers);
    const again = await post(BODY, headers);
    await settle();
    expect(res.status).toBe(200);
    expect(await again.json()).toMatchObject({ duplicate: true });
    expect(receiver.events).toEqual([expect.objectContaining({ scheme: 'legacy', id: `legacy:video.completed:${EVENT.data.job_id}` })]);
    expect(processed).toHaveLength(1);
  });

  it('rejects a wrong legacy signature', async () => {
    const res = await post(BODY, { 'x-revid-signature': legacySignature(BODY, generateWebhookSecret()) });
    expect(res.status).toBe(401);
    expect(receiver.rejected[0]!.reason).toBe('no_matching_signature');
  });

  it('accepts either secret during a rotation', async () => {
    await receiver.close();
    const next = generateWebhookSecret();
    receiver = await startReceiver({ secret: [secret, next], log: () => undefined });
    expect((await post(BODY, signed(BODY, { secrets: [next] }))).status).toBe(200);
    expect((await post(BODY, signed(BODY, { secrets: [secret] }))).status).toBe(200);
  });

  it('answers 413 to a body over 256 KB without verifying it', async () => {
    const big = JSON.stringify({ ...EVENT, padding: 'x'.repeat(300 * 1024) });
    const res = await post(big, signed(big));
    expect(res.status).toBe(413);
    expect(receiver.rejected[0]!.reason).toBe('payload_too_large');
  });

  it('answers 405 to anything but POST', async () => {
    const res = await post('', {}, 'GET');
    expect(res.status).toBe(405);
    expect(res.headers.get('allow')).toBe('POST');
  });

  it('answers 400 to an authentic body that is not a callback event', async () => {
    const body = JSON.stringify({ hello: 'world' });
    const res = await post(body, signed(body));
    expect(res.status).toBe(400);
    expect(receiver.events).toHaveLength(0);
  });

  it('answers before a slow onEvent finishes', async () => {
    await receiver.close();
    let release!: () => void;
    const blocked = new Promise<void>((resolve) => (release = resolve));
    receiver = await startReceiver({ secret, log: () => undefined, onEvent: () => blocked });
    // onEvent is released only after the answer arrives: a receiver that awaited it would never answer.
    const res = await post(BODY, signed());
    expect(res.status).toBe(200);
    release();
  });
});

describe('verifyWebhook', () => {
  // docs/revid-and-webhooks.md §3, vector A.
  const A = {
    secret: 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw',
    headers: { 'webhook-id': 'msg_p5jXN8AQM9LWM0D4loKWxJek', 'webhook-timestamp': '1614265330', 'webhook-signature': 'v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=' },
    body: '{"test": 2432232314}',
    now: new Date(1614265330 * 1000),
  };

  it('authenticates the official vector (its body is not a callback event, so the payload check fails)', () => {
    expect(() => verifyWebhook(A.headers, A.body, A.secret, { now: A.now })).toThrow(WebhookPayloadError);
    const bad = { ...A.headers, 'webhook-signature': 'v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OA=' };
    expect(() => verifyWebhook(bad, A.body, A.secret, { now: A.now })).toThrow(WebhookVerificationError);
    expect(() => verifyWebhook(A.headers, A.body, A.secret)).toThrow(/too old/);
  });

  it('returns the typed event from a Headers object and from bytes', () => {
    const secret = generateWebhookSecret();
    const headers = buildWebhookHeaders({ id: newWebhookId(), body: BODY, secrets: [secret] });
    expect(verifyWebhook(new Headers(headers), Buffer.from(BODY), secret)).toEqual(EVENT);
    expect(verifyWebhook(headers, BODY, secret, { toleranceS: 5 })).toEqual(EVENT);
  });
});
