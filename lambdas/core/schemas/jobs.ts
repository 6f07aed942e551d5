import { z } from 'zod';
import { JobId, LanguageCodeSchema, PetLabel } from './common.js';
import { exactlyOneMediaSource, mediaSourceShape } from './media.js';
import { TEXT_MODES, WRITER_NAMES } from '../writer/types.js';
import { CAPTION_STYLES } from '../providers/builtin/captions.js';

/** The narration once written (null before), and who wrote it (docs/writer.md). */
const scriptFields = {
  script: z.string().nullable().describe('The narrated roast once written (in the narration language once translated); null before.'),
  writer: z.enum(WRITER_NAMES).nullable().describe('Who wrote `script`: `bedrock`, `template` or `verbatim` (text_mode script); null before.'),
};

export const JOB_STATUSES = ['queued', 'processing', 'completed', 'failed'] as const;
export const JobStatus = z.enum(JOB_STATUSES);
export type JobStatus = z.infer<typeof JobStatus>;

/** A flat object of strings, at most 2 KB serialized (docs/reference/spec.md §3.4). */
export const Metadata = z
  .record(z.string().min(1).max(64), z.string().max(512))
  .refine((m) => Object.keys(m).length <= 32, 'at most 32 keys')
  .refine((m) => Buffer.byteLength(JSON.stringify(m), 'utf8') <= 2048, 'must be at most 2 KB serialized')
  .describe('Flat object of strings (≤ 2 KB serialized), echoed in status and callbacks.');

export const GenerateVideoRequest = z
  .object({
    text: z
      .string()
      .min(1)
      .max(5000)
      .describe(
        'With `text_mode: "prompt"` (default) an instruction such as "Roast my lazy beagle Bruno"; the service writes the roast. With `text_mode: "script"` the narration itself.',
      ),
    text_mode: z
      .enum(TEXT_MODES)
      .default('prompt')
      .describe('`prompt`: `text` is an instruction and the service writes a short roast of the detected pet; `script`: narrate `text` as given (contact details removed).'),
    ...mediaSourceShape,
    language: z.string().default('en').describe('Narration language (ISO 639-1).'),
    source_lang: z.string().default('en').describe('Language of `text`.'),
    filter_id: z.string().max(64).optional().describe('An id from GET /api/banuba-filters.'),
    caption_style: z
      .enum(CAPTION_STYLES)
      .default('karaoke')
      .describe(
        'Burned-in captions of a built-in video: `karaoke` (the word being spoken highlighted), `phrase` (the phrase only) or `none`. The WebVTT subtitles (`subtitles_url`) are written whatever the style. Revid renders ignore it.',
      ),
    callback_url: z
      .url({ protocol: /^https?$/, error: 'callback_url must be an https URL' })
      .max(2048)
      .optional()
      .describe('Where to POST the signed completion callback (https, public host; overrides the default).'),
    metadata: Metadata.optional(),
  })
  .strict()
  .superRefine(exactlyOneMediaSource)
  .meta({ id: 'GenerateVideoRequest' });
export type GenerateVideoRequest = z.infer<typeof GenerateVideoRequest>;

/** The provider that makes the video (docs/video-providers.md). */
export const VideoProviderSchema = z.enum(['builtin', 'revid']).describe('`builtin`: rendered by this service; `revid`: rendered by Revid.ai.');

export const PetSummary = z.object({ label: PetLabel, confidence: z.number() });

export const GenerateVideoResponse = z
  .object({
    job_id: JobId,
    status: JobStatus,
    detected_pets: z.array(PetSummary),
    recommended_filters: z.array(z.string()),
  })
  .meta({ id: 'GenerateVideoResponse' });

export const IdempotencyKeyHeader = z
  .string()
  .min(1)
  .max(255)
  .regex(/^[\x21-\x7e]+$/, 'must be 1..255 printable ASCII characters without spaces');

/** The request headers POST /api/generate-video reads. */
export const GenerateVideoHeaders = z.object({
  'Idempotency-Key': IdempotencyKeyHeader.optional().meta({
    description:
      'Makes retries safe: the same key with the same body within 24 h returns the first answer and creates no second job; with another body it is a 409 idempotency_conflict. 1-255 printable ASCII characters.',
    example: 'order-7f3a2c-attempt',
  }),
});

export const JobPath = z.object({ job_id: JobId });

export const VideoStatusResponse = z
  .object({
    job_id: JobId,
    status: JobStatus,
    detail: z.string().nullable(),
    progress: z.number().int().min(0).max(100).nullable(),
    updated_at: z.string().describe('ISO 8601 UTC.'),
    language: LanguageCodeSchema,
    filter_id: z.string().nullable(),
    metadata: z.record(z.string(), z.string()).nullable(),
    provider: VideoProviderSchema.nullable().describe('The provider rendering the video; null until the render starts.'),
    ...scriptFields,
  })
  .meta({ id: 'VideoStatusResponse' });

export const VideoResultResponse = z
  .object({
    job_id: JobId,
    status: z.literal('completed'),
    video_url: z.string(),
    thumbnail_url: z.string().nullable(),
    duration_s: z.number().nullable(),
    subtitles_url: z
      .string()
      .nullable()
      .describe('WebVTT subtitles of a built-in video (a cue per phrase, word timestamps inside), presigned like `video_url`; null for Revid videos.'),
    detail: z.string().nullable(),
    provider: VideoProviderSchema.describe('The provider that made the video.'),
    ...scriptFields,
  })
  .meta({ id: 'VideoResultResponse' });

/** The body POSTed to the app backend when a job ends (docs/reference/spec.md §3.10). */
export const CallbackEvent = z
  .object({
    type: z.enum(['video.completed', 'video.failed']),
    timestamp: z.string(),
    data: z.object({
      job_id: JobId,
      status: z.enum(['completed', 'failed']),
      video_url: z.string().nullable(),
      subtitles_url: z.string().nullable().describe('WebVTT subtitles of a built-in video, presigned like `video_url`; null otherwise.'),
      detail: z.string().nullable(),
      detected_pets: z.array(PetSummary),
      metadata: z.record(z.string(), z.string()).nullable(),
      ...scriptFields,
    }),
  })
  .meta({ id: 'CallbackEvent' });
export type CallbackEvent = z.infer<typeof CallbackEvent>;
