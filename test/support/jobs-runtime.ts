import { GetQueueAttributesCommand, SQSClient } from '@aws-sdk/client-sqs';
import { jobStore } from '../../lambdas/adapters/composition.js';
import type { Job } from '../../lambdas/domain/jobs/model.js';
import type { RevidSimulator, SimulatedRender } from '../../local/simulators/revid.js';
import type { LocalClient } from '../../local/runtime.js';
import { startAtomicMoto } from './atomic-moto.js';
import { startCallbackReceiver, startPhotoServer, waitFor } from './job-servers.js';
import { instrumentStore, type StoreProbe } from './recording-store.js';
import { call, startTestRuntime } from './runtime.js';
import { startFileServer } from './servers.js';

export type JobsRuntime = Awaited<ReturnType<typeof startJobsRuntime>>;

/** The work queues, by what they carry. */
export type QueueKind = 'Render' | 'Callback';
/** Each queue's construct id in the stack (the callback queue keeps its deployed id: docs/architecture.md "Names"). */
const QUEUE_IDS: Record<QueueKind, string> = { Render: 'RenderQueue', Callback: 'NotifyQueue' };

/**
 * The whole service for a video-job test file: a loopback photo server and callback receiver on the
 * outbound allow-list, moto with atomic conditional writes (see atomic-moto.ts), the local runtime with
 * its Revid simulator, and a probe on the shared job store that counts acknowledged transitions.
 */
export async function startJobsRuntime(
  options: { env?: Record<string, string>; renderMs?: number; scheduleIntervalMs?: number; clients?: LocalClient[] } = {},
) {
  const photos = await startPhotoServer();
  const receiver = await startCallbackReceiver();
  const extraHosts = options.env?.OUTBOUND_ALLOWED_HOSTS ? options.env.OUTBOUND_ALLOWED_HOSTS.split(',') : [];
  process.env.OUTBOUND_ALLOWED_HOSTS = [photos.host, receiver.host, ...extraHosts].join(',');
  process.env.REVID_SIM_RENDER_MS = String(options.renderMs ?? 500);
  const moto = await startAtomicMoto();
  // This fixture is built around the Revid simulator (renders, faults, webhooks): Revid unless a test says otherwise.
  const env: Record<string, string> = { VIDEO_PROVIDER: 'revid', ...options.env };
  delete env.OUTBOUND_ALLOWED_HOSTS;
  const runtime = await startTestRuntime({ env, scheduleIntervalMs: options.scheduleIntervalMs, clients: options.clients ?? [] });
  const sim = runtime.simulator<RevidSimulator>('revid');
  const store = jobStore();
  const probe: StoreProbe = instrumentStore(store);
  const sqs = new SQSClient({});

  const ctx = {
    runtime,
    sim,
    photos,
    receiver,
    store,
    probe,
    /** POST /api/generate-video with the pet photo and the receiver as callback. */
    async generate(body: Record<string, unknown> = {}, headers: Record<string, string> = {}) {
      return call(runtime, 'POST', '/api/generate-video', {
        body: { text: 'Roast my lazy dog who sleeps all day!', image_url: photos.photoUrl('dog'), callback_url: `${receiver.url}/hooks`, ...body },
        headers,
      });
    },
    /** Creates a job and returns its id (asserting the 202). */
    async createJob(body: Record<string, unknown> = {}): Promise<string> {
      const res = await ctx.generate(body);
      if (res.status !== 202) throw new Error(`generate-video answered ${res.status}: ${res.text}`);
      return res.body.job_id as string;
    },
    job: (jobId: string): Promise<Job | undefined> => store.get(jobId),
    async waitForJob(jobId: string, what: string, check: (job: Job) => boolean, timeoutMs = 30_000): Promise<Job> {
      return waitFor(`${jobId} ${what}`, async () => {
        const job = await store.get(jobId);
        return job && check(job) ? job : undefined;
      }, timeoutMs);
    },
    /** The simulator's renders for a job (found through the webhook URL, which carries the job id). */
    rendersFor: (jobId: string): SimulatedRender[] =>
      [...sim.renders.values()].filter((r) => r.webhookUrl && new URL(r.webhookUrl).searchParams.get('job') === jobId),
    async renderOf(jobId: string, timeoutMs = 30_000): Promise<SimulatedRender> {
      return waitFor(`a render of ${jobId}`, () => ctx.rendersFor(jobId)[0], timeoutMs);
    },
    /** POSTs to /webhooks/revid as Revid would, for the job's render (or with the given query). */
    webhook(query: string, body: string, headers: Record<string, string> = {}) {
      return call(runtime, 'POST', `/webhooks/revid${query}`, { raw: body, key: null, headers });
    },
    /** The render or callback queue's URL (or its DLQ's), found by its deployed construct id (`RenderQueue`, `NotifyQueue`). */
    queueUrl: (kind: QueueKind, dlq = false): string => {
      const queue = QUEUE_IDS[kind];
      const id = Object.keys(runtime.provisioned.refs).find((k) =>
        dlq ? k.startsWith(`${queue}DeadLetterQueue`) : k.startsWith(queue) && !k.includes('DeadLetter'),
      );
      if (!id) throw new Error(`no ${kind} queue`);
      return runtime.ref(id);
    },
    /** Visible + in-flight + delayed messages of a queue. */
    async queueDepth(url: string): Promise<{ visible: number; inFlight: number; delayed: number }> {
      const out = await sqs.send(
        new GetQueueAttributesCommand({
          QueueUrl: url,
          AttributeNames: ['ApproximateNumberOfMessages', 'ApproximateNumberOfMessagesNotVisible', 'ApproximateNumberOfMessagesDelayed'],
        }),
      );
      const a = out.Attributes ?? {};
      return {
        visible: Number(a.ApproximateNumberOfMessages ?? 0),
        inFlight: Number(a.ApproximateNumberOfMessagesNotVisible ?? 0),
        delayed: Number(a.ApproximateNumberOfMessagesDelayed ?? 0),
      };
    },
    /**
     * Positive signal that the workers have finished what was sent so far: waits until the queue has no
     * visible and no in-flight message (and, with `includeDelayed`, no delayed one either). An absence
     * ("no second render", "no further callback") is asserted only after this, never after a fixed sleep.
     */
    async idle(kind: QueueKind, { includeDelayed = false, timeoutMs = 60_000 } = {}): Promise<void> {
      const url = this.queueUrl(kind);
      await waitFor(`the ${kind} queue to be idle${includeDelayed ? ' (delayed messages included)' : ''}`, async () => {
        const d = await this.queueDepth(url);
        return d.visible + d.inFlight + (includeDelayed ? d.delayed : 0) === 0;
      }, timeoutMs, 200);
    },
    async stop(): Promise<void> {
      probe.restore();
      await runtime.stop();
      await moto.stop();
      await photos.close();
      await receiver.close();
    },
  };
  return ctx;
}

/**
 * The whole service with the built-in renderer for an end-to-end render test: {@link startJobsRuntime} with
 * `VIDEO_PROVIDER=builtin`, callbacks at 1/100 of their delays and render retries after 1 s, fetching media
 * (and a caller's `music_url`) from a loopback file server serving `routes`, which is on the outbound allow-list.
 */
export async function startBuiltinRenderRuntime(routes: Parameters<typeof startFileServer>[0]) {
  const files = await startFileServer(routes);
  const t = await startJobsRuntime({ env: { VIDEO_PROVIDER: 'builtin', CALLBACK_DELAY_SCALE: '0.01', RENDER_BACKOFF_BASE_S: '1', OUTBOUND_ALLOWED_HOSTS: files.hostPort } });
  return { t, files };
}
