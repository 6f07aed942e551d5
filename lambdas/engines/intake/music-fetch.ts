import { AppError } from '../../domain/errors.js';
import { assertPublicUrl, TransportError, type OutboundPolicy } from '../outbound/index.js';
import { fetchMedia, MediaFetchError } from './media-fetch.js';
import { sniffAudio, type SniffedAudio } from './sniff.js';

/**
 * A caller's own music track (`music_url` on generate-video, docs/media-intake.md "Audio"): checked at
 * submission like a media URL (scheme, port, public address), fetched at render time through the same
 * SSRF-safe client with its own byte cap and deadline, and typed from its magic bytes. Its length is
 * probed by the renderer (ffprobe), which also loops or trims it.
 */

/** The largest music file fetched: 15 MiB (a 60 s WAV at 44.1 kHz stereo is 10.6 MB; 15 min of 128 kb/s MP3 is 14.4 MB). */
export const MAX_MUSIC_BYTES = 15 * 1024 * 1024;
/** The whole fetch (DNS, redirects, headers, body) must end within this: 20 s, as for images. */
export const MUSIC_FETCH_TIMEOUT_MS = 20_000;

/** A fetched music track: its bytes, its sniffed type and the host it came from (never the path or query). */
export interface FetchedMusic extends SniffedAudio {
  bytes: Buffer;
  host: string;
}

/** Prefixes a media error's message with `music_url`, keeping its code, status and retry flag. */
function asMusicError(err: unknown): unknown {
  if (!(err instanceof AppError)) return err;
  const wrapped = new AppError(err.status, err.code, `music_url: ${err.message}`, { ...err.extra, field: 'music_url' }, { cause: err });
  if (err instanceof MediaFetchError) Object.assign(wrapped, { retryable: err.retryable, reason: err.reason, httpStatus: err.httpStatus });
  return wrapped;
}

/**
 * Validates `music_url` at submission without fetching it: the outbound rules of every media URL (https,
 * port 443/80, no credentials, a name that resolves only to public addresses).
 * @throws AppError 400 `media_unreachable` saying why (the code a refused `image_url` or `video_url` gets)
 */
export async function assertMusicUrl(url: string, policy: OutboundPolicy): Promise<void> {
  try {
    await assertPublicUrl(url, policy);
  } catch (err) {
    throw asMusicError(err instanceof TransportError ? new MediaFetchError(err) : err);
  }
}

/**
 * GETs `music_url` with the SSRF-safe client (at most {@link MAX_MUSIC_BYTES}, {@link MUSIC_FETCH_TIMEOUT_MS})
 * and sniffs it as audio.
 * @throws AppError with a `music_url: ` message: 400 `media_unreachable` / `media_too_large` (a transient
 *   failure keeps `retryable: true`), `invalid_media` or `unsupported_media_type` when it is not audio.
 */
export async function fetchMusic(url: string, policy: OutboundPolicy): Promise<FetchedMusic> {
  try {
    const fetched = await fetchMedia(url, { ...policy, maxBytes: MAX_MUSIC_BYTES, totalTimeoutMs: MUSIC_FETCH_TIMEOUT_MS });
    const bytes = Buffer.from(fetched.bytes);
    return { ...sniffAudio(bytes, 'The file'), bytes, host: new URL(fetched.finalUrl).hostname };
  } catch (err) {
    throw asMusicError(err);
  }
}
