import { Readable } from 'node:stream';
import * as outbound from '../../lambdas/engines/outbound/index.js';
import { MediaFetchError, toMediaError } from '../../lambdas/engines/intake/media-fetch.js';

/**
 * The SSRF suites (test/unit/outbound/url-policy.test.ts, test/integration/ssrf.test.ts) check every
 * entry point of the outbound client and, on a refusal, the 400 the API answers. The client throws a
 * transport error ({@link outbound.TransportError}); only media intake turns it into `400
 * media_unreachable` / `media_too_large` (`toMediaError`, lambdas/engines/intake/media-fetch.ts). This
 * module shows the real entry points through that same mapping, so the suites keep their assertions:
 * the policy (reasons, no sockets, no DNS) is the client's, the status and code are media intake's.
 */

export { addressBlockReason, createSafeDispatcher, isPublicAddress } from '../../lambdas/engines/outbound/index.js';
export type { LookupFn, OutboundPolicy } from '../../lambdas/engines/outbound/index.js';
/** The error the suites expect: media intake's view of a transport failure. */
export { MediaFetchError as OutboundError };

async function mapped<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (err) {
    throw toMediaError(err);
  }
}

export const fetchBytes = (url: string, policy?: outbound.OutboundPolicy) => mapped(() => outbound.fetchBytes(url, policy));
export const assertPublicUrl = (url: string, policy?: outbound.OutboundPolicy) => mapped(() => outbound.assertPublicUrl(url, policy));
export const streamToSink = (url: string, policy: outbound.OutboundPolicy | undefined, sink: (chunk: Buffer) => unknown) =>
  mapped(() => outbound.streamToSink(url, policy, sink));

/** `createSafeFetch` whose call and body reads fail with the mapped error. */
export function createSafeFetch(policy?: outbound.OutboundPolicy): outbound.SafeFetch {
  const safeFetch = outbound.createSafeFetch(policy);
  return async (url, init) => {
    const res = await mapped(() => safeFetch(url, init));
    let body: Readable | undefined;
    return {
      status: res.status,
      ok: res.ok,
      headers: res.headers,
      url: res.url,
      redirected: res.redirected,
      get body(): Readable {
        body ??= Readable.from(
          (async function* () {
            try {
              yield* res.body;
            } catch (err) {
              throw toMediaError(err);
            }
          })(),
        );
        return body;
      },
      bytes: () => mapped(() => res.bytes()),
      text: () => mapped(() => res.text()),
      json: () => mapped(() => res.json()),
      cancel: () => res.cancel(),
    };
  };
}
