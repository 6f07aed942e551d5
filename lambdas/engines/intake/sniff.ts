import { AppError, errors } from '../../domain/errors.js';
import { AUDIO_FORMATS, classifyFtyp, ftypBrands, sniffAudioFormat, type AudioFormat, type FtypBrands } from '@pet-roast/protocol';
import { matchMediaType } from '../../domain/media-type.js';

/**
 * Media type detection from magic bytes only (docs/reference/reliability.md C8): the declared Content-Type, the file
 * name and the extension are never consulted, so an SVG served as `image/jpeg` or an HTML page served
 * as `image/png` is refused here, before any decoder sees it.
 */

export type MediaKind = 'image' | 'video';
export type ImageFormat = 'jpeg' | 'png' | 'webp' | 'gif' | 'avif' | 'heic' | 'heif';
export type VideoFormat = 'mp4' | 'mov' | 'webm' | 'mkv';

/**
 * What {@link sniff} found: `format` matches sharp's names for images, except `avif` (sharp calls it
 * `heif`) and `heic` / `heif` (HEVC-coded or generic HEIF stills, decoded by libheif: intake/heif.ts).
 */
export type Sniffed =
  | { kind: 'image'; format: ImageFormat; mime: string }
  | { kind: 'video'; format: VideoFormat; mime: string };

const IMAGE_MIME: Record<ImageFormat, string> = {
  jpeg: 'image/jpeg',
  png: 'image/png',
  webp: 'image/webp',
  gif: 'image/gif',
  avif: 'image/avif',
  heic: 'image/heic',
  heif: 'image/heif',
};

const VIDEO_MIME: Record<VideoFormat, string> = {
  mp4: 'video/mp4',
  mov: 'video/quicktime',
  webm: 'video/webm',
  mkv: 'video/x-matroska',
};

/** Image Content-Types the service accepts (POST /api/uploads restricts presigned uploads to these). */
export const IMAGE_CONTENT_TYPES: readonly string[] = Object.values(IMAGE_MIME);
/** Video Content-Types the service accepts. */
export const VIDEO_CONTENT_TYPES: readonly string[] = Object.values(VIDEO_MIME);

/** The kind an accepted Content-Type stands for, or `undefined` if it is not accepted. */
export function kindOfContentType(contentType: string): MediaKind | undefined {
  if (matchMediaType(contentType, IMAGE_CONTENT_TYPES)) return 'image';
  if (matchMediaType(contentType, VIDEO_CONTENT_TYPES)) return 'video';
  return undefined;
}

const ACCEPTED =
  'Send a JPEG, PNG, WebP, GIF, AVIF or HEIC/HEIF image, or an MP4, MOV, WebM or MKV video.';

function unsupported(what: string): AppError {
  return errors.unsupportedMediaType(`The file is ${what}, which is not supported. ${ACCEPTED}`);
}

function notMedia(what: string): AppError {
  return errors.invalidMedia(`The file is ${what}, not an image or video. ${ACCEPTED}`);
}

const ascii = (bytes: Uint8Array, start: number, end: number): string =>
  Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1', start, end);

const startsWith = (bytes: Uint8Array, signature: readonly number[], offset = 0): boolean =>
  bytes.length >= offset + signature.length && signature.every((b, i) => bytes[offset + i] === b);

/** An ISO-BMFF file by its brands, by the protocol's rules (packages/protocol/src/media.ts, shared with the SDKs). */
function fromFtyp(brands: FtypBrands): Sniffed {
  const verdict = classifyFtyp(brands);
  if (verdict.refused !== undefined) throw unsupported(verdict.refused);
  if (verdict.accepted === 'image/avif') return { kind: 'image', format: 'avif', mime: IMAGE_MIME.avif };
  if (verdict.accepted === 'image/heic') return { kind: 'image', format: 'heic', mime: IMAGE_MIME.heic };
  if (verdict.accepted === 'image/heif') return { kind: 'image', format: 'heif', mime: IMAGE_MIME.heif };
  if (verdict.accepted === 'video/quicktime') return { kind: 'video', format: 'mov', mime: VIDEO_MIME.mov };
  return { kind: 'video', format: 'mp4', mime: VIDEO_MIME.mp4 };
}

/**
 * True for an ISO-BMFF image *sequence* (animated AVIF: brand `avis` among the ftyp brands), whose
 * frames live in a track rather than in still-image items.
 */
export function isImageSequence(bytes: Uint8Array): boolean {
  const brands = ftypBrands(bytes);
  return brands !== undefined && [brands.major, ...brands.compatible].includes('avis');
}

