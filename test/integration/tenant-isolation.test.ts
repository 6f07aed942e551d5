import { HeadObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, ScanCommand } from '@aws-sdk/lib-dynamodb';
import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import fc from 'fast-check';
import { Webhook } from 'standardwebhooks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runScript } from '../support/scripts.js';
import { uploadKeyOf, uploadPrefixOf } from '../../lambdas/domain/auth/ownership.js';
import { jobObjectKeys } from '../../lambdas/adapters/job-media.js';
import { S3MediaStore } from '../../lambdas/adapters/s3-media-store.js';
import { generateWebhookSecret } from '../../lambdas/domain/callbacks/signing.js';
import { call } from '../support/runtime.js';
import { startJobsRuntime, type JobsRuntime } from '../support/jobs-runtime.js';
import { PET_PHOTO, startCallbackReceiver, waitFor, type Delivery } from '../support/job-servers.js';

/**
 * Tenant isolation through the whole local runtime (docs/tenancy.md): two registered clients, A and B,
 * each with its own key. B must get exactly the answer an unknown id gets for everything of A's, and A
 * must be unaffected by whatever B tries.
 */
const A = { id: 'partner-a', key: `prk${randomBytes(32).toString('hex')}`, secret: generateWebhookSecret() };
const B = { id: 'partner-b', key: `prk${randomBytes(32).toString('hex')}`, secret: generateWebhookSecret() };
type Client = typeof A;
/** The deployment's signing secret (what a client without its own secret is signed with). */
const DEPLOYMENT_SECRET = generateWebhookSecret();

/** True when the official `standardwebhooks` library accepts the delivery under `secret`. */
function verifiesWith(delivery: Delivery, secret: string): boolean {
  try {
    new Webhook(secret).verify(delivery.body, delivery.headers as Record<string, string>);
    return true;
  } catch {
    return false;
  }
}
const jobIdOf = (delivery: Delivery): string => (JSON.parse(delivery.body) as { data: { job_id: string } }).data.job_id;

/** Status, content type and body of an answer; the request id (header, never in the body) is left out. */
const shape = (res: { status: number; headers: Headers; text: string }) => ({
  status: res.status,
  contentType: res.headers.get('content-type'),
  body: res.text,
});

