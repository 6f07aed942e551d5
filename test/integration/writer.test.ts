import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, ScanCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { BedrockSimulator } from '../../local/simulators/bedrock.js';
import { scriptDigest } from '../../lambdas/engines/writer/types.js';
import { call } from '../support/runtime.js';
import { startJobsRuntime, type JobsRuntime } from '../support/jobs-runtime.js';
import { waitFor } from '../support/job-servers.js';

/**
 * The roast writer through the whole local service (docs/writer.md): the render worker writes with
 * the `bedrock` writer (the real SDK against the SIMULATED Converse endpoint), stores the script before
 * the provider call, and status, result and the signed callback carry it; a refused text never reaches
 * detection.
 */
describe('Roast writer through the local runtime', () => {
  let t: JobsRuntime;
  let bedrock: BedrockSimulator;
  let ddb: DynamoDBDocumentClient;

  beforeAll(async () => {
    t = await startJobsRuntime({ env: { ROAST_WRITER: 'bedrock' } });
    bedrock = t.runtime.simulator<BedrockSimulator>('bedrock');
    ddb = DynamoDBDocumentClient.from(new DynamoDBClient({}));
  });
  afterAll(async () => t?.stop());
  afterEach(() => {
    t.sim.faults.reset();
    bedrock.faults.reset();
  });

  const jobCount = async (): Promise<number> => {
    const out = await ddb.send(new ScanCommand({ TableName: process.env.JOBS_TABLE_NAME! }));
    return (out.Items ?? []).filter((i) => String(i.pk).startsWith('JOB#')).length;
  };
  const callsNaming = (name: string) => bedrock.calls.filter((c) => JSON.stringify(c.body).includes(`Name: ${name}`));

  it('a prompt becomes a Bedrock-written roast: in status once written, in the result, in the callback, and narrated as stored', async () => {
    const jobId = await t.createJob({ text: 'Roast my lazy beagle Bruno who steals food! Call me at +91 98765 43210' });
    const job = await t.waitForJob(jobId, 'completed', (j) => j.status === 'completed');
    expect(job.script).toMatchObject({ writer: 'bedrock', model: 'amazon.nova-micro-v1:0', language: 'en' });
    const script = job.script!.lines.join(' ');
    expect(script).toContain('Bruno');
    expect(script).not.toContain('98765');
    // The owner's contact details never reached the model either.
    expect(callsNaming('Bruno').length).toBeGreaterThanOrEqual(1);
    expect(JSON.stringify(callsNaming('Bruno'))).not.toContain('98765');

    const status = await call(t.runtime, 'GET', `/api/video-status/${jobId}`);
    expect(status.body).toMatchObject({ status: 'completed', script, writer: 'bedrock' });
    const result = await call(t.runtime, 'GET', `/api/video-result/${jobId}`);
    expect(result.body).toMatchObject({ status: 'completed', script, writer: 'bedrock' });
    const [render] = t.rendersFor(jobId);
    expect(JSON.stringify(render!.body)).toContain(JSON.stringify(script).slice(1, -1));
    // The prompt's last script is remembered as a digest only (consecutive jobs of one prompt differ).
    const table = await ddb.send(new ScanCommand({ TableName: process.env.JOBS_TABLE_NAME! }));
    const remembered = (table.Items ?? []).filter((i) => String(i.pk).startsWith('WR#'));
    expect(remembered.map((i) => i.digest)).toContain(scriptDigest(script));
    expect(JSON.stringify(remembered)).not.toContain('Bruno');
    const delivery = await waitFor('the callback', () => t.receiver.forJob(jobId).find((d) => d.answered === 200), 30_000);
    expect(JSON.parse(delivery.body).data).toMatchObject({ job_id: jobId, status: 'completed', script, writer: 'bedrock' });
  });

  it('a retried render reuses the stored script: one Converse call, the same roast for status and provider', async () => {
    t.sim.faults.set({ renderStatus: { status: 503, times: 1 } });
    const jobId = await t.createJob({ text: 'Roast my grumpy cat Zorro' });
    const job = await t.waitForJob(jobId, 'completed', (j) => j.status === 'completed', 60_000);
    expect(callsNaming('Zorro')).toHaveLength(1);
    expect(job.script!.lines.join(' ')).toContain('Zorro');
    expect(t.rendersFor(jobId)).toHaveLength(1);
    expect(JSON.stringify(t.rendersFor(jobId)[0]!.body)).toContain(job.script!.lines[0]!.replace(/"/g, '\\"'));
  });

  it('two malformed Bedrock answers fall back to the template writer (the job still completes)', async () => {
    bedrock.faults.set({ malformedJson: 2 });
    const jobId = await t.createJob({ text: 'Roast my clingy dog Pixel' });
    const job = await t.waitForJob(jobId, 'completed', (j) => j.status === 'completed');
    expect(job.script).toMatchObject({ writer: 'template', language: 'en' });
    expect(job.script!.lines.join(' ')).toContain('Pixel');
    expect(callsNaming('Pixel')).toHaveLength(2);
  });

  it('text_mode script is narrated verbatim (writer "verbatim"), without calling the writer', async () => {
    const before = bedrock.calls.length;
    const text = 'Bruno, you absolute couch potato. We love you anyway!';
    const jobId = await t.createJob({ text, text_mode: 'script' });
    await t.waitForJob(jobId, 'completed', (j) => j.status === 'completed');
    const status = await call(t.runtime, 'GET', `/api/video-status/${jobId}`);
    expect(status.body).toMatchObject({ script: text, writer: 'verbatim' });
    expect(bedrock.calls.length).toBe(before);
  });

  it('answers 400 inappropriate_text before detection: the media server is never contacted, nothing is stored or rendered', async () => {
    const hitsBefore = t.photos.hits.get('/dog.jpg') ?? 0;
    const jobsBefore = await jobCount();
    const callsBefore = bedrock.calls.length;
    const rendersBefore = t.sim.renders.size;
    for (const [text, mode] of [
      ['Roast this fucking dog', 'prompt'],
      ['Mera kutta ek number ka chutiya hai', 'script'],
    ] as const) {
      const res = await t.generate({ text, text_mode: mode });
      expect(res.status).toBe(400);
      expect(res.body).toEqual({ detail: { error: 'inappropriate_text', field: 'text', message: expect.stringContaining('rephrase') } });
      expect(res.headers.get('x-request-id')).toBeTruthy();
    }
    expect(t.photos.hits.get('/dog.jpg') ?? 0).toBe(hitsBefore);
    expect(await jobCount()).toBe(jobsBefore);
    expect(bedrock.calls.length).toBe(callsBefore);
    expect(t.sim.renders.size).toBe(rendersBefore);
    // The same request with a clean text goes on to detection (the media server is contacted).
    const ok = await t.generate({ text: 'Roast my lazy dog' });
    expect(ok.status).toBe(202);
    expect(t.photos.hits.get('/dog.jpg') ?? 0).toBeGreaterThan(hitsBefore);
  });
});
