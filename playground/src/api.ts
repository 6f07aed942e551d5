/**
 * The playground's calls to the service: same-origin paths under the page's stage (`/playground` at
 * `/prod/playground` calls `/prod/api/…`), the API key in `x-api-key`, and the service's error envelope
 * (`{"detail": {"error", "message", "suggestion"?}}`) turned into an {@link ApiError}.
 */

/** An error answer of the service, or a network failure described the same way. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly suggestion?: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

/** The stage prefix the page is served under, with a trailing slash (`/` locally, `/prod/` in AWS). */
export function basePath(pathname: string): string {
  return pathname.replace(/playground\/?$/, '');
}

/** Builds an {@link ApiError} from a response body (the envelope when it is one). */
export function errorFrom(status: number, body: unknown): ApiError {
  const detail = (body as { detail?: unknown } | undefined)?.detail;
  if (detail && typeof detail === 'object') {
    // A 422 names each bad field in `issues: [{path, message}]` (lambdas/http/handler.ts).
    const d = detail as { error?: unknown; message?: unknown; suggestion?: unknown; issues?: Array<{ path?: string; message?: string }> };
    const fields = Array.isArray(d.issues) ? d.issues.map((e) => `${e.path ?? ''}: ${e.message ?? ''}`).join('; ') : '';
    const message = typeof d.message === 'string' ? d.message : `HTTP ${status}`;
    return new ApiError(status, typeof d.error === 'string' ? d.error : 'error', fields ? `${message} (${fields})` : message, typeof d.suggestion === 'string' ? d.suggestion : undefined);
  }
  return new ApiError(status, 'error', `The service answered HTTP ${status}.`);
}

export interface Client {
  /** A JSON call; resolves the parsed body (undefined for 204), rejects with {@link ApiError}. */
  call<T>(method: string, path: string, body?: unknown, headers?: Record<string, string>): Promise<T>;
  /** A call without the key (local settings, the inbox); undefined when the path does not exist (404). */
  peek<T>(path: string): Promise<T | undefined>;
}

/** A client for the service at `base`, reading the key from `key()` at each call. */
export function createClient(base: string, key: () => string): Client {
  const parse = async (res: Response): Promise<unknown> => {
    const text = await res.text();
    if (!text) return undefined;
    try {
      return JSON.parse(text);
    } catch {
      return undefined;
    }
  };
  return {
    async call<T>(method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<T> {
      const apiKey = key();
      if (!apiKey) throw new ApiError(0, 'no_key', 'Enter the API key first.', 'Local runtime: it is printed by npm start.');
      let res: Response;
      try {
        res = await fetch(base + path, {
          method,
          headers: { 'x-api-key': apiKey, ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...headers },
          body: body === undefined ? undefined : JSON.stringify(body),
        });
      } catch {
        throw new ApiError(0, 'network', 'The service could not be reached.', 'Check that it is running.');
      }
      const parsed = await parse(res);
      if (!res.ok) throw errorFrom(res.status, parsed);
      return parsed as T;
    },
    async peek<T>(path: string): Promise<T | undefined> {
      try {
        const res = await fetch(base + path);
        return res.ok ? ((await parse(res)) as T) : undefined;
      } catch {
        return undefined;
      }
    },
  };
}
