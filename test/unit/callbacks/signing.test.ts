import { Webhook } from 'standardwebhooks';
import { describe, expect, it } from 'vitest';
import {
  buildWebhookHeaders,
  decodeWebhookSecret,
  generateWebhookSecret,
  legacySignature,
  newWebhookId,
  signStandardWebhook,
  verifyLegacySignature,
  verifyStandardWebhook,
  WebhookVerificationError,
} from '../../../lambdas/domain/callbacks/signing.js';

// docs/revid-and-webhooks.md §3, vector A (Standard Webhooks libraries' shared "sign function works" vector).
const A = {
  secret: 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw',
  id: 'msg_p5jXN8AQM9LWM0D4loKWxJek',
  timestamp: 1614265330,
  body: '{"test": 2432232314}',
  signature: 'v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=',
};
// docs/revid-and-webhooks.md §3, vector B (Rust library test_sign; also Resend and Svix).
const B = {
  secret: 'whsec_C2FVsBQIhrscChlQIMV+b5sSYspob7oD',
  id: 'msg_27UH4WbU6Z5A5EzD8u03UvzRbpk',
  timestamp: 1649367553,
  body: '{"email":"test@example.com","username":"test_user"}',
  signature: 'v1,tZ1I4/hDygAJgO5TYxiSd6Sd0kDW6hPenDe+bTa3Kkw=',
};
const atA = new Date(A.timestamp * 1000);
const headersA = (signature = A.signature, extra: Record<string, string> = {}) => ({
  'webhook-id': A.id,
  'webhook-timestamp': String(A.timestamp),
  'webhook-signature': signature,
  ...extra,
});

function reasonOf(fn: () => unknown): string {
  try {
    fn();
  } catch (err) {
    if (err instanceof WebhookVerificationError) return err.reason;
    throw err;
  }
  return 'passed';
}

describe('Function: signStandardWebhook (known-answer vectors)', () => {
  it('reproduces vector 7.1 exactly', () => {
    expect(signStandardWebhook({ id: A.id, timestamp: A.timestamp, body: A.body, secrets: [A.secret] })).toBe(A.signature);
  });

  it('reproduces vector 7.2 exactly', () => {
    expect(signStandardWebhook({ id: B.id, timestamp: B.timestamp, body: B.body, secrets: [B.secret] })).toBe(B.signature);
  });

  it.each([
    ['empty body', '', 'v1,v48jdbgvh29KJz2Qc+ghw8G6vG3nAKnujWBg8oM/62A='],
    ['UTF-8 body', '{"pet":"🐶"}', 'v1,ndzABnZvCLOUgTLP7KmlcBd8awhKC0DQqdnlzJirHAY='],
    ['trailing LF', '{"test": 2432232314}\n', 'v1,FIt3hYjPQCdyuyMOw+0dZwwjGRAx1Il4CsgdFnOmrcc='],
  ])('reproduces the derived vector 7.5 (%s)', (_name, body, expected) => {
    expect(signStandardWebhook({ id: A.id, timestamp: A.timestamp, body, secrets: [A.secret] })).toBe(expected);
  });

  it('signs raw bytes identically to the equivalent string', () => {
    const bytes = Buffer.from('{"pet":"🐶"}', 'utf8');
    expect(signStandardWebhook({ id: A.id, timestamp: A.timestamp, body: bytes, secrets: [A.secret] })).toBe(
      'v1,ndzABnZvCLOUgTLP7KmlcBd8awhKC0DQqdnlzJirHAY=',
    );
  });

  it('gives the same result with or without the whsec_ prefix', () => {
    const bare = A.secret.slice('whsec_'.length);
    expect(signStandardWebhook({ id: A.id, timestamp: A.timestamp, body: A.body, secrets: [bare] })).toBe(A.signature);
  });

  it('signs with every secret during rotation, in order', () => {
    const header = signStandardWebhook({ id: A.id, timestamp: A.timestamp, body: A.body, secrets: [B.secret, A.secret] });
    const entries = header.split(' ');
    expect(entries).toHaveLength(2);
    expect(entries[1]).toBe(A.signature);
    expect(entries[0]).toMatch(/^v1,[A-Za-z0-9+/]{43}=$/);
  });

  it.each([
    ['an id containing "."', { id: 'msg.1' }],
    ['an empty id', { id: '' }],
    ['a float timestamp', { timestamp: 1614265330.5 }],
    ['a negative timestamp', { timestamp: -1 }],
    ['a 13-digit (millisecond) timestamp', { timestamp: 1614265330000 }],
    ['no secrets', { secrets: [] }],
    ['an empty secret', { secrets: [''] }],
    ['a whsec_-only secret', { secrets: ['whsec_'] }],
    ['a non-base64 secret', { secrets: ['whsec_not base64!'] }],
    ['a parsed-object body', { body: { test: 1 } as unknown as string }],
  ])('refuses %s', (_name, override) => {
    expect(() =>
      signStandardWebhook({ id: A.id, timestamp: A.timestamp, body: A.body, secrets: [A.secret], ...override }),
    ).toThrow(TypeError);
  });
});

