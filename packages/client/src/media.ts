/**
 * Reading an upload into memory and naming its Content-Type. The type comes from the magic bytes of
 * the formats the service accepts, and from the file extension only when the bytes say nothing. The
 * service checks every upload again with its full sniffer (and refuses what it cannot use with a
 * clear 400); this only picks the `Content-Type` the upload form is signed for.
 */
import { classifyFtyp, ftypBrands, UPLOAD_CONTENT_TYPES, type UploadContentType } from '../../protocol/src/index.js';
import { MediaError } from './errors.js';

/** The Content-Types `POST /api/uploads` accepts (the protocol package's list, the service's own). */
export { UPLOAD_CONTENT_TYPES, type UploadContentType };

/**
 * What `uploadMedia` takes: a file path (Node.js only), the bytes, a `Blob`/`File` (browsers), or an
 * async iterable of chunks such as a Node.js `Readable`.
 */
export type MediaInput = string | Uint8Array | Blob | AsyncIterable<Uint8Array | string>;

/** Largest upload the service accepts at all, in bytes (a video; docs/endpoints.md "POST /api/uploads"); the presigned form may allow less. */
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

const tooLarge = (limit: number): MediaError =>
  new MediaError({ status: 0, code: 'media_too_large', message: `The file is larger than ${limit} bytes.` });

const baseName = (p: string): string => p.slice(Math.max(p.lastIndexOf('/'), p.lastIndexOf('\\')) + 1);
const extensionOf = (name: string): string => {
  const base = baseName(name);
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(dot).toLowerCase() : '';
};

/**
 * The bytes of `input` and a file name for the form, refusing more than `limit` bytes.
 * @throws MediaError `media_too_large` over the limit, `invalid_media` for a path that is not a file.
 */
export async function readMediaInput(
  input: MediaInput,
  limit: number = MAX_UPLOAD_BYTES,
): Promise<{ bytes: Uint8Array; filename: string | undefined }> {
  if (typeof input === 'string') {
    // Node.js only; imported lazily so the package also loads in a browser.
    const { open } = await import('node:fs/promises');
    const handle = await open(input, 'r');
    try {
      const info = await handle.stat();
      if (!info.isFile()) throw new MediaError({ status: 0, code: 'invalid_media', message: `${input} is not a file.` });
      if (info.size > limit) throw tooLarge(limit);
      return { bytes: new Uint8Array(await handle.readFile()), filename: baseName(input) };
    } finally {
      await handle.close();
    }
  }
  if (input instanceof Uint8Array) {
    if (input.byteLength > limit) throw tooLarge(limit);
    return { bytes: input, filename: undefined };
  }
  if (isBlob(input)) {
    if (input.size > limit) throw tooLarge(limit);
    const name = (input as { name?: unknown }).name;
    return { bytes: new Uint8Array(await input.arrayBuffer()), filename: typeof name === 'string' && name ? name : undefined };
  }
  const chunks: Uint8Array[] = [];
  let total = 0;
  const encoder = new TextEncoder();
  for await (const chunk of input) {
    const bytes = typeof chunk === 'string' ? encoder.encode(chunk) : chunk;
    total += bytes.byteLength;
    if (total > limit) {
      (input as { destroy?: () => void }).destroy?.();
      throw tooLarge(limit);
    }
    chunks.push(bytes);
  }
  const all = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    all.set(chunk, offset);
    offset += chunk.byteLength;
  }
  const streamPath = (input as { path?: unknown }).path;
  return { bytes: all, filename: typeof streamPath === 'string' ? baseName(streamPath) : undefined };
}

function isBlob(input: MediaInput): input is Blob {
  return typeof Blob !== 'undefined' && input instanceof Blob;
}

const startsWith = (bytes: Uint8Array, signature: readonly number[], offset = 0): boolean =>
  bytes.length >= offset + signature.length && signature.every((b, i) => bytes[offset + i] === b);
const latin1 = (bytes: Uint8Array, start: number, end: number): string =>
  String.fromCharCode(...bytes.subarray(start, Math.min(end, bytes.length)));

/**
 * The accepted type the magic bytes show, if any: JPEG `FF D8 FF`, PNG, GIF87a/89a, `RIFF….WEBP`,
 * ISO-BMFF `ftyp` (by the service's brand rules: AVIF, HEIC/HEIF, QuickTime, MP4) and EBML (`webm` doc type →
 * WebM, else Matroska).
 * @throws MediaError `unsupported_media_type` for what the service refuses by brand (audio-only MP4, RAW, JPEG 2000).
 */
function sniffAccepted(bytes: Uint8Array): UploadContentType | undefined {
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  if (latin1(bytes, 0, 6) === 'GIF87a' || latin1(bytes, 0, 6) === 'GIF89a') return 'image/gif';
  if (latin1(bytes, 0, 4) === 'RIFF' && latin1(bytes, 8, 12) === 'WEBP') return 'image/webp';
  const brands = ftypBrands(bytes);
  if (brands) {
    // The service's brand rules (packages/protocol/src/media.ts): what it would refuse is refused before the upload.
    const verdict = classifyFtyp(brands);
    if (verdict.refused !== undefined) {
      throw new MediaError({ status: 0, code: 'unsupported_media_type', message: `The file is ${verdict.refused}, which is not supported; convert it to JPEG or MP4.` });
    }
    return verdict.accepted;
  }
  if (startsWith(bytes, [0x1a, 0x45, 0xdf, 0xa3])) return latin1(bytes, 0, 64).includes('webm') ? 'video/webm' : 'video/x-matroska';
  return undefined;
}

/** True when the first bytes read as text (a web page, an error document, JSON): never an image or video. */
function looksLikeText(bytes: Uint8Array): boolean {
  const head = bytes.subarray(0, 512);
  if (head.length === 0) return false;
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(head);
    return !/[\u0000-\u0008\u000e-\u001f]/.test(text);
  } catch {
    return false;
  }
}

/**
 * The Content-Type for `bytes`: from the magic bytes when they show an accepted format; from the
 * extension of `filename` when they show nothing known.
 * @throws MediaError `invalid_media` for text (an HTML page, JSON) whatever the name says;
 *   `unsupported_media_type` when neither bytes nor name tell an accepted type (pass `contentType`).
 */
export function detectContentType(bytes: Uint8Array, filename?: string): UploadContentType {
  const sniffed = sniffAccepted(bytes);
  if (sniffed) return sniffed;
  if (looksLikeText(bytes)) {
    throw new MediaError({ status: 0, code: 'invalid_media', message: 'The file is text, not an image or video.' });
  }
  const byExtension = filename ? BY_EXTENSION[extensionOf(filename)] : undefined;
  if (byExtension) return byExtension;
  throw new MediaError({ status: 0, code: 'unsupported_media_type', message: 'Could not tell the type of the file; pass contentType.' });
}

/** The extension for a Content-Type, used to name streamed uploads (`.bin` for an unknown one). */
export function extensionFor(contentType: string): string {
  const found = Object.entries(BY_EXTENSION).find(([, type]) => type === contentType);
  return found ? found[0] : '.bin';
}

/** Media kind for a URL, from its extension: which of `image_url` / `video_url` to use. */
export function mediaKindOfUrl(url: string): 'image' | 'video' | undefined {
  let pathname: string;
  try {
    pathname = new URL(url).pathname;
  } catch {
    return undefined;
  }
  const type = BY_EXTENSION[extensionOf(pathname)];
  return type ? (type.startsWith('video/') ? 'video' : 'image') : undefined;
}
