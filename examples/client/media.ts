/**
 * Reading an upload into memory and naming its Content-Type. The type comes from the magic bytes,
 * with the same sniffer the service uses (so a file the service would refuse is refused here, before
 * any request), and from the file extension only when the bytes say nothing.
 */
import { open, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Readable } from 'node:stream';
import type { z } from 'zod';
import { AppError } from '../../lambdas/core/errors.js';
import { sniff } from '../../lambdas/core/intake/sniff.js';
import { IMAGE_UPLOAD_TYPES, VIDEO_UPLOAD_TYPES, type UploadRequest } from '../../lambdas/core/schemas/media.js';
import { MediaError } from './errors.js';

/** A Content-Type `POST /api/uploads` accepts. */
export type UploadContentType = z.input<typeof UploadRequest>['content_type'];

/** What `uploadMedia` takes: a file path, the bytes, or a stream of them. */
export type MediaInput = string | Uint8Array | Readable;

/** Largest upload the service accepts at all (video, docs/reference/spec.md §5); the presigned form may allow less. */
export const MAX_UPLOAD_BYTES = 100 * 1024 * 1024;

const BY_EXTENSION: Record<string, UploadContentType> = {
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.png': 'image/png',
  '.webp': 'image/webp',
  '.gif': 'image/gif',
  '.avif': 'image/avif',
  '.mp4': 'video/mp4',
  '.m4v': 'video/mp4',
  '.mov': 'video/quicktime',
  '.webm': 'video/webm',
  '.mkv': 'video/x-matroska',
};

const ACCEPTED = new Set<string>([...IMAGE_UPLOAD_TYPES, ...VIDEO_UPLOAD_TYPES]);

const tooLarge = (limit: number): MediaError =>
  new MediaError({ status: 0, code: 'media_too_large', message: `The file is larger than ${limit} bytes.` });

/** The bytes of `input` and a file name for the form, refusing more than `limit` bytes. */
export async function readMediaInput(
  input: MediaInput,
  limit: number = MAX_UPLOAD_BYTES,
): Promise<{ bytes: Buffer; filename: string | undefined }> {
  if (typeof input === 'string') {
    const info = await stat(input);
    if (!info.isFile()) throw new MediaError({ status: 0, code: 'invalid_media', message: `${input} is not a file.` });
    if (info.size > limit) throw tooLarge(limit);
    const handle = await open(input, 'r');
    try {
      return { bytes: await handle.readFile(), filename: path.basename(input) };
    } finally {
      await handle.close();
    }
  }
  if (input instanceof Uint8Array) {
    if (input.byteLength > limit) throw tooLarge(limit);
    return { bytes: Buffer.from(input.buffer, input.byteOffset, input.byteLength), filename: undefined };
  }
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of input) {
    const buf = typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk as Uint8Array);
    total += buf.length;
    if (total > limit) {
      input.destroy();
      throw tooLarge(limit);
    }
    chunks.push(buf);
  }
  const streamPath = (input as { path?: unknown }).path;
  return { bytes: Buffer.concat(chunks), filename: typeof streamPath === 'string' ? path.basename(streamPath) : undefined };
}

/**
 * The Content-Type for `bytes`: from the magic bytes when they are recognised; from the extension of
 * `filename` when they are not. A format the service recognises and refuses (HEIC, M4A, …) throws
 * {@link MediaError} `unsupported_media_type` with the service's own message.
 */
export function detectContentType(bytes: Uint8Array, filename?: string): UploadContentType {
  try {
    const sniffed = sniff(bytes);
    if (ACCEPTED.has(sniffed.mime)) return sniffed.mime as UploadContentType;
  } catch (err) {
    if (!(err instanceof AppError)) throw err;
    const byExtension = filename ? BY_EXTENSION[path.extname(filename).toLowerCase()] : undefined;
    // Only bytes the sniffer does not know at all fall back to the extension; a format it recognises
    // and refuses (HEIC, PDF, HTML…) stays refused. The sniffer marks that case only in its message.
    if (byExtension && err.code === 'unsupported_media_type' && err.message.includes('unrecognised format')) return byExtension;
    throw new MediaError({ status: 0, code: err.code, message: err.message });
  }
  const byExtension = filename ? BY_EXTENSION[path.extname(filename).toLowerCase()] : undefined;
  if (byExtension) return byExtension;
  throw new MediaError({ status: 0, code: 'unsupported_media_type', message: 'Could not tell the type of the file; pass contentType.' });
}

/** The extension for a Content-Type, used to name streamed uploads. */
export function extensionFor(contentType: string): string {
  const found = Object.entries(BY_EXTENSION).find(([, type]) => type === contentType);
  return found ? found[0] : '.bin';
}

/** Media kind for a URL, from its extension: what `image_url` / `video_url` field to use. */
export function mediaKindOfUrl(url: string): 'image' | 'video' | undefined {
  let pathname: string;
  try {
    pathname = new URL(url).pathname;
  } catch {
    return undefined;
  }
  const type = BY_EXTENSION[path.extname(pathname).toLowerCase()];
  return type ? (type.startsWith('video/') ? 'video' : 'image') : undefined;
}
