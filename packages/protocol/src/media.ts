/**
 * What the service accepts as upload media, and the ISO-BMFF (`ftyp`) brand rules that tell an MP4 from
 * a HEIF image or an audio-only MP4 (docs/media-intake.md). The service's sniffer (intake/sniff.ts) and
 * the SDKs' upload type detection read the same tables, so an SDK refuses before uploading what the
 * service would refuse after (vectors/media.json holds the known answers).
 */

/** Image Content-Types the service accepts. */
export const IMAGE_CONTENT_TYPES = ['image/jpeg', 'image/png', 'image/webp', 'image/gif', 'image/avif', 'image/heic', 'image/heif'] as const;
/** Video Content-Types the service accepts. */
export const VIDEO_CONTENT_TYPES = ['video/mp4', 'video/quicktime', 'video/webm', 'video/x-matroska'] as const;
/** Every Content-Type `POST /api/uploads` accepts. */
export const UPLOAD_CONTENT_TYPES = [...IMAGE_CONTENT_TYPES, ...VIDEO_CONTENT_TYPES] as const;
/** A Content-Type `POST /api/uploads` accepts. */
export type UploadContentType = (typeof UPLOAD_CONTENT_TYPES)[number];

/** AVIF still image and image sequence. */
export const AVIF_BRANDS: ReadonlySet<string> = new Set(['avif', 'avis']);
/** HEVC-coded HEIF (HEIC) images and sequences. */
export const HEIC_BRANDS: ReadonlySet<string> = new Set(['heic', 'heix', 'hevc', 'hevx', 'heim', 'heis', 'hevm', 'hevs']);
/** Generic HEIF / MIAF brands: an AVIF when an AVIF brand is among the compatible ones, a HEIC when a HEIC brand is, else a generic HEIF. */
export const HEIF_GENERIC_BRANDS: ReadonlySet<string> = new Set(['mif1', 'msf1', 'miaf', 'mif2']);
/** Audio-only MP4 (iTunes audio, audiobook, protected audio, Flash audio). */
export const AUDIO_BRANDS: ReadonlySet<string> = new Set(['M4A ', 'M4B ', 'M4P ', 'F4A ', 'F4B ']);

/** The brands of an `ftyp` box: the major brand and the compatible ones (at most 512 bytes read). */
export interface FtypBrands {
  major: string;
  compatible: string[];
}

const latin1 = (bytes: Uint8Array, start: number, end: number): string =>
  String.fromCharCode(...bytes.subarray(start, Math.min(end, bytes.length)));

/** The `ftyp` brands of `bytes`, or undefined when they do not start with an `ftyp` box. */
export function ftypBrands(bytes: Uint8Array): FtypBrands | undefined {
  if (bytes.length < 12 || latin1(bytes, 4, 8) !== 'ftyp') return undefined;
  const size = ((bytes[0]! << 24) >>> 0) + (bytes[1]! << 16) + (bytes[2]! << 8) + bytes[3]!;
  const end = Math.min(size >= 16 ? size : 16, bytes.length, 512);
  const compatible: string[] = [];
  for (let i = 16; i + 4 <= end; i += 4) compatible.push(latin1(bytes, i, i + 4));
  return { major: latin1(bytes, 8, 12), compatible };
}

/**
 * What an ISO-BMFF file is by its brands: an accepted type (`image/avif`, `image/heic`, `image/heif`
 * (decoded by libheif: docs/media-intake.md "HEIC/HEIF"), `video/quicktime` or `video/mp4`, which the
 * demuxer then checks), or refused, with what it is in words (for the `unsupported_media_type` message).
 */
export type FtypVerdict =
  | { accepted: 'image/avif' | 'image/heic' | 'image/heif' | 'video/quicktime' | 'video/mp4'; refused?: undefined }
  | { accepted?: undefined; refused: string };

/** Classifies an `ftyp` box by its brands (see {@link FtypVerdict}). */
export function classifyFtyp(brands: FtypBrands): FtypVerdict {
  const all = [brands.major, ...brands.compatible];
  if (AVIF_BRANDS.has(brands.major) || (HEIF_GENERIC_BRANDS.has(brands.major) && all.some((b) => AVIF_BRANDS.has(b)))) {
    return { accepted: 'image/avif' };
  }
  // iPhones: major brand `heic` (compatible mif1, miaf); other writers: `mif1` with `heic` among the
  // compatible brands, or a generic HEIF whose coding libheif finds out when it decodes.
  if (HEIC_BRANDS.has(brands.major) || (HEIF_GENERIC_BRANDS.has(brands.major) && all.some((b) => HEIC_BRANDS.has(b)))) {
    return { accepted: 'image/heic' };
  }
  if (HEIF_GENERIC_BRANDS.has(brands.major)) return { accepted: 'image/heif' };
  if (AUDIO_BRANDS.has(brands.major)) return { refused: 'an audio-only MP4 (M4A)' };
  if (brands.major === 'crx ') return { refused: 'a Canon RAW image' };
  if (brands.major.startsWith('jp2') || brands.major === 'jpx ' || brands.major === 'jpm ') return { refused: 'a JPEG 2000 image' };
  if (brands.major === 'qt  ') return { accepted: 'video/quicktime' };
  // isom, iso2…iso9, mp41, mp42, avc1, dash, M4V, 3gp*, 3g2*, …: the mov/mp4 demuxer decides.
  return { accepted: 'video/mp4' };
}