describe('Function: verifyStandardWebhook', () => {
  it('accepts vector 7.1 at its own timestamp and returns the id and timestamp', () => {
    expect(verifyStandardWebhook(headersA(), A.body, A.secret, { now: atA })).toEqual({ id: A.id, timestamp: A.timestamp });
  });

  it('accepts vector 7.2 with a bare (un-prefixed) secret', () => {
    const headers = { 'webhook-id': B.id, 'webhook-timestamp': String(B.timestamp), 'webhook-signature': B.signature };
    expect(() =>
      verifyStandardWebhook(headers, B.body, B.secret.slice(6), { now: new Date(B.timestamp * 1000) }),
    ).not.toThrow();
  });

  it('accepts header names in any case and a fetch Headers object', () => {
    const mixed = { 'Webhook-Id': A.id, 'WEBHOOK-TIMESTAMP': String(A.timestamp), 'webhook-Signature': A.signature };
    expect(() => verifyStandardWebhook(mixed, A.body, A.secret, { now: atA })).not.toThrow();
    expect(() => verifyStandardWebhook(new Headers(headersA()), A.body, A.secret, { now: atA })).not.toThrow();
  });

  it('accepts the raw body as bytes', () => {
    expect(() => verifyStandardWebhook(headersA(), Buffer.from(A.body), A.secret, { now: atA })).not.toThrow();
  });

  it.each(['webhook-id', 'webhook-timestamp', 'webhook-signature'])('rejects a delivery missing %s', (name) => {
    const headers: Record<string, string> = headersA();
    delete headers[name];
    expect(reasonOf(() => verifyStandardWebhook(headers, A.body, A.secret, { now: atA }))).toBe('missing_headers');
  });

  it('rejects an empty header value as missing', () => {
    expect(reasonOf(() => verifyStandardWebhook(headersA(''), A.body, A.secret, { now: atA }))).toBe('missing_headers');
  });

  it.each(['hello', '1614265330abc', '-1614265330', '1614265330.0', ' 1614265330', '1234567890123'])(
    'rejects the timestamp %j',
    (timestamp) => {
      const headers = { ...headersA(), 'webhook-timestamp': timestamp };
      expect(reasonOf(() => verifyStandardWebhook(headers, A.body, A.secret, { now: atA }))).toBe('invalid_timestamp');
    },
  );

  it.each([
    ['a bogus signature', 'v1,dawfeoifkpqwoekfpqoekf'],
    ['an empty v1 entry', 'v1,'],
    ['the first 8 characters only', A.signature.slice(0, 8)],
    ['the signature without its last character', A.signature.slice(0, -1)],
    ['the Python negative fixture (last char changed)', 'v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OA='],
    ['only an unknown scheme', A.signature.replace('v1,', 'v2,')],
    ['a v1a (asymmetric) entry', A.signature.replace('v1,', 'v1a,')],
    ['the signature with no version', A.signature.slice(3)],
  ])('rejects %s', (_name, signature) => {
    expect(reasonOf(() => verifyStandardWebhook(headersA(signature), A.body, A.secret, { now: atA }))).toBe(
      'no_matching_signature',
    );
  });

  it('rejects the Rust negative fixture for vector 7.2', () => {
    const headers = {
      'webhook-id': B.id,
      'webhook-timestamp': String(B.timestamp),
      'webhook-signature': 'v1,R3PTzyfHASBKHH98a7yexTwaJ4yNIcGhFQc1yuN+BPU=',
    };
    expect(reasonOf(() => verifyStandardWebhook(headers, B.body, B.secret, { now: new Date(B.timestamp * 1000) }))).toBe(
      'no_matching_signature',
    );
  });

  it('rejects the right signature under another secret, and a body with one extra newline', () => {
    expect(reasonOf(() => verifyStandardWebhook(headersA(), A.body, B.secret, { now: atA }))).toBe('no_matching_signature');
    expect(reasonOf(() => verifyStandardWebhook(headersA(), `${A.body}\n`, A.secret, { now: atA }))).toBe(
      'no_matching_signature',
    );
  });

  it('passes a multi-signature header mixing an invalid v1, an unknown v2 and the valid v1', () => {
    const header = [
      'v1,Ceo5qEr07ixe2NLpvHk3FH9bwy/WavXrAFQ/9tdO6mc=',
      'v2,Ceo5qEr07ixe2NLpvHk3FH9bwy/WavXrAFQ/9tdO6mc=',
      A.signature,
      'v1,Ceo5qEr07ixe2NLpvHk3FH9bwy/WavXrAFQ/9tdO6mc=',
    ].join(' ');
    expect(() => verifyStandardWebhook(headersA(header), A.body, A.secret, { now: atA })).not.toThrow();
  });

  describe('tolerance window', () => {
    const at = (offsetS: number) => new Date((A.timestamp + offsetS) * 1000);

    it('accepts exactly ±300 s', () => {
      expect(() => verifyStandardWebhook(headersA(), A.body, A.secret, { now: at(300) })).not.toThrow();
      expect(() => verifyStandardWebhook(headersA(), A.body, A.secret, { now: at(-300) })).not.toThrow();
    });

    it('rejects a timestamp 301 s in the past', () => {
      expect(reasonOf(() => verifyStandardWebhook(headersA(), A.body, A.secret, { now: at(301) }))).toBe('timestamp_too_old');
    });

    it('rejects a timestamp 301 s in the future', () => {
      expect(reasonOf(() => verifyStandardWebhook(headersA(), A.body, A.secret, { now: at(-301) }))).toBe('timestamp_too_new');
    });

    it('checks the time before the signature (a stale valid delivery is still stale)', () => {
      expect(reasonOf(() => verifyStandardWebhook(headersA('v1,x'), A.body, A.secret, { now: at(10_000) }))).toBe(
        'timestamp_too_old',
      );
    });

    it('honours a custom tolerance', () => {
      expect(reasonOf(() => verifyStandardWebhook(headersA(), A.body, A.secret, { now: at(61), toleranceS: 60 }))).toBe(
        'timestamp_too_old',
      );
    });
  });

  describe('secrets', () => {
    it('accepts any one of several secrets (rotation)', () => {
      expect(() => verifyStandardWebhook(headersA(), A.body, [B.secret, A.secret], { now: atA })).not.toThrow();
    });

    it.each([
      ['""', ''],
      ['"whsec_"', 'whsec_'],
      ['a non-base64 secret', 'whsec_%%%'],
    ])('rejects the secret %s with a TypeError (a config error, not a 401)', (_name, secret) => {
      expect(() => verifyStandardWebhook(headersA(), A.body, secret, { now: atA })).toThrow(TypeError);
    });

    it('rejects an empty secret list', () => {
      expect(() => verifyStandardWebhook(headersA(), A.body, [], { now: atA })).toThrow(TypeError);
    });

    it('accepts base64 secrets with 0, 1 or 2 padding characters, and without their padding', () => {
      for (const key of [Buffer.alloc(24, 7), Buffer.alloc(25, 7), Buffer.alloc(26, 7)]) {
        const padded = `whsec_${key.toString('base64')}`;
        const unpadded = padded.replace(/=+$/, '');
        expect(Buffer.from(decodeWebhookSecret(padded)).equals(key)).toBe(true);
        expect(Buffer.from(decodeWebhookSecret(unpadded)).equals(key)).toBe(true);
      }
    });

    it('never echoes the secret in an error message', () => {
      const secret = 'whsec_%%%supersecret';
      // The malformed secret must be refused (a throw is required), and the message must not carry it.
      let thrown: unknown;
      try {
        verifyStandardWebhook(headersA(), A.body, secret, { now: atA });
      } catch (err) {
        thrown = err;
      }
      expect(thrown).toBeInstanceOf(Error);
      expect((thrown as Error).message).not.toContain('supersecret');
      expect((thrown as Error).message).not.toContain('%%%');
    });
  });

  it('refuses a parsed JSON object instead of the raw body', () => {
    expect(() => verifyStandardWebhook(headersA(), JSON.parse(A.body) as string, A.secret, { now: atA })).toThrow(
      /raw body/,
    );
  });

  it('rejects a header sent twice (array value)', () => {
    const headers = { ...headersA(), 'webhook-signature': [A.signature, A.signature] };
    expect(reasonOf(() => verifyStandardWebhook(headers, A.body, A.secret, { now: atA }))).toBe('invalid_headers');
  });
});