describe('Tenant isolation (two clients through the local runtime)', () => {
  let t: JobsRuntime;
  /** Each client's own receiver: its registry default callback URL points here. */
  let receiverA: Awaited<ReturnType<typeof startCallbackReceiver>>;
  let receiverB: Awaited<ReturnType<typeof startCallbackReceiver>>;
  /** Every job id each client created in this file. */
  const created = new Map<string, Set<string>>([
    [A.id, new Set()],
    [B.id, new Set()],
  ]);
  const s3 = new S3Client({ forcePathStyle: true });
  const ddb = DynamoDBDocumentClient.from(new DynamoDBClient({}));
  let media: S3MediaStore;
  const as = (client: Client, method: string, path: string, options: { body?: unknown; headers?: Record<string, string> } = {}) =>
    call(t.runtime, method, path, { ...options, key: client.key });
  const generate = (client: Client, body: Record<string, unknown> = {}, headers: Record<string, string> = {}) =>
    as(client, 'POST', '/api/generate-video', {
      body: { text: 'Roast my lazy dog who sleeps all day!', image_url: t.photos.photoUrl('dog'), callback_url: `${t.receiver.url}/hooks/${client.id}`, ...body },
      headers,
    });
  async function jobOf(client: Client, body: Record<string, unknown> = {}): Promise<string> {
    const res = await generate(client, body);
    expect(res.status).toBe(202);
    created.get(client.id)!.add(res.body.job_id);
    return res.body.job_id as string;
  }
  /** POST /api/uploads as `client`, then the photo through the presigned form; returns the upload_key. */
  async function uploadAs(client: Client): Promise<string> {
    const res = await as(client, 'POST', '/api/uploads', { body: { content_type: 'image/jpeg' } });
    expect(res.status).toBe(201);
    const form = new FormData();
    for (const [k, v] of Object.entries<string>(res.body.fields)) form.append(k, v);
    form.append('file', new Blob([await readFile(PET_PHOTO)], { type: 'image/jpeg' }));
    const posted = await fetch(res.body.url, { method: 'POST', body: form });
    expect(posted.status).toBeLessThan(300);
    return res.body.upload_key as string;
  }

  /** The owner of every idempotency record in the table (the stored answer is `{client_id, response}`). */
  async function idempotencyOwners(): Promise<string[]> {
    const out = await ddb.send(new ScanCommand({ TableName: process.env.JOBS_TABLE_NAME!, ConsistentRead: true }));
    return (out.Items ?? [])
      .filter((i) => i.idempotency_status !== undefined && i.data !== undefined)
      .map((i) => String((i.data as { client_id: string }).client_id))
      .sort();
  }

  /** The ids of every job item of `client` in the table. */
  async function jobsOf(client: Client): Promise<string[]> {
    const out = await ddb.send(new ScanCommand({ TableName: process.env.JOBS_TABLE_NAME!, ConsistentRead: true }));
    return (out.Items ?? []).filter((i) => String(i.pk).startsWith('JOB#') && i.client_id === client.id).map((i) => String(i.job_id)).sort();
  }

  beforeAll(async () => {
    receiverA = await startCallbackReceiver();
    receiverB = await startCallbackReceiver();
    process.env.WEBHOOK_SIGNING_SECRET = DEPLOYMENT_SECRET;
    t = await startJobsRuntime({
      renderMs: 300,
      env: { OUTBOUND_ALLOWED_HOSTS: [receiverA.host, receiverB.host].join(',') },
      clients: [
        { id: A.id, key: A.key, default_callback_url: `${receiverA.url}/a-default`, signing_secrets: [A.secret] },
        { id: B.id, key: B.key, default_callback_url: `${receiverB.url}/b-default`, signing_secrets: [B.secret] },
      ],
    });
    media = new S3MediaStore(process.env.MEDIA_BUCKET_NAME!);
  });
  afterAll(async () => {
    await t?.stop();
    await receiverA?.close();
    await receiverB?.close();
    delete process.env.WEBHOOK_SIGNING_SECRET;
  });

  it('records the creating client on the job and on its stored media', async () => {
    const jobId = await jobOf(A);
    const job = await t.job(jobId);
    expect(job?.client_id).toBe(A.id);
    const head = await s3.send(new HeadObjectCommand({ Bucket: process.env.MEDIA_BUCKET_NAME!, Key: job!.media_key }));
    expect(head.Metadata?.['client-id']).toBe(A.id);
  });

  it("answers B's status, result and delete of A's job with the 404 of an unknown id, and leaves A's job alone", async () => {
    const jobId = await jobOf(A);
    const done = await t.waitForJob(jobId, 'completed with its callback delivered', (j) => j.status === 'completed' && j.callback_state === 'delivered');
    const routes = [
      ['GET', `/api/video-status/${jobId}`],
      ['GET', `/api/video-result/${jobId}`],
      ['DELETE', `/api/jobs/${jobId}`],
    ] as const;
    const byB = [];
    for (const [method, path] of routes) byB.push(await as(B, method, path));
    for (const res of byB) {
      expect(res.status).toBe(404);
      expect(res.body).toEqual({ detail: { error: 'job_not_found', message: `No job with id '${jobId}'.` } });
    }
    // A is unaffected: its job, media and video are all still there.
    expect((await as(A, 'GET', `/api/video-status/${jobId}`)).body).toMatchObject({ job_id: jobId, status: 'completed' });
    expect((await as(A, 'GET', `/api/video-result/${jobId}`)).status).toBe(200);
    for (const key of [done.media_key, done.video_key!]) {
      await expect(s3.send(new HeadObjectCommand({ Bucket: process.env.MEDIA_BUCKET_NAME!, Key: key }))).resolves.toBeDefined();
    }
    // The owner deletes it; now the id is unknown to everyone, and B's earlier answers were exactly that answer.
    expect((await as(A, 'DELETE', `/api/jobs/${jobId}`)).status).toBe(204);
    for (const [i, [method, path]] of routes.entries()) {
      const unknown = await as(B, method, path);
      expect(shape(byB[i]!)).toEqual(shape(unknown));
      expect(byB[i]!.headers.get('x-request-id')).not.toBe(unknown.headers.get('x-request-id'));
      expect(shape(await as(A, method, path))).toEqual(shape(unknown));
    }
  });

  it("refuses B's use of A's upload_key (detect-pets and generate-video) exactly like an upload that was never made", async () => {
    const keyOfA = await uploadAs(A);
    const neverMade = uploadKeyOf(B.id, '01JD3YQ5Z8M2W4V6T7R9P0K1C3', 'image');
    const jobsBefore = await jobsOf(B);
    const detect = await as(B, 'POST', '/api/detect-pets', { body: { upload_key: keyOfA } });
    const detectUnknown = await as(B, 'POST', '/api/detect-pets', { body: { upload_key: neverMade } });
    expect(detect.status).toBe(400);
    expect(detect.body.detail.error).toBe('media_unreachable');
    expect(shape(detect)).toEqual(shape(detectUnknown));
    const generateB = await generate(B, { image_url: undefined, upload_key: keyOfA });
    const generateUnknown = await generate(B, { image_url: undefined, upload_key: neverMade });
    expect(generateB.status).toBe(400);
    expect(shape(generateB)).toEqual(shape(generateUnknown));
    expect(await jobsOf(B)).toEqual(jobsBefore);
    // A can still use it, for detection and for a job it owns.
    const detectA = await as(A, 'POST', '/api/detect-pets', { body: { upload_key: keyOfA } });
    expect(detectA.status).toBe(200);
    expect(detectA.body.has_pets).toBe(true);
    const jobA = await generate(A, { image_url: undefined, upload_key: keyOfA });
    expect(jobA.status).toBe(202);
    created.get(A.id)!.add(jobA.body.job_id);
    expect((await t.job(jobA.body.job_id))?.client_id).toBe(A.id);
  });

  it('records the owner in the upload key and, through a policy-pinned form field, on the uploaded object', async () => {
    const res = await as(A, 'POST', '/api/uploads', { body: { content_type: 'image/jpeg' } });
    expect(res.body.upload_key).toMatch(new RegExp(`^${uploadKeyOf(A.id, 'X', 'image').split('X')[0]}`));
    expect(res.body.fields['x-amz-meta-client-id']).toBe(A.id);
    const key = await uploadAs(A);
    const head = await s3.send(new HeadObjectCommand({ Bucket: process.env.MEDIA_BUCKET_NAME!, Key: key }));
    expect(head.Metadata?.['client-id']).toBe(A.id);
  });

  it('keeps Idempotency-Key scoped per client: the same key and body from A and B make two jobs, each its owner’s', async () => {
    const key = `same-key-${Date.now()}`;
    const a1 = await generate(A, { callback_url: `${t.receiver.url}/hooks/shared` }, { 'Idempotency-Key': key });
    const b1 = await generate(B, { callback_url: `${t.receiver.url}/hooks/shared` }, { 'Idempotency-Key': key });
    const a2 = await generate(A, { callback_url: `${t.receiver.url}/hooks/shared` }, { 'Idempotency-Key': key });
    expect([a1.status, b1.status, a2.status]).toEqual([202, 202, 202]);
    created.get(A.id)!.add(a1.body.job_id);
    created.get(B.id)!.add(b1.body.job_id);
    expect(a2.body.job_id).toBe(a1.body.job_id);
    expect(b1.body.job_id).not.toBe(a1.body.job_id);
    expect((await t.job(a1.body.job_id))?.client_id).toBe(A.id);
    expect((await t.job(b1.body.job_id))?.client_id).toBe(B.id);
    expect((await as(B, 'GET', `/api/video-status/${a1.body.job_id}`)).status).toBe(404);
  });

  it("calls each client back at its own default URL, signed with its own secret (checked with the standardwebhooks library)", async () => {
    const jobA = await jobOf(A, { callback_url: undefined });
    const jobB = await jobOf(B, { callback_url: undefined });
    const [atA] = await waitFor('A’s callback', () => (receiverA.forJob(jobA).length ? receiverA.forJob(jobA) : undefined));
    const [atB] = await waitFor('B’s callback', () => (receiverB.forJob(jobB).length ? receiverB.forJob(jobB) : undefined));
    expect(atA!.path).toBe('/a-default');
    expect(atB!.path).toBe('/b-default');
    expect(verifiesWith(atA!, A.secret)).toBe(true);
    expect(verifiesWith(atB!, B.secret)).toBe(true);
    // Neither the other client's secret nor the deployment's verifies them.
    for (const [delivery, others] of [
      [atA!, [B.secret, DEPLOYMENT_SECRET]],
      [atB!, [A.secret, DEPLOYMENT_SECRET]],
    ] as const) {
      for (const other of others) expect(verifiesWith(delivery, other)).toBe(false);
    }
    // A job's own callback_url still wins, signed with its client's secret.
    const explicit = await jobOf(A, { callback_url: `${receiverA.url}/explicit` });
    const [atExplicit] = await waitFor('A’s explicit callback', () => (receiverA.forJob(explicit).length ? receiverA.forJob(explicit) : undefined));
    expect(atExplicit!.path).toBe('/explicit');
    expect(verifiesWith(atExplicit!, A.secret)).toBe(true);
  });

  it("never delivers one client's callback to the other (checked over every delivery of this file)", async () => {
    // Wait until every callback of this file's finished jobs has been sent.
    for (const jobs of created.values()) {
      for (const jobId of jobs) {
        if (await t.job(jobId)) await t.waitForJob(jobId, 'its callback settled', (j) => ['completed', 'failed'].includes(j.status) && j.callback_state !== 'pending');
      }
    }
    const deliveries = [...receiverA.deliveries, ...receiverB.deliveries, ...t.receiver.deliveries];
    expect(deliveries.length).toBeGreaterThanOrEqual(created.get(A.id)!.size);
    for (const d of receiverB.deliveries) expect(created.get(A.id)!.has(jobIdOf(d)), `A's job at B's receiver ${d.path}`).toBe(false);
    for (const d of receiverA.deliveries) expect(created.get(B.id)!.has(jobIdOf(d)), `B's job at A's receiver ${d.path}`).toBe(false);
    for (const d of t.receiver.deliveries) {
      const owner = created.get(A.id)!.has(jobIdOf(d)) ? A : B;
      expect(created.get(owner.id)!.has(jobIdOf(d))).toBe(true);
      // The shared receiver saw each job at its own client's path, signed with that client's secret only.
      if (d.path.startsWith('/hooks/partner-')) expect(d.path).toBe(`/hooks/${owner.id}`);
      expect(verifiesWith(d, owner.secret)).toBe(true);
      expect(verifiesWith(d, (owner === A ? B : A).secret)).toBe(false);
    }
  });

  it('finds no cross-client read over random interleavings of both clients’ requests (fast-check)', async () => {
    type Obj = { kind: 'job' | 'upload'; id: string; owner: Client; deleted: boolean };
    const pool: Obj[] = [];
    let crossReads = 0;
    const other = (c: Client): Client => (c === A ? B : A);
    const action = fc.record({
      client: fc.constantFrom(A, B),
      op: fc.constantFrom('create', 'upload', 'status', 'result', 'delete', 'detect', 'generate-from-upload'),
      pick: fc.nat(),
    });
    /** Runs one action and checks its answer against the model (throws on a mismatch). */
    async function run(a: { client: Client; op: string; pick: number }, deletingNow: Set<string>): Promise<void> {
      const { client } = a;
      if (a.op === 'create') {
        const res = await generate(client);
        expect(res.status, res.text).toBe(202);
        created.get(client.id)!.add(res.body.job_id);
        pool.push({ kind: 'job', id: res.body.job_id, owner: client, deleted: false });
        return;
      }
      if (a.op === 'upload') {
        pool.push({ kind: 'upload', id: await uploadAs(client), owner: client, deleted: false });
        return;
      }
      const kind = a.op === 'detect' || a.op === 'generate-from-upload' ? 'upload' : 'job';
      const candidates = pool.filter((o) => o.kind === kind);
      if (candidates.length === 0) return;
      const target = candidates[a.pick % candidates.length]!;
      const mine = target.owner === client;
      if (kind === 'job') {
        const path = a.op === 'status' ? `/api/video-status/${target.id}` : a.op === 'result' ? `/api/video-result/${target.id}` : `/api/jobs/${target.id}`;
        if (a.op === 'delete' && mine) deletingNow.add(target.id);
        const res = await as(client, a.op === 'delete' ? 'DELETE' : 'GET', path);
        if (!mine) {
          // Another client's job: exactly the unknown-id answer, never its content, never a change.
          crossReads++;
          expect(res.status, `${client.id} ${a.op} of ${target.owner.id}'s job`).toBe(404);
          expect(res.body).toEqual({ detail: { error: 'job_not_found', message: `No job with id '${target.id}'.` } });
          return;
        }
        if (target.deleted || deletingNow.has(target.id)) {
          // The owner's own job racing its own delete in this batch: any answer but a server error.
          expect([200, 204, 404, 409]).toContain(res.status);
          return;
        }
        if (a.op === 'status') expect(res.status).toBe(200);
        if (a.op === 'result') expect([200, 409]).toContain(res.status);
        if (a.op === 'delete') {
          expect(res.status).toBe(204);
          target.deleted = true;
        }
        return;
      }
      const res =
        a.op === 'detect'
          ? await as(client, 'POST', '/api/detect-pets', { body: { upload_key: target.id } })
          : await generate(client, { image_url: undefined, upload_key: target.id });
      if (!mine) {
        crossReads++;
        expect(res.status, `${client.id} used ${target.owner.id}'s upload_key`).toBe(400);
        expect(res.body).toEqual({ detail: { error: 'media_unreachable', message: 'No file was uploaded for this upload_key (or it has expired).' } });
        return;
      }
      expect(res.status, res.text).toBe(a.op === 'detect' ? 200 : 202);
      if (a.op === 'generate-from-upload') {
        created.get(client.id)!.add(res.body.job_id);
        pool.push({ kind: 'job', id: res.body.job_id, owner: client, deleted: false });
      }
    }
    await fc.assert(
      fc.asyncProperty(fc.array(fc.array(action, { minLength: 1, maxLength: 3 }), { minLength: 2, maxLength: 4 }), async (batches) => {
        // Each batch runs concurrently (both clients' requests interleave on the wire); batches run in order.
        for (const batch of batches) {
          const deletingNow = new Set<string>();
          await Promise.all(batch.map((a) => run(a, deletingNow)));
          for (const id of deletingNow) pool.find((o) => o.id === id)!.deleted = true;
        }
        // Afterwards each owner still reads every job of its own it did not delete, and the other client none.
        for (const o of pool.filter((x) => x.kind === 'job')) {
          expect((await as(o.owner, 'GET', `/api/video-status/${o.id}`)).status).toBe(o.deleted ? 404 : 200);
          expect((await as(other(o.owner), 'GET', `/api/video-status/${o.id}`)).status).toBe(404);
        }
      }),
      { numRuns: 4, endOnFailure: true },
    );
    // The runs did exercise cross-client requests (the checks above ran on them).
    expect(crossReads).toBeGreaterThan(0);
  });

  it('erases everything of A with client:erase (a dry run first changes nothing), and nothing of B', async () => {
    // Prepare: every job of this file finished (no video still being written), and an unused upload of
    // each client beside the jobs, media, videos and idempotency records made above.
    for (const jobs of created.values()) {
      for (const jobId of jobs) {
        if (await t.job(jobId)) await t.waitForJob(jobId, 'finished', (j) => ['completed', 'failed'].includes(j.status) && j.callback_state !== 'pending');
      }
    }
    await uploadAs(A);
    const uploadOfB = await uploadAs(B);
    const snapshot = async () => ({
      jobsA: await jobsOf(A),
      jobsB: await jobsOf(B),
      objects: (await media.list('')).sort(),
      idempotency: await idempotencyOwners(),
    });
    const before = await snapshot();
    expect(before.jobsA.length).toBeGreaterThanOrEqual(3);
    expect(before.idempotency.filter((o) => o === A.id)).toHaveLength(1);
    expect(before.idempotency.filter((o) => o === B.id)).toHaveLength(1);
    const objectsOfA = [...(await Promise.all(before.jobsA.map(async (id) => jobObjectKeys((await t.job(id))!, media)))).flat(), ...(await media.list(uploadPrefixOf(A.id)))];
    const objectsOfB = [...(await Promise.all(before.jobsB.map(async (id) => jobObjectKeys((await t.job(id))!, media)))).flat(), ...(await media.list(uploadPrefixOf(B.id)))];
    expect(objectsOfA.length).toBeGreaterThanOrEqual(before.jobsA.length + 2);
    expect(objectsOfB).toContain(uploadOfB);

    // Dry run: the report, and no change at all.
    const dry = await runScript('scripts/erase-client.ts', ['--id', A.id, '--dry-run']);
    expect(dry.code, dry.stderr).toBe(0);
    const uploadsOfA = (await media.list(uploadPrefixOf(A.id))).length;
    expect(uploadsOfA).toBeGreaterThanOrEqual(2);
    expect(JSON.parse(dry.stdout)).toEqual({ client_id: A.id, dry_run: true, jobs: before.jobsA, objects: objectsOfA.length - uploadsOfA, uploads: uploadsOfA, idempotency_records: 1 });
    expect(await snapshot()).toEqual(before);

    // Erase.
    const real = await runScript('scripts/erase-client.ts', ['--id', A.id]);
    expect(real.code, real.stderr).toBe(0);
    expect(JSON.parse(real.stdout)).toMatchObject({ client_id: A.id, dry_run: false, jobs: before.jobsA });
    const after = await snapshot();
    expect(after.jobsA).toEqual([]);
    expect(after.objects.filter((k) => objectsOfA.includes(k))).toEqual([]);
    expect(after.idempotency).not.toContain(A.id);
    // B is untouched: jobs, objects, idempotency record, and its API answers.
    expect(after.jobsB).toEqual(before.jobsB);
    expect(after.objects).toEqual(before.objects.filter((k) => !objectsOfA.includes(k)));
    for (const key of objectsOfB) expect(after.objects).toContain(key);
    expect(after.idempotency.filter((o) => o === B.id)).toHaveLength(1);
    expect((await as(B, 'GET', `/api/video-status/${before.jobsB[0]}`)).status).toBe(200);
    expect((await as(A, 'GET', `/api/video-status/${before.jobsA[0]}`)).status).toBe(404);

    // Running it again finds nothing left.
    const again = await runScript('scripts/erase-client.ts', ['--id', A.id]);
    expect(JSON.parse(again.stdout)).toEqual({ client_id: A.id, dry_run: false, jobs: [], objects: 0, uploads: 0, idempotency_records: 0 });
  }, 300_000);
});
