import { ulid } from 'ulid';
import { canTransition, isTerminal, type Job } from '../../lambdas/domain/jobs/model.js';
import type { JobPatch, JobStore, CallbackMessage, RenderMessage, TransitionResult, WorkQueues } from '../../lambdas/domain/jobs/ports.js';
import type { RevidClient, RevidRenderRequest, RevidStatus } from '../../lambdas/engines/revid/client.js';
import { RevidVideoProvider } from '../../lambdas/engines/revid/provider.js';
import type { VideoProvider, VideoProviders } from '../../lambdas/domain/providers/video-provider.js';
import type { JobStatus } from '../../lambdas/domain/schemas/jobs.js';

/** A queued job as `createVideoJob` writes it; `overrides` win. */
export function makeJob(overrides: Partial<Job> = {}): Job {
  const now = new Date();
  return {
    job_id: `job_${ulid()}`,
    status: 'queued',
    version: 0,
    detail: 'Waiting to render.',
    progress: 0,
    created_at: now.toISOString(),
    updated_at: now.toISOString(),
    expires_at: Math.floor(now.getTime() / 1000) + 30 * 86_400,
    text: 'Roast my lazy dog who sleeps all day!',
    language: 'en',
    source_lang: 'en',
    filter_id: null,
    callback_url: 'https://backend.example.com/webhooks/pet-roast',
    metadata: { post_id: 'p_981' },
    media_key: 'media/x/source.jpg',
    media_kind: 'image',
    media_content_type: 'image/jpeg',
    detected_pets: [{ label: 'dog', confidence: 0.93 }],
    callback_state: 'none',
    ...overrides,
  };
}

const clone = <T>(value: T): T => structuredClone(value);

/**
 * An in-memory JobStore with the same contract as DynamoJobStore: disallowed transitions are refused
 * without a write, every write is conditional on existence + status + version and answers the current
 * item on a lost race, expired items read as absent. Each call yields once so concurrent callers
 * interleave like they would against a real table.
 */
export class MemoryJobStore implements JobStore {
  readonly items = new Map<string, Job>();
  /** Every write attempt, in order. */
  readonly writes: Array<{ job_id: string; kind: 'create' | 'transition' | 'update'; ok: boolean; status?: JobStatus; patch?: JobPatch }> = [];

  constructor(private readonly now: () => Date = () => new Date()) {}

  private tick = () => new Promise<void>((resolve) => setImmediate(resolve));

  async create(job: Job): Promise<void> {
    await this.tick();
    if (this.items.has(job.job_id)) throw Object.assign(new Error('exists'), { name: 'ConditionalCheckFailedException' });
    this.items.set(job.job_id, clone(job));
    this.writes.push({ job_id: job.job_id, kind: 'create', ok: true, status: job.status });
  }

  async get(jobId: string): Promise<Job | undefined> {
    await this.tick();
    const job = this.items.get(jobId);
    if (!job || job.expires_at < Math.floor(this.now().getTime() / 1000)) return undefined;
    return clone(job);
  }

  async transition(job: Job, to: JobStatus, patch: JobPatch = {}): Promise<TransitionResult> {
    if (!canTransition(job.status, to)) return { ok: false, current: job };
    return this.write(job, { ...patch, status: to }, job.status, 'transition');
  }

  update(job: Job, patch: JobPatch, expectedStatus: JobStatus = job.status): Promise<TransitionResult> {
    return this.write(job, patch, expectedStatus, 'update');
  }

