/**
 * The video provider port (docs/video-providers.md): the render step and the sync step of a job talk to
 * a {@link VideoProvider}, never to a provider's client. Two implementations:
 *
 * - `revid` (engines/revid/provider.ts): Revid.ai renders remotely. `start` submits with a webhook URL
 *   carrying the job's per-render token and returns Revid's project id; `check` reads Revid's status.
 *   The job is completed later, from the webhook hint, a sync poll or the reconciler, and the MP4 is
 *   mirrored into our bucket.
 * - `builtin` (engines/renderer/video-provider.ts): renders in this process with ffmpeg and espeak-ng
 *   and puts the MP4 and thumbnail in our bucket before `start` returns.
 */
import { AppError } from '../errors.js';
import { isScriptMismatch } from '../../engines/translation/index.js';
import type { Job, JobNarration } from '../jobs/model.js';
import type { LanguageCode } from '../languages.js';
import type { VideoProviderName } from '../schemas/jobs.js';

// The provider names live beside the job's status (schemas/jobs.ts); re-exported for the port's users.
export { VIDEO_PROVIDERS, type VideoProviderName } from '../schemas/jobs.js';

/** `VIDEO_FALLBACK`: what a job does when Revid cannot render it (docs/video-providers.md "Fallback"). */
export type VideoFallback = 'builtin' | 'none';

/** What is narrated: caption lines in the narration language's own script. */
export interface Narration {
  lines: string[];
  language: LanguageCode;
  /**
   * The video's title in the narration language (writer/title.ts `videoTitle`: the pet's name from the prompt,
   * else the language's generic title); the built-in renderer's opener shows it (docs/renderer.md "Opener and end card").
   */
  title?: string;
}

/** One render of one job. */
export interface RenderRequest {
  job: Job;
  /** The roast in the narration language (what an external provider narrates itself). */
  text: string;
  /** The roast as narration lines (what the built-in renderer speaks and captions). */
  narration: Narration;
  /**
   * The per-render capability token for the provider's webhook URL. Only its hash is stored on the job,
   * before `start` is called, so an early webhook already authenticates (providers/webhook-tokens.ts).
   */
  webhookToken: string;
  /** Aborts an in-process render (the worker's remaining time). */
  signal?: AbortSignal;
  /**
   * Called by an inline provider as its render advances: `fraction` of the render done (0..1, never
   * decreasing). The render step maps it onto the job's `progress` (jobs/inline-render.ts `renderProgress`).
   * Remote providers report progress through their status API instead.
   */
  onProgress?: (fraction: number) => void;
}

/** A video in our bucket. */
export interface StoredVideo {
  /** Key of the MP4 under the video prefix (`videos/<job>/…`). */
  videoKey: string;
  /** Key of the JPEG thumbnail, when the provider made one. */
  thumbnailKey: string | null;
  /** Key of the WebVTT subtitles, when the provider made them (built-in). */
  subtitlesKey?: string | null;
  /** The music track that played (built-in), or null. */
  musicTrack?: string | null;
  /** The filter look applied (built-in), or null. */
  filterApplied?: string | null;
  /** Length in seconds. */
  durationS: number | null;
  /** Who spoke the narration, when this service rendered it (docs/voices.md). */
  narration?: JobNarration;
}

/** What `start` achieved: a remote render to follow, or a finished video. */
export type RenderStart = { state: 'submitted'; pid: string } | { state: 'rendered'; video: StoredVideo };

/** A remote render's state, as its provider reports it. */
export type RenderCheck =
  | { state: 'pending'; progress?: number }
  | { state: 'failed'; reason: string }
  /** `videoUrl`/`thumbnailUrl` already passed the provider's host allow-list. */
  | { state: 'ready'; videoUrl: string; thumbnailUrl: string | null; durationS: number | null };

/**
 * A video provider. Errors thrown by `start`/`check` carry `retryable: boolean` (RevidError, the
 * renderer's RenderError/RenderInputError) and may name their kind themselves
 * ({@link ClassifiedProviderError}); {@link classifyProviderError} turns them into the render policy's
 * three kinds.
 */
