/**
 * The Revid simulator's public shapes (local/simulators/revid.ts): its options, faults, recorded renders
 * and statistics. Kept apart so the simulator's helpers (http.ts, webhooks.ts) import them without
 * importing the simulator itself (no import cycle).
 */
/** Force the next `times` calls of an endpoint to answer `status` (402 bodies say `insufficient_credits`). */
export interface ForcedResponse {
  status: number;
  /** How many calls (default 1); `Infinity` until cleared. */
  times?: number;
  /** `Retry-After` seconds for 429 (default 5) and 503. */
  retryAfterS?: number;
  /** Override the `error` text of the `{success:0,error}` body. */
  error?: string;
}

export interface RevidSimulatorFaults {
  /** Forced answers for `POST …/render` (v3 and v2), checked before auth. */
  renderStatus?: ForcedResponse;
  /** Forced answers for `GET …/status` (v3 and v2), checked before auth. */
  statusStatus?: ForcedResponse;
  /** Added before every API answer (render and status). */
  latencyMs?: number;
  /** Render calls are never answered (the client must time out). */
  hangRender?: boolean;
  /** Status calls are never answered. */
  hangStatus?: boolean;
  /** Renders accepted while set end `failed` with this message (`true`: a default message). */
  failRender?: boolean | string;
  /** Terminal webhooks are not sent at all. */
  dropWebhook?: boolean;
  /** Send the terminal webhook this many times (`true` = 2): the first two concurrently, the rest one by one. */
  duplicateWebhook?: boolean | number;
  /** Wait this long after the terminal state before sending the webhook. */
  lateWebhookMs?: number;
  /** Right after accepting a render, send a bogus `ready` webhook while `/status` still says `building`. */
  webhookBeforeReady?: boolean;
  /** Replace the `/status` JSON (merged over `{success:1,pid}`), e.g. `{status:'rendering', progress:40}`. */
  statusOverride?: Record<string, unknown>;
}

export interface RevidSimulatorOptions {
  port?: number;
  host?: string;
  /** The accepted API key (default `sim-revid-key`). */
  apiKey?: string;
  /** Time from accept to the terminal state (default 1500 ms). */
  renderMs?: number;
  /** Receives every log line (already prefixed `[revid-simulator]`). Default: console.log. */
  log?: (line: string) => void;
  faults?: RevidSimulatorFaults;
  /** Base for `videoUrl`/`thumbnailUrl` when clients reach the simulator under another name. */
  publicUrl?: string;
  /** Waits between webhook attempts; the webhook is tried `length + 1` times (default [200, 1000, 3000]). */
  webhookRetryDelaysMs?: number[];
  /** Per-attempt webhook timeout (default 5000 ms). */
  webhookTimeoutMs?: number;
  /** Fetch each provided media URL like Revid would; an unreachable one ends the render `failed` (default false). */
  checkMedia?: boolean;
  /** ffmpeg binary used once per process to make the sample MP4; `false` uses the embedded clip. */
  ffmpeg?: string | false;
}

export interface WebhookAttempt {
  kind: 'final' | 'early';
  copy: number;
  attempt: number;
  at: number;
  status?: number;
  error?: string;
}

export interface SimulatedRender {
  pid: string;
  api: 'v3' | 'v2';
  /** The request body exactly as parsed. */
  body: Record<string, unknown>;
  workflow: string;
  webhookUrl?: string;
  state: 'building' | 'ready' | 'failed';
  createdAt: number;
  readyAt: number;
  error?: string;
  videoUrl?: string;
  thumbnailUrl?: string;
  auth: 'key' | 'bearer';
  userAgent?: string;
  webhooks: WebhookAttempt[];
}

export interface RevidSimulatorStats {
  renderRequests: number;
  statusRequests: number;
  mediaRequests: number;
  rendersAccepted: number;
  webhookAttempts: number;
  webhooksDelivered: number;
  /** Deliveries abandoned after the last retry. */
  webhooksAbandoned: number;
  /** The last 200 API requests (never the key itself). */
  requests: Array<{ method: string; path: string; auth: 'key' | 'bearer' | 'none' | 'invalid'; userAgent?: string; at: number }>;
}

export interface RevidSimulator {
  url: string;
  apiKey: string;
  renders: Map<string, SimulatedRender>;
  stats: RevidSimulatorStats;
  faults: {
    /** Merge faults; a key set to `undefined` clears it. */
    set(faults: Partial<RevidSimulatorFaults>): void;
    reset(): void;
    readonly current: Readonly<RevidSimulatorFaults>;
  };
  /**
   * Move a building render to its terminal state now (tests that don't want to wait `renderMs`).
   * Resolves once `/status` shows the new state; the webhook follows in the background (see `idle`).
   */
  finish(pid: string, outcome?: { error?: string }): Promise<void>;
  /** Resolves once no render timer or webhook delivery is pending. */
  idle(): Promise<void>;
  /** Stops listening, cancels timers and webhook deliveries, destroys every open socket. */
  close(): Promise<void>;
}
