import type { ClientOutro } from '../auth/clients.js';
import type { VoicePreference } from '../../engines/speech/index.js';
import type { PetClass } from '../../engines/writer/index.js';
import type { LanguageCode } from '../languages.js';
import type { JobStatus, VideoProviderName } from '../schemas/jobs.js';
import type { CaptionStyle, SpeechProviderName, TextMode, WriterName } from '../vocabulary.js';

/** Where the job's customer callback stands (docs/reference/spec.md §3.10). */
export type CallbackState = 'none' | 'pending' | 'delivered' | 'failed' | 'gone';

/** A video job as stored (one item in the jobs table). */
export interface Job {
  job_id: string;
  /**
   * The API client that created the job (docs/tenancy.md): the only client that can read, delete or
   * be called back about it. Absent on jobs written before ownership was recorded (owned by nobody).
   */
  client_id?: string;
  /**
   * The creating client's end card at submission (docs/tenancy.md "End card"), from the authorizer's
   * context; absent when it has none. The built-in renderer draws it; nothing else reads it.
   */
  outro?: ClientOutro;
  status: JobStatus;
  /** Monotonic write counter; every transition is conditional on it. */
  version: number;
  detail: string | null;
  progress: number | null;
  created_at: string;
  updated_at: string;
  /** Epoch seconds; DynamoDB TTL. */
  expires_at: number;
  text: string;
  /** How `text` is used (`prompt`: the service writes the roast; `script`: narrated as given). Absent on jobs stored before it existed: verbatim. */
  text_mode?: TextMode;
  language: LanguageCode;
  source_lang: LanguageCode;
  filter_id: string | null;
  /** Burned-in captions of a built-in render (docs/renderer.md "Captions"). Absent on older jobs: `karaoke`. */
  caption_style?: CaptionStyle;
  /** Music asked for (`auto`, `none` or a track id; docs/renderer.md "Music"). Absent on older jobs: `none`. */
  music?: string;
  /** The caller's own track (generate-video `music_url`), fetched at render time; it replaces `music`. */
  music_url?: string;
  /** The track that played (built-in renders), set on completion: a track id, `caller` (music_url) or null. */
  music_track?: string | null;
  /** The filter look the built-in render applied (docs/renderer.md "Filter looks"), set on completion. */
  filter_applied?: string | null;
  callback_url: string | null;
  metadata: Record<string, string> | null;
  media_key: string;
  media_kind: 'image' | 'video';
  media_content_type: string;
  detected_pets: Array<{ label: string; confidence: number }>;
  /**
   * Where the pets are, for the built-in renderer's framing: boxes in pixels of the EXIF-oriented
   * original (image) or of the frame at `pet_frame_time_s` (video), best first, at most
   * {@link MAX_STORED_BOXES}. Absent on jobs created before it was stored.
   */
  pet_boxes?: Array<{ x: number; y: number; width: number; height: number; label?: string }>;
  /** Video input: the time (s) of the frame `pet_boxes` were seen in. */
  pet_frame_time_s?: number;
  /**
   * Video input: the pets' boxes in every sampled frame (`t`, seconds into the clip; display pixels), the
   * best {@link MAX_TRACK_BOXES_PER_FRAME} of each frame, so the filter look's overlay can follow the pet the
   * roast is about through the clip (docs/renderer.md "Filter looks"). Absent for photos and older jobs.
   */
  pet_track?: Array<{ t: number; x: number; y: number; width: number; height: number; label: string }>;
  /** The provider that makes (or made) the video; set when the render starts. */
  provider?: VideoProviderName;
  /** Animals of each class seen together in the best image or frame (for "two dogs" roasts). */
  pet_counts?: Record<string, number>;
  /**
   * The narration, stored by the render worker before any provider call (a retried render reuses it):
   * first as written, then, when the narration language differs, translated (`written` keeps the original).
   */
  script?: JobScript;
  /** SHA-256 of the per-render capability token in the provider's webhook URL. */
  webhook_token_hash?: string;
  /** When a render worker claimed the job for submission (the render lease). */
  render_claimed_at?: string;
  provider_pid?: string;
  submitted_at?: string;
  /** Provider's video URL (never handed out when a mirror exists). */
  provider_video_url?: string;
  video_key?: string;
  thumbnail_url?: string | null;
  /** Our copy of the thumbnail (built-in renders), handed out presigned. */
  thumbnail_key?: string;
  /** WebVTT subtitles (built-in renders), handed out presigned as `subtitles_url`. */
  subtitles_key?: string;
  duration_s?: number | null;
  failure_reason?: string;
  /** The caller's voice choice (generate-video `voice`); absent: each provider's default voice at speed 1. */
  voice?: VoicePreference;
  /** Who spoke the narration of a built-in render (docs/voices.md); set when the job completes. */
  narration?: JobNarration;
  /** Terminal callback: one event id per job, the same on every attempt. */
  callback_state: CallbackState;
  callback_event_id?: string;
  callback_attempts?: number;
  callback_next_at?: string;
  completed_at?: string;
}

