import { isTerminal, type Job } from '../../lambdas/domain/jobs/model.js';
import type { JobPatch, JobStore, TransitionResult } from '../../lambdas/domain/jobs/ports.js';
import type { JobStatus } from '../../lambdas/domain/schemas/jobs.js';

/** One successful write as the store acknowledged it. */
export interface AckedWrite {
  job_id: string;
  kind: 'transition' | 'update';
  /** For transitions: the status asked for. */
  to?: JobStatus;
  status: JobStatus;
  version: number;
}

/**
 * Wraps a JobStore and records every write it acknowledged, so tests can check the state machine's
 * invariants (rank never decreases, one terminal transition) whatever the interleaving. `faults` lets a
 * test fail chosen writes, e.g. to simulate a crash between the provider submit and the job update.
 */
export class RecordingStore implements JobStore {
  readonly acked: AckedWrite[] = [];
  /** Throw from a transition instead of writing (before the write happens). */
  faults: Array<(job: Job, to: JobStatus, patch: JobPatch) => boolean> = [];

  constructor(readonly inner: JobStore) {}

  create(job: Job): Promise<void> {
    return this.inner.create(job);
  }

  get(jobId: string): Promise<Job | undefined> {
    return this.inner.get(jobId);
  }

  async transition(job: Job, to: JobStatus, patch: JobPatch = {}): Promise<TransitionResult> {
    const fault = this.faults.findIndex((f) => f(job, to, patch));
    if (fault >= 0) {
      this.faults.splice(fault, 1);
      throw new Error(`simulated crash before the ${to} write of ${job.job_id}`);
    }
    const result = await this.inner.transition(job, to, patch);
    if (result.ok) this.acked.push({ job_id: job.job_id, kind: 'transition', to, status: result.job.status, version: result.job.version });
    return result;
  }

  async update(job: Job, patch: JobPatch, expectedStatus?: JobStatus): Promise<TransitionResult> {
    const result = await this.inner.update(job, patch, expectedStatus);
    if (result.ok) this.acked.push({ job_id: job.job_id, kind: 'update', status: result.job.status, version: result.job.version });
    return result;
  }

  delete(jobId: string, ownerId?: string): Promise<Job | undefined> {
    return this.inner.delete(jobId, ownerId);
  }

  listStale(kind: JobStatus | 'callback', before: string, limit: number): Promise<Job[]> {
    return this.inner.listStale(kind, before, limit);
  }

  /** Acknowledged transitions of a job into a terminal state. */
  terminalTransitions(jobId: string): AckedWrite[] {
    return this.acked.filter((w) => w.job_id === jobId && w.kind === 'transition' && isTerminal(w.status));
  }

  /** The job's acknowledged writes in commit order (by the version each produced). */
  history(jobId: string): AckedWrite[] {
    return this.acked.filter((w) => w.job_id === jobId).sort((a, b) => a.version - b.version);
  }
}

/** What {@link instrumentStore} observed. */
export interface StoreProbe {
  /** Every transition call that the table acknowledged. */
  acked: AckedWrite[];
  /** Hooks run before each transition; one that throws makes the transition throw (nothing is written). */
  before: Array<(job: Job, to: JobStatus, patch: JobPatch) => void | Promise<void>>;
  terminalTransitions(jobId: string): AckedWrite[];
  restore(): void;
}

/**
 * Instruments a live store instance in place (the local runtime's handlers share it with the test), so
 * end-to-end tests can count acknowledged transitions and inject a fault into a chosen write.
 */
export function instrumentStore(store: JobStore): StoreProbe {
  const original = store.transition;
  const probe: StoreProbe = {
    acked: [],
    before: [],
    terminalTransitions: (jobId) => probe.acked.filter((w) => w.job_id === jobId && isTerminal(w.status)),
    restore: () => {
      store.transition = original;
    },
  };
  store.transition = async function (this: JobStore, job: Job, to: JobStatus, patch: JobPatch = {}): Promise<TransitionResult> {
    for (const hook of [...probe.before]) await hook(job, to, patch);
    const result = await original.call(this, job, to, patch);
    if (result.ok) probe.acked.push({ job_id: job.job_id, kind: 'transition', to, status: result.job.status, version: result.job.version });
    return result;
  };
  return probe;
}