describe('Function: legacySignature (hex HMAC-SHA256 of the raw body)', () => {
  it('reproduces the GitHub X-Hub-Signature-256 vector 7.3', () => {
    const hex = legacySignature('Hello, World!', "It's a Secret to Everybody");
    expect(hex).toBe('757107ea0eb2509fc211221cce984b8a37570b6d7586c22c46f4379c8b043e17');
    expect(verifyLegacySignature('Hello, World!', `sha256=${hex}`, "It's a Secret to Everybody")).toBe(true);
  });

  it.each([
    ['empty payload', '', 'f7f9bd47fb987337b5796fdc1fdb9ba221d0d5396814bfcaf9521f43fd8927fd'],
    ['sample payload', '{"obj1":"hello","obj2":"world"}', 'bebb1a643997f419b315ddba19e6f5411e1ce7f810ba6d3617ce72823092f363'],
    ['utf-8', '😀', '837da296d05c4fe31f61d5d7ead035099d9585a5bcde87de952012a78f0b0c43'],
  ])('reproduces the Stripe HMAC primitive vector 7.4 (%s)', (_name, payload, expected) => {
    expect(legacySignature(payload, 'test_secret')).toBe(expected);
  });

  it('keys with the whole secret string, whsec_ prefix included (not the decoded key)', () => {
    const bare = A.secret.slice(6);
    expect(legacySignature(A.body, A.secret)).not.toBe(legacySignature(A.body, bare));
  });

  it('verifies bare or prefixed hex in either case and rejects anything else', () => {
    const hex = legacySignature(A.body, A.secret);
    expect(verifyLegacySignature(A.body, hex, A.secret)).toBe(true);
    expect(verifyLegacySignature(Buffer.from(A.body), hex.toUpperCase(), A.secret)).toBe(true);
    expect(verifyLegacySignature(`${A.body} `, hex, A.secret)).toBe(false);
    expect(verifyLegacySignature(A.body, hex, B.secret)).toBe(false);
    expect(verifyLegacySignature(A.body, hex.slice(0, 8), A.secret)).toBe(false);
    expect(verifyLegacySignature(A.body, '', A.secret)).toBe(false);
    expect(verifyLegacySignature(A.body, undefined, A.secret)).toBe(false);
    expect(verifyLegacySignature(A.body, `${hex}00`, A.secret)).toBe(false);
  });
});

