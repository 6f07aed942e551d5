import { DetectPetsRequest } from '../domain/schemas/media.js';
import type { MediaSource } from '../domain/ports.js';
import { petDetector } from '../adapters/detection-wiring.js';
import { httpHandler } from '../http/handler.js';
import { callerClientId } from '../http/caller.js';

/**
 * POST /api/detect-pets (docs/reference/spec.md §3.3): validate an upload or URL before creating a job. An `upload_key`
 * of another client is answered like one that names nothing (docs/tenancy.md).
 */
export const handler = httpHandler({ body: DetectPetsRequest }, async ({ body, event }) => {
  const owner = callerClientId(event);
  const { media_key: _key, media_content_type: _type, ...result } = await petDetector().detect({ source: body as MediaSource, owner });
  return { status: 200, body: result };
});
