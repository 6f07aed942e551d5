import type { LanguageCode } from '../languages.js';
import type { VideoProviders } from '../providers/video-provider.js';
import type { RoastWriter } from '../../engines/writer/index.js';
import type { Job } from './model.js';
import type { RecentScripts } from './narration.js';
import type { JobStore, WorkQueues } from './ports.js';

/**
 * What the job-state operations of a render need (the render worker's wiring: adapters/render-wiring.ts).
 * One interface for all of them: the lease (lease.ts), the render step (render-job.ts), the inline render
 * (inline-render.ts), the sync step (sync-job.ts), settling (settle.ts), the fallback (fallback.ts) and
 * the queue policy (queue-policy.ts); each takes the part it uses.
 */
export interface RenderDeps {
  store: JobStore;
  queues: WorkQueues;
  /** The video providers of this deployment, which one new jobs use and the fallback (providers/video-provider.ts). */
  providers: VideoProviders;
  /** Writes the roast from the prompt (docs/writer.md); default: the template writer. */
  writer?: RoastWriter;
  /** Remembers the last script digest per prompt, so consecutive jobs of one prompt differ (docs/writer.md). */
  recentScripts?: RecentScripts;
  /** Translates the roast into the narration language (the translation service). */
  translate: (text: string, source: LanguageCode, target: LanguageCode) => Promise<string>;
  /** Copies a remote provider's video into our bucket; returns the key. Absent when mirroring is off. */
  mirror?: (jobId: string, videoUrl: string) => Promise<string>;
  /** Seconds a render claim blocks other copies of the message (default `RENDER_LEASE_S`, lease.ts). */
  renderLeaseS?: number;
  /** Whether a completion-callback target exists for the job (its own URL or the deployment default). */
  hasCallbackTarget: (job: Job) => boolean;
  /**
   * Removes the job's objects, as DELETE /api/jobs does (its media and everything under `media/<job>/`
   * and `videos/<job>/`). Called when the job was erased while its video was being rendered or
   * mirrored, so the video stored meanwhile does not outlive the job (docs/reference/spec.md §3.12,
   * docs/renderer.md "Progress"). Absent: nothing is removed.
   */
  eraseJobObjects?: (job: Job) => Promise<void>;
  now?: () => Date;
}

/** The operations' clock: `deps.now` (tests pin it), else the wall clock. */
export const nowOf = (deps: Pick<RenderDeps, 'now'>): Date => deps.now?.() ?? new Date();

/**
 * Thrown for failures worth another attempt: the queue policy (queue-policy.ts) backs the message off
 * through the queue, never under `retryAfterS` (the provider's Retry-After, seconds).
 */
export class RetryableJobError extends Error {
  constructor(message: string, readonly retryAfterS?: number, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'RetryableJobError';
  }
}

/** A provider error's Retry-After in seconds, when it carries one (RevidError.retryAfterS). */
export const retryAfterOf = (err: unknown): number | undefined => (err as { retryAfterS?: number } | null)?.retryAfterS;
