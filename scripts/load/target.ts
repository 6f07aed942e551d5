/**
 * The service a load run drives: either the whole local runtime started here (moto, the service, the
 * Revid and IndicTrans2 simulators), which the run can inspect (job items, DLQs, simulator renders) and
 * fault-inject, or an already running service (`--api URL --key K`), which it can only call.
 */
import { ReceiveMessageCommand, SQSClient } from '@aws-sdk/client-sqs';
import type { Job } from '../../lambdas/domain/jobs/model.js';
import { DynamoJobStore } from '../../lambdas/adapters/job-store.js';
import type { AwsEmulator } from '../../local/moto.js';
import { logicalId, startLocalRuntime, type LocalRuntime } from '../../local/runtime.js';
import type { RevidSimulator } from '../../local/simulators/revid.js';
import { startAtomicMoto } from '../../test/support/atomic-moto.js';
import '../../local/simulators/register.js';

export interface Target {
  url: string;
  apiKey: string;
  /** True when this process started the service (and can inspect and fault-inject it). */
  local: boolean;
  sim?: RevidSimulator;
  /** The stored job item (local only). */
  readJob?(jobId: string): Promise<Job | undefined>;
  /** Job ids found on the dead-letter queues so far (local only; messages are read, never deleted). */
  readDeadLetters?(): Promise<{ callback: Set<string>; render: Set<string> }>;
  runtime?: LocalRuntime;
  stop(): Promise<void>;
}

export interface LocalTargetOptions {
  /** Extra loopback `host:port`s the service may reach (media server, callback receivers). */
  allowedHosts: string[];
  /** Standard Webhooks secret the service signs callbacks with (so receivers can verify them). */
  signingSecret: string;
  /** Simulated render time. */
  renderMs: number;
  /** Environment for the functions (wins over the runtime's defaults). */
  env: Record<string, string>;
  /** `atomic` (default): moto with serialised DynamoDB actions, as real DynamoDB applies a conditional
   * write atomically; `plain`: the stock moto_server of `npm start`. Ignored when AWS_ENDPOINT_URL is set. */
  moto: 'atomic' | 'plain';
  /** Reconciler period in ms. */
  scheduleIntervalMs?: number;
  log: (line: string) => void;
}

/** Environment variables this module sets on process.env, restored by stop(). */
const TOUCHED = ['OUTBOUND_ALLOWED_HOSTS', 'REVID_SIM_RENDER_MS', 'WEBHOOK_SIGNING_SECRET', 'AWS_ENDPOINT_URL'] as const;

export async function startLocalTarget(options: LocalTargetOptions): Promise<Target> {
  const saved = Object.fromEntries(TOUCHED.map((k) => [k, process.env[k]]));
  const restore = () => {
    for (const [k, v] of Object.entries(saved)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
  };
  const existing = (process.env.OUTBOUND_ALLOWED_HOSTS ?? '').split(',').filter(Boolean);
  process.env.OUTBOUND_ALLOWED_HOSTS = [...new Set([...existing, ...options.allowedHosts])].join(',');
  process.env.REVID_SIM_RENDER_MS = String(options.renderMs);
  process.env.WEBHOOK_SIGNING_SECRET = options.signingSecret;
  let moto: AwsEmulator | undefined;
  let runtime: LocalRuntime | undefined;
  const sqs = new SQSClient({});
  try {
    if (options.moto === 'atomic' && !process.env.AWS_ENDPOINT_URL) moto = await startAtomicMoto();
    runtime = await startLocalRuntime({
      port: 0,
      log: options.log,
      env: options.env,
      ...(options.scheduleIntervalMs ? { scheduleIntervalMs: options.scheduleIntervalMs } : {}),
    });
  } catch (err) {
    await moto?.stop();
    restore();
    throw err;
  }
  const rt = runtime;
  const store = new DynamoJobStore(rt.ref(logicalId(rt.template, 'AWS::DynamoDB::Table', 'JobsTable')));
  const queueUrl = (prefix: string): string | undefined => {
    const id = Object.keys(rt.provisioned.refs).find((k) => k.startsWith(prefix));
    return id ? rt.ref(id) : undefined;
  };
  const dlqs = { callback: queueUrl('NotifyQueueDeadLetterQueue'), render: queueUrl('RenderQueueDeadLetterQueue') };
  const dead = { callback: new Set<string>(), render: new Set<string>() };
  const drain = async (url: string | undefined, into: Set<string>) => {
    if (!url) return;
    // Each message is read once and then hidden for an hour: the DLQ keeps it (nothing is deleted).
    for (let i = 0; i < 100; i++) {
      const out = await sqs.send(new ReceiveMessageCommand({ QueueUrl: url, MaxNumberOfMessages: 10, WaitTimeSeconds: 0, VisibilityTimeout: 3600 }));
      const messages = out.Messages ?? [];
      for (const m of messages) {
        try {
          const id = (JSON.parse(m.Body ?? '{}') as { job_id?: unknown }).job_id;
          if (typeof id === 'string') into.add(id);
        } catch {
          // not ours
        }
      }
      if (messages.length === 0) break;
    }
  };
  return {
    url: rt.url,
    apiKey: rt.apiKey,
    local: true,
    sim: rt.simulator<RevidSimulator>('revid'),
    runtime: rt,
    readJob: (jobId) => store.get(jobId),
    async readDeadLetters() {
      await drain(dlqs.callback, dead.callback);
      await drain(dlqs.render, dead.render);
      return dead;
    },
    async stop() {
      sqs.destroy();
      await rt.stop();
      await moto?.stop();
      restore();
    },
  };
}

/** An already running service: calls only (no fault injection, no inspection of its AWS resources). */
export function remoteTarget(url: string, apiKey: string): Target {
  return { url: url.replace(/\/+$/, ''), apiKey, local: false, stop: async () => undefined };
}
