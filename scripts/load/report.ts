/**
 * Step 4 of a load run (engine.ts): the report. {@link buildReport} is pure: it turns the create
 * phase's tally, the audit (audit.ts) and the recorded latencies into the summary and report that
 * `npm run load` prints ({@link formatReport}) and the small load test asserts.
 */
import { invariantsHold, type AuditResult } from './audit.js';
import type { CreateTally } from './drive.js';
import type { ReceivedCallback } from './servers.js';
import { summarize, type LatencySummary } from './stats.js';

/** The last line of `npm run load`. */
export interface LoadSummary {
  accepted: number;
  terminal: number;
  lost: number;
  duplicate_transitions: number;
  callbacks_missing: number;
  duplicate_renders: number | null;
  completed: number;
  /** Of those, made by the built-in renderer as Revid's fallback (no Revid render). */
  completed_by_fallback: number;
  failed: number;
  rejected_no_pet: number;
  idempotent_replays: number;
  elapsed_s: number;
  requests: number;
  create_phase_s: number;
  create_rps: number;
  accepted_per_s: number;
  callbacks_delivered: number;
  callbacks_dead_lettered: number;
  duplicate_deliveries: number;
  bad_signatures: number | null;
  status_regressions: number;
  idempotency_mismatches: number;
  unexpected_responses: number;
  detection_mismatches: number;
  result_mismatches: number;
  /** Attempts that followed a `503 Retry-After: 1` sooner than 1 s (informational). */
  retry_after_ignored: number;
  faults: boolean;
  /** Seed of the request plan (`--seed` reproduces it). */
  seed: number;
  jobs_requested: number;
  concurrency: number;
}

export interface LoadReport {
  summary: LoadSummary;
  /** Per endpoint: latency in ms and status counts. */
  endpoints: Record<string, LatencySummary & { statuses: Record<string, number> }>;
  /** From the 202 to the terminal status first seen, and to the first 2xx callback, in ms. */
  jobLatency: {
    /** Stored created_at → completed_at (local), else 202 → terminal status first polled. */
    toTerminal: LatencySummary;
    /** 202 → first 2xx callback at a receiver. */
    toCallback: LatencySummary;
    /** Stored created_at → submitted_at: waiting on the render queue, retries and back-off included (local). */
    queueToSubmit: LatencySummary;
    /** Stored submitted_at → completed_at: render, webhook or reconciler, sync and mirror (local). */
    submitToTerminal: LatencySummary;
    /** Stored completed_at → first 2xx callback (local). */
    terminalToCallback: LatencySummary;
  };
  outcomes: Record<string, number>;
  /** Per receiver: jobs sent there, requests it saw by answer, and the attempts the service counted
   * (stored `callback_attempts`, which include attempts that never connected; local runs only). */
  receivers: Record<string, { jobs: number; deliveries: number; answered: Record<string, number>; attempts?: number }>;
  faultPhases: Record<string, number>;
  simulator?: { renderRequests: number; statusRequests: number; rendersAccepted: number; webhookAttempts: number; webhooksDelivered: number };
  /** Human-readable evidence for every invariant violation (empty when all hold). */
  problems: string[];
  /** Jobs with more than one render: pid list and the pid the job kept. */
  duplicateRenderJobs: Array<{ job_id: string; pids: string[]; kept?: string }>;
  /** The last lines of the service's log (local runs). */
  serviceLogTail: string[];
  /** Whether lost, duplicate_transitions, callbacks_missing and the other hard invariants are all 0. */
  ok: boolean;
}

/** Everything a report is made of (epoch ms for times). */
export interface ReportInput {
  jobsRequested: number;
  concurrency: number;
  faults: boolean;
  seed: number;
  startedAt: number;
  createStartedAt: number;
  createEndedAt: number;
  endedAt: number;
  tally: CreateTally;
  /** The accepted jobs, with the receiver each was sent to. */
  jobs: ReadonlyArray<{ receiver: string }>;
  audited: AuditResult;
  endpoints: LoadReport['endpoints'];
  /** Every receiver and the deliveries it saw. */
  receivers: ReadonlyArray<{ name: string; deliveries: ReadonlyArray<Pick<ReceivedCallback, 'answered'>> }>;
  faultPhases: ReadonlyMap<string, number>;
  simulator?: LoadReport['simulator'];
  serviceLogTail: readonly string[];
}

const round = (value: number, places: number): number => Math.round(value * 10 ** places) / 10 ** places;

