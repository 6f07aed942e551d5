import { writeFile } from 'node:fs/promises';
import type { HttpFetch } from '../outbound/index.js';
import { wavDurationS } from './tts.js';
import { postJson } from '../translation/index.js';
import { classifyFailure } from '../translation/index.js';
import { SpeechProviderError, type SpeechProviderName } from './types.js';

/** Per-call deadline of a hosted speech call (ms): one line of narration is a few seconds of audio. */
export const SPEECH_CALL_TIMEOUT_MS = 15_000;

/**
 * POSTs JSON to a speech provider within `timeoutMs` (the caller's `signal` also aborts) and returns the
 * parsed 2xx body, reusing the translation providers' JSON client (engines/translation/http-json.ts). Any
 * failure becomes a {@link SpeechProviderError}: 401/403 `auth`, other non-2xx `http_error`, deadline
 * `timeout`, a 2xx that is not JSON `protocol`. No retries here: the service fails the whole script over.
 */
export async function postSpeechJson(
  provider: SpeechProviderName,
  fetch: HttpFetch,
  url: string,
  headers: Record<string, string>,
  body: unknown,
  options: { timeoutMs?: number; signal?: AbortSignal },
): Promise<unknown> {
  const deadline = AbortSignal.timeout(options.timeoutMs ?? SPEECH_CALL_TIMEOUT_MS);
  const signal = options.signal ? AbortSignal.any([options.signal, deadline]) : deadline;
  try {
    return (await postJson(fetch, url, headers, body, signal)).body;
  } catch (err) {
    const failure = classifyFailure(err);
    const status = failure.status;
    const reason = status === 401 || status === 403 ? 'auth' : failure.kind === 'timeout' ? 'timeout' : failure.kind === 'protocol' ? 'protocol' : 'http_error';
    throw new SpeechProviderError(provider, `Speech provider '${provider}' failed (${status ? `HTTP ${status}` : failure.kind}).`, reason, {
      detail: failure.init.detail ?? failure.message,
      cause: err,
      status,
      aborted: options.signal?.aborted ?? false,
    });
  }
}

/**
 * Writes base64 audio that must be a RIFF/WAVE file and returns its duration in seconds.
 * @throws SpeechProviderError (`protocol`) when it is not a WAV file with audio.
 */
export async function writeBase64Wav(provider: SpeechProviderName, base64: unknown, outWavPath: string): Promise<number> {
  if (typeof base64 !== 'string' || base64.length === 0) throw new SpeechProviderError(provider, `Speech provider '${provider}' returned no audio.`, 'protocol');
  const bytes = Buffer.from(base64, 'base64');
  if (bytes.toString('ascii', 0, 4) !== 'RIFF' || bytes.toString('ascii', 8, 12) !== 'WAVE') {
    throw new SpeechProviderError(provider, `Speech provider '${provider}' returned audio that is not WAV.`, 'protocol');
  }
  await writeFile(outWavPath, bytes);
  try {
    return await wavDurationS(outWavPath);
  } catch (err) {
    throw new SpeechProviderError(provider, `Speech provider '${provider}' returned an unreadable WAV file.`, 'protocol', { cause: err });
  }
}

/** Escapes text for an SSML (XML) text node. */
export const escapeXml = (text: string): string =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c] as string);
