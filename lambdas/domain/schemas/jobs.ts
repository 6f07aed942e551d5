import { z } from 'zod';
import { JobId, LanguageCodeSchema, PetLabel } from './common.js';
import { exactlyOneMediaSource, mediaSourceShape, MusicUrl } from './media.js';
import { CAPTION_STYLES, MAX_VOICE_SPEED, MIN_VOICE_SPEED, MUSIC_TRACK_IDS, SPEECH_PROVIDER_NAMES, TEXT_MODES, WRITER_NAMES } from '../vocabulary.js';

/** The narration once written (null before), and who wrote it (docs/writer.md). */
const scriptFields = {
  script: z.string().nullable().describe('The narrated roast once written (in the narration language once translated); null before.'),
  writer: z.enum(WRITER_NAMES).nullable().describe('Who wrote `script`: `bedrock`, `template` or `verbatim` (text_mode script); null before.'),
  script_subject: PetLabel.nullable().describe(
    'The pet class `script` roasts: the species the prompt names when it names one (the user\'s word wins over the detector), else the detected class; null before the script is written and for `text_mode: "script"`.',
  ),
};

/** The caller's voice choice on generate-video (docs/voices.md "Voice choice"). */
export const VoiceRequest = z
  .object({
    gender: z.enum(['female', 'male']).optional().describe('Voice gender; default female. Polly has no male Indian voice, so a male voice comes from the next provider on the route.'),
    speed: z.number().min(MIN_VOICE_SPEED).max(MAX_VOICE_SPEED).optional().describe(`Speaking rate factor, ${MIN_VOICE_SPEED}–${MAX_VOICE_SPEED}; default 1.`),
  })
  .strict()
  .meta({ id: 'VoiceRequest' });

/** Who spoke the narration of a built-in render (docs/voices.md); null before the render or when Revid narrated. */
const narrationField = {
  narration: z
    .object({
      language: LanguageCodeSchema,
      provider: z.enum(SPEECH_PROVIDER_NAMES).describe('The speech provider that actually spoke, after any fail-over.'),
      voice: z.string().describe("The provider's voice id (e.g. Kajal, hi-IN-Wavenet-A, espeak-ng's hi)."),
      simulated: z.boolean().optional().describe('Present and true when the provider was a local simulator.'),
    })
    .nullable()
    .meta({ id: 'Narration' }),
};

export const JOB_STATUSES = ['queued', 'processing', 'completed', 'failed'] as const;
export const JobStatus = z.enum(JOB_STATUSES);
export type JobStatus = z.infer<typeof JobStatus>;

/** The video providers (docs/video-providers.md): which one makes (or made) a job's video. */
export const VIDEO_PROVIDERS = ['builtin', 'revid'] as const;
/** Which provider made (or is making) a job's video; shown as `provider` in status and result. */
export type VideoProviderName = (typeof VIDEO_PROVIDERS)[number];

/** A flat object of strings, at most 2 KB serialized (docs/reference/spec.md §3.4). */
export const Metadata = z
  .record(z.string().min(1).max(64), z.string().max(512))
  .refine((m) => Object.keys(m).length <= 32, 'at most 32 keys')
  .refine((m) => Buffer.byteLength(JSON.stringify(m), 'utf8') <= 2048, 'must be at most 2 KB serialized')
  .describe('Flat object of strings (≤ 2 KB serialized), echoed in status and callbacks.');

/**
 * `music_url` replaces the music choice (docs/renderer.md "Music"): given with `music` `none` or a track id
 * it is a contradiction, refused (422 naming `music`). `music: "auto"` is the default and cannot be told
 * from an absent `music`, so the caller's track simply wins over it.
 */
function musicOrMusicUrl(value: { music?: string; music_url?: string }, ctx: z.RefinementCtx): void {
  if (value.music_url !== undefined && value.music !== undefined && value.music !== 'auto') {
    ctx.addIssue({ code: 'custom', path: ['music'], message: `give either music or music_url, not both: music_url plays your own track instead of '${value.music}'` });
  }
}