/** The report of a run (pure). Problems are the drive's, then the audit's, at most 200. */
export function buildReport(input: ReportInput): LoadReport {
  const { tally, audited } = input;
  const { counts, latencies } = audited;
  const createS = Math.max((input.createEndedAt - input.createStartedAt) / 1000, 0.001);
  const summary: LoadSummary = {
    accepted: input.jobs.length,
    terminal: counts.completed + counts.failed,
    lost: counts.lost,
    duplicate_transitions: counts.duplicate_transitions,
    callbacks_missing: counts.callbacks_missing,
    duplicate_renders: counts.duplicate_renders,
    completed: counts.completed,
    completed_by_fallback: counts.completed_by_fallback,
    failed: counts.failed,
    rejected_no_pet: tally.rejectedNoPet,
    idempotent_replays: tally.idempotentReplays,
    elapsed_s: round((input.endedAt - input.startedAt) / 1000, 1),
    requests: tally.requests,
    create_phase_s: round((input.createEndedAt - input.createStartedAt) / 1000, 1),
    create_rps: round(tally.requests / createS, 2),
    accepted_per_s: round(input.jobs.length / createS, 2),
    callbacks_delivered: counts.callbacks_delivered,
    callbacks_dead_lettered: counts.callbacks_dead_lettered,
    duplicate_deliveries: counts.duplicate_deliveries,
    bad_signatures: counts.bad_signatures,
    status_regressions: counts.status_regressions,
    idempotency_mismatches: tally.idempotencyMismatches,
    unexpected_responses: tally.unexpected,
    detection_mismatches: tally.detectionMismatches,
    result_mismatches: counts.result_mismatches,
    retry_after_ignored: counts.retry_after_ignored,
    faults: input.faults,
    seed: input.seed,
    jobs_requested: input.jobsRequested,
    concurrency: input.concurrency,
  };
  const receivers: LoadReport['receivers'] = {};
  for (const r of input.receivers) {
    const answered: Record<string, number> = {};
    for (const d of r.deliveries) answered[String(d.answered)] = (answered[String(d.answered)] ?? 0) + 1;
    receivers[r.name] = {
      jobs: input.jobs.filter((j) => j.receiver === r.name).length,
      deliveries: r.deliveries.length,
      answered,
      ...(audited.attemptsByReceiver.has(r.name) ? { attempts: audited.attemptsByReceiver.get(r.name)! } : {}),
    };
  }
  return {
    summary,
    endpoints: input.endpoints,
    jobLatency: {
      toTerminal: summarize(latencies.toTerminal),
      toCallback: summarize(latencies.toCallback),
      queueToSubmit: summarize(latencies.queueToSubmit),
      submitToTerminal: summarize(latencies.submitToTerminal),
      terminalToCallback: summarize(latencies.terminalToCallback),
    },
    outcomes: Object.fromEntries([...tally.outcomes.entries()].sort()),
    receivers,
    faultPhases: Object.fromEntries(input.faultPhases),
    ...(input.simulator ? { simulator: input.simulator } : {}),
    problems: [...tally.problems, ...audited.problems].slice(0, 200),
    duplicateRenderJobs: audited.duplicateRenderJobs,
    serviceLogTail: input.serviceLogTail.slice(-200),
    ok: invariantsHold(counts, tally.idempotencyMismatches),
  };
}

/** Text lines of a report (everything `npm run load` prints before the JSON line). */
export function formatReport(report: LoadReport): string[] {
  const s = report.summary;
  const lines: string[] = [];
  const f = (v: number) => (Number.isFinite(v) ? v.toFixed(1).padStart(8) : '       -');
  lines.push('');
  lines.push(`Load run: ${s.jobs_requested} create requests planned, concurrency ${s.concurrency}, faults ${s.faults ? 'on' : 'off'}`);
  lines.push(
    `Throughput: ${s.requests} generate-video requests in ${s.create_phase_s} s = ${s.create_rps} req/s; ` +
      `${s.accepted} jobs accepted = ${s.accepted_per_s} jobs/s; whole run ${s.elapsed_s} s`,
  );
  lines.push('');
  lines.push(`${'Latency (ms)'.padEnd(34)}${'count'.padStart(7)}${'p50'.padStart(9)}${'p90'.padStart(9)}${'p99'.padStart(9)}${'max'.padStart(9)}  statuses`);
  for (const [name, e] of Object.entries(report.endpoints)) {
    lines.push(`${name.padEnd(34)}${String(e.count).padStart(7)} ${f(e.p50)} ${f(e.p90)} ${f(e.p99)} ${f(e.max)}  ${JSON.stringify(e.statuses)}`);
  }
  for (const [name, e] of [
    ['job: created → terminal', report.jobLatency.toTerminal],
    ['job: created → render submitted', report.jobLatency.queueToSubmit],
    ['job: submitted → terminal', report.jobLatency.submitToTerminal],
    ['job: terminal → first 2xx callback', report.jobLatency.terminalToCallback],
    ['job: 202 → first 2xx callback', report.jobLatency.toCallback],
  ] as const) {
    if (e.count === 0) continue;
    lines.push(`${name.padEnd(34)}${String(e.count).padStart(7)} ${f(e.p50)} ${f(e.p90)} ${f(e.p99)} ${f(e.max)}`);
  }
  lines.push('');
  lines.push(`Outcomes: ${JSON.stringify(report.outcomes)}`);
  lines.push(`Jobs: completed ${s.completed} (${s.completed_by_fallback} by the built-in fallback), failed ${s.failed}, lost ${s.lost}; callbacks delivered ${s.callbacks_delivered}, dead-lettered ${s.callbacks_dead_lettered}, missing ${s.callbacks_missing}, duplicate deliveries ${s.duplicate_deliveries}`);
  lines.push(`Idempotent replays ${s.idempotent_replays}, mismatches ${s.idempotency_mismatches}; duplicate renders ${s.duplicate_renders ?? 'n/a'}; bad signatures ${s.bad_signatures ?? 'n/a'}`);
  lines.push(`Callback attempts sooner than 1 s after a '503 Retry-After: 1': ${s.retry_after_ignored}; plan seed ${s.seed}`);
  lines.push(`Receivers: ${JSON.stringify(report.receivers)}`);
  if (Object.keys(report.faultPhases).length) lines.push(`Fault phases entered: ${JSON.stringify(report.faultPhases)}`);
  if (report.simulator) lines.push(`Revid simulator: ${JSON.stringify(report.simulator)}`);
  for (const d of report.duplicateRenderJobs) lines.push(`duplicate render: ${d.job_id} pids ${d.pids.join(',')} kept ${d.kept ?? '?'}`);
  if (report.problems.length) {
    lines.push('');
    lines.push(`Problems (${report.problems.length}):`);
    for (const p of report.problems) lines.push(`  - ${p}`);
  }
  lines.push('');
  lines.push(report.ok ? 'INVARIANTS HOLD' : 'INVARIANTS VIOLATED');
  return lines;
}