function fromEbml(bytes: Uint8Array): Sniffed {
  const head = ascii(bytes, 0, Math.min(bytes.length, 128));
  if (head.includes('webm')) return { kind: 'video', format: 'webm', mime: VIDEO_MIME.webm };
  if (head.includes('matroska')) return { kind: 'video', format: 'mkv', mime: VIDEO_MIME.mkv };
  throw unsupported('an EBML document that is not Matroska/WebM');
}

/** `BM` followed by a plausible BITMAPINFOHEADER size (so text starting with "BM" is not mistaken for one). */
function isBmp(bytes: Uint8Array): boolean {
  if (bytes.length < 26 || bytes[0] !== 0x42 || bytes[1] !== 0x4d) return false;
  const dib = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).readUInt32LE(14);
  return [12, 40, 52, 56, 64, 108, 124].includes(dib);
}

/** Text-like content: what a URL pointing at a web page or an error document returns. */
function describeText(bytes: Uint8Array): string | undefined {
  let start = 0;
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) start = 3;
  const sample = bytes.subarray(start, Math.min(bytes.length, start + 1024));
  let control = 0;
  for (const b of sample) {
    if (b === 0) return undefined;
    if (b < 0x09 || (b > 0x0d && b < 0x20)) control++;
  }
  if (control > sample.length / 20) return undefined;
  const text = Buffer.from(sample).toString('utf8').trimStart().toLowerCase();
  if (text.startsWith('#extm3u')) return 'hls';
  if (text.includes('<svg')) return 'svg';
  if (/^<(!doctype html|html|head|body|script|meta|title|div|p[ >])/.test(text)) return 'html';
  if (text.startsWith('<?xml') || text.startsWith('<!--')) return text.includes('<html') ? 'html' : 'xml';
  if (text.startsWith('{') || text.startsWith('[')) return 'json';
  return 'text';
}

const TEXT_DESCRIPTIONS: Record<string, () => AppError> = {
  hls: () => unsupported('an HLS playlist (#EXTM3U); playlists are never opened'),
  svg: () => unsupported('an SVG drawing (vector images are not accepted)'),
  html: () => notMedia('an HTML page (the URL probably points at a web page rather than the file)'),
  xml: () => notMedia('an XML document'),
  json: () => notMedia('JSON text'),
  text: () => notMedia('plain text'),
};

/**
 * The media type of `bytes`, decided by magic bytes only.
 * @param options.expect refuse the other kind with `unsupported_media_type` (e.g. a video given as an image).
 * @throws AppError `invalid_media` (empty, text, HTML) or `unsupported_media_type` (SVG, PDF, TIFF, AVI,
 *   HLS, unknown binary formats, or the wrong kind).
 */
export function sniff(bytes: Uint8Array, options: { expect?: MediaKind } = {}): Sniffed {
  const found = detect(bytes);
  if (options.expect && found.kind !== options.expect) {
    throw errors.unsupportedMediaType(
      `Expected ${options.expect === 'image' ? 'an image' : 'a video'} but the file is a ${found.format.toUpperCase()} ${found.kind}.`,
    );
  }
  return found;
}

