import { ScanCommand, DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { ListObjectsV2Command, S3Client } from '@aws-sdk/client-s3';
import { GetQueueAttributesCommand, SQSClient } from '@aws-sdk/client-sqs';
import fc from 'fast-check';
import http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROUTES } from '../../lambdas/domain/routes.js';
import { TABLE_LAYOUT } from '../../lambdas/adapters/table-layout.js';
import { resourcesOfType } from '../../local/template.js';
import { startTestRuntime } from '../support/runtime.js';
import { UPLOAD_KEY } from '../../lambdas/domain/auth/ownership.js';

/**
 * Hostile input across the whole API (issue 7 §1, docs/reference/spec.md §6 "bad input never crashes a function or
 * corrupts state"): generated bodies, headers, query strings and path parameters thrown at every route
 * of the local runtime (the same gateway emulation, authorizer and handlers as in AWS). Invariants:
 * - never a 5xx;
 * - every non-2xx answer is the documented envelope `{"detail":{"error","message"}}` with a valid
 *   `x-request-id`;
 * - a request that is refused changes nothing: no job (or idempotency) item in the table, no message
 *   on any queue, no object in the bucket; and nothing leaks into `Object.prototype`.
 * Media URLs in generated bodies point only at loopback or reserved `.invalid`/`.localhost` names,
 * never at public addresses. The SQS pollers are off, so a message that was sent would stay visible.
 */

let runtime: Awaited<ReturnType<typeof startTestRuntime>>;
const ddb = new DynamoDBClient({});
const sqs = new SQSClient({});
const s3 = new S3Client({ forcePathStyle: true });
let tableName: string;
let queueUrls: string[];
let bucketNames: string[];
const prototypeKeys = Object.getOwnPropertyNames(Object.prototype).sort();

beforeAll(async () => {
  runtime = await startTestRuntime({ pollers: false });
  const ids = (type: string) => resourcesOfType(runtime.template, type).map(([id]) => runtime.ref(id));
  [tableName] = ids('AWS::DynamoDB::Table') as [string];
  queueUrls = ids('AWS::SQS::Queue');
  bucketNames = ids('AWS::S3::Bucket');
});
afterAll(async () => {
  if (process.env.HOSTILE_STATS) for (const [route, codes] of outcomes) console.log(route, JSON.stringify(Object.fromEntries(codes)));
  await runtime?.stop();
});

// ─── Sending raw requests ────────────────────────────────────────────────────────────────────────

interface RawRequest {
  method: string;
  /** Sent byte for byte (already percent-encoded as the test wants it). */
  path: string;
  headers?: Record<string, string>;
  body?: Buffer | string;
  /** Send the API key (x-api-key) unless the generated headers already carry a credential. */
  auth?: boolean;
}

interface RawResponse {
  status: number;
  headers: http.IncomingHttpHeaders;
  text: string;
}