/**
 * Audio the service accepts as a caller's own music bed (`music_url` on generate-video,
 * docs/media-intake.md "Audio"): the format names the service uses, with their MIME types.
 */
export const AUDIO_FORMATS = {
  mp3: 'audio/mpeg',
  aac: 'audio/aac',
  m4a: 'audio/mp4',
  wav: 'audio/wav',
  ogg: 'audio/ogg',
  flac: 'audio/flac',
} as const;
/** An accepted audio format (see {@link AUDIO_FORMATS}). */
export type AudioFormat = keyof typeof AUDIO_FORMATS;

/**
 * The end of an ID3v2 tag at the start of `bytes` (its 10-byte header, a syncsafe size, a 10-byte footer
 * when flag 0x10 is set; ID3v2.4 §3.1), or 0 when there is none.
 */
function id3v2End(bytes: Uint8Array): number {
  if (bytes.length < 10 || latin1(bytes, 0, 3) !== 'ID3') return 0;
  const size = ((bytes[6]! & 0x7f) << 21) | ((bytes[7]! & 0x7f) << 14) | ((bytes[8]! & 0x7f) << 7) | (bytes[9]! & 0x7f);
  return 10 + size + (bytes[5]! & 0x10 ? 10 : 0);
}

/** An MPEG-1/2/2.5 Layer I–III frame header at `i` (ISO/IEC 11172-3 §2.4.2.3): sync, a layer, a valid bit-rate and sample-rate index. */
function isMpegAudioFrame(bytes: Uint8Array, i: number): boolean {
  if (i + 4 > bytes.length || bytes[i] !== 0xff || (bytes[i + 1]! & 0xe0) !== 0xe0) return false;
  const version = (bytes[i + 1]! >> 3) & 3;
  const layer = (bytes[i + 1]! >> 1) & 3;
  const bitrate = bytes[i + 2]! >> 4;
  const rate = (bytes[i + 2]! >> 2) & 3;
  return version !== 1 && layer !== 0 && bitrate !== 15 && rate !== 3;
}

/** An ADTS (AAC) frame header at `i` (ISO/IEC 13818-7 §6.2): 12-bit sync, layer 00, a valid sampling index. */
function isAdtsFrame(bytes: Uint8Array, i: number): boolean {
  return i + 7 <= bytes.length && bytes[i] === 0xff && (bytes[i + 1]! & 0xf6) === 0xf0 && ((bytes[i + 2]! >> 2) & 0x0f) < 13;
}

/**
 * The audio format of `bytes` from magic bytes only, or undefined when they are not audio the service
 * accepts: FLAC (`fLaC`), Ogg with an Opus, Vorbis or FLAC first packet (an Ogg Theora video is not audio),
 * WAV (`RIFF….WAVE`), an audio-only MP4/M4A (ftyp major brand `M4A `/`M4B `/`F4A `…; a protected `M4P ` is
 * refused), AAC in ADTS frames, MP3 (MPEG audio frames, after an ID3v2 tag when there is one). Another
 * ISO-BMFF brand (`isom`, `mp42`) is `m4a` only when it names no image brand; the demuxer then has to find
 * an audio stream and no picture (the service's probe, docs/media-intake.md "Audio").
 */
export function sniffAudioFormat(bytes: Uint8Array): AudioFormat | undefined {
  const start = id3v2End(bytes);
  if (start > 0 && start >= bytes.length) return undefined;
  const at = (s: string, offset: number) => latin1(bytes, offset, offset + s.length) === s;
  if (at('fLaC', start)) return 'flac';
  if (start === 0 && at('OggS', 0)) {
    const head = latin1(bytes, 0, 128);
    return head.includes('OpusHead') || head.includes('\x01vorbis') || head.includes('\x7fFLAC') ? 'ogg' : undefined;
  }
  if (start === 0 && at('RIFF', 0) && at('WAVE', 8)) return 'wav';
  const brands = start === 0 ? ftypBrands(bytes) : undefined;
  if (brands) {
    if (brands.major === 'M4P ') return undefined;
    if (AUDIO_BRANDS.has(brands.major)) return 'm4a';
    const verdict = classifyFtyp(brands);
    return verdict.accepted === 'video/mp4' || verdict.accepted === 'video/quicktime' ? 'm4a' : undefined;
  }
  if (isAdtsFrame(bytes, start)) return 'aac';
  if (isMpegAudioFrame(bytes, start)) return 'mp3';
  return undefined;
}
