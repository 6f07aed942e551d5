/**
 * Step 2 of a load run (engine.ts): drive the service. The create phase sends the plan with N
 * concurrent clients and judges every answer (pure: {@link judgeCreate}, {@link judgeReplay}); the wait
 * phase polls until every accepted job is terminal and its callback settled; `collectEvidence` gathers
 * what the audit (audit.ts) needs.
 */
import { isDeepStrictEqual } from 'node:util';
import type { JobEvidence } from './audit.js';
import type { FaultScheduler } from './faults.js';
import type { PlanItem } from './plan.js';
import type { CallbackReceiver, ReceivedCallback } from './servers.js';
import type { LatencyRecorder } from './stats.js';
import type { Target } from './target.js';

/**
 * The exact no-pet answer integrations rely on (docs/endpoints.md "POST /api/generate-video"), written out here rather than
 * imported from the service, so the load run checks the contract instead of the implementation.
 */
const NO_PETS_DETAIL = {
  detail: {
    error: 'no_pets_detected',
    message:
      'No pets found in the uploaded image. Please upload an image or video containing pets (dogs, cats, birds, etc.) to generate a roast video.',
    suggestion: 'Try uploading a clear photo or video of your pet.',
  },
};

/** One HTTP answer as the driver sees it (`status` 0: no answer, `error` says why). */
export interface Answer {
  status: number;
  body: any;
  text: string;
  error?: string;
}

/** An API call, timed per `endpoint` label. */
export type Call = (endpoint: string, method: string, path: string, init?: { body?: unknown; headers?: Record<string, string> }) => Promise<Answer>;

/** Counters of the create phase. */
export interface CreateTally {
  /** HTTP requests sent (replays included). */
  requests: number;
  /** Plan items sent. */
  sent: number;
  rejectedNoPet: number;
  idempotentReplays: number;
  idempotencyMismatches: number;
  unexpected: number;
  detectionMismatches: number;
  /** Outcome label → count (`accepted`, `rejected_no_pet`, `unexpected_500`, …). */
  outcomes: Map<string, number>;
  /** Evidence of anything wrong, capped at 200 lines. */
  problems: string[];
}

export const newTally = (): CreateTally => ({
  requests: 0,
  sent: 0,
  rejectedNoPet: 0,
  idempotentReplays: 0,
  idempotencyMismatches: 0,
  unexpected: 0,
  detectionMismatches: 0,
  outcomes: new Map(),
  problems: [],
});

/** Records a problem line (at most 200 are kept). */
export const noteProblem = (tally: Pick<CreateTally, 'problems'>, line: string): void => {
  if (tally.problems.length < 200) tally.problems.push(line);
};
const count = (tally: CreateTally, outcome: string) => tally.outcomes.set(outcome, (tally.outcomes.get(outcome) ?? 0) + 1);

/**
 * Classifies one answer to a create (pure but for the tally): a 202 with a job id is accepted (a
 * non-pet photo accepted is a detection mismatch), a 400 `no_pets_detected` must carry the exact
 * docs/reference/spec.md §3.4 body (a pet photo refused is a mismatch), anything else is unexpected. Replays are not
 * counted as outcomes a second time.
 * @returns the job id when accepted
 */
export function judgeCreate(item: PlanItem, res: Answer, replay: boolean, tally: CreateTally): string | undefined {
  if (res.status === 202 && typeof res.body?.job_id === 'string') {
    if (!item.media.pet) {
      tally.detectionMismatches++;
      count(tally, 'accepted_non_pet');
    } else if (!replay) count(tally, 'accepted');
    return res.body.job_id as string;
  }
  if (res.status === 400 && res.body?.detail?.error === 'no_pets_detected') {
    if (!isDeepStrictEqual(res.body, NO_PETS_DETAIL)) {
      tally.unexpected++;
      noteProblem(tally, `request ${item.index}: no_pets_detected body differs from docs/reference/spec.md §3.4: ${res.text.slice(0, 300)}`);
    }
    if (item.media.pet) {
      tally.detectionMismatches++;
      count(tally, 'rejected_pet');
    } else if (!replay) {
      tally.rejectedNoPet++;
      count(tally, 'rejected_no_pet');
    }
    return undefined;
  }
  tally.unexpected++;
  count(tally, `unexpected_${res.status || 'network'}`);
  noteProblem(tally, `request ${item.index}${replay ? ' (replay)' : ''}: ${res.status || res.error} ${res.text.slice(0, 300)}`);
  return undefined;
}