function send(request: RawRequest): Promise<RawResponse> {
  const url = new URL(runtime.url);
  const headers: Record<string, string> = { ...request.headers };
  const hasCredential = Object.keys(headers).some((k) => /^(x-api-key|authorization)$/i.test(k));
  if (request.auth !== false && !hasCredential) headers['x-api-key'] = runtime.apiKey;
  const body = request.body === undefined ? undefined : Buffer.isBuffer(request.body) ? request.body : Buffer.from(request.body, 'utf8');
  if (body) headers['content-length'] = String(body.length);
  return new Promise((resolve, reject) => {
    const req = http.request({ host: url.hostname, port: url.port, method: request.method, path: request.path, headers, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, text: Buffer.concat(chunks).toString('utf8') }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(body);
  });
}

const REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;

/** The response invariants; throws with the request when one is broken (fast-check then shrinks it). */
function checkResponse(request: RawRequest, res: RawResponse): void {
  const what = `${request.method} ${request.path.slice(0, 200)} → ${res.status} ${res.text.slice(0, 300)}`;
  expect(res.status, what).toBeGreaterThanOrEqual(200);
  expect(res.status, what).toBeLessThan(500);
  expect(String(res.headers['x-request-id'] ?? ''), what).toMatch(REQUEST_ID);
  if (res.status >= 300) {
    let body: any;
    expect(() => (body = JSON.parse(res.text)), what).not.toThrow();
    expect(body, what).toEqual({ detail: expect.objectContaining({ error: expect.any(String), message: expect.any(String) }) });
    expect(body.detail.error, what).toMatch(/^[a-z_]+$/);
    expect(body.detail.message.length, what).toBeGreaterThan(0);
  }
}

/** No refused request (nor any request here: no media URL is reachable) may leave state behind. */
async function checkNoStateChange(context: string): Promise<void> {
  const { Items = [] } = await ddb.send(new ScanCommand({ TableName: tableName, ProjectionExpression: '#pk', ExpressionAttributeNames: { '#pk': TABLE_LAYOUT.partitionKey } }));
  // Translation cache entries (TR#…) are the only items a 2xx translate may write.
  const foreign = Items.map((i) => i[TABLE_LAYOUT.partitionKey]?.S ?? '?').filter((pk) => !pk.startsWith('TR#'));
  expect(foreign, `table items after ${context}`).toEqual([]);
  for (const QueueUrl of queueUrls) {
    const { Attributes = {} } = await sqs.send(
      new GetQueueAttributesCommand({ QueueUrl, AttributeNames: ['ApproximateNumberOfMessages', 'ApproximateNumberOfMessagesNotVisible', 'ApproximateNumberOfMessagesDelayed'] }),
    );
    const total = Number(Attributes.ApproximateNumberOfMessages) + Number(Attributes.ApproximateNumberOfMessagesNotVisible) + Number(Attributes.ApproximateNumberOfMessagesDelayed);
    expect(total, `messages on ${QueueUrl} after ${context}`).toBe(0);
  }
  for (const Bucket of bucketNames) {
    const { KeyCount = 0 } = await s3.send(new ListObjectsV2Command({ Bucket, MaxKeys: 5 }));
    expect(KeyCount, `objects in ${Bucket} after ${context}`).toBe(0);
  }
  expect(Object.getOwnPropertyNames(Object.prototype).sort(), `Object.prototype after ${context}`).toEqual(prototypeKeys);
  expect(({} as Record<string, unknown>).polluted, `Object.prototype after ${context}`).toBeUndefined();
}

/** Outcomes by route (`HOSTILE_STATS=1` prints them), to see how deep the generated requests reach. */
const outcomes = new Map<string, Map<string, number>>();

async function exercise(request: RawRequest): Promise<void> {
  const res = await send(request);
  checkResponse(request, res);
  const pathname = request.path.split('?')[0]!;
  const template = ROUTES.find((r) => new RegExp(`^${r.path.replace(JOB_PARAM, '[^/]*')}$`).test(pathname))?.path ?? 'other';
  const route = `${request.method} ${template}`;
  let code = String(res.status);
  try {
    code += ` ${JSON.parse(res.text).detail?.error ?? ''}`.trimEnd();
  } catch {
    // 2xx bodies that are not JSON objects
  }
  const byCode = outcomes.get(route) ?? new Map<string, number>();
  byCode.set(code, (byCode.get(code) ?? 0) + 1);
  outcomes.set(route, byCode);
  // GET routes cannot write: their requests are covered by the check at the end of each property.
  if (request.method !== 'GET') await checkNoStateChange(`${request.method} ${request.path.slice(0, 120)}`);
  else expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(prototypeKeys);
}

// ─── Generators ──────────────────────────────────────────────────────────────────────────────────

const JOB_PARAM = /\{job_id\}/;
const concretePath = (path: string, jobId = 'job_01JD3YQ5Z8M2W4V6T7R9P0K1C3') => path.replace(JOB_PARAM, jobId);
const routes = ROUTES.map((r) => ({ method: r.method, path: r.path }));
const bodyRoutes = routes.filter((r) => r.method === 'POST');
const jobRoutes = routes.filter((r) => JOB_PARAM.test(r.path));

/** Media URLs that can only point at this machine or at names that never resolve (RFC 2606/6761). */
const unreachableUrl = fc.constantFrom(
  'https://127.0.0.1:1/dog.jpg',
  'https://localhost/dog.jpg',
  'https://[::1]:9/dog.jpg',
  'http://127.0.0.1/dog.jpg',
  'https://0.0.0.0/dog.jpg',
  'https://pets.invalid/dog.jpg',
  'https://cdn.pets.localhost/../../etc/passwd',
  'https://user:pass@pets.invalid:8443/%2e%2e%2f%2e%2e%2fetc%2fpasswd',
  'https://pets.invalid/dog.jpg?x=%00%ff',
  'file:///etc/passwd',
  'gopher://127.0.0.1:6379/_INFO',
  'javascript:alert(1)',
  'https://[::ffff:127.0.0.1]/x.jpg',
  'https://2130706433/x.jpg',
  'https://0x7f.1/x.jpg',
);

const nasty = fc.constantFrom(
  '',
  ' ',
  '../../etc/passwd',
  '..\\..\\windows\\win.ini',
  '%2e%2e%2f%2e%2e%2fetc%2fpasswd',
  '__proto__',
  'constructor',
  'prototype',
  '\u0000',
  '\u0000\u0001\u0002\u001f\u007f',
  '\r\n\r\nHTTP/1.1 200 OK',
  '\u202eRTL\u202c',
  '\ud800',
  '\udfff\ud800',
  '😀'.repeat(100),
  '<script>alert(1)</script>',
  "'; DROP TABLE jobs; --",
  '${jndi:ldap://127.0.0.1/a}',
  '{{7*7}}',
  'job_01JD3YQ5Z8M2W4V6T7R9P0K1C3',
  'uploads/01JD3YQ5Z8M2W4V6T7R9P0K1C3/image',
  'uploads/2bd806c97f0e00af1a1fc3328fa763a9/01JD3YQ5Z8M2W4V6T7R9P0K1C3/image',
  'uploads/../media/x/source.jpg',
  'hi',
  'en',
  'translation',
  'dog',
  'desi-fire',
  'A'.repeat(5001),
  'é'.repeat(3000),
);

const hostileString = fc.oneof(
  { weight: 3, arbitrary: nasty },
  { weight: 2, arbitrary: fc.string({ maxLength: 64 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 64 }) },
  { weight: 1, arbitrary: fc.string({ unit: fc.integer({ min: 0, max: 0x1f }).map((c) => String.fromCharCode(c)), maxLength: 16 }) },
  { weight: 1, arbitrary: fc.nat({ max: 20_000 }).map((n) => 'x'.repeat(n)) },
);

const enormousNumber = fc.constantFrom('1e400', '-1e400', '123456789012345678901234567890123456789', '-0', '0.0000000000000000000000001', '9007199254740993', '1E+999999');

/** Any JSON value, as text, with the keys and values an attacker would pick (prototype keys included). */
const hostileJsonText: fc.Arbitrary<string> = fc.letrec<{ value: string }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.constantFrom('null', 'true', 'false', '0', '[]', '{}'),
    enormousNumber,
    fc.double().map((d) => (Number.isFinite(d) ? JSON.stringify(d) : '0')),
    hostileString.map((s) => JSON.stringify(s)),
    unreachableUrl.map((s) => JSON.stringify(s)),
    fc.array(tie('value'), { maxLength: 4 }).map((items) => `[${items.join(',')}]`),
    fc
      .array(fc.tuple(fc.oneof(fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'polluted'), hostileString), tie('value')), { maxLength: 4 })
      .map((entries) => `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${v}`).join(',')}}`),
  ),
})).value;

const FIELDS = ['text', 'image_url', 'video_url', 'upload_key', 'language', 'source_lang', 'target_lang', 'task', 'filter_id', 'callback_url', 'metadata', 'content_type'] as const;

/** A body shaped like a real request (so validation passes further), with hostile values and keys mixed in. */
const nearlyValidBody = fc
  .record(
    {
      base: fc.constantFrom<Record<string, unknown>>(
        { text: 'Roast my lazy dog!', image_url: 'https://127.0.0.1:1/dog.jpg' },
        { text: 'Roast my lazy dog!', video_url: 'https://pets.invalid/dog.mp4', language: 'hi' },
        { text: 'Roast my lazy dog!', upload_key: 'uploads/01JD3YQ5Z8M2W4V6T7R9P0K1C3/image', callback_url: 'https://hooks.invalid/cb' },
        { image_url: 'https://localhost/dog.jpg' },
        { upload_key: 'uploads/01JD3YQ5Z8M2W4V6T7R9P0K1C3/video' },
        { text: 'Your dog is a couch potato.', source_lang: 'en', target_lang: 'hi' },
        { content_type: 'image/jpeg' },
        {},
      ),
      overrides: fc.array(fc.tuple(fc.constantFrom(...FIELDS), hostileJsonText), { maxLength: 3 }),
      extra: fc.array(fc.tuple(fc.constantFrom('__proto__', 'constructor', 'metadata', 'polluted', 'x'), hostileJsonText), { maxLength: 2 }),
    },
    { requiredKeys: ['base', 'overrides', 'extra'] },
  )
  .map(({ base, overrides, extra }) => {
    const entries = Object.entries(base).map(([k, v]) => [k, JSON.stringify(v)] as [string, string]);
    for (const [k, v] of overrides) {
      const i = entries.findIndex(([key]) => key === k);
      if (i >= 0) entries[i] = [k, v];
      else entries.push([k, v]);
    }
    entries.push(...extra);
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${v}`).join(',')}}`;
  });

const deeplyNested = fc.tuple(fc.constantFrom('[', '{"a":'), fc.integer({ min: 1000, max: 120_000 })).map(([open, depth]) => {
  const close = open === '[' ? ']' : '}';
  return `${open.repeat(depth)}${open === '[' ? '' : '1'}${close.repeat(depth)}`;
});

const invalidUtf8 = fc
  .tuple(fc.constantFrom('{"text":"', '{"image_url":"https://pets.invalid/', '{"content_type":"', ''), fc.uint8Array({ minLength: 1, maxLength: 64 }), fc.constantFrom('"}', '', '"'))
  .map(([head, bytes, tail]) => Buffer.concat([Buffer.from(head), Buffer.from([0xff, 0xfe, 0xc3, 0x28, 0xed, 0xa0, 0x80, 0xf4, 0x90, 0x80, 0x80]), Buffer.from(bytes), Buffer.from(tail)]));

/** JSON object text from entries, so keys like `__proto__` stay own data keys. */
const objectText = (entries: Array<[string, string]>): string => `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${v}`).join(',')}}`;
const optional = (key: string, value: fc.Arbitrary<string>) => fc.option(value.map((v) => [key, JSON.stringify(v)] as [string, string]), { nil: undefined });
const present = (entries: Array<[string, string] | undefined>) => entries.filter((e): e is [string, string] => e !== undefined);