  private async write(job: Job, patch: JobPatch & { status?: JobStatus }, expected: JobStatus, kind: 'transition' | 'update'): Promise<TransitionResult> {
    await this.tick();
    const current = this.items.get(job.job_id);
    if (!current || current.status !== expected || current.version !== job.version) {
      this.writes.push({ job_id: job.job_id, kind, ok: false, status: patch.status, patch });
      return { ok: false, current: current ? clone(current) : undefined };
    }
    const defined = Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined));
    const next = { ...current, ...defined, updated_at: patch.updated_at ?? this.now().toISOString(), version: current.version + 1 } as Job;
    this.items.set(job.job_id, next);
    this.writes.push({ job_id: job.job_id, kind, ok: true, status: patch.status, patch });
    return { ok: true, job: clone(next) };
  }

  async delete(jobId: string, ownerId?: string): Promise<Job | undefined> {
    await this.tick();
    const job = this.items.get(jobId);
    if (ownerId !== undefined && job?.client_id !== ownerId) return undefined;
    this.items.delete(jobId);
    return job && clone(job);
  }

  async listStale(kind: JobStatus | 'callback', before: string, limit: number): Promise<Job[]> {
    await this.tick();
    return [...this.items.values()]
      .filter((j) => (kind === 'callback' ? isTerminal(j.status) && j.callback_state === 'pending' : j.status === kind))
      .filter((j) => j.updated_at < before)
      .sort((a, b) => a.updated_at.localeCompare(b.updated_at))
      .slice(0, limit)
      .map(clone);
  }
}

/** Work queues that only record what was sent (and with which delay). */
export class FakeQueues implements WorkQueues {
  readonly render: Array<{ message: RenderMessage; delaySeconds: number }> = [];
  readonly callbacks: Array<{ message: CallbackMessage; delaySeconds: number }> = [];

  async sendRender(message: RenderMessage, delaySeconds = 0): Promise<void> {
    this.render.push({ message, delaySeconds });
  }

  async sendCallback(message: CallbackMessage, delaySeconds = 0): Promise<void> {
    this.callbacks.push({ message, delaySeconds });
  }

  /** Takes every queued render message (the test then applies them, like the worker would). */
  drainRender(): RenderMessage[] {
    return this.render.splice(0).map((m) => m.message);
  }
}

/**
 * A stand-in for Revid: every accepted render gets a fresh pid; `status` answers whatever `outcome`
 * says for known pids (pending until the test decides), and 404-like errors for unknown ones.
 */
export class FakeRevid {
  readonly renders: Array<{ pid: string; request: RevidRenderRequest }> = [];
  statusCalls = 0;
  /** What `/status` says about any known pid right now. */
  outcome: RevidStatus = { state: 'pending', progress: 10 };

  async render(request: RevidRenderRequest): Promise<{ pid: string }> {
    await new Promise<void>((resolve) => setImmediate(resolve));
    const pid = `P${this.renders.length + 1}${'x'.repeat(18)}`.slice(0, 20);
    this.renders.push({ pid, request });
    return { pid };
  }

  async status(pid: string): Promise<RevidStatus> {
    this.statusCalls++;
    await new Promise<void>((resolve) => setImmediate(resolve));
    if (!this.renders.some((r) => r.pid === pid)) {
      throw Object.assign(new Error(`Revid status does not know this render (HTTP 404)`), { retryable: false });
    }
    return { ...this.outcome };
  }
}

/**
 * The providers of a Revid deployment with `revid` as the fake: `selected: 'revid'`, fallback `none`
 * unless a `builtin` is given (then `builtin`), and the given presign/base URL/allowed hosts.
 */
export function revidProviders(
  revid: Pick<RevidClient, 'render' | 'status'>,
  options: { videoHosts?: string[]; publicBaseUrl?: string; presignMedia?: (key: string) => Promise<string>; builtin?: VideoProvider } = {},
): VideoProviders {
  return {
    selected: 'revid',
    fallback: options.builtin ? 'builtin' : 'none',
    revid: new RevidVideoProvider({
      client: revid,
      presignMedia: options.presignMedia ?? (async (key) => `https://media.example/${key}`),
      publicBaseUrl: options.publicBaseUrl ?? 'https://api.example',
      videoHosts: options.videoHosts ?? ['cdn.revid.example'],
    }),
    builtin: options.builtin,
  };
}