/**
 * Compares the two answers of a replayed request (same key, same body): the same status and job id is
 * an idempotent replay; anything else is a mismatch, and every job id it produced is tracked.
 * @returns the job ids to track beyond the first
 */
export function judgeReplay(item: PlanItem, answers: readonly [Answer, Answer], ids: ReadonlyArray<string | undefined>, tally: CreateTally): string[] {
  const [a, b] = answers;
  const same = a.status === b.status && ids[0] === ids[1];
  if (same) {
    if (ids[0]) tally.idempotentReplays++;
    return [];
  }
  tally.idempotencyMismatches++;
  noteProblem(tally, `idempotency: request ${item.index} (${item.replay}) answered ${a.status} ${ids[0] ?? ''} then ${b.status} ${ids[1] ?? ''}`);
  const first = ids.find((id) => id !== undefined);
  return ids.filter((id): id is string => id !== undefined && id !== first);
}

/** An accepted job as the driver follows it. */
export interface TrackedJob {
  id: string;
  index: number;
  receiver: string;
  acceptedAt: number;
  statuses: string[];
  terminal?: 'completed' | 'failed';
  terminalAt?: number;
  lastPolled: number;
  lastAudited: number;
  deadLettered: boolean;
  callbackState?: string;
  resultChecked: boolean;
}

export const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/** Runs `worker` over `items` with at most `limit` in flight; stops taking new items once `stop()` is true. */
export async function pool<T>(items: readonly T[], limit: number, worker: (item: T) => Promise<void>, stop: () => boolean = () => false): Promise<void> {
  let next = 0;
  const lanes = Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, async () => {
    while (next < items.length && !stop()) {
      const item = items[next++]!;
      await worker(item);
    }
  });
  await Promise.all(lanes);
}

/** Calls the target with its API key, JSON bodies and a 60 s bound, recording each latency. */
export function httpCaller(target: Pick<Target, 'url' | 'apiKey'>, latency: LatencyRecorder): Call {
  return async (endpoint, method, path, init = {}) => {
    const t0 = performance.now();
    try {
      const res = await fetch(`${target.url}${path}`, {
        method,
        headers: {
          'x-api-key': target.apiKey,
          ...(init.body !== undefined ? { 'content-type': 'application/json' } : {}),
          ...init.headers,
        },
        body: init.body === undefined ? undefined : JSON.stringify(init.body),
        signal: AbortSignal.timeout(60_000),
      });
      const text = await res.text();
      latency.record(endpoint, performance.now() - t0, res.status);
      let body: unknown;
      try {
        body = text ? JSON.parse(text) : undefined;
      } catch {
        body = undefined;
      }
      return { status: res.status, body, text };
    } catch (err) {
      latency.record(endpoint, performance.now() - t0, 'error');
      return { status: 0, body: undefined, text: '', error: (err as Error).message };
    }
  };
}

/**
 * The create phase: every plan item (and its replay) with at most `concurrency` in flight, until the
 * deadline. Returns the accepted jobs by id and when the phase started and ended (epoch ms).
 */
