import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Webhook } from 'standardwebhooks';
import { describe, expect, it } from 'vitest';
import { detectContentType, parseRetryAfterMs as sdkRetryAfterMs, verifyWebhookDelivery } from '@pet-roast/client';
import { parseRetryAfter } from '../../../lambdas/engines/outbound/retry-after.js';
import { legacySignature, signStandardWebhook, verifyStandardWebhook } from '../../../lambdas/domain/callbacks/signing.js';
import { sniff } from '../../../lambdas/engines/intake/sniff.js';
import { AppError } from '../../../lambdas/domain/errors.js';

/**
 * The protocol's known-answer vectors (packages/protocol/vectors/*.json), run against the service and
 * the TypeScript SDK; clients/python/tests/unit/test_protocol_vectors.py runs the same files against
 * the Python client. The webhook vectors are also checked with the official `standardwebhooks` library,
 * so they are not only what our own code says.
 */
const VECTORS = path.resolve(import.meta.dirname, '..', '..', '..', 'packages', 'protocol', 'vectors');
const load = <T>(name: string): T => JSON.parse(readFileSync(path.join(VECTORS, name), 'utf8')) as T;

interface RetryCase {
  value: string;
  now: string;
  expected_ms: number | null;
}
interface MediaCase {
  name: string;
  hex: string;
  expected: string | { refused: string };
}
interface WebhookCase {
  name: string;
  id: string;
  timestamp: number;
  body: string;
  secrets: string[];
  signature: string;
  legacy_signature: string;
}

const retry = load<{ cases: RetryCase[] }>('retry-after.json').cases;
const media = load<{ cases: MediaCase[] }>('media.json').cases;
const webhooks = load<{ cases: WebhookCase[] }>('webhooks.json').cases;

/** What the service makes of `bytes`: the accepted type, or the refusal's error code. */
function serviceVerdict(bytes: Uint8Array): string | { refused: string } {
  try {
    return sniff(bytes).mime;
  } catch (err) {
    if (err instanceof AppError) return { refused: err.code };
    throw err;
  }
}

/** What the SDK makes of `bytes` before an upload. */
function sdkVerdict(bytes: Uint8Array): string | { refused: string } {
  try {
    return detectContentType(bytes);
  } catch (err) {
    return { refused: (err as { code: string }).code };
  }
}

describe('protocol vectors: Retry-After', () => {
  it('has cases', () => expect(retry.length).toBeGreaterThanOrEqual(8));
  it.each(retry)('service and SDK read $value the same', (c) => {
    const now = new Date(c.now);
    expect(sdkRetryAfterMs(c.value, now.getTime())).toBe(c.expected_ms ?? undefined);
    expect(parseRetryAfter(c.value, now)).toBe(c.expected_ms === null ? undefined : Math.ceil(c.expected_ms / 1000));
  });

  it('drift: the SDK ignores `Retry-After: -5` (it once read it as a date and waited 0 ms)', () => {
    expect(sdkRetryAfterMs('-5', Date.parse('2026-10-21T07:27:00Z'))).toBeUndefined();
  });
});

describe('protocol vectors: upload media', () => {
  it('has cases', () => expect(media.length).toBeGreaterThanOrEqual(12));
  it.each(media)('service and SDK agree on $name', (c) => {
    const bytes = Buffer.from(c.hex, 'hex');
    expect(serviceVerdict(bytes)).toEqual(c.expected);
    expect(sdkVerdict(bytes)).toEqual(c.expected);
  });

  it('drift: the SDK names a HEIF with major brand mif1 as the service does and refuses an M4B before uploading (it once named both video/mp4)', () => {
    const heif = media.find((c) => c.name === 'HEIF (major mif1, heic compatible)')!;
    const m4b = media.find((c) => c.name === 'M4B audiobook')!;
    expect(sdkVerdict(Buffer.from(heif.hex, 'hex'))).toBe('image/heic');
    expect(sdkVerdict(Buffer.from(m4b.hex, 'hex'))).toEqual({ refused: 'unsupported_media_type' });
  });
});

describe('protocol vectors: completion callback signatures', () => {
  it('has cases', () => expect(webhooks.length).toBeGreaterThanOrEqual(3));
  it.each(webhooks)('$name: the service signs as recorded, the official library and the SDK verify it', (c) => {
    expect(signStandardWebhook(c)).toBe(c.signature);
    expect(legacySignature(c.body, c.secrets[0]!)).toBe(c.legacy_signature);
    const headers = { 'webhook-id': c.id, 'webhook-timestamp': String(c.timestamp), 'webhook-signature': c.signature };
    const now = new Date(c.timestamp * 1000);
    // Independent check: the official library (which wants whsec_-less secrets in base64, as ours decode them).
    for (const secret of c.secrets) {
      const official = new Webhook(secret.replace(/^whsec_/, '').padEnd(Math.ceil(secret.replace(/^whsec_/, '').length / 4) * 4, '='));
      expect(c.signature.split(' ')).toContain(official.sign(c.id, now, c.body));
    }
    expect(verifyStandardWebhook(headers, c.body, c.secrets, { now })).toEqual({ id: c.id, timestamp: c.timestamp });
    for (const secret of c.secrets) expect(verifyWebhookDelivery(headers, c.body, secret, { now }).id).toBe(c.id);
    expect(verifyWebhookDelivery({ 'x-revid-signature': c.legacy_signature }, c.body, c.secrets[0]!).scheme).toBe('legacy');
    // One flipped byte of the body fails.
    expect(() => verifyWebhookDelivery(headers, c.body.replace('completed', 'complete_'), c.secrets[0]!, { now })).toThrow(/signature/);
  });
});