export interface VideoProvider {
  readonly name: VideoProviderName;
  /**
   * `remote`: `start` submits and returns a pid; `check` follows it. `inline`: `start` renders the video
   * into our bucket and returns it (the job is `processing` meanwhile, under the render lease).
   */
  readonly mode: 'remote' | 'inline';
  start(request: RenderRequest): Promise<RenderStart>;
  /** The state of a submitted render (remote providers). */
  check?(pid: string): Promise<RenderCheck>;
}

/** The providers a deployment has, and which one new jobs use. */
export interface VideoProviders {
  /** `VIDEO_PROVIDER`: the provider for new jobs. */
  selected: VideoProviderName;
  /** `VIDEO_FALLBACK`: whether a job Revid cannot render is re-rendered by `builtin`. */
  fallback: VideoFallback;
  revid?: VideoProvider;
  builtin?: VideoProvider;
}

/**
 * How the render policy treats a provider failure:
 * - `transient`: worth another attempt (429, 5xx, timeouts, network, a crashed tool);
 * - `account`: the provider refuses this deployment, not this job (HTTP 401/403, 402 / out of
 *   credits): retrying cannot help, another provider can;
 * - `permanent`: this job's input cannot be rendered (bad request, corrupt media, empty narration).
 */
export type ProviderFailure = 'transient' | 'account' | 'permanent';

/**
 * An error that names its own {@link ProviderFailure} kind. A provider whose errors need a finer split
 * than `retryable` (Revid's account refusals: engines/revid/client.ts) sets `providerFailure`, so the
 * port never needs to know any provider's own reason strings.
 */
export interface ClassifiedProviderError {
  readonly providerFailure: ProviderFailure;
}

const FAILURES: ReadonlySet<unknown> = new Set<ProviderFailure>(['transient', 'account', 'permanent']);

/**
 * Classifies an error thrown by a provider (or by the steps around it: script writing, translation,
 * mirroring). An error's own `providerFailure` ({@link ClassifiedProviderError}) wins; otherwise
 * `retryable: true` is `transient`, `retryable: false` is `permanent`, an AppError without the flag is
 * `transient` only when 5xx-class; anything else (a bug, an unexpected exception, a lost write) is
 * `transient`, so it is retried and, when the budget is spent, settled by the policy instead of being lost.
 */
export function classifyProviderError(err: unknown): ProviderFailure {
  // A translation in the wrong script after every translation provider was tried is final (docs/translation.md).
  if (isScriptMismatch(err)) return 'permanent';
  const e = err as { providerFailure?: unknown; retryable?: unknown } | null;
  if (e && typeof e === 'object') {
    if (FAILURES.has(e.providerFailure)) return e.providerFailure as ProviderFailure;
    if (typeof e.retryable === 'boolean') return e.retryable ? 'transient' : 'permanent';
  }
  // Our own errors without a flag: 4xx-class (bad input, refusals) are final, 5xx-class are retried.
  if (err instanceof AppError) return err.status >= 500 ? 'transient' : 'permanent';
  return 'transient';
}

/**
 * The provider for a new job: the selected one. Throws when the deployment selected a provider it
 * did not wire (a configuration error that must not pass silently).
 */
export function selectProvider(providers: VideoProviders): VideoProvider {
  const provider = providers[providers.selected];
  if (!provider) throw new Error(`VIDEO_PROVIDER=${providers.selected} is selected but not configured`);
  return provider;
}

/**
 * The provider that takes over a job `from` could not render, or undefined when the job must fail:
 * Revid's account errors and a spent retry budget fall back to `builtin` when `VIDEO_FALLBACK=builtin`
 * and the deployment has it; `builtin` itself has no fallback, and neither has a `permanent` input error
 * (another renderer would refuse the same input).
 */
export function fallbackProvider(providers: VideoProviders, from: VideoProviderName, failure: ProviderFailure | 'budget'): VideoProvider | undefined {
  if (providers.fallback !== 'builtin' || from === 'builtin' || failure === 'permanent' || failure === 'transient') return undefined;
  return providers.builtin;
}
