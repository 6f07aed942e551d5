import fc from 'fast-check';
import { Webhook } from 'standardwebhooks';
import { describe, expect, it } from 'vitest';
import {
  buildWebhookHeaders,
  generateWebhookSecret,
  newWebhookId,
  verifyStandardWebhook,
} from '../../../lambdas/domain/callbacks/signing.js';

// The official `standardwebhooks` library accepts what we emit, for any body,
// and rejects any single-byte change of the body, the id or the timestamp.

const NUM_RUNS = 200;
const secret = generateWebhookSecret();
const official = new Webhook(secret);
const anyBody = fc.oneof(fc.string({ unit: 'binary' }), fc.json());

/** `text` with the byte at `index` (mod length) XOR-ed by `mask` (1..255), decoded back as UTF-8. */
function flipByte(text: string, index: number, mask: number): string {
  const bytes = Buffer.from(text, 'utf8');
  const i = index % bytes.length;
  bytes[i] = (bytes[i] as number) ^ mask;
  return bytes.toString('utf8');
}

describe('Property: Standard Webhooks interoperability', () => {
  it('the official library verifies our headers over the exact body', () => {
    fc.assert(
      fc.property(anyBody, (body) => {
        const headers = buildWebhookHeaders({ id: newWebhookId(), body, secrets: [secret] });
        expect(() => official.verify(body, { ...headers }, { jsonParse: false })).not.toThrow();
        expect(() => verifyStandardWebhook(headers, body, secret)).not.toThrow();
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it('flipping any single byte of the body makes the official library throw', () => {
    fc.assert(
      fc.property(anyBody.filter((b) => b.length > 0), fc.nat(), fc.integer({ min: 1, max: 255 }), (body, index, mask) => {
        const tampered = flipByte(body, index, mask);
        // An invalid UTF-8 result can in principle decode back to the same text; that is no change.
        fc.pre(tampered !== body);
        const headers = buildWebhookHeaders({ id: newWebhookId(), body, secrets: [secret] });
        expect(() => official.verify(tampered, { ...headers }, { jsonParse: false })).toThrow();
        expect(() => verifyStandardWebhook(headers, tampered, secret)).toThrow();
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it('flipping any single byte of the id or the timestamp makes the official library throw', () => {
    fc.assert(
      fc.property(
        anyBody,
        fc.constantFrom('webhook-id' as const, 'webhook-timestamp' as const),
        fc.nat(),
        fc.integer({ min: 1, max: 255 }),
        (body, header, index, mask) => {
          const headers = buildWebhookHeaders({ id: newWebhookId(), body, secrets: [secret] });
          const tampered = { ...headers, [header]: flipByte(headers[header], index, mask) };
          expect(() => official.verify(body, tampered, { jsonParse: false })).toThrow();
          expect(() => verifyStandardWebhook(tampered, body, secret)).toThrow();
        },
      ),
      { numRuns: NUM_RUNS },
    );
  });

  it('every generated webhook-id matches ^[A-Za-z0-9_]+$', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 48 - 1 }), (ms) => {
        expect(newWebhookId(new Date(ms))).toMatch(/^[A-Za-z0-9_]+$/);
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it('with two secrets, each secret alone verifies (rotation)', () => {
    fc.assert(
      fc.property(anyBody, (body) => {
        const next = generateWebhookSecret();
        const headers = buildWebhookHeaders({ id: newWebhookId(), body, secrets: [next, secret] });
        expect(headers['webhook-signature'].split(' ')).toHaveLength(2);
        expect(() => new Webhook(next).verify(body, { ...headers }, { jsonParse: false })).not.toThrow();
        expect(() => official.verify(body, { ...headers }, { jsonParse: false })).not.toThrow();
      }),
      { numRuns: 50 },
    );
  });
});
