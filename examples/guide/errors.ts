/**
 * Integration guide example: handling errors. Quoted verbatim by docs/integration-guide.md and
 * executed by test/unit/examples/guide.test.ts.
 */
// #region errors
import { PetRoastError } from '@pet-roast/client';

/** What to tell the user, and whether the app should try the same thing again later. */
export function explain(err: unknown): { userMessage: string; tryLater: boolean } {
  if (!(err instanceof PetRoastError)) throw err;
  switch (err.code) {
    case 'no_pets_detected': // show the API's own sentences: existing apps already do
      return { userMessage: `${err.message} ${err.suggestion ?? ''}`.trim(), tryLater: false };
    case 'invalid_media':
    case 'media_unreachable':
    case 'media_too_large':
    case 'unsupported_media_type':
    case 'unsupported_language':
    case 'inappropriate_text': // the prompt or script was refused before anything was charged: ask for other words
      return { userMessage: err.message, tryLater: false };
    case 'validation_error': // a bug in the caller: log the issues, do not show them
      console.error('pet-roast rejected the request', err.issues, err.requestId);
      return { userMessage: 'Something went wrong with this post.', tryLater: false };
    case 'rate_limited':
    case 'timeout':
    case 'network_error':
    case 'video_provider_error':
    case 'detector_error':
    case 'translation_provider_error': // the client already retried with backoff
      return { userMessage: 'Our roast machine is busy. Please try again in a minute.', tryLater: true };
    default: // forbidden, provider_not_configured, ...: an operator must act
      console.error(`pet-roast ${err.status} ${err.code}: ${err.message} (request ${err.requestId})`);
      return { userMessage: 'Roasts are unavailable right now.', tryLater: true };
  }
}
// #endregion errors
