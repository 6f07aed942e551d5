import dns from 'node:dns';
import net from 'node:net';
import { raceSignal } from './abort.js';
import { addressBlockReason, dialable, stripBrackets } from './address-policy.js';
import { TransportError } from './errors.js';

/**
 * Target resolution and pinning (docs/media-intake.md, steps 1–3): a URL is parsed (WHATWG), checked
 * for scheme, port, credentials and name shape, and its host is resolved ONCE; every answer must be a
 * public address, and the validated answer is what the connection dials (see connection.ts).
 */

/** `dns.lookup(hostname, {all: true})` or a stand-in (tests inject one so no real DNS is used). */
export type LookupFn = (
  hostname: string,
  options: { all: true },
) => Promise<Array<{ address: string; family: number }>>;

/** Limits and escape hatches of one outbound call. Every field is optional. */
export interface OutboundPolicy {
  /** Exact `host:port` pairs that may be reached over http/https on any port without the address check.
   * Default: none. The composition passes `OUTBOUND_ALLOWED_HOSTS` (empty in every deployed stack); core reads no configuration. */
  allowedHosts?: string[];
  /** Redirect hops followed (each re-validated); default 3. */
  maxRedirects?: number;
  /** TCP + TLS connect timeout per address; default 3000 ms. */
  connectTimeoutMs?: number;
  /** Deadline over the whole exchange (DNS, every hop, headers and body); default 20 s ({@link DEFAULT_TOTAL_TIMEOUT_MS}). */
  totalTimeoutMs?: number;
  /** Body cap in bytes; the body is aborted at cap + 1. Default {@link DEFAULT_MAX_BYTES} (video mirroring passes 200 MB: lambdas/adapters/job-media.ts). */
  maxBytes?: number;
  /** Resolver; default `dns.promises.lookup`. */
  lookup?: LookupFn;
  /** Schemes allowed for hosts that are not allow-listed; default `['https:']`. Tests widen it to
   * `['https:', 'http:']` to reach the address check with a plain-HTTP loopback listener. */
  schemes?: string[];
  /** Ports allowed for hosts that are not allow-listed; default `[443, 80]`. */
  ports?: number[];
  /** Extra trusted CA certificate(s) (PEM), for TLS tests against a local simulator only. */
  ca?: string | Buffer | Array<string | Buffer>;
}

/** Redirect hops followed by default (each re-validated). */
export const DEFAULT_MAX_REDIRECTS = 3;
/** TCP + TLS connect timeout per address, in ms. */
export const DEFAULT_CONNECT_TIMEOUT_MS = 3_000;
/** Deadline of one exchange (DNS, every hop, headers and body), in ms. */
export const DEFAULT_TOTAL_TIMEOUT_MS = 20_000;
/** Body cap in bytes (the default MAX_IMAGE_BYTES, 15 MB). */
export const DEFAULT_MAX_BYTES = 15 * 1024 * 1024;

/** An {@link OutboundPolicy} with every default applied and the allow-list normalised. */
export interface ResolvedPolicy {
  allowed: ReadonlySet<string>;
  maxRedirects: number;
  connectTimeoutMs: number;
  totalTimeoutMs: number;
  maxBytes: number;
  lookup: LookupFn;
  schemes: ReadonlySet<string>;
  ports: ReadonlySet<number>;
  ca?: string | Buffer | Array<string | Buffer>;
}

/** A URL that passed the syntactic checks (step 1 and the literal part of step 2). */
export interface Target {
  url: URL;
  /** Lower-case, no brackets, no trailing dot. */
  host: string;
  port: number;
  protocol: string;
  /** `host:port` as it appears in the allow-list (IPv6 in brackets). */
  key: string;
  allowListed: boolean;
  ipLiteral: boolean;
}

const systemLookup: LookupFn = (hostname, options) =>
  // Looked up on the module object at call time so tests can spy on it.
  dns.promises.lookup(hostname, { ...options, verbatim: true });

const BLOCKED_NAME_SUFFIXES = ['localhost', 'local', 'internal', 'home.arpa', 'in-addr.arpa', 'ip6.arpa'];

function hostKey(host: string, port: number): string {
  return `${net.isIPv6(host) ? `[${host}]` : host}:${port}`;
}

function normaliseAllowEntry(entry: string): string | undefined {
  const trimmed = entry.trim().toLowerCase();
  if (!/:\d{1,5}$/.test(trimmed)) return undefined; // exact host:port only
  try {
    const url = new URL(`http://${trimmed}`);
    if (url.username || url.password || url.pathname !== '/') return undefined;
    const port = url.port === '' ? 80 : Number(url.port);
    return hostKey(stripBrackets(url.hostname).replace(/\.+$/, ''), port);
  } catch {
    return undefined;
  }
}

