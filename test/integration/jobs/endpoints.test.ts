import { HeadObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, ScanCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { call } from '../../support/runtime.js';
import { startJobsRuntime, type JobsRuntime } from '../../support/jobs-runtime.js';
import { waitFor } from '../../support/job-servers.js';

const NO_PETS = {
  detail: {
    error: 'no_pets_detected',
    message:
      'No pets found in the uploaded image. Please upload an image or video containing pets (dogs, cats, birds, etc.) to generate a roast video.',
    suggestion: 'Try uploading a clear photo or video of your pet.',
  },
};
const UNKNOWN_ID = 'job_01JD3YQ5Z8M2W4V6T7R9P0K1C3';

/**
 * docs/reference/spec.md §3.4, 3.5, 3.6, 3.12 and docs/reference/reliability.md E3 through the whole local service, with the real detector
 * on real photos. Renders stay `building` until the test calls `sim.finish(pid)`.
 */
describe('Video job endpoints', () => {
  let t: JobsRuntime;
  let ddb: DynamoDBDocumentClient;

  beforeAll(async () => {
    t = await startJobsRuntime({ renderMs: 600_000, env: { RECONCILE_STALE_PROCESSING_S: '3600', RECONCILE_STALE_QUEUED_S: '3600' } });
    ddb = DynamoDBDocumentClient.from(new DynamoDBClient({}));
  });
  afterAll(async () => t?.stop());
  afterEach(() => {
    t.sim.faults.reset();
    t.receiver.setBehaviour(() => 200);
  });

  /** Every job item in the table. */
  async function jobItems(): Promise<string[]> {
    const out = await ddb.send(new ScanCommand({ TableName: process.env.JOBS_TABLE_NAME! }));
    return (out.Items ?? []).map((i) => String(i.pk)).filter((pk) => pk.startsWith('JOB#'));
  }

  describe('POST /api/generate-video', () => {
    it('answers 202 with exactly job_id, status, detected_pets and recommended_filters', async () => {
      const res = await t.generate({ filter_id: 'desi-fire', metadata: { post_id: 'p_981' } });
      expect(res.status).toBe(202);
      expect(Object.keys(res.body).sort()).toEqual(['detected_pets', 'job_id', 'recommended_filters', 'status']);
      expect(res.body.job_id).toMatch(/^job_[0-9A-HJKMNP-TV-Z]{26}$/);
      expect(res.body.status).toBe('queued');
      expect(res.body.detected_pets).toEqual([{ label: 'dog', confidence: expect.any(Number) }]);
      expect(res.body.detected_pets[0].confidence).toBeGreaterThanOrEqual(0.5);
      expect(res.body.recommended_filters.length).toBeGreaterThan(0);
      for (const id of res.body.recommended_filters) expect(typeof id).toBe('string');
      expect(res.headers.get('x-request-id')).toBeTruthy();
    });

    it('answers the exact docs/reference/spec.md §3.4 no-pet body for a photo without a pet, and creates nothing', async () => {
      const jobsBefore = await jobItems();
      const rendersBefore = t.sim.renders.size;
      const res = await t.generate({ image_url: t.photos.photoUrl('aurora') });
      expect(res.status).toBe(400);
      expect(res.body).toStrictEqual(NO_PETS);
      expect(await jobItems()).toEqual(jobsBefore);
      expect(t.sim.renders.size).toBe(rendersBefore);
    });
  });

  describe('Idempotency-Key (E3)', () => {
    it('returns the original job for the same key and body, creating one job and one render', async () => {
      const key = `idem-seq-${Date.now()}`;
      const jobsBefore = (await jobItems()).length;
      const first = await t.generate({}, { 'Idempotency-Key': key });
      const second = await t.generate({}, { 'Idempotency-Key': key });
      expect(first.status).toBe(202);
      expect(second.status).toBe(202);
      expect(second.body).toEqual(first.body);
      await t.renderOf(first.body.job_id);
      await t.waitForJob(first.body.job_id, 'the render submitted', (j) => j.status !== 'queued');
      await t.idle('Render');
      expect(t.rendersFor(first.body.job_id)).toHaveLength(1);
      expect((await jobItems()).length).toBe(jobsBefore + 1);
    });

    it('returns one job to three concurrent requests with the same key and body', async () => {
      const key = `idem-concurrent-${Date.now()}`;
      const jobsBefore = (await jobItems()).length;
      const rendersBefore = t.sim.renders.size;
      const all = await Promise.all([1, 2, 3].map(() => t.generate({}, { 'Idempotency-Key': key })));
      expect(all.map((r) => r.status)).toEqual([202, 202, 202]);
      const ids = new Set(all.map((r) => r.body.job_id));
      expect(ids.size).toBe(1);
      const [jobId] = ids;
      await t.renderOf(jobId!);
      await t.waitForJob(jobId!, 'the render submitted', (j) => j.status !== 'queued');
      await t.idle('Render');
      expect(t.rendersFor(jobId!)).toHaveLength(1);
      expect(t.sim.renders.size).toBe(rendersBefore + 1);
      expect((await jobItems()).length).toBe(jobsBefore + 1);
    });

    it('refuses the same key with a different body: 409 idempotency_conflict', async () => {
      const key = `idem-conflict-${Date.now()}`;
      const first = await t.generate({ text: 'Roast my dog' }, { 'Idempotency-Key': key });
      expect(first.status).toBe(202);
      const jobsBefore = (await jobItems()).length;
      const other = await t.generate({ text: 'Roast my other dog' }, { 'Idempotency-Key': key });
      expect(other.status).toBe(409);
      expect(other.body).toEqual({ detail: { error: 'idempotency_conflict', message: expect.any(String) } });
      expect((await jobItems()).length).toBe(jobsBefore);
    });

    it('rejects a malformed key with 422', async () => {
      const res = await t.generate({}, { 'Idempotency-Key': 'has spaces in it' });
      expect(res.status).toBe(422);
      expect(res.body.detail).toMatchObject({ error: 'validation_error', issues: [{ path: 'header.idempotency-key', message: expect.any(String) }] });
    });
  });

  describe('GET /api/video-status/{job_id} and /api/video-result/{job_id}', () => {
    it('follows a job from queued/processing (409 video_not_ready) to completed (200 with a URL of our mirror)', async () => {
      // Prepare
      const jobId = await t.createJob({ language: 'en', filter_id: 'desi-fire', metadata: { post_id: 'p_1' } });
      const status = await call(t.runtime, 'GET', `/api/video-status/${jobId}`);
      // Assess: status view
      expect(status.status).toBe(200);
      expect(Object.keys(status.body).sort()).toEqual(['detail', 'filter_id', 'job_id', 'language', 'metadata', 'narration', 'progress', 'provider', 'script', 'script_subject', 'status', 'updated_at', 'writer']);
      expect(status.body).toMatchObject({ job_id: jobId, language: 'en', filter_id: 'desi-fire', metadata: { post_id: 'p_1' } });
      expect(['queued', 'processing']).toContain(status.body.status);
      expect(new Date(status.body.updated_at).toISOString()).toBe(status.body.updated_at);
      // Not ready yet
      const render = await t.renderOf(jobId);
      await t.waitForJob(jobId, 'processing', (j) => j.status === 'processing');
      expect((await call(t.runtime, 'GET', `/api/video-status/${jobId}`)).body).toMatchObject({ status: 'processing', provider: 'revid' });
      const early = await call(t.runtime, 'GET', `/api/video-result/${jobId}`);
      expect(early.status).toBe(409);
      expect(early.body).toEqual({ detail: { error: 'video_not_ready', message: expect.any(String), status: 'processing' } });
      // Completed
      await t.sim.finish(render.pid);
      await t.waitForJob(jobId, 'completed', (j) => j.status === 'completed');
      const result = await call(t.runtime, 'GET', `/api/video-result/${jobId}`);
      expect(result.status).toBe(200);
      expect(Object.keys(result.body).sort()).toEqual(['detail', 'duration_s', 'filter_applied', 'job_id', 'music_track', 'narration', 'provider', 'script', 'script_subject', 'status', 'subtitles_url', 'thumbnail_url', 'video_url', 'writer']);
      expect(result.body).toMatchObject({ job_id: jobId, status: 'completed', detail: null, duration_s: 1, provider: 'revid', writer: 'template', subtitles_url: null, music_track: null, filter_applied: null });
      const videoUrl = new URL(result.body.video_url);
      expect(videoUrl.pathname).toContain(`videos/${jobId}/video.mp4`);
      expect(videoUrl.searchParams.get('X-Amz-Signature')).toBeTruthy();
      expect(result.body.video_url).not.toContain(t.sim.url);
      const video = await fetch(result.body.video_url);
      expect(video.status).toBe(200);
      expect(Buffer.from(await video.arrayBuffer()).subarray(4, 8).toString('latin1')).toBe('ftyp');
      const final = await call(t.runtime, 'GET', `/api/video-status/${jobId}`);
      expect(final.body).toMatchObject({ status: 'completed', progress: 100 });
    });

    it('answers 409 video_failed with the reason for a failed job', async () => {
      const jobId = await t.createJob();
      const render = await t.renderOf(jobId);
      await t.sim.finish(render.pid, { error: 'Invalid media file' });
      await t.waitForJob(jobId, 'failed', (j) => j.status === 'failed');
      const res = await call(t.runtime, 'GET', `/api/video-result/${jobId}`);
      expect(res.status).toBe(409);
      expect(res.body).toEqual({
        detail: { error: 'video_failed', message: expect.any(String), reason: 'The video provider could not render the video: Invalid media file' },
      });
      const status = await call(t.runtime, 'GET', `/api/video-status/${jobId}`);
      expect(status.body).toMatchObject({ status: 'failed', detail: 'The video provider could not render the video: Invalid media file' });
    });

    it.each(['video-status', 'video-result'])('%s: 404 job_not_found for an unknown id, 422 for a malformed one', async (route) => {
      const unknown = await call(t.runtime, 'GET', `/api/${route}/${UNKNOWN_ID}`);
      expect(unknown.status).toBe(404);
      expect(unknown.body).toEqual({ detail: { error: 'job_not_found', message: expect.stringContaining(UNKNOWN_ID) } });
      for (const bad of ['job_123', 'nope', `${UNKNOWN_ID}X`, 'job_01jd3yq5z8m2w4v6t7r9p0k1c3']) {
        const res = await call(t.runtime, 'GET', `/api/${route}/${bad}`);
        expect(res.status, bad).toBe(422);
        expect(res.body).toEqual({ detail: { error: 'validation_error', message: expect.any(String), issues: [{ path: 'path.job_id', message: expect.any(String) }] } });
      }
    });
  });

  describe('DELETE /api/jobs/{job_id}', () => {
    it('erases the job, its media and its mirrored video, cancels the pending callback, then answers 404', async () => {
      // Prepare: a completed job whose receiver is down, so its callback is pending and retrying.
      const jobId = await t.createJob();
      t.receiver.setBehaviour((d) => (d.body.includes(jobId) ? 503 : 200));
      const render = await t.renderOf(jobId);
      await t.sim.finish(render.pid);
      const job = await t.waitForJob(jobId, 'completed', (j) => j.status === 'completed');
      expect(job.video_key).toBeTruthy();
      await waitFor('two failed callback attempts', () => t.receiver.forJob(jobId).length >= 2);
      const s3 = new S3Client({ forcePathStyle: true });
      const bucket = process.env.MEDIA_BUCKET_NAME!;
      for (const key of [job.media_key, job.video_key!]) await s3.send(new HeadObjectCommand({ Bucket: bucket, Key: key }));
      // Act
      const res = await call(t.runtime, 'DELETE', `/api/jobs/${jobId}`);
      const attemptsAtDelete = t.receiver.forJob(jobId).length;
      // Assess
      expect(res.status).toBe(204);
      expect(res.text).toBe('');
      expect((await call(t.runtime, 'GET', `/api/video-status/${jobId}`)).status).toBe(404);
      expect((await call(t.runtime, 'GET', `/api/video-result/${jobId}`)).status).toBe(404);
      const again = await call(t.runtime, 'DELETE', `/api/jobs/${jobId}`);
      expect(again.status).toBe(404);
      expect(again.body.detail.error).toBe('job_not_found');
      for (const key of [job.media_key, job.video_key!]) {
        await expect(s3.send(new HeadObjectCommand({ Bucket: bucket, Key: key }))).rejects.toMatchObject({ name: 'NotFound' });
      }
      // The next attempt was due ~3 s later (5 min × the local 0.01 scale): its message is received and
      // dropped (the job is gone). Wait until the callback queue has nothing left, delayed included, then: none came.
      await t.idle('Callback', { includeDelayed: true });
      expect(t.receiver.forJob(jobId).length).toBe(attemptsAtDelete);
    });

    it('answers 404 for a job that never existed and 422 for a malformed id', async () => {
      const res = await call(t.runtime, 'DELETE', `/api/jobs/${UNKNOWN_ID}`);
      expect(res.status).toBe(404);
      expect(res.body).toEqual({ detail: { error: 'job_not_found', message: expect.any(String) } });
      expect((await call(t.runtime, 'DELETE', '/api/jobs/job_nope')).status).toBe(422);
    });
  });
});
