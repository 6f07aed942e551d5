import { ulid } from 'ulid';
import { getConfig } from '../domain/config.js';
import { IMAGE_UPLOAD_TYPES, UploadRequest } from '../domain/schemas/media.js';
import { mediaStore } from '../adapters/composition.js';
import { httpHandler } from '../http/handler.js';
import { callerClientId } from '../http/caller.js';
import { OWNER_METADATA, uploadKeyOf } from '../domain/auth/ownership.js';

/**
 * POST /api/uploads (docs/reference/spec.md §3.8): a presigned S3 POST limited to the declared type and the size cap.
 * The detector still sniffs and size-checks what arrives, since a client can lie. The key carries the
 * caller's owner tag and the object records the caller (`x-amz-meta-client-id`), so only the caller
 * can use it (docs/tenancy.md).
 */
export const handler = httpHandler({ body: UploadRequest }, async ({ body, event }) => {
  const clientId = callerClientId(event);
  const config = getConfig();
  // body.content_type is the allow-listed essence (parameters dropped): the presigned policy pins exactly it.
  const kind = (IMAGE_UPLOAD_TYPES as readonly string[]).includes(body.content_type) ? 'image' : 'video';
  const maxBytes = kind === 'image' ? config.MAX_IMAGE_BYTES : config.MAX_VIDEO_BYTES;
  const uploadKey = uploadKeyOf(clientId, ulid(), kind);
  const form = await mediaStore().presignPost(uploadKey, body.content_type, maxBytes, config.UPLOAD_EXPIRES_S, { [OWNER_METADATA]: clientId });
  return {
    status: 201,
    body: { upload_key: uploadKey, url: form.url, fields: form.fields, expires_in: config.UPLOAD_EXPIRES_S, max_bytes: maxBytes },
  };
});