/** Applies the defaults to a policy; `defaults` are the entry point's own (deadline, byte cap). */
export function resolvePolicy(policy: OutboundPolicy, defaults: { maxBytes?: number; totalTimeoutMs?: number } = {}): ResolvedPolicy {
  const allowList = policy.allowedHosts ?? [];
  const allowed = new Set<string>();
  for (const entry of allowList) {
    const key = normaliseAllowEntry(entry);
    if (key) allowed.add(key);
  }
  return {
    allowed,
    maxRedirects: policy.maxRedirects ?? DEFAULT_MAX_REDIRECTS,
    connectTimeoutMs: policy.connectTimeoutMs ?? DEFAULT_CONNECT_TIMEOUT_MS,
    totalTimeoutMs: policy.totalTimeoutMs ?? defaults.totalTimeoutMs ?? DEFAULT_TOTAL_TIMEOUT_MS,
    maxBytes: policy.maxBytes ?? defaults.maxBytes ?? DEFAULT_MAX_BYTES,
    lookup: policy.lookup ?? systemLookup,
    schemes: new Set(policy.schemes ?? ['https:']),
    ports: new Set(policy.ports ?? [443, 80]),
    ca: policy.ca,
  };
}

/** A `blocked` failure: the policy refuses the target. */
export function blocked(message: string, cause?: unknown): TransportError {
  return new TransportError('blocked', message, { cause });
}

/**
 * The checks that need no DNS: scheme, port, credentials, name shape and IP literals.
 * Shared by the URL path and by the connector (which sees only protocol, host and port).
 */
export function checkEndpoint(protocol: string, rawHost: string, port: number, p: ResolvedPolicy): Omit<Target, 'url'> {
  const host = stripBrackets(rawHost).toLowerCase().replace(/\.+$/, '');
  const key = hostKey(host, port);
  const allowListed = p.allowed.has(key);
  const ipLiteral = net.isIP(host) !== 0;
  if (protocol !== 'https:' && protocol !== 'http:') {
    throw blocked(`URL scheme '${protocol}' is not allowed; only https URLs can be fetched.`);
  }
  if (!allowListed) {
    if (!p.schemes.has(protocol)) {
      throw blocked(`URL scheme '${protocol}' is not allowed; only ${[...p.schemes].join(' or ')} URLs can be fetched.`);
    }
    if (!p.ports.has(port)) {
      throw blocked(`Port ${port} is not allowed; only ports ${[...p.ports].join(', ')} can be used.`);
    }
    if (ipLiteral) {
      const reason = addressBlockReason(host);
      if (reason) throw blocked(`Address ${host} is not a public internet address (${reason}).`);
    } else {
      const suffix = BLOCKED_NAME_SUFFIXES.find((s) => host === s || host.endsWith(`.${s}`));
      if (suffix) throw blocked(`Host '${host}' is a local-only name (${suffix}).`);
      // Single-label names resolve through search domains to internal hosts.
      if (!host.includes('.')) throw blocked(`Host '${host}' is not a fully qualified public host name.`);
    }
  }
  return { host, port, protocol, key, allowListed, ipLiteral };
}

export function checkUrl(input: string | URL, p: ResolvedPolicy): Target {
  let url: URL;
  try {
    url = typeof input === 'string' ? new URL(input) : new URL(input.href);
  } catch (cause) {
    throw new TransportError('invalid_url', 'The URL is not a valid absolute URL.', { cause });
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw blocked(`URL scheme '${url.protocol}' is not allowed; only https URLs can be fetched.`);
  }
  if (url.username !== '' || url.password !== '') {
    throw blocked('URLs with credentials (user:password@host) are not allowed.');
  }
  const port = url.port === '' ? (url.protocol === 'https:' ? 443 : 80) : Number(url.port);
  return { url, ...checkEndpoint(url.protocol, url.hostname, port, p) };
}


/** Step 2: the addresses to pin for a target (one DNS lookup for names, none for literals). */
export async function resolveAddresses(
  target: Pick<Target, 'host' | 'allowListed' | 'ipLiteral'>,
  p: ResolvedPolicy,
  signal?: AbortSignal,
): Promise<string[]> {
  if (target.ipLiteral) return [dialable(target.host)];
  let answers: Array<{ address: string; family: number }> | { address: string; family: number };
  try {
    answers = await raceSignal(p.lookup(target.host, { all: true }), signal);
  } catch (cause) {
    if (signal?.aborted) throw cause;
    throw new TransportError('dns', `Host '${target.host}' could not be resolved.`, { cause });
  }
  const list = (Array.isArray(answers) ? answers : [answers]).map((a) => a.address);
  if (list.length === 0) throw new TransportError('dns', `Host '${target.host}' has no addresses.`);
  if (!target.allowListed) {
    for (const address of list) {
      const reason = addressBlockReason(address);
      if (reason) {
        throw blocked(`Host '${target.host}' resolves to a non-public address (${reason}); only public internet hosts can be fetched.`);
      }
    }
  }
  // IPv4 first: Lambda outside a VPC has no IPv6 egress.
  const unique = [...new Set(list.map(dialable))];
  return [...unique.filter((a) => net.isIPv4(a)), ...unique.filter((a) => !net.isIPv4(a))];
}

