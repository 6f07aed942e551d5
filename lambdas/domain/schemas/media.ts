import { IMAGE_CONTENT_TYPES, VIDEO_CONTENT_TYPES } from '@pet-roast/protocol';
import { z } from 'zod';
import { PetLabel } from './common.js';
import { matchMediaType } from '../media-type.js';

/**
 * Media URLs: the schema checks the shape; the SSRF-safe fetcher enforces https and public addresses
 * (a 400 `media_unreachable` that says why), so the one rule lives in one place.
 */
const httpsUrl = (what: string) =>
  z
    .url({ protocol: /^https?$/, error: `${what} must be an https URL` })
    .max(2048)
    .describe(`${what}: a public https URL (private, loopback and metadata addresses are refused).`);

export const ImageUrl = httpsUrl('image_url');
export const VideoUrl = httpsUrl('video_url');
/**
 * A caller's own licensed music track for a built-in video (docs/renderer.md "Music"): checked like a media
 * URL at submission, fetched through the SSRF-safe intake at render time (docs/media-intake.md "Audio").
 */
export const MusicUrl = z
  .url({ protocol: /^https?$/, error: 'music_url must be an https URL' })
  .max(2048)
  .describe(
    "Your own licensed music track (MP3, AAC/M4A, WAV, Ogg Vorbis/Opus or FLAC; at most 15 MiB and 10 min) on a public https URL, played instead of `music` under a built-in video's voice: looped when shorter than the video, its first part when longer. Private, loopback and metadata addresses are refused (400 media_unreachable); a file that is not such audio fails the job. Revid renders ignore it.",
  );
export const UploadKey = z
  .string()
  .max(256)
  .describe('The upload_key returned by POST /api/uploads, after the file was posted.');

/** Exactly one media source (docs/reference/spec.md §3.3/3.4). */
export const mediaSourceShape = {
  image_url: ImageUrl.optional(),
  video_url: VideoUrl.optional(),
  upload_key: UploadKey.optional(),
};

export function exactlyOneMediaSource(value: { image_url?: string; video_url?: string; upload_key?: string }, ctx: z.RefinementCtx): void {
  const given = (['image_url', 'video_url', 'upload_key'] as const).filter((k) => value[k] !== undefined);
  if (given.length !== 1) {
    ctx.addIssue({
      code: 'custom',
      path: given.length > 1 ? [given[1]!] : [],
      message: given.length === 0 ? 'exactly one of image_url, video_url or upload_key is required' : `give only one media source, not ${given.join(' and ')}`,
    });
  }
}

export const DetectPetsRequest = z
  .object(mediaSourceShape)
  .strict()
  .superRefine(exactlyOneMediaSource)
  .meta({ id: 'DetectPetsRequest' });

export const Box = z.object({ x: z.number().int(), y: z.number().int(), width: z.number().int(), height: z.number().int() });

export const DetectedPet = z
  .object({
    label: PetLabel,
    confidence: z.number().min(0).max(1),
    box: Box.describe('Pixels of the original, EXIF-oriented image.'),
    frame_time_s: z.number().optional().describe('Video only: time of the frame.'),
  })
  .meta({ id: 'DetectedPet' });

export const DetectPetsResponse = z
  .object({
    has_pets: z.boolean(),
    pets: z.array(DetectedPet).describe('Pet classes only, sorted by confidence.'),
    media: z.object({
      kind: z.enum(['image', 'video']),
      format: z.string(),
      width: z.number().int(),
      height: z.number().int(),
      frames_checked: z.number().int(),
    }),
    model: z.object({ name: z.string(), threshold: z.number() }),
    timings_ms: z.object({ fetch: z.number(), decode: z.number(), inference: z.number(), total: z.number() }),
  })
  .meta({ id: 'DetectPetsResponse' });

/** Image types POST /api/uploads accepts: the protocol's list, shared with the SDKs (packages/protocol/src/media.ts). */
export const IMAGE_UPLOAD_TYPES = IMAGE_CONTENT_TYPES;
/** Video types POST /api/uploads accepts (packages/protocol/src/media.ts). */
export const VIDEO_UPLOAD_TYPES = VIDEO_CONTENT_TYPES;

/** Every type POST /api/uploads accepts (the strict allow-list; parameters are ignored for the match). */
export const UPLOAD_TYPES = [...IMAGE_UPLOAD_TYPES, ...VIDEO_UPLOAD_TYPES] as const;
export type UploadType = (typeof UPLOAD_TYPES)[number];

/**
 * A media type per RFC 9110 §8.3.1 (case-insensitive `type/subtype`, parameters allowed and ignored for
 * the match, e.g. what browsers report for recordings: `video/webm;codecs=vp8,opus`) whose essence is in
 * the allow-list; parsed to that lower-case essence (docs/media-intake.md §2).
 */
export const UploadContentType = z
  .string()
  .max(255)
  .transform((value, ctx): UploadType => {
    const essence = matchMediaType(value, UPLOAD_TYPES);
    if (essence) return essence;
    ctx.addIssue({ code: 'custom', message: `must be one of ${UPLOAD_TYPES.join(', ')} (parameters such as ;codecs=… are allowed)` });
    return z.NEVER;
  })
  .describe(`MIME type of the file to upload: ${UPLOAD_TYPES.join(', ')}; case-insensitive, parameters (e.g. \`;codecs=vp8,opus\`) allowed and ignored.`)
  .meta({ examples: ['image/jpeg', 'video/webm;codecs=vp8,opus'] });

export const UploadRequest = z
  .object({
    content_type: UploadContentType,
  })
  .strict()
  .meta({ id: 'UploadRequest' });

export const UploadResponse = z
  .object({
    upload_key: z.string(),
    url: z.string().describe('POST the form here.'),
    fields: z.record(z.string(), z.string()).describe('Form fields to send before the `file` part.'),
    expires_in: z.number().int().describe('Seconds the form stays valid.'),
    max_bytes: z.number().int(),
  })
  .meta({ id: 'UploadResponse' });