/** Strings that pass the schemas' type and length checks, so the request reaches the service code. */
const text = hostileString.filter((t) => t.length >= 1 && t.length <= 5000);
const shortText = (max: number) => hostileString.map((t) => t.slice(0, max));
const httpsUnreachable = unreachableUrl.filter((u) => /^https?:\/\//.test(u));
const metadata = fc
  .array(fc.tuple(fc.oneof(fc.constantFrom('__proto__', 'constructor', 'prototype', 'post_id'), shortText(64).filter((k) => k.length > 0)), shortText(512)), { maxLength: 5 })
  .map((pairs) => objectText(pairs.map(([k, v]) => [k, JSON.stringify(v)])));
const language = fc.oneof(fc.constantFrom('en', 'hi', 'or', 'as', 'ur', 'xx', 'EN', 'hi-IN', '__proto__', 'constructor', '../'), shortText(35));

/** Per route, bodies that validate (or nearly) and carry hostile values into the service code. */
const deepBodies: Record<string, fc.Arbitrary<string>> = {
  '/api/generate-video': fc
    .tuple(
      text,
      fc.oneof(
        httpsUnreachable.map((u) => ['image_url', JSON.stringify(u)] as [string, string]),
        httpsUnreachable.map((u) => ['video_url', JSON.stringify(u)] as [string, string]),
        fc.constantFrom('uploads/01JD3YQ5Z8M2W4V6T7R9P0K1C3/image', 'uploads/../media/x', 'media/x/source.jpg').map((k) => ['upload_key', JSON.stringify(k)] as [string, string]),
      ),
      optional('language', language),
      optional('source_lang', language),
      optional('filter_id', shortText(64)),
      optional('callback_url', httpsUnreachable),
      fc.option(metadata.map((m) => ['metadata', m] as [string, string]), { nil: undefined }),
    )
    .map(([t, media, ...rest]) => objectText([['text', JSON.stringify(t)], media, ...present(rest)])),
  '/api/detect-pets': fc
    .oneof(
      httpsUnreachable.map((u) => [['image_url', JSON.stringify(u)]] as Array<[string, string]>),
      httpsUnreachable.map((u) => [['video_url', JSON.stringify(u)]] as Array<[string, string]>),
      fc
        .oneof(fc.stringMatching(/^uploads\/[0-9A-HJKMNP-TV-Z]{26}\/(image|video)$/), fc.stringMatching(UPLOAD_KEY), fc.constantFrom('uploads/../../etc/passwd', 'media/job_x/source.jpg', '../uploads/x'), shortText(256))
        .map((k) => [['upload_key', JSON.stringify(k)]] as Array<[string, string]>),
    )
    .map(objectText),
  '/api/translate-text': fc
    .tuple(text, language, optional('target_lang', language), optional('task', fc.oneof(fc.constant('translation'), shortText(64))))
    .map(([t, source, ...rest]) => objectText([['text', JSON.stringify(t)], ['source_lang', JSON.stringify(source)], ...present(rest)])),
  '/api/uploads': fc
    .oneof(fc.constantFrom('image/jpeg', 'video/mp4', 'image/svg+xml', 'text/html', 'image/jpeg; charset=utf-8', 'IMAGE/JPEG', '__proto__'), shortText(100))
    .map((t) => objectText([['content_type', JSON.stringify(t)]])),
  '/webhooks/revid': fc.oneof(hostileJsonText, fc.constant('{"pid":"x","status":"ready","videoUrl":"https://127.0.0.1:1/v.mp4"}')),
};

const hostileBody: fc.Arbitrary<Buffer | string | undefined> = fc.oneof(
  { weight: 6, arbitrary: nearlyValidBody },
  { weight: 2, arbitrary: hostileJsonText },
  { weight: 1, arbitrary: deeplyNested },
  { weight: 2, arbitrary: invalidUtf8 },
  { weight: 1, arbitrary: fc.constantFrom(undefined, '', ' ', '\n', 'null', 'not json', '{"text":', 'text=dog&image_url=x', '<xml/>', '\u0000') },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 300 }) },
);