/** The provider that actually spoke a job's narration (after any fail-over) and its voice. */
export interface JobNarration {
  language: LanguageCode;
  provider: SpeechProviderName;
  voice: string;
  /** True when the provider was a local simulator. */
  simulated?: boolean;
}

/** At most this many pet boxes are stored on a job (the best ones; enough to frame a group). */
export const MAX_STORED_BOXES = 8;
/** At most this many boxes per sampled video frame are stored in `pet_track` (with ≤ 32 frames, ≤ 128 boxes). */
export const MAX_TRACK_BOXES_PER_FRAME = 4;
/** A job's written (and possibly translated) narration (docs/writer.md, "Storage"). */
export interface JobScript {
  lines: string[];
  /** The language of `lines`: the job's narration language once translated. */
  language: LanguageCode;
  writer: WriterName;
  /** The model that wrote it (Bedrock); absent for template and verbatim scripts. */
  model?: string;
  /** The lines as written, when `lines` is their translation. */
  written?: { lines: string[]; language: LanguageCode };
  /** The pet class the roast is about (the prompt's species when it names one, else the detector's); absent for verbatim scripts. */
  subject?: PetClass;
}

/** The narrated text of a job (lines joined with spaces), once written. */
export const scriptText = (job: Pick<Job, 'script'>): string | null => (job.script ? job.script.lines.join(' ') : null);

export const TERMINAL: ReadonlySet<JobStatus> = new Set(['completed', 'failed']);
export const isTerminal = (status: JobStatus): boolean => TERMINAL.has(status);

/** The transitions docs/reference/spec.md §4 allows; terminal states have none. */
export const TRANSITIONS: Readonly<Record<JobStatus, readonly JobStatus[]>> = {
  queued: ['processing', 'failed'],
  processing: ['completed', 'failed'],
  completed: [],
  failed: [],
};

export const canTransition = (from: JobStatus, to: JobStatus): boolean => TRANSITIONS[from].includes(to);

/** Order of progress; a job's rank never decreases. */
export const RANK: Readonly<Record<JobStatus, number>> = { queued: 0, processing: 1, completed: 2, failed: 2 };

/** The one event id of a job's terminal callback (stable, so every attempt and every path agree). */
export const callbackEventId = (jobId: string): string => `msg_${jobId.replace(/^job_/, '')}`;

/** GET /api/video-status view (docs/reference/spec.md §3.5). */
export function statusView(job: Job) {
  return {
    job_id: job.job_id,
    status: job.status,
    detail: job.detail,
    progress: job.progress,
    updated_at: job.updated_at,
    language: job.language,
    filter_id: job.filter_id,
    metadata: job.metadata,
    provider: job.provider ?? null,
    script: scriptText(job),
    writer: job.script?.writer ?? null,
    script_subject: job.script?.subject ?? null,
    narration: job.narration ?? null,
  };
}
