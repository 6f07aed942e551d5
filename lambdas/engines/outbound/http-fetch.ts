/**
 * The narrow HTTP client contract that provider clients (Revid, translation, callbacks) depend on.
 * It is a structural subset of WHATWG `fetch`, so `globalThis.fetch` satisfies it, and so does the
 * SSRF-safe client (`outbound/client.ts`), which production code passes in. Tests pass fakes.
 */

/** The request options a provider client may use. Bodies are always strings (JSON). */
export interface HttpRequestInit {
  method?: string;
  headers?: Record<string, string>;
  body?: string;
  signal?: AbortSignal;
}

/** The part of a fetch `Response` a provider client reads. */
export interface HttpResponseLike {
  status: number;
  headers: { get(name: string): string | null };
  text(): Promise<string>;
}

/** A `fetch`-compatible function. Rejects on network failure or abort, resolves on any HTTP status. */
export type HttpFetch = (url: string, init?: HttpRequestInit) => Promise<HttpResponseLike>;

/** `globalThis.fetch` behind the `HttpFetch` contract (resolved at call time so tests can stub it). */
export const defaultHttpFetch: HttpFetch = (url, init) => globalThis.fetch(url, init);

/** True when `err` is the rejection of an aborted or timed-out request. */
export function isAbortError(err: unknown): boolean {
  return err instanceof Error && (err.name === 'AbortError' || err.name === 'TimeoutError');
}
