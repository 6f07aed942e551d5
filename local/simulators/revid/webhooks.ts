/**
 * The Revid simulator's webhooks: on a render's terminal state it POSTs `{pid, status, videoUrl | error}`
 * as JSON, with no signature header, to the exact webhook URL (query string kept), retrying on non-2xx
 * (docs/reference/external-apis.md §3); faults drop, delay or duplicate them.
 */
import http from 'node:http';
import https from 'node:https';
import type { RevidSimulatorFaults, RevidSimulatorStats, SimulatedRender, WebhookAttempt } from './types.js';
import type { BackgroundWork } from './background.js';

/** Webhook URLs carry capability tokens: log them without their query string. */
export function redact(target: string): string {
  const q = target.indexOf('?');
  return q < 0 ? target : `${target.slice(0, q)}?…`;
}

/** The terminal webhook's body: v2 reports a failure as `error`, v3 as `failed`. */
export function webhookPayload(render: SimulatedRender): object {
  if (render.state === 'ready') return { pid: render.pid, status: 'ready', videoUrl: render.videoUrl };
  return { pid: render.pid, status: render.api === 'v2' ? 'error' : 'failed', error: render.error };
}

export interface WebhookSenderOptions {
  work: BackgroundWork;
  stats: RevidSimulatorStats;
  log: (message: string) => void;
  /** Waits between attempts; `length + 1` attempts in all. */
  retryDelaysMs: number[];
  /** Per-attempt timeout. */
  timeoutMs: number;
}

export class WebhookSender {
  constructor(private readonly options: WebhookSenderOptions) {}

  /** One POST; resolves with the status or the error, never rejects. */
  private postOnce(target: string, body: string): Promise<{ status?: number; error?: string }> {
    const { work, timeoutMs } = this.options;
    return new Promise((resolve) => {
      if (work.closed) return resolve({ error: 'simulator closed' });
      let url: URL;
      try {
        url = new URL(target);
      } catch {
        return resolve({ error: 'invalid webhook URL' });
      }
      const client = url.protocol === 'https:' ? https : http;
      const req = client.request(
        url,
        {
          method: 'POST',
          agent: false,
          headers: {
            'content-type': 'application/json',
            'content-length': Buffer.byteLength(body),
            'user-agent': 'revid-simulator/1.0',
            connection: 'close',
          },
        },
        (res) => {
          res.resume();
          res.on('end', () => resolve({ status: res.statusCode }));
          res.on('error', () => resolve({ status: res.statusCode }));
        },
      );
      work.outbound.add(req);
      req.on('close', () => work.outbound.delete(req));
      req.setTimeout(timeoutMs, () => req.destroy(new Error(`timed out after ${timeoutMs} ms`)));
      req.on('error', (err) => resolve({ error: err.message }));
      req.end(body);
    });
  }

  /**
   * Delivers one copy of a webhook, retrying a `final` one after each delay until a 2xx (an `early` one
   * is tried once); every attempt is recorded on the render.
   */
  async deliver(render: SimulatedRender, kind: 'final' | 'early', payload: object, copy: number): Promise<void> {
    const { work, stats, log, retryDelaysMs } = this.options;
    if (!render.webhookUrl) return;
    const body = JSON.stringify(payload);
    for (let attempt = 1; attempt <= retryDelaysMs.length + 1; attempt++) {
      if (work.closed) return;
      stats.webhookAttempts++;
      const result = await this.postOnce(render.webhookUrl, body);
      const record: WebhookAttempt = { kind, copy, attempt, at: Date.now(), ...result };
      render.webhooks.push(record);
      const ok = result.status !== undefined && result.status >= 200 && result.status < 300;
      log(`webhook ${kind} pid=${render.pid} copy=${copy} attempt=${attempt} -> ${result.status ?? result.error} (${redact(render.webhookUrl)})`);
      if (ok) {
        stats.webhooksDelivered++;
        return;
      }
      const wait = retryDelaysMs[attempt - 1];
      if (wait === undefined || kind === 'early') break;
      await work.sleep(wait);
    }
    stats.webhooksAbandoned++;
  }

  /** The terminal webhook(s) of a render under the current faults (dropped, late, duplicated). */
  async sendTerminal(render: SimulatedRender, faults: RevidSimulatorFaults): Promise<void> {
    if (!render.webhookUrl) return;
    if (faults.dropWebhook) {
      this.options.log(`webhook for pid=${render.pid} dropped (fault dropWebhook)`);
      return;
    }
    if (faults.lateWebhookMs) await this.options.work.sleep(faults.lateWebhookMs);
    const copies = faults.duplicateWebhook === true ? 2 : typeof faults.duplicateWebhook === 'number' ? Math.max(1, faults.duplicateWebhook) : 1;
    const payload = webhookPayload(render);
    const first = [this.deliver(render, 'final', payload, 1)];
    if (copies >= 2) first.push(this.deliver(render, 'final', payload, 2));
    await Promise.all(first);
    for (let copy = 3; copy <= copies; copy++) await this.deliver(render, 'final', payload, copy);
  }
}