function detect(bytes: Uint8Array): Sniffed {
  if (bytes.length === 0) throw errors.invalidMedia('The file is empty (0 bytes).');

  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return { kind: 'image', format: 'jpeg', mime: IMAGE_MIME.jpeg };
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return { kind: 'image', format: 'png', mime: IMAGE_MIME.png };
  const six = ascii(bytes, 0, Math.min(6, bytes.length));
  if (six === 'GIF87a' || six === 'GIF89a') return { kind: 'image', format: 'gif', mime: IMAGE_MIME.gif };
  if (bytes.length >= 12 && ascii(bytes, 0, 4) === 'RIFF') {
    const form = ascii(bytes, 8, 12);
    if (form === 'WEBP') return { kind: 'image', format: 'webp', mime: IMAGE_MIME.webp };
    if (form === 'AVI ' || form === 'AVIX') throw unsupported('an AVI video (AVI is not accepted; use MP4, MOV or WebM)');
    if (form === 'WAVE') throw unsupported('WAV audio');
    throw unsupported(`a RIFF '${form.trim()}' file`);
  }

  const brands = ftypBrands(bytes);
  if (brands) return fromFtyp(brands);
  if (bytes.length >= 8 && ['moov', 'mdat', 'wide', 'free', 'skip', 'pnot'].includes(ascii(bytes, 4, 8))) {
    return { kind: 'video', format: 'mov', mime: VIDEO_MIME.mov };
  }
  if (startsWith(bytes, [0x1a, 0x45, 0xdf, 0xa3])) return fromEbml(bytes);

  if (startsWith(bytes, [0x49, 0x49, 0x2a, 0x00]) || startsWith(bytes, [0x4d, 0x4d, 0x00, 0x2a]) || startsWith(bytes, [0x49, 0x49, 0x2b, 0x00])) {
    throw unsupported('a TIFF image');
  }
  if (ascii(bytes, 0, Math.min(5, bytes.length)) === '%PDF-') throw unsupported('a PDF document');
  if (startsWith(bytes, [0x00, 0x00, 0x00, 0x0c, 0x6a, 0x50, 0x20, 0x20]) || startsWith(bytes, [0xff, 0x4f, 0xff, 0x51])) {
    throw unsupported('a JPEG 2000 image');
  }
  if (startsWith(bytes, [0xff, 0x0a]) || startsWith(bytes, [0x00, 0x00, 0x00, 0x0c, 0x4a, 0x58, 0x4c, 0x20])) {
    throw unsupported('a JPEG XL image');
  }
  if (isBmp(bytes)) throw unsupported('a BMP image');
  if (startsWith(bytes, [0x00, 0x00, 0x01, 0x00]) || startsWith(bytes, [0x00, 0x00, 0x02, 0x00])) throw unsupported('an ICO/CUR icon');
  if (ascii(bytes, 0, Math.min(4, bytes.length)) === '8BPS') throw unsupported('a Photoshop document');
  if (ascii(bytes, 0, Math.min(3, bytes.length)) === 'FLV') throw unsupported('an FLV video');
  if (ascii(bytes, 0, Math.min(4, bytes.length)) === 'OggS') throw unsupported('an Ogg file');
  if (startsWith(bytes, [0x30, 0x26, 0xb2, 0x75, 0x8e, 0x66, 0xcf, 0x11])) throw unsupported('a Windows Media (ASF/WMV) file');
  if (startsWith(bytes, [0x00, 0x00, 0x01, 0xba]) || startsWith(bytes, [0x00, 0x00, 0x01, 0xb3])) throw unsupported('an MPEG-PS video');
  if (bytes.length >= 189 && bytes[0] === 0x47 && bytes[188] === 0x47 && (bytes.length < 377 || bytes[376] === 0x47)) {
    throw unsupported('an MPEG-TS stream');
  }
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) throw unsupported('a ZIP archive');
  if (startsWith(bytes, [0x1f, 0x8b])) throw unsupported('a gzip archive');
  if (ascii(bytes, 0, Math.min(3, bytes.length)) === 'ID3') throw unsupported('MP3 audio');

  const text = describeText(bytes);
  if (text) throw (TEXT_DESCRIPTIONS[text] ?? TEXT_DESCRIPTIONS.text!)();
  throw unsupported('in an unrecognised format');
}

/** What {@link sniffAudio} found: the format (the protocol's names) and its MIME type. */
export interface SniffedAudio {
  kind: 'audio';
  format: AudioFormat;
  mime: string;
}

const AUDIO_ACCEPTED = 'Send an MP3, AAC/M4A, WAV, Ogg (Vorbis or Opus) or FLAC file.';

const TEXT_WORDS: Record<string, string> = {
  hls: 'an HLS playlist',
  svg: 'an SVG drawing',
  html: 'an HTML page (the URL probably points at a web page rather than the file)',
  xml: 'an XML document',
  json: 'JSON text',
  text: 'plain text',
};

/**
 * The audio type of `bytes` (a caller's music track, `music_url`), from magic bytes only, by the protocol's
 * rules (`sniffAudioFormat`, packages/protocol/src/media.ts; docs/media-intake.md "Audio").
 * @param what how messages name the file (e.g. `The music_url file`)
 * @throws AppError `invalid_media` (empty, text, HTML) or `unsupported_media_type` (an image, a video, any
 *   other format), with a message saying what the file is instead.
 */
export function sniffAudio(bytes: Uint8Array, what = 'The file'): SniffedAudio {
  if (bytes.length === 0) throw errors.invalidMedia(`${what} is empty (0 bytes).`);
  const format = sniffAudioFormat(bytes);
  if (format) return { kind: 'audio', format, mime: AUDIO_FORMATS[format] };
  const text = describeText(bytes);
  if (text) throw errors.invalidMedia(`${what} is ${TEXT_WORDS[text] ?? 'text'}, not audio. ${AUDIO_ACCEPTED}`);
  let found: Sniffed | undefined;
  try {
    found = detect(bytes);
  } catch {
    // Neither audio nor accepted image/video: described generically below.
  }
  if (found) throw errors.unsupportedMediaType(`${what} is a ${found.format.toUpperCase()} ${found.kind}, not audio. ${AUDIO_ACCEPTED}`);
  throw errors.unsupportedMediaType(`${what} is not in an accepted audio format. ${AUDIO_ACCEPTED}`);
}