const contentType = fc.constantFrom(
  'application/json',
  'application/json; charset=utf-8',
  'application/json; charset=utf-16',
  'text/plain',
  'application/x-www-form-urlencoded',
  'multipart/form-data; boundary=----x',
  'application/xml',
  '*/*',
  'application/json\t; charset=latin1',
  'garbage',
);

/** Header values Node can put on the wire: tab, printable ASCII and obs-text (0x80–0xff). */
const headerValue = fc.oneof(
  fc.string({ unit: fc.integer({ min: 0x20, max: 0x7e }).map((c) => String.fromCharCode(c)), maxLength: 300 }),
  fc.string({ unit: fc.integer({ min: 0x80, max: 0xff }).map((c) => String.fromCharCode(c)), maxLength: 40 }),
  fc.constantFrom('\t', ' ', '../../etc/passwd', '%2e%2e%2f', 'x'.repeat(4000), '__proto__', '-1', '1e400'),
);

const headerName = fc.oneof(
  fc.constantFrom('x-request-id', 'content-type', 'idempotency-key', 'accept', 'x-forwarded-for', 'host-override', '__proto__', 'constructor', 'x-amz-date', 'x-api-key', 'authorization'),
  fc.stringMatching(/^[a-z][a-z0-9-]{0,30}$/),
);