export async function createPhase(input: {
  plan: readonly PlanItem[];
  call: Call;
  concurrency: number;
  deadline: number;
  tally: CreateTally;
  log: (line: string) => void;
}): Promise<{ jobs: Map<string, TrackedJob>; startedAt: number; endedAt: number }> {
  const { plan, call, tally, log } = input;
  const jobs = new Map<string, TrackedJob>();
  const accept = (item: PlanItem, jobId: string) => {
    if (jobs.has(jobId)) return;
    jobs.set(jobId, { id: jobId, index: item.index, receiver: item.receiver, acceptedAt: Date.now(), statuses: [], lastPolled: 0, lastAudited: 0, deadLettered: false, resultChecked: false });
  };
  const createOne = async (item: PlanItem): Promise<void> => {
    const headers: Record<string, string> = item.key ? { 'idempotency-key': item.key } : {};
    const post = () => {
      tally.requests++;
      return call('POST /api/generate-video', 'POST', '/api/generate-video', { body: item.body, headers });
    };
    const answers: Answer[] = [];
    if (item.replay === 'concurrent') answers.push(...(await Promise.all([post(), post()])));
    else {
      answers.push(await post());
      if (item.replay === 'sequential') answers.push(await post());
    }
    tally.sent++;
    const ids = answers.map((res, i) => judgeCreate(item, res, i > 0, tally));
    const first = ids.find((id) => id !== undefined);
    if (first) accept(item, first);
    if (answers.length > 1) for (const id of judgeReplay(item, [answers[0]!, answers[1]!], ids, tally)) accept(item, id);
    if (tally.sent % 25 === 0) log(`created ${tally.sent}/${plan.length} (accepted ${jobs.size}, rejected ${tally.rejectedNoPet})`);
  };
  const startedAt = Date.now();
  await pool(plan, input.concurrency, createOne, () => Date.now() > input.deadline);
  const endedAt = Date.now();
  const notSent = plan.length - tally.sent;
  if (notSent > 0) noteProblem(tally, `${notSent} planned requests were not sent before the deadline`);
  log(`create phase: ${tally.requests} requests in ${((endedAt - startedAt) / 1000).toFixed(1)} s; accepted ${jobs.size}`);
  return { jobs, startedAt, endedAt };
}

/** What the wait and settle phases share. */
export interface FollowContext {
  jobs: Map<string, TrackedJob>;
  call: Call;
  target: Target;
  receivers: readonly CallbackReceiver[];
  deadline: number;
  tally: CreateTally;
  log: (line: string) => void;
}

/** Every delivery any receiver saw for a job. */
export const deliveriesFor = (receivers: readonly CallbackReceiver[], jobId: string): ReceivedCallback[] =>
  receivers.flatMap((r) => r.deliveries.filter((d) => d.jobId === jobId));

/** Polls GET /api/video-status once and records a new status and the first terminal one. */
async function pollStatus(ctx: FollowContext, job: TrackedJob): Promise<void> {
  job.lastPolled = Date.now();
  const res = await ctx.call('GET /api/video-status/{id}', 'GET', `/api/video-status/${job.id}`);
  if (res.status !== 200) {
    if (res.status !== 0) noteProblem(ctx.tally, `status of ${job.id}: ${res.status} ${res.text.slice(0, 200)}`);
    return;
  }
  const status = String(res.body?.status);
  if (job.statuses[job.statuses.length - 1] !== status) job.statuses.push(status);
  if ((status === 'completed' || status === 'failed') && !job.terminal) {
    job.terminal = status;
    job.terminalAt = Date.now();
  }
}

/**
 * The wait phase: polls until every accepted job is terminal and its callback delivered (a receiver
 * answered 2xx), dead-lettered, or not due (`none`, `gone`), or the deadline passes. The fault
 * schedule stops once every job is terminal, so callbacks and the reconciler settle without it.
 */
