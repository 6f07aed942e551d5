import { z } from 'zod';
import { JobId, LanguageCodeSchema, PetLabel } from './common.js';
import { exactlyOneMediaSource, mediaSourceShape } from './media.js';

export const JOB_STATUSES = ['queued', 'processing', 'completed', 'failed'] as const;
export const JobStatus = z.enum(JOB_STATUSES);
export type JobStatus = z.infer<typeof JobStatus>;

/** A flat object of strings, at most 2 KB serialized (SPEC 3.4). */
export const Metadata = z
  .record(z.string().min(1).max(64), z.string().max(512))
  .refine((m) => Object.keys(m).length <= 32, 'at most 32 keys')
  .refine((m) => Buffer.byteLength(JSON.stringify(m), 'utf8') <= 2048, 'must be at most 2 KB serialized')
  .describe('Flat object of strings (≤ 2 KB serialized), echoed in status and callbacks.');

export const GenerateVideoRequest = z
  .object({
    text: z.string().min(1).max(5000).describe('The roast line.'),
    ...mediaSourceShape,
    language: z.string().default('en').describe('Narration language (ISO 639-1).'),
    source_lang: z.string().default('en').describe('Language of `text`.'),
    filter_id: z.string().max(64).optional().describe('An id from GET /api/banuba-filters.'),
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
  })
  .meta({ id: 'VideoStatusResponse' });

export const VideoResultResponse = z
  .object({
    job_id: JobId,
    status: z.literal('completed'),
    video_url: z.string(),
    thumbnail_url: z.string().nullable(),
    duration_s: z.number().nullable(),
    detail: z.string().nullable(),
    provider: VideoProviderSchema.describe('The provider that made the video.'),
  })
  .meta({ id: 'VideoResultResponse' });

/** The body POSTed to the app backend when a job ends (SPEC 3.10). */
export const CallbackEvent = z
  .object({
    type: z.enum(['video.completed', 'video.failed']),
    timestamp: z.string(),
    data: z.object({
      job_id: JobId,
      status: z.enum(['completed', 'failed']),
      video_url: z.string().nullable(),
      detail: z.string().nullable(),
      detected_pets: z.array(PetSummary),
      metadata: z.record(z.string(), z.string()).nullable(),
    }),
  })
  .meta({ id: 'CallbackEvent' });
export type CallbackEvent = z.infer<typeof CallbackEvent>;
