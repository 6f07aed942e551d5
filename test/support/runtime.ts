import { startLocalRuntime, type LocalRuntime, type LocalRuntimeOptions } from '../../local/runtime.js';
import '../../local/simulators/register.js';

/**
 * The whole local runtime for one integration test file: its own moto on a free port, its own API
 * port, quiet logs (kept for assertions), stopped by the caller's afterAll.
 */
export async function startTestRuntime(options: LocalRuntimeOptions = {}): Promise<LocalRuntime & { logs: string[] }> {
  const logs: string[] = [];
  // A test's clients are its own: LOCAL_API_CLIENTS of the developer's shell does not leak in.
  const runtime = await startLocalRuntime({ port: 0, log: (line) => logs.push(line), clients: [], ...options });
  return Object.assign(runtime, { logs });
}

/** A JSON request against the runtime; returns status, headers and the parsed body. */
export async function call(
  runtime: Pick<LocalRuntime, 'url' | 'apiKey'>,
  method: string,
  path: string,
  options: { body?: unknown; headers?: Record<string, string>; key?: string | null; raw?: string } = {},
): Promise<{ status: number; headers: Headers; body: any; text: string }> {
  const headers: Record<string, string> = { ...options.headers };
  if (options.key !== null) headers['x-api-key'] = options.key ?? runtime.apiKey;
  if (options.body !== undefined || options.raw !== undefined) headers['content-type'] ??= 'application/json';
  const res = await fetch(`${runtime.url}${path}`, {
    method,
    headers,
    body: options.raw ?? (options.body === undefined ? undefined : JSON.stringify(options.body)),
  });
  const text = await res.text();
  let body: unknown;
  try {
    body = text ? JSON.parse(text) : undefined;
  } catch {
    body = undefined;
  }
  return { status: res.status, headers: res.headers, body, text };
}