const credentialHeaders = fc.oneof(
  { weight: 6, arbitrary: fc.constant<Record<string, string> | 'key'>('key') },
  { weight: 1, arbitrary: fc.constant<Record<string, string>>({}) },
  { weight: 1, arbitrary: headerValue.map((v) => ({ 'x-api-key': v })) },
  { weight: 1, arbitrary: headerValue.map((v) => ({ authorization: `Bearer ${v}` })) },
  { weight: 1, arbitrary: fc.constantFrom<Record<string, string>>({ authorization: 'Basic YWRtaW46YWRtaW4=' }, { authorization: 'Bearer' }, { authorization: 'AWS4-HMAC-SHA256 Credential=x' }) },
);

/** Percent-encodes the UTF-8 bytes of any string (lone surrogates included, as U+FFFD), like a lenient client. */
const pct = (value: string): string =>
  [...Buffer.from(value, 'utf8')].map((b) => (/[A-Za-z0-9\-_.~]/.test(String.fromCharCode(b)) ? String.fromCharCode(b) : `%${b.toString(16).toUpperCase().padStart(2, '0')}`)).join('');

/** A query string as sent: keys and values percent-encoded or deliberately not (malformed escapes). */
const queryString = fc
  .array(
    fc.tuple(
      fc.oneof(fc.constantFrom('pet', 'deep', '__proto__', 'constructor', 'pet[]', 'job', 'token', ''), fc.string({ maxLength: 12 })),
      fc.oneof(hostileString, fc.constantFrom('dog', 'true', 'unicorn', '%', '%E0%A4%A', '%00', '%ZZ', '%2e%2e%2f')),
      fc.boolean(),
    ),
    { maxLength: 6 },
  )
  .map((pairs) =>
    pairs
      .map(([k, v, raw]) => (raw && /^[\x21-\x7e]*$/.test(k + v) && !/[#?&= ]/.test(k + v) ? `${k}=${v}` : `${pct(k)}=${pct(v)}`))
      .join('&'),
  );

/** Path parameters as attackers write them: traversal, encodings, control bytes, wrong shapes, huge. */
const jobIdSegment = fc.oneof(
  fc.constantFrom(
    '../../etc/passwd',
    '..%2f..%2fetc%2fpasswd',
    '%2e%2e%2f%2e%2e%2fetc%2fpasswd',
    '%2e%2e',
    '%252e%252e%252f',
    '%00',
    'job_01JD3YQ5Z8M2W4V6T7R9P0K1C3%00',
    'job_01JD3YQ5Z8M2W4V6T7R9P0K1C3%2f..',
    'job_01jd3yq5z8m2w4v6t7r9p0k1c3',
    'job_00000000000000000000000000',
    'job_ZZZZZZZZZZZZZZZZZZZZZZZZZZ',
    '%E0%A4%A',
    '%',
    '%ff%fe',
    '__proto__',
    'constructor',
    'job_01JD3YQ5Z8M2W4V6T7R9P0K1C3;DROP',
    '1e400',
    '-1',
  ),
  fc.stringMatching(/^job_[0-9A-HJKMNP-TV-Z]{26}$/),
  fc.string({ maxLength: 40 }).map((s) => pct(s) || 'x'),
  fc.nat({ max: 3000 }).map((n) => `job_${'A'.repeat(n)}`),
);

const anyRoute = fc.constantFrom(...routes);
// The budget for the whole file is under 2 minutes on 2 cores (runtime start included).
const runs = (n: number) => ({ numRuns: n, endOnFailure: true });

// ─── Properties ──────────────────────────────────────────────────────────────────────────────────

describe('Hostile input through the local runtime', () => {
  it('bodies: wrong types, prototype keys, enormous numbers, deep nesting, invalid UTF-8 and non-JSON on every POST route', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...bodyRoutes), hostileBody, contentType, fc.option(headerValue.filter((v) => v.length > 0), { nil: undefined }), async (route, body, type, idempotencyKey) => {
        const webhook = route.path.startsWith('/webhooks/');
        await exercise({
          method: route.method,
          path: webhook ? '/webhooks/revid?job=job_01JD3YQ5Z8M2W4V6T7R9P0K1C3&token=aaaaaaaaaaaaaaaaaaaaaaaa' : route.path,
          headers: { 'content-type': type, ...(idempotencyKey ? { 'idempotency-key': idempotencyKey } : {}) },
          body,
        });
      }),
      runs(100),
    );
    await checkNoStateChange('hostile bodies');
  });

  it('schema-valid bodies carrying hostile values reach the services (detection, translation, uploads, idempotency) and still change nothing', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...bodyRoutes).chain((route) => fc.tuple(fc.constant(route), deepBodies[route.path]!)),
        fc.option(fc.oneof(fc.stringMatching(/^[\x21-\x7e]{1,40}$/), headerValue.filter((v) => v.length > 0)), { nil: undefined }),
        async ([route, body], idempotencyKey) => {
          const webhook = route.path.startsWith('/webhooks/');
          await exercise({
            method: route.method,
            path: webhook ? '/webhooks/revid?job=job_01JD3YQ5Z8M2W4V6T7R9P0K1C3&token=aaaaaaaaaaaaaaaaaaaaaaaa' : route.path,
            headers: { 'content-type': 'application/json', ...(idempotencyKey ? { 'idempotency-key': idempotencyKey } : {}) },
            body,
          });
        },
      ),
      runs(100),
    );
    await checkNoStateChange('schema-valid hostile bodies');
  });

  it('headers: credentials, request ids, content types and arbitrary names and values on every route', async () => {
    await fc.assert(
      fc.asyncProperty(anyRoute, credentialHeaders, fc.array(fc.tuple(headerName, headerValue), { maxLength: 6 }), async (route, credential, pairs) => {
        const headers: Record<string, string> = credential === 'key' ? { 'x-api-key': runtime.apiKey } : { ...credential };
        for (const [name, value] of pairs) if (!/^(x-api-key|authorization|content-length|transfer-encoding|host|connection)$/i.test(name)) headers[name] = value;
        await exercise({ method: route.method, path: concretePath(route.path), headers, body: route.method === 'POST' ? '{}' : undefined, auth: false });
      }),
      runs(60),
    );
    await checkNoStateChange('hostile headers');
  });

  it('query strings: unknown, duplicated, prototype and malformed parameters on every route', async () => {
    await fc.assert(
      fc.asyncProperty(anyRoute, queryString, async (route, query) => {
        await exercise({ method: route.method, path: `${concretePath(route.path)}?${query}`, body: route.method === 'POST' ? '{"text":"x"}' : undefined });
      }),
      runs(60),
    );
    await checkNoStateChange('hostile query strings');
  });

  it('path parameters: traversal, encoded traversal, control bytes and wrong shapes in job ids', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...jobRoutes), jobIdSegment, async (route, segment) => {
        await exercise({ method: route.method, path: concretePath(route.path, segment) });
      }),
      runs(60),
    );
    await checkNoStateChange('hostile path parameters');
  });

  it('size limits: up to the 256 KB cap is validated, beyond it is 413, on every POST route', async () => {
    const cap = 256 * 1024;
    for (const route of bodyRoutes) {
      const path = route.path.startsWith('/webhooks/') ? '/webhooks/revid?job=job_01JD3YQ5Z8M2W4V6T7R9P0K1C3&token=aaaaaaaaaaaaaaaaaaaaaaaa' : route.path;
      const padded = (size: number) => {
        const head = '{"text":"';
        return `${head}${'a'.repeat(size - head.length - 2)}"}`;
      };
      for (const size of [cap - 1, cap, cap + 1, 2 * cap, 1024 * 1024]) {
        const body = padded(size);
        expect(Buffer.byteLength(body)).toBe(size);
        const res = await send({ method: 'POST', path, headers: { 'content-type': 'application/json' }, body });
        checkResponse({ method: 'POST', path }, res);
        if (size > cap && !route.path.startsWith('/webhooks/')) expect(res.status, `${route.path} ${size}`).toBe(413);
        if (size <= cap && !route.path.startsWith('/webhooks/')) expect(res.status, `${route.path} ${size}`).not.toBe(413);
      }
      // Multi-byte characters count as bytes, not characters.
      const wide = `{"text":"${'é'.repeat(cap / 2)}"}`;
      const res = await send({ method: 'POST', path, headers: { 'content-type': 'application/json' }, body: wide });
      checkResponse({ method: 'POST', path }, res);
      if (!route.path.startsWith('/webhooks/')) expect(res.status).toBe(413);
      // A maximally nested document just under the cap.
      const depth = Math.floor((cap - 2) / 2);
      const nested = await send({ method: 'POST', path, headers: { 'content-type': 'application/json' }, body: `${'['.repeat(depth)}${']'.repeat(depth)}` });
      checkResponse({ method: 'POST', path }, nested);
    }
    await checkNoStateChange('size limits');
  });

  it('refused requests to every route with a method it does not serve, and with no body at all', async () => {
    for (const route of routes) {
      for (const method of ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD']) {
        if (method === 'HEAD') continue; // no body to check
        await exercise({ method, path: concretePath(route.path) });
      }
    }
    await checkNoStateChange('unserved methods');
  });
});
