import { DetectPetsRequest } from '../core/schemas/media.js';
import type { MediaSource } from '../core/ports.js';
import { petDetector } from '../adapters/detector.js';
import { httpHandler } from '../http/handler.js';

/** POST /api/detect-pets (SPEC 3.3): validate an upload or URL before creating a job. */
export const handler = httpHandler({ body: DetectPetsRequest }, async ({ body }) => {
  const { media_key: _key, media_content_type: _type, ...result } = await petDetector().detect({ source: body as MediaSource });
  return { status: 200, body: result };
});