export async function waitForSettled(ctx: FollowContext, scheduler: FaultScheduler | undefined): Promise<void> {
  const delivered = (jobId: string) => deliveriesFor(ctx.receivers, jobId).some((d) => d.answered >= 200 && d.answered < 300);
  const settled = (job: TrackedJob) =>
    job.terminal !== undefined && (delivered(job.id) || job.deadLettered || job.callbackState === 'none' || job.callbackState === 'gone');
  const audit = async (job: TrackedJob) => {
    job.lastAudited = Date.now();
    if (!ctx.target.readJob) return;
    const item = await ctx.target.readJob(job.id);
    job.callbackState = item?.callback_state;
    if (item?.callback_state === 'failed' && ctx.target.readDeadLetters) {
      const dead = await ctx.target.readDeadLetters();
      job.deadLettered = dead.callback.has(job.id);
    }
  };
  let lastReport = 0;
  for (;;) {
    const now = Date.now();
    const open = [...ctx.jobs.values()].filter((j) => !settled(j));
    if (scheduler && open.every((j) => j.terminal)) {
      scheduler.stop();
      ctx.log('every accepted job is terminal: Revid faults stopped');
      scheduler = undefined;
    }
    if (open.length === 0) break;
    if (now > ctx.deadline) {
      ctx.log(`deadline reached with ${open.length} jobs not settled`);
      break;
    }
    if (now - lastReport > 10_000) {
      lastReport = now;
      const nonTerminal = open.filter((j) => !j.terminal).length;
      ctx.log(`waiting: ${nonTerminal} not terminal, ${open.length - nonTerminal} terminal without a settled callback`);
    }
    const toPoll = open.filter((j) => !j.terminal && (now - j.lastPolled > 2000 || (delivered(j.id) && now - j.lastPolled > 300)));
    const toAudit = open.filter((j) => j.terminal && !delivered(j.id) && now - j.lastAudited > 3000);
    await pool(toPoll, 4, (job) => pollStatus(ctx, job));
    await pool(toAudit, 4, audit);
    await sleep(500);
  }
  scheduler?.stop();
}

/**
 * The settle phase: a last status poll of jobs not terminal, the stored item, one GET
 * /api/video-result per terminal job, the deliveries and the callback DLQ: the evidence of each job for
 * the audit, in plan order.
 */
export async function collectEvidence(ctx: FollowContext): Promise<JobEvidence[]> {
  const byName = new Map(ctx.receivers.map((r) => [r.spec.name, r]));
  const dead = ctx.target.readDeadLetters ? await ctx.target.readDeadLetters() : undefined;
  const evidence: JobEvidence[] = [];
  await pool([...ctx.jobs.values()], 4, async (job) => {
    if (!job.terminal) await pollStatus(ctx, job);
    const item = ctx.target.readJob ? await ctx.target.readJob(job.id) : undefined;
    let resultOk: boolean | undefined;
    let resultAnswer: string | undefined;
    if (job.terminal && !job.resultChecked) {
      job.resultChecked = true;
      const res = await ctx.call('GET /api/video-result/{id}', 'GET', `/api/video-result/${job.id}`);
      resultOk =
        job.terminal === 'completed'
          ? res.status === 200 && typeof res.body?.video_url === 'string'
          : res.status === 409 && res.body?.detail?.error === 'video_failed';
      resultAnswer = `${res.status} ${res.text.slice(0, 200)}`;
    }
    evidence.push({
      id: job.id,
      index: job.index,
      receiver: job.receiver,
      receiverExpectsDeadLetter: byName.get(job.receiver)?.spec.expectDeadLetter === true,
      acceptedAt: job.acceptedAt,
      statuses: job.statuses,
      ...(job.terminal ? { terminal: job.terminal } : {}),
      ...(job.terminalAt ? { terminalAt: job.terminalAt } : {}),
      ...(item ? { stored: item } : {}),
      deliveries: deliveriesFor(ctx.receivers, job.id),
      deadLettered: dead?.callback.has(job.id) ?? false,
      ...(resultOk !== undefined ? { resultOk, resultAnswer } : {}),
    });
  });
  return evidence.sort((a, b) => a.index - b.index);
}
