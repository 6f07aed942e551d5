import type { JobStatus } from '../schemas/jobs.js';
import type { Job } from './model.js';

/** Fields a transition may set besides status. */
export type JobPatch = Partial<Omit<Job, 'job_id' | 'status' | 'version' | 'created_at'>>;

export type TransitionResult = { ok: true; job: Job } | { ok: false; current: Job | undefined };

/**
 * Job persistence. Every state change is a conditional write on the expected prior status and
 * version (docs/reference/reliability.md E4): a lost race or a duplicate event comes back as `{ ok: false }` with the
 * current item, never as an exception and never as a regression.
 */
export interface JobStore {
  create(job: Job): Promise<void>;
  get(jobId: string): Promise<Job | undefined>;
  transition(job: Job, to: JobStatus, patch?: JobPatch): Promise<TransitionResult>;
  /** Non-status changes (progress, token hash, callback bookkeeping), conditional on the status. */
  update(job: Job, patch: JobPatch, expectedStatus?: JobStatus): Promise<TransitionResult>;
  /**
   * Deletes the job and returns it; undefined when there is none. With `ownerId`, only a job whose
   * `client_id` is `ownerId` is deleted (in the same conditional write); another client's job is left
   * alone and answered as undefined, like an absent one (docs/tenancy.md).
   */
  delete(jobId: string, ownerId?: string): Promise<Job | undefined>;
  /** Non-terminal (or callback-pending) jobs last updated before `before`, oldest first. */
  listStale(kind: JobStatus | 'callback', before: string, limit: number): Promise<Job[]>;
}

/**
 * Messages on the render queue. A `sync` may carry the provider id named by an authenticated webhook
 * (`pid`): when the worker crashed between the provider's accept and the `processing` write, it is the
 * only record of the render; it is used only if the provider's status API confirms it.
 */
export type RenderMessage = { type: 'render'; job_id: string } | { type: 'sync'; job_id: string; polls?: number; pid?: string };
/**
 * Messages on the callback queue: deliver the job's completion callback. (Deployments before the
 * name was unified sent `type: 'notify'`; the worker reads only `job_id`.)
 */
export type CallbackMessage = { type: 'callback'; job_id: string };

export interface WorkQueues {
  sendRender(message: RenderMessage, delaySeconds?: number): Promise<void>;
  sendCallback(message: CallbackMessage, delaySeconds?: number): Promise<void>;
}