describe('Function: buildWebhookHeaders', () => {
  it('produces the five headers, signed at `now`', () => {
    const body = '{"type":"video.completed"}';
    const headers = buildWebhookHeaders({ id: A.id, body, secrets: [A.secret], now: new Date(A.timestamp * 1000 + 999) });
    expect(headers).toEqual({
      'webhook-id': A.id,
      'webhook-timestamp': String(A.timestamp),
      'webhook-signature': signStandardWebhook({ id: A.id, timestamp: A.timestamp, body, secrets: [A.secret] }),
      'x-revid-signature': legacySignature(body, A.secret),
      'content-type': 'application/json',
    });
  });

  it('keys the legacy header with the first (current) secret during rotation', () => {
    const body = '{}';
    const headers = buildWebhookHeaders({ id: A.id, body, secrets: [B.secret, A.secret] });
    expect(headers['x-revid-signature']).toBe(legacySignature(body, B.secret));
    expect(headers['webhook-signature'].split(' ')).toHaveLength(2);
  });

  it('verifies with the official library, with each rotated secret alone', () => {
    const oldSecret = generateWebhookSecret();
    const newSecret = generateWebhookSecret();
    const body = JSON.stringify({ type: 'video.completed', data: { job_id: 'job_1' } });
    const headers = buildWebhookHeaders({ id: newWebhookId(), body, secrets: [newSecret, oldSecret] });
    expect(new Webhook(oldSecret).verify(body, { ...headers })).toEqual(JSON.parse(body));
    expect(new Webhook(newSecret).verify(body, { ...headers })).toEqual(JSON.parse(body));
    expect(() => verifyStandardWebhook(headers, body, oldSecret)).not.toThrow();
    expect(() => verifyStandardWebhook(headers, body, newSecret)).not.toThrow();
    expect(() => new Webhook(generateWebhookSecret()).verify(body, { ...headers })).toThrow();
  });

  it('gives a retry of the same event the same id and a fresh timestamp and signature', () => {
    const id = newWebhookId();
    const first = buildWebhookHeaders({ id, body: '{}', secrets: [A.secret], now: new Date(1_700_000_000_000) });
    const retry = buildWebhookHeaders({ id, body: '{}', secrets: [A.secret], now: new Date(1_700_000_005_000) });
    expect(retry['webhook-id']).toBe(first['webhook-id']);
    expect(retry['webhook-timestamp']).not.toBe(first['webhook-timestamp']);
    expect(retry['webhook-signature']).not.toBe(first['webhook-signature']);
  });
});

describe('Function: generateWebhookSecret', () => {
  it('returns whsec_ + base64 of 32 random bytes, distinct every time', () => {
    const secrets = new Set(Array.from({ length: 1000 }, generateWebhookSecret));
    expect(secrets.size).toBe(1000);
    for (const secret of secrets) {
      expect(secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
      expect(decodeWebhookSecret(secret)).toHaveLength(32);
      expect(() => new Webhook(secret)).not.toThrow();
    }
  });
});

describe('Function: newWebhookId', () => {
  it('returns msg_ + 26 Crockford characters, distinct, time-ordered and free of "."', () => {
    const ids = Array.from({ length: 1000 }, () => newWebhookId());
    expect(new Set(ids).size).toBe(1000);
    for (const id of ids) expect(id).toMatch(/^msg_[0-9A-HJKMNP-TV-Z]{26}$/);
    expect(newWebhookId(new Date(1_000)) < newWebhookId(new Date(2_000))).toBe(true);
  });
});
