/**
 * The audit of a load run (docs/load.md "Invariants"): a pure function of what the run observed, so
 * each invariant is unit-tested on its own (test/unit/load/audit.test.ts). The engine (engine.ts)
 * gathers the evidence — polled statuses, the deliveries every receiver saw, the stored job items, the
 * dead-letter queue, GET /api/video-result answers and the simulator's renders — and hands it here.
 */
import type { Job } from '../../lambdas/domain/jobs/model.js';
import type { ReceivedCallback } from './servers.js';

/** One accepted job as the run observed it. */
export interface JobEvidence {
  id: string;
  /** Index of the planned request that created it. */
  index: number;
  /** Name of the callback receiver its `callback_url` points at. */
  receiver: string;
  /** Whether that receiver never answers 2xx, so a dead letter is expected. */
  receiverExpectsDeadLetter: boolean;
  /** Wall-clock ms of the 202. */
  acceptedAt: number;
  /** Statuses seen by polling GET /api/video-status, in order, consecutive repeats collapsed. */
  statuses: string[];
  terminal?: 'completed' | 'failed';
  /** Wall-clock ms the terminal status was first polled. */
  terminalAt?: number;
  /** The stored item at the end of the run (local runs only). */
  stored?: Pick<Job, 'status' | 'version' | 'created_at' | 'updated_at'> &
    Partial<Pick<Job, 'provider' | 'provider_pid' | 'submitted_at' | 'completed_at' | 'callback_attempts' | 'callback_event_id' | 'callback_state'>>;
  /** Every callback request any receiver got for this job. */
  deliveries: ReceivedCallback[];
  /** A callback dead-letter record names this job. */
  deadLettered: boolean;
  /** GET /api/video-result agreed with the terminal status (undefined: not checked); `resultAnswer` says what came back. */
  resultOk?: boolean;
  resultAnswer?: string;
}

export interface AuditInput {
  jobs: JobEvidence[];
  /** Renders the Revid simulator accepted, by the job id in their webhook URL (undefined: no simulator). */
  renders?: Array<{ pid: string; jobId: string }>;
  /** Verify signatures (the run knows the signing secret). */
  checkSignatures: boolean;
}

/** Counters of the audit (the invariants are the first six). */
export interface AuditCounts {
  lost: number;
  duplicate_transitions: number;
  callbacks_missing: number;
  status_regressions: number;
  bad_signatures: number | null;
  duplicate_renders: number | null;
  completed: number;
  /**
   * Completed jobs whose video the built-in renderer made after Revid's retry budget was spent or it
   * answered an account error (VIDEO_FALLBACK=builtin, docs/video-providers.md): no Revid render exists for them.
   */
  completed_by_fallback: number;
  failed: number;
  callbacks_delivered: number;
  callbacks_dead_lettered: number;
  duplicate_deliveries: number;
  result_mismatches: number;
  /** Attempts that followed a `503 Retry-After: 1` sooner than 1 s (informational). */
  retry_after_ignored: number;
}

/** Samples in ms for the latency summaries. */
export interface AuditLatencies {
  toTerminal: number[];
  toCallback: number[];
  queueToSubmit: number[];
  submitToTerminal: number[];
  terminalToCallback: number[];
}

export interface AuditResult {
  counts: AuditCounts;
  latencies: AuditLatencies;
  /** Stored `callback_attempts` summed per receiver. */
  attemptsByReceiver: Map<string, number>;
  duplicateRenderJobs: Array<{ job_id: string; pids: string[]; kept?: string }>;
  /** Human-readable evidence for every violation. */
  problems: string[];
}

const RANK: Record<string, number> = { queued: 0, processing: 1, completed: 2, failed: 2 };
const is2xx = (d: ReceivedCallback): boolean => d.answered >= 200 && d.answered < 300;

/** True when the polled statuses go backwards or leave a terminal status. */
export function regressed(statuses: readonly string[]): boolean {
  for (let i = 1; i < statuses.length; i++) {
    const from = statuses[i - 1]!;
    const to = statuses[i]!;
    if ((RANK[to] ?? 0) < (RANK[from] ?? 0) || (RANK[from] === 2 && from !== to)) return true;
  }
  return false;
}

/**
 * Checks every invariant over the evidence: no job lost (every accepted job terminal), one transition
 * per job (one webhook-id and one status across all receivers, agreeing with the poll and the store),
 * no status regression, every callback delivered or dead-lettered where a dead letter is expected,
 * valid signatures, one render per job; plus the informational counters and latency samples.
 */