export const GenerateVideoRequest = z
  .object({
    text: z
      .string()
      .min(1)
      .max(5000)
      .refine((t) => /\S/u.test(t), 'must contain something other than white space')
      .describe(
        'With `text_mode: "prompt"` (default) an instruction such as "Roast my lazy beagle Bruno"; the service writes the roast. With `text_mode: "script"` the narration itself.',
      ),
    text_mode: z
      .enum(TEXT_MODES)
      .default('prompt')
      .describe('`prompt`: `text` is an instruction and the service writes a short roast of the detected pet; `script`: narrate `text` as given (contact details removed).'),
    ...mediaSourceShape,
    language: z.string().default('en').describe('Narration language (ISO 639-1).'),
    source_lang: z
      .string()
      .default('en')
      .describe('Language of `text`, as declared (not detected). A `text_mode: "script"` text must be written in its script, else 422 `script_language_mismatch`.'),
    voice: VoiceRequest.optional().describe('Narration voice for built-in renders: gender and speed (docs/voices.md).'),
    filter_id: z.string().max(64).optional().describe('An id from GET /api/banuba-filters.'),
    caption_style: z
      .enum(CAPTION_STYLES)
      .default('karaoke')
      .describe(
        'Burned-in captions of a built-in video: `karaoke` (the word being spoken highlighted), `phrase` (the phrase only) or `none`. The WebVTT subtitles (`subtitles_url`) are written whatever the style. Revid renders ignore it.',
      ),
    music: z
      .enum(['auto', 'none', ...MUSIC_TRACK_IDS])
      .default('auto')
      .describe(
        `Music bed of a built-in video, ducked under the voice: \`auto\` (a track chosen by the roast's mood), \`none\`, or a track id (${MUSIC_TRACK_IDS.join(', ')}). Every track is generated by the service's own code. \`music_url\` plays your own track instead (then leave \`music\` out). Revid renders ignore it.`,
      ),
    music_url: MusicUrl.optional(),
    callback_url: z
      .url({ protocol: /^https?$/, error: 'callback_url must be an https URL' })
      .max(2048)
      .optional()
      .describe('Where to POST the signed completion callback (https, public host; overrides the default).'),
    metadata: Metadata.optional(),
  })
  .strict()
  .superRefine(exactlyOneMediaSource)
  .superRefine(musicOrMusicUrl)
  .meta({ id: 'GenerateVideoRequest' });
export type GenerateVideoRequest = z.infer<typeof GenerateVideoRequest>;

/** The provider that makes the video (docs/video-providers.md). */
export const VideoProviderSchema = z.enum(VIDEO_PROVIDERS).describe('`builtin`: rendered by this service; `revid`: rendered by Revid.ai.');

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
    ...narrationField,
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
    music_track: z.string().nullable().describe('The music track that played under the voice (built-in videos): a track id, `caller` when your `music_url` track played, or null for none.'),
    filter_applied: z
      .string()
      .nullable()
      .describe('The filter whose render look (colour grade and overlay) the built-in video shows, or null. The Banuba effect for the app is separate.'),
    detail: z.string().nullable(),
    provider: VideoProviderSchema.describe('The provider that made the video.'),
    ...scriptFields,
    ...narrationField,
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
      music_track: z
        .string()
        .nullable()
        .describe('The music track that played under the voice of a built-in video: a track id, `caller` when your `music_url` track played, or null (none, a failed job, or a Revid video).'),
      detail: z.string().nullable(),
      detected_pets: z.array(PetSummary),
      metadata: z.record(z.string(), z.string()).nullable(),
      ...scriptFields,
      ...narrationField,
    }),
  })
  .meta({ id: 'CallbackEvent' });
export type CallbackEvent = z.infer<typeof CallbackEvent>;
