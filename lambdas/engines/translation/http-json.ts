import { parseRetryAfter, type HttpFetch, type HttpResponseLike } from '../outbound/index.js';
import { logger } from '../../domain/observability.js';
import { httpFailure, ProviderCallError } from './retry.js';

/** Header that the local simulators put on every response (see local/simulators/indictrans2.ts). */
export const SIMULATOR_HEADER = 'x-translation-simulator';

/** Upstream error text worth logging: `{error}` (Triton), `{detail:{message}}` / `{detail:[…]}` (Dhruva/FastAPI). */
function errorDetail(text: string): string {
  try {
    const body = JSON.parse(text) as { error?: unknown; message?: unknown; detail?: unknown };
    const detail = body.detail as { message?: unknown; kind?: unknown } | unknown[] | undefined;
    const picked =
      body.error ??
      (Array.isArray(detail) ? JSON.stringify(detail) : detail && typeof detail === 'object' ? [detail.kind, detail.message].filter(Boolean).join(': ') : detail) ??
      body.message;
    return String(picked ?? '').slice(0, 300);
  } catch {
    return text.slice(0, 120);
  }
}

export interface JsonResponse {
  body: unknown;
  response: HttpResponseLike;
}

/**
 * POSTs JSON and returns the parsed 2xx body. Non-2xx answers become a {@link ProviderCallError}
 * carrying the status and `Retry-After`; a 2xx whose body is not JSON is a protocol error.
 */
export async function postJson(
  fetch: HttpFetch,
  url: string,
  headers: Record<string, string>,
  body: unknown,
  signal: AbortSignal,
): Promise<JsonResponse> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json', ...headers },
    body: JSON.stringify(body),
    signal,
  });
  const text = await response.text();
  if (response.status < 200 || response.status >= 300) {
    throw httpFailure(response.status, parseRetryAfter(response.headers.get('retry-after')), errorDetail(text));
  }
  try {
    return { body: JSON.parse(text) as unknown, response };
  } catch (err) {
    throw new ProviderCallError('protocol', 'the response is not JSON', { status: response.status, cause: err });
  }
}

/** A protocol error for a 2xx answer whose shape is not the documented one. */
export const badShape = (what: string): ProviderCallError => new ProviderCallError('protocol', what);

/** `https://host/base/` → `https://host/base` (http(s) only; throws on anything else). */
export function baseUrl(url: string, name: string): string {
  const parsed = new URL(url);
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') throw new TypeError(`${name} must be an http(s) URL.`);
  return parsed.origin + parsed.pathname.replace(/\/+$/, '');
}

/** Splits `items` into consecutive batches of at most `size`. */
export function batches<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** Runs `fn` over the items, at most `concurrency` at a time, keeping order. */
export async function mapLimit<T, R>(items: readonly T[], concurrency: number, fn: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array<R>(items.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const index = next;
      next += 1;
      results[index] = await fn(items[index] as T, index);
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, items.length) }, worker));
  return results;
}

const warned = new Set<string>();

/**
 * Logs (once per provider) when a provider that was not declared simulated is answered by a local
 * simulator, which would otherwise make simulated text look real in `provider_metadata`.
 */
export function warnIfUndeclaredSimulator(provider: string, simulated: boolean | undefined, response: HttpResponseLike): void {
  if (simulated || warned.has(provider) || !response.headers.get(SIMULATOR_HEADER)) return;
  warned.add(provider);
  logger.warn('translation provider is answered by a local simulator but TRANSLATION_SIMULATED does not name it', { provider });
}