export function auditRun(input: AuditInput): AuditResult {
  const problems: string[] = [];
  const problem = (line: string): void => {
    if (problems.length < 200) problems.push(line);
  };
  const counts: AuditCounts = {
    lost: 0,
    duplicate_transitions: 0,
    callbacks_missing: 0,
    status_regressions: 0,
    bad_signatures: input.checkSignatures ? 0 : null,
    duplicate_renders: null,
    completed: 0,
    completed_by_fallback: 0,
    failed: 0,
    callbacks_delivered: 0,
    callbacks_dead_lettered: 0,
    duplicate_deliveries: 0,
    result_mismatches: 0,
    retry_after_ignored: 0,
  };
  const latencies: AuditLatencies = { toTerminal: [], toCallback: [], queueToSubmit: [], submitToTerminal: [], terminalToCallback: [] };
  const attemptsByReceiver = new Map<string, number>();

  for (const job of input.jobs) {
    if (job.resultOk === false) {
      counts.result_mismatches++;
      problem(`result of ${job.id} (${job.terminal}): ${job.resultAnswer ?? '?'}`);
    }
    if (regressed(job.statuses)) {
      counts.status_regressions++;
      problem(`status regression of ${job.id}: ${job.statuses.join(' → ')}`);
    }
    const item = job.stored;
    if (!job.terminal) {
      counts.lost++;
      problem(
        `lost: ${job.id} (request ${job.index}) last seen ${job.statuses.join(' → ') || 'never'}` +
          (item ? `; stored status=${item.status} v${item.version} pid=${item.provider_pid ?? '-'} updated_at=${item.updated_at}` : ''),
      );
      continue;
    }
    if (job.terminal === 'completed') {
      counts.completed++;
      if (item?.provider === 'builtin') counts.completed_by_fallback++;
    } else counts.failed++;
    const seen = job.deliveries;
    const ids = new Set(seen.map((d) => d.webhookId));
    const statuses = new Set(seen.map((d) => d.status));
    if (item?.callback_attempts !== undefined) {
      attemptsByReceiver.set(job.receiver, (attemptsByReceiver.get(job.receiver) ?? 0) + item.callback_attempts);
    }
    const created = item ? Date.parse(item.created_at) : Number.NaN;
    const submitted = item?.submitted_at ? Date.parse(item.submitted_at) : Number.NaN;
    const ended = item?.completed_at ? Date.parse(item.completed_at) : Number.NaN;
    const ok = seen.filter(is2xx).sort((a, b) => a.at - b.at);
    if (Number.isFinite(created) && Number.isFinite(ended)) latencies.toTerminal.push(ended - created);
    else if (job.terminalAt) latencies.toTerminal.push(job.terminalAt - job.acceptedAt);
    if (Number.isFinite(created) && Number.isFinite(submitted)) latencies.queueToSubmit.push(submitted - created);
    if (Number.isFinite(submitted) && Number.isFinite(ended)) latencies.submitToTerminal.push(ended - submitted);
    if (Number.isFinite(ended) && ok[0]) latencies.terminalToCallback.push(ok[0].at - ended);

    const disagree =
      ids.size > 1 ||
      statuses.size > 1 ||
      (seen.length > 0 && [...statuses][0] !== job.terminal) ||
      (item !== undefined && item.status !== job.terminal) ||
      (item?.callback_event_id !== undefined && seen.some((d) => d.webhookId !== item.callback_event_id));
    if (disagree) {
      counts.duplicate_transitions++;
      problem(
        `duplicate transition of ${job.id}: webhook-ids ${[...ids].join(',')} statuses ${[...statuses].join(',')} ` +
          `polled ${job.statuses.join(' → ')} stored ${item?.status ?? '?'} event ${item?.callback_event_id ?? '?'}`,
      );
    }
    if (counts.bad_signatures !== null) {
      const bad = seen.filter((d) => d.signatureOk === false || d.legacySignatureOk === false).length;
      if (bad) problem(`${bad} deliveries for ${job.id} failed signature verification`);
      counts.bad_signatures += bad;
    }
    const ordered = [...seen].sort((a, b) => a.at - b.at);
    for (let i = 1; i < ordered.length; i++) {
      if (ordered[i - 1]!.answered === 503 && ordered[i]!.at - ordered[i - 1]!.at < 1000) counts.retry_after_ignored++;
    }
    if (ok.length > 1) counts.duplicate_deliveries += ok.length - 1;
    const callbackState = item?.callback_state;
    if (ok.length > 0) {
      counts.callbacks_delivered++;
      latencies.toCallback.push(ok[0]!.at - job.acceptedAt);
    } else if (job.deadLettered) {
      counts.callbacks_dead_lettered++;
      if (!job.receiverExpectsDeadLetter) problem(`callback of ${job.id} dead-lettered although receiver ${job.receiver} recovers`);
    } else if (callbackState === 'none' || callbackState === 'gone') {
      problem(`callback of ${job.id} ended ${callbackState} (no callback expected?)`);
      counts.callbacks_missing++;
    } else {
      counts.callbacks_missing++;
      problem(`callback missing for ${job.id} (${job.terminal}, receiver ${job.receiver}, callback_state ${callbackState ?? '?'}, ${seen.length} attempts seen)`);
    }
  }

  const duplicateRenderJobs: AuditResult['duplicateRenderJobs'] = [];
  if (input.renders) {
    counts.duplicate_renders = 0;
    const perJob = new Map<string, string[]>();
    for (const render of input.renders) perJob.set(render.jobId, [...(perJob.get(render.jobId) ?? []), render.pid]);
    const byId = new Map(input.jobs.map((j) => [j.id, j]));
    for (const [id, pids] of perJob) {
      if (pids.length <= 1) continue;
      counts.duplicate_renders += pids.length - 1;
      const kept = byId.get(id)?.stored?.provider_pid;
      duplicateRenderJobs.push({ job_id: id, pids, ...(kept ? { kept } : {}) });
    }
    for (const job of input.jobs) {
      const byFallback = job.stored?.provider === 'builtin';
      if (job.terminal === 'completed' && !byFallback && !perJob.has(job.id)) problem(`${job.id} completed without any render at the simulator`);
    }
  }
  return { counts, latencies, attemptsByReceiver, duplicateRenderJobs, problems };
}

/** The hard invariants hold: nothing lost, no duplicate transition, no missing callback, no regression, no bad signature, no idempotency mismatch. */
export function invariantsHold(counts: AuditCounts, idempotencyMismatches: number): boolean {
  return (
    counts.lost === 0 &&
    counts.duplicate_transitions === 0 &&
    counts.callbacks_missing === 0 &&
    counts.status_regressions === 0 &&
    idempotencyMismatches === 0 &&
    (counts.bad_signatures ?? 0) === 0
  );
}
