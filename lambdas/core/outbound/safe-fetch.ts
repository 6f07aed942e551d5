import dns from 'node:dns';
import net from 'node:net';
import { Readable } from 'node:stream';
import ipaddr from 'ipaddr.js';
import { Agent, Headers, buildConnector, request } from 'undici';
import type { Dispatcher } from 'undici';
import { raceSignal } from './abort.js';
import { AppError } from '../errors.js';
import { getConfig } from '../config.js';

/**
 * The SSRF-safe outbound HTTP client: every outbound call of the service (user media URLs, customer
 * callbacks, provider APIs, video mirroring) goes through it (RELIABILITY §3.3 "[ours] Design", C1–C7).
 *
 * 1. WHATWG `URL` parse; `https:` only and ports 443/80 only, unless the exact `host:port` is on the
 *    allow-list (`OUTBOUND_ALLOWED_HOSTS`, tests and local simulators only), which then may also use
 *    `http:` and any port and skips the address check. No user-info, no single-label or `.localhost` names.
 * 2. IP literals (every spelling is already normalised by WHATWG) are classified with ipaddr.js: anything
 *    whose `range()` is not `unicast`, anything on an explicit deny list (metadata, CGNAT, benchmarking,
 *    NAT64, 6to4, …) and any IPv6 outside 2000::/3 is refused; IPv4-mapped IPv6 is judged by its IPv4.
 * 3. Host names are resolved ONCE (`dns.lookup(host, {all: true})`, injectable) and refused if ANY address
 *    is non-public; the connection then goes to that validated address (pinned in a custom undici
 *    connector, which also re-checks every address it dials, so IP literals cannot skip the check),
 *    while SNI, certificate verification and the Host header keep the original name.
 * 4. Redirects are never followed by undici: at most 3 hops are followed here, each `Location` going
 *    through steps 1–3 again.
 * 5. Connect timeout (3 s), a total deadline over DNS + connect + headers + body (20 s by default),
 *    and a byte cap enforced while streaming.
 *
 * Every failure is an {@link OutboundError} (an `AppError`, 400 `media_unreachable` or
 * `media_too_large`) whose message says why without echoing the URL's path, query or credentials.
 */

/** `dns.lookup(hostname, {all: true})` or a stand-in (tests inject one so no real DNS is used). */
export type LookupFn = (
  hostname: string,
  options: { all: true },
) => Promise<Array<{ address: string; family: number }>>;

/** Limits and escape hatches of one outbound call. Every field is optional. */
export interface OutboundPolicy {
  /** Exact `host:port` pairs that may be reached over http/https on any port without the address check.
   * Defaults to `getConfig().OUTBOUND_ALLOWED_HOSTS` (empty in every deployed stack). */
  allowedHosts?: string[];
  /** Redirect hops followed (each re-validated); default 3. */
  maxRedirects?: number;
  /** TCP + TLS connect timeout per address; default 3000 ms. */
  connectTimeoutMs?: number;
  /** Deadline over the whole exchange (DNS, every hop, headers and body); default 20 s. */
  totalTimeoutMs?: number;
  /** Body cap in bytes; the body is aborted at cap + 1. Default MAX_IMAGE_BYTES (200 MB for {@link streamToSink}). */
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

/** Why an outbound call failed; lets callers decide between "retry later" and "give up". */
export type OutboundFailure =
  | 'invalid_url'
  | 'blocked'
  | 'dns'
  | 'connect'
  | 'tls'
  | 'timeout'
  | 'network'
  | 'redirect'
  | 'http_status'
  | 'too_large';

const RETRYABLE: ReadonlySet<OutboundFailure> = new Set(['dns', 'connect', 'timeout', 'network']);

/** The error every outbound failure becomes: a 400 `media_unreachable` / `media_too_large` AppError. */
export class OutboundError extends AppError {
  constructor(
    readonly reason: OutboundFailure,
    message: string,
    options: { cause?: unknown; httpStatus?: number } = {},
  ) {
    super(400, reason === 'too_large' ? 'media_too_large' : 'media_unreachable', message, {}, { cause: options.cause });
    this.name = 'OutboundError';
    this.httpStatus = options.httpStatus;
  }

  /** The remote HTTP status for `http_status` failures. */
  readonly httpStatus: number | undefined;

  /** True when the same call may succeed later (DNS, connect, timeout, network, remote 408/429/5xx). */
  get retryable(): boolean {
    if (this.reason === 'http_status') {
      const s = this.httpStatus ?? 0;
      return s === 408 || s === 429 || s >= 500;
    }
    return RETRYABLE.has(this.reason);
  }
}

/** Options of one call made with {@link createSafeFetch}. */
export interface SafeRequestInit {
  method?: string;
  headers?: Record<string, string>;
  body?: string | Buffer | Uint8Array;
  signal?: AbortSignal;
  /** Overrides the policy's total deadline for this call. */
  timeoutMs?: number;
  /** Follow up to `maxRedirects` validated redirects (default true). Callback senders pass false: a 3xx is a failure. */
  followRedirects?: boolean;
  /** Overrides the policy's body cap for this call. */
  maxBytes?: number;
}

/**
 * A response whose body has not been read yet. The body can be consumed once, through `body`,
 * `bytes()`, `text()` or `json()`; every path enforces the byte cap and the deadline. A caller that only
 * needs the status should call `cancel()` (the deadline releases the connection otherwise).
 */
export interface SafeResponse {
  status: number;
  ok: boolean;
  headers: Headers;
  /** The final URL after redirects. */
  url: string;
  redirected: boolean;
  /** The capped body as a Node stream (created on first access). */
  readonly body: Readable;
  bytes(): Promise<Buffer>;
  text(): Promise<string>;
  json(): Promise<unknown>;
  cancel(): Promise<void>;
}

export type SafeFetch = (url: string, init?: SafeRequestInit) => Promise<SafeResponse>;

/** What {@link fetchBytes} returns. `contentType` is informational only: the type is decided by `sniff`. */
export interface FetchedBytes {
  bytes: Buffer;
  contentType?: string;
  finalUrl: string;
  status: number;
}

/** What {@link streamToSink} returns. */
export interface StreamedToSink {
  bytes: number;
  contentType?: string;
  contentLength?: number;
  finalUrl: string;
  status: number;
}

export const DEFAULT_MAX_REDIRECTS = 3;
export const DEFAULT_CONNECT_TIMEOUT_MS = 3_000;
export const IMAGE_TOTAL_TIMEOUT_MS = 20_000;
export const VIDEO_TOTAL_TIMEOUT_MS = 60_000;
/** Cap for mirroring a rendered video into the service's bucket (RELIABILITY C7). */
export const MIRROR_MAX_BYTES = 200 * 1024 * 1024;

/** The outbound limits for fetching user media of one kind (SPEC §5, RELIABILITY C7). */
export function mediaPolicy(kind: 'image' | 'video', overrides: OutboundPolicy = {}): OutboundPolicy {
  const config = getConfig();
  return kind === 'image'
    ? { maxBytes: config.MAX_IMAGE_BYTES, totalTimeoutMs: IMAGE_TOTAL_TIMEOUT_MS, ...overrides }
    : { maxBytes: config.MAX_VIDEO_BYTES, totalTimeoutMs: VIDEO_TOTAL_TIMEOUT_MS, ...overrides };
}

// ---------------------------------------------------------------------------------------------------
// Address classification
// ---------------------------------------------------------------------------------------------------

type CidrRule = readonly [string, string];

/**
 * Denied on top of ipaddr.js's non-unicast ranges, so a future ipaddr.js release that reclassifies a
 * range cannot open it (the IANA special-purpose registries plus the cloud targets of RELIABILITY §3.2).
 */
const DENY_V4: readonly CidrRule[] = [
  ['169.254.169.254/32', 'cloud metadata (EC2 IMDS)'],
  ['169.254.170.2/32', 'cloud metadata (ECS task metadata)'],
  ['169.254.170.23/32', 'cloud metadata (EKS Pod Identity)'],
  ['169.254.169.253/32', 'cloud DNS resolver'],
  ['169.254.169.123/32', 'cloud time sync'],
  ['0.0.0.0/8', 'unspecified'],
  ['10.0.0.0/8', 'private'],
  ['100.64.0.0/10', 'carrier-grade NAT'],
  ['127.0.0.0/8', 'loopback'],
  ['169.254.0.0/16', 'link-local'],
  ['172.16.0.0/12', 'private'],
  ['192.0.0.0/24', 'IETF protocol assignments'],
  ['192.0.2.0/24', 'documentation'],
  ['192.31.196.0/24', 'AS112'],
  ['192.52.193.0/24', 'AMT'],
  ['192.88.99.0/24', '6to4 relay'],
  ['192.168.0.0/16', 'private'],
  ['192.175.48.0/24', 'AS112'],
  ['198.18.0.0/15', 'benchmarking'],
  ['198.51.100.0/24', 'documentation'],
  ['203.0.113.0/24', 'documentation'],
  ['224.0.0.0/4', 'multicast'],
  ['240.0.0.0/4', 'reserved'],
];

const DENY_V6: readonly CidrRule[] = [
  ['fd00:ec2::254/128', 'cloud metadata (EC2 IMDS)'],
  ['fd00:ec2::/32', 'cloud metadata range'],
  ['::/96', 'unspecified, loopback or IPv4-compatible'],
  ['64:ff9b::/96', 'NAT64'],
  ['64:ff9b:1::/48', 'local NAT64'],
  ['100::/64', 'discard'],
  ['2001::/23', 'IETF protocol assignments'],
  ['2001:db8::/32', 'documentation'],
  ['2002::/16', '6to4'],
  ['3fff::/20', 'documentation'],
  ['5f00::/16', 'segment routing'],
  ['fc00::/7', 'unique local'],
  ['fe80::/10', 'link-local'],
  ['fec0::/10', 'site-local'],
  ['ff00::/8', 'multicast'],
];

const parsedV4 = DENY_V4.map(([cidr, label]) => [ipaddr.IPv4.parseCIDR(cidr), label] as const);
const parsedV6 = DENY_V6.map(([cidr, label]) => [ipaddr.IPv6.parseCIDR(cidr), label] as const);
const GLOBAL_UNICAST_V6 = ipaddr.IPv6.parseCIDR('2000::/3');

function v4Reason(addr: ipaddr.IPv4): string | undefined {
  for (const [[range, bits], label] of parsedV4) if (addr.match(range, bits)) return label;
  const range = addr.range();
  return range === 'unicast' ? undefined : range;
}

/**
 * Why an IP address must not be connected to, or `undefined` when it is public unicast.
 * Accepts canonical IPv4/IPv6 text, with or without brackets or a zone id.
 */
export function addressBlockReason(address: string): string | undefined {
  const bare = canonicalIp(address);
  if (bare === undefined) return 'not a canonical IP address';
  const addr = ipaddr.parse(bare);
  if (addr.kind() === 'ipv4') return v4Reason(addr as ipaddr.IPv4);
  const v6 = addr as ipaddr.IPv6;
  if (v6.isIPv4MappedAddress()) {
    const inner = v4Reason(v6.toIPv4Address());
    return inner === undefined ? undefined : `IPv4-mapped ${inner}`;
  }
  for (const [[range, bits], label] of parsedV6) if (v6.match(range, bits)) return label;
  const range = v6.range();
  if (range !== 'unicast') return range;
  if (!v6.match(GLOBAL_UNICAST_V6)) return 'not global unicast';
  return undefined;
}

/**
 * Canonical text of an IP address, or `undefined` if it is not one. IPv6 goes through the WHATWG
 * serialiser first: ipaddr.js reads any dotted suffix as IPv4-mapped (`::1.0.0.0` would become
 * `::ffff:100:0`), so it must only ever see the pure hex form.
 */
function canonicalIp(address: string): string | undefined {
  const bare = stripBrackets(address).replace(/%.*$/, '');
  const family = net.isIP(bare);
  if (family === 4) return bare;
  if (family !== 6) return undefined;
  try {
    return stripBrackets(new URL(`http://[${bare}]/`).hostname);
  } catch {
    return undefined;
  }
}

/** True when `address` is public unicast (see {@link addressBlockReason}). */
export function isPublicAddress(address: string): boolean {
  return addressBlockReason(address) === undefined;
}

/** The address to dial: IPv4-mapped IPv6 becomes plain IPv4, IPv6 loses brackets. */
function dialable(address: string): string {
  const bare = stripBrackets(address);
  const canonical = canonicalIp(bare);
  if (canonical !== undefined && net.isIPv6(canonical)) {
    const v6 = ipaddr.IPv6.parse(canonical);
    if (v6.isIPv4MappedAddress()) return v6.toIPv4Address().toString();
  }
  return bare;
}

// ---------------------------------------------------------------------------------------------------
// URL validation
// ---------------------------------------------------------------------------------------------------

interface ResolvedPolicy {
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
interface Target {
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

function stripBrackets(host: string): string {
  return host.startsWith('[') && host.endsWith(']') ? host.slice(1, -1) : host;
}

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

function resolvePolicy(policy: OutboundPolicy, defaults: { maxBytes?: number; totalTimeoutMs: number }): ResolvedPolicy {
  const allowList = policy.allowedHosts ?? getConfig().OUTBOUND_ALLOWED_HOSTS;
  const allowed = new Set<string>();
  for (const entry of allowList) {
    const key = normaliseAllowEntry(entry);
    if (key) allowed.add(key);
  }
  return {
    allowed,
    maxRedirects: policy.maxRedirects ?? DEFAULT_MAX_REDIRECTS,
    connectTimeoutMs: policy.connectTimeoutMs ?? DEFAULT_CONNECT_TIMEOUT_MS,
    totalTimeoutMs: policy.totalTimeoutMs ?? defaults.totalTimeoutMs,
    maxBytes: policy.maxBytes ?? defaults.maxBytes ?? getConfig().MAX_IMAGE_BYTES,
    lookup: policy.lookup ?? systemLookup,
    schemes: new Set(policy.schemes ?? ['https:']),
    ports: new Set(policy.ports ?? [443, 80]),
    ca: policy.ca,
  };
}

function blocked(message: string, cause?: unknown): OutboundError {
  return new OutboundError('blocked', message, { cause });
}

/**
 * The checks that need no DNS: scheme, port, credentials, name shape and IP literals.
 * Shared by the URL path and by the connector (which sees only protocol, host and port).
 */
function checkEndpoint(protocol: string, rawHost: string, port: number, p: ResolvedPolicy): Omit<Target, 'url'> {
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

function checkUrl(input: string | URL, p: ResolvedPolicy): Target {
  let url: URL;
  try {
    url = typeof input === 'string' ? new URL(input) : new URL(input.href);
  } catch (cause) {
    throw new OutboundError('invalid_url', 'The URL is not a valid absolute URL.', { cause });
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
async function resolveAddresses(
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
    throw new OutboundError('dns', `Host '${target.host}' could not be resolved.`, { cause });
  }
  const list = (Array.isArray(answers) ? answers : [answers]).map((a) => a.address);
  if (list.length === 0) throw new OutboundError('dns', `Host '${target.host}' has no addresses.`);
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

// ---------------------------------------------------------------------------------------------------
// The guarded undici connector
// ---------------------------------------------------------------------------------------------------

type AddressSource = (endpoint: Omit<Target, 'url'>) => Promise<string[]>;

/**
 * An undici connector that dials only validated addresses. `source` supplies them (the pinned set of
 * the current request, or a fresh validated lookup for {@link createSafeDispatcher}); whatever the
 * source, the endpoint and every address are checked again here, so an IP-literal origin, for which
 * undici would skip a `connect.lookup` hook, cannot slip through.
 */
function guardedConnector(p: ResolvedPolicy, source: AddressSource): buildConnector.connector {
  const base = buildConnector({ timeout: p.connectTimeoutMs, ...(p.ca ? { ca: p.ca } : {}) });
  return (options, callback) => {
    const protocol = options.protocol;
    const port = Number(options.port) || (protocol === 'https:' ? 443 : 80);
    let endpoint: Omit<Target, 'url'>;
    try {
      endpoint = checkEndpoint(protocol, options.hostname, port, p);
    } catch (err) {
      callback(err as Error, null);
      return;
    }
    source(endpoint).then(
      (addresses) => {
        for (const address of addresses) {
          const reason = endpoint.allowListed ? undefined : addressBlockReason(address);
          if (reason) {
            callback(blocked(`Address ${address} is not a public internet address (${reason}).`), null);
            return;
          }
        }
        const attempt = (index: number): void => {
          const address = addresses[index];
          if (address === undefined) {
            callback(new OutboundError('dns', `Host '${endpoint.host}' has no addresses.`), null);
            return;
          }
          // `host` (the original name) still drives SNI, certificate checks and the session cache.
          base({ ...options, hostname: address }, (err, socket) => {
            if (err && index + 1 < addresses.length) attempt(index + 1);
            else if (err) callback(err, null);
            else callback(null, socket as net.Socket);
          });
        };
        attempt(0);
      },
      (err: unknown) => callback(err instanceof Error ? err : new Error(String(err)), null),
    );
  };
}

function newAgent(p: ResolvedPolicy, source: AddressSource): Agent {
  return new Agent({
    connect: guardedConnector(p, source),
    headersTimeout: p.totalTimeoutMs,
    bodyTimeout: p.totalTimeoutMs,
    keepAliveTimeout: 1_000,
  });
}

/**
 * An undici dispatcher that enforces the policy on every connection it opens: scheme, port, IP
 * literals, and one validated lookup per connection whose answer is the address dialled. For code
 * that must hand a dispatcher to a library; prefer {@link createSafeFetch}, which also caps bytes and
 * time and re-validates redirects.
 */
export function createSafeDispatcher(policy: OutboundPolicy = {}): Agent {
  const p = resolvePolicy(policy, { totalTimeoutMs: IMAGE_TOTAL_TIMEOUT_MS });
  return newAgent(p, (endpoint) => resolveAddresses(endpoint, p));
}

// ---------------------------------------------------------------------------------------------------
// Requests
// ---------------------------------------------------------------------------------------------------

const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);
const DROPPED_REQUEST_HEADERS = new Set([
  'host',
  'connection',
  'keep-alive',
  'proxy-connection',
  'proxy-authorization',
  'transfer-encoding',
  'te',
  'trailer',
  'upgrade',
  'expect',
  'content-length',
  'accept-encoding',
]);
/** The only caller headers kept on a cross-origin redirect (credentials such as `key`, `x-api-key`,
 * `authorization` or `cookie` must never reach another origin). */
const CROSS_ORIGIN_SAFE_HEADERS = new Set(['accept', 'accept-language', 'user-agent', 'content-type']);

class TimeoutMarker extends Error {}

/** One in-flight exchange: the response of the last hop plus what must be released afterwards. */
interface Exchange {
  res: Dispatcher.ResponseData;
  target: Target;
  redirected: boolean;
  timedOut: () => boolean;
  callerSignal?: AbortSignal;
  finish: () => void;
  maxBytes: number;
  totalTimeoutMs: number;
}

function describeTimeout(ms: number): string {
  return ms >= 1000 ? `${Math.round(ms / 100) / 10} s` : `${ms} ms`;
}

const CONNECT_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ENETUNREACH', 'EHOSTUNREACH', 'EADDRNOTAVAIL']);

/** Maps anything thrown during an exchange to an OutboundError, without leaking the URL's path or query. */
function toOutboundError(err: unknown, host: string, timedOut: boolean, totalMs: number): OutboundError {
  if (err instanceof OutboundError) return err;
  if (timedOut || err instanceof TimeoutMarker) {
    return new OutboundError('timeout', `The request to '${host}' did not complete within ${describeTimeout(totalMs)}.`);
  }
  const e = err as { code?: string; name?: string } | undefined;
  const code = e?.code ?? '';
  if (err instanceof AppError) return new OutboundError('network', err.message, { cause: err });
  if (code === 'UND_ERR_CONNECT_TIMEOUT') {
    return new OutboundError('connect', `Connecting to '${host}' timed out.`, { cause: err });
  }
  if (code === 'UND_ERR_HEADERS_TIMEOUT' || code === 'UND_ERR_BODY_TIMEOUT') {
    return new OutboundError('timeout', `The request to '${host}' timed out.`, { cause: err });
  }
  if (code === 'ECONNREFUSED') return new OutboundError('connect', `'${host}' refused the connection.`, { cause: err });
  if (CONNECT_CODES.has(code)) return new OutboundError('connect', `Could not connect to '${host}' (${code}).`, { cause: err });
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') {
    return new OutboundError('dns', `Host '${host}' could not be resolved.`, { cause: err });
  }
  if (code.startsWith('ERR_TLS') || code.includes('CERT') || code.startsWith('ERR_SSL') || code === 'EPROTO') {
    return new OutboundError('tls', `The TLS connection to '${host}' failed (${code}).`, { cause: err });
  }
  if (code === 'UND_ERR_RES_EXCEEDED_MAX_SIZE') {
    return new OutboundError('too_large', `The response from '${host}' is too large.`, { cause: err });
  }
  if (e?.name === 'AbortError' || code === 'UND_ERR_ABORTED' || code === 'ABORT_ERR') {
    return new OutboundError('network', `The request to '${host}' was cancelled.`, { cause: err });
  }
  return new OutboundError('network', `The request to '${host}' failed${code ? ` (${code})` : ''}.`, { cause: err });
}

function sanitiseHeaders(headers: Record<string, string> | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers ?? {})) {
    const lower = name.toLowerCase();
    if (!DROPPED_REQUEST_HEADERS.has(lower)) out[lower] = value;
  }
  // Asked uncompressed so the byte cap counts what is stored; a server compressing anyway is passed through.
  out['accept-encoding'] = 'identity';
  out['user-agent'] ??= 'pet-roast-ai';
  return out;
}

/** Drops a response body; undici reports destroying an unfinished body as an error, which is expected here. */
function discard(body: Dispatcher.ResponseData['body']): void {
  body.on('error', () => undefined);
  body.destroy();
}

function headerValue(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

interface OpenOptions {
  method: string;
  headers?: Record<string, string>;
  body?: string | Buffer | Uint8Array;
  signal?: AbortSignal;
  followRedirects: boolean;
  totalTimeoutMs: number;
  maxBytes: number;
}

/** Validates, resolves, pins and sends; follows validated redirects; returns the last hop's response. */
async function open(input: string, o: OpenOptions, p: ResolvedPolicy): Promise<Exchange> {
  let target = checkUrl(input, p); // throws before any DNS or socket
  const pins = new Map<string, string[]>();
  const agent = newAgent(p, async (endpoint) => {
    const pinned = pins.get(endpoint.key);
    if (!pinned) throw blocked(`Connection to '${endpoint.host}' was not validated.`);
    return pinned;
  });

  const controller = new AbortController();
  let timedOut = false;
  let finished = false;
  const finish = () => {
    if (finished) return;
    finished = true;
    clearTimeout(timer);
    o.signal?.removeEventListener('abort', onCallerAbort);
    agent.destroy().catch(() => undefined);
  };
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort(new TimeoutMarker('deadline'));
    finish();
  }, o.totalTimeoutMs);
  const onCallerAbort = () => {
    controller.abort(o.signal?.reason);
    finish();
  };
  if (o.signal?.aborted) onCallerAbort();
  else o.signal?.addEventListener('abort', onCallerAbort, { once: true });

  let method = o.method.toUpperCase();
  let body = o.body;
  let headers = sanitiseHeaders(o.headers);
  try {
    for (let hop = 0; ; hop++) {
      try {
        // One lookup per host for the whole exchange: a same-host redirect reuses the pinned answer.
        if (!pins.has(target.key)) pins.set(target.key, await resolveAddresses(target, p, controller.signal));
      } catch (err) {
        if (hop > 0 && err instanceof OutboundError && err.reason === 'blocked') {
          throw new OutboundError('blocked', `A redirect was refused: ${err.message}`, { cause: err });
        }
        throw err;
      }
      const res = await request(target.url, {
        dispatcher: agent,
        method: method as Dispatcher.HttpMethod,
        headers,
        body,
        signal: controller.signal,
      });
      if (!o.followRedirects || !REDIRECT_STATUSES.has(res.statusCode)) {
        return {
          res,
          target,
          redirected: hop > 0,
          timedOut: () => timedOut,
          ...(o.signal ? { callerSignal: o.signal } : {}),
          finish,
          maxBytes: o.maxBytes,
          totalTimeoutMs: o.totalTimeoutMs,
        };
      }
      discard(res.body);
      if (hop >= p.maxRedirects) {
        throw new OutboundError('redirect', `Too many redirects (more than ${p.maxRedirects}); the last one came from '${target.host}'.`);
      }
      const location = headerValue(res.headers.location);
      if (!location) throw new OutboundError('redirect', `'${target.host}' answered a redirect without a Location.`);
      let next: Target;
      try {
        next = checkUrl(new URL(location, target.url), p);
      } catch (err) {
        const reason = err instanceof OutboundError ? err.message : 'invalid Location.';
        throw new OutboundError('blocked', `A redirect was refused: ${reason}`, { cause: err });
      }
      if (res.statusCode === 303 || ((res.statusCode === 301 || res.statusCode === 302) && method === 'POST')) {
        if (method !== 'HEAD') method = 'GET';
        body = undefined;
        delete headers['content-type'];
      }
      if (next.url.origin !== target.url.origin) {
        headers = Object.fromEntries(Object.entries(headers).filter(([name]) => CROSS_ORIGIN_SAFE_HEADERS.has(name)));
        headers['accept-encoding'] = 'identity';
      }
      target = next;
    }
  } catch (err) {
    finish();
    // A caller that aborts gets its own abort reason back, as with fetch.
    if (o.signal?.aborted && !timedOut) throw o.signal.reason;
    throw toOutboundError(err, target.host, timedOut, o.totalTimeoutMs);
  }
}

function tooLarge(maxBytes: number): OutboundError {
  return new OutboundError('too_large', `The response is larger than the ${formatBytes(maxBytes)} limit.`);
}

function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${Math.round((n / (1024 * 1024)) * 10) / 10} MB`;
  if (n >= 1024) return `${Math.round((n / 1024) * 10) / 10} KB`;
  return `${n} bytes`;
}

/** Refuses a declared Content-Length over the cap before reading a byte. */
function checkDeclaredLength(ex: Exchange): number | undefined {
  const declared = headerValue(ex.res.headers['content-length']);
  if (declared === undefined || !/^\d+$/.test(declared)) return undefined;
  const length = Number(declared);
  if (length > ex.maxBytes) throw tooLarge(ex.maxBytes);
  return length;
}

/**
 * The body of an exchange, chunk by chunk, aborted at cap + 1 byte or at the deadline. Releases the
 * connection and the timer when iteration ends for any reason (completion, error, or the consumer
 * stopping early).
 */
async function* cappedChunks(ex: Exchange): AsyncGenerator<Buffer> {
  let total = 0;
  try {
    for await (const chunk of ex.res.body as AsyncIterable<Buffer>) {
      total += chunk.length;
      if (total > ex.maxBytes) throw tooLarge(ex.maxBytes);
      yield chunk;
    }
  } catch (err) {
    if (ex.callerSignal?.aborted && !ex.timedOut()) throw ex.callerSignal.reason;
    throw toOutboundError(err, ex.target.host, ex.timedOut(), ex.totalTimeoutMs);
  } finally {
    discard(ex.res.body);
    ex.finish();
  }
}

async function collect(ex: Exchange): Promise<Buffer> {
  checkDeclaredLength(ex);
  const chunks: Buffer[] = [];
  for await (const chunk of cappedChunks(ex)) chunks.push(chunk);
  return Buffer.concat(chunks);
}

function toHeaders(raw: Dispatcher.ResponseData['headers']): Headers {
  const headers = new Headers();
  for (const [name, value] of Object.entries(raw)) {
    if (Array.isArray(value)) for (const v of value) headers.append(name, v);
    else if (value !== undefined) headers.set(name, value);
  }
  return headers;
}

function statusError(ex: Exchange): OutboundError {
  return new OutboundError('http_status', `'${ex.target.host}' answered HTTP ${ex.res.statusCode}.`, {
    httpStatus: ex.res.statusCode,
  });
}

function releaseOnError(ex: Exchange, err: unknown): never {
  discard(ex.res.body);
  ex.finish();
  throw err;
}

/**
 * Validates `url` exactly as a fetch would (scheme, port, credentials, literal addresses, one DNS lookup
 * with every answer checked) without connecting. Used to check a `callback_url` at submission; the
 * fetch re-validates at send time because DNS may have changed.
 * @throws OutboundError (400 `media_unreachable`) saying why the URL is refused.
 */
export async function assertPublicUrl(url: string, policy: OutboundPolicy = {}): Promise<URL> {
  const p = resolvePolicy(policy, { totalTimeoutMs: IMAGE_TOTAL_TIMEOUT_MS });
  const target = checkUrl(url, p);
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(new TimeoutMarker('deadline')), p.totalTimeoutMs);
  try {
    await resolveAddresses(target, p, controller.signal);
  } catch (err) {
    throw toOutboundError(err, target.host, controller.signal.aborted, p.totalTimeoutMs);
  } finally {
    clearTimeout(timer);
  }
  return target.url;
}

/**
 * GETs `url` into memory, following at most `maxRedirects` validated redirects.
 * Defaults: image limits (MAX_IMAGE_BYTES, 20 s); pass `mediaPolicy('video')` for videos.
 * @throws OutboundError: `media_unreachable` (blocked, unreachable, timeout, non-2xx) or `media_too_large`.
 */
export async function fetchBytes(url: string, policy: OutboundPolicy = {}): Promise<FetchedBytes> {
  const p = resolvePolicy(policy, { totalTimeoutMs: IMAGE_TOTAL_TIMEOUT_MS });
  const ex = await open(url, { method: 'GET', followRedirects: true, totalTimeoutMs: p.totalTimeoutMs, maxBytes: p.maxBytes }, p);
  try {
    if (ex.res.statusCode < 200 || ex.res.statusCode > 299) throw statusError(ex);
    const bytes = await collect(ex);
    const contentType = headerValue(ex.res.headers['content-type']);
    return { bytes, ...(contentType ? { contentType } : {}), finalUrl: ex.target.url.href, status: ex.res.statusCode };
  } catch (err) {
    releaseOnError(ex, err);
  }
}

/**
 * GETs `url` and hands the body to `sink` chunk by chunk (awaiting it, so a slow sink applies
 * backpressure) without buffering it: for mirroring rendered videos. Defaults: 200 MB, 60 s.
 * @throws OutboundError as {@link fetchBytes}; an error thrown by `sink` is rethrown as is.
 */
export async function streamToSink(
  url: string,
  policy: OutboundPolicy | undefined,
  sink: (chunk: Buffer) => unknown,
): Promise<StreamedToSink> {
  const p = resolvePolicy(policy ?? {}, { maxBytes: MIRROR_MAX_BYTES, totalTimeoutMs: VIDEO_TOTAL_TIMEOUT_MS });
  const ex = await open(url, { method: 'GET', followRedirects: true, totalTimeoutMs: p.totalTimeoutMs, maxBytes: p.maxBytes }, p);
  try {
    if (ex.res.statusCode < 200 || ex.res.statusCode > 299) throw statusError(ex);
    const contentLength = checkDeclaredLength(ex);
    let bytes = 0;
    for await (const chunk of cappedChunks(ex)) {
      bytes += chunk.length;
      await sink(chunk);
    }
    const contentType = headerValue(ex.res.headers['content-type']);
    return {
      bytes,
      ...(contentType ? { contentType } : {}),
      ...(contentLength !== undefined ? { contentLength } : {}),
      finalUrl: ex.target.url.href,
      status: ex.res.statusCode,
    };
  } catch (err) {
    releaseOnError(ex, err);
  }
}

/**
 * A fetch-like function for provider APIs and customer callbacks. Any status is returned as is
 * (including 3xx when `followRedirects` is false); only policy violations, network failures and the
 * deadline throw. The deadline covers reading the body too.
 */
export function createSafeFetch(policy: OutboundPolicy = {}): SafeFetch {
  const p = resolvePolicy(policy, { totalTimeoutMs: IMAGE_TOTAL_TIMEOUT_MS });
  return async (url, init = {}) => {
    const ex = await open(
      url,
      {
        method: init.method ?? 'GET',
        headers: init.headers,
        body: init.body,
        signal: init.signal,
        followRedirects: init.followRedirects ?? true,
        totalTimeoutMs: init.timeoutMs ?? p.totalTimeoutMs,
        maxBytes: init.maxBytes ?? p.maxBytes,
      },
      p,
    );
    return toSafeResponse(ex);
  };
}

function toSafeResponse(ex: Exchange): SafeResponse {
  let used = false;
  let stream: Readable | undefined;
  const take = (): AsyncGenerator<Buffer> => {
    if (used) throw new TypeError('The response body has already been read.');
    used = true;
    try {
      checkDeclaredLength(ex);
    } catch (err) {
      releaseOnError(ex, err);
    }
    return cappedChunks(ex);
  };
  const bytes = async (): Promise<Buffer> => {
    const chunks: Buffer[] = [];
    for await (const chunk of take()) chunks.push(chunk);
    return Buffer.concat(chunks);
  };
  return {
    status: ex.res.statusCode,
    ok: ex.res.statusCode >= 200 && ex.res.statusCode <= 299,
    headers: toHeaders(ex.res.headers),
    url: ex.target.url.href,
    redirected: ex.redirected,
    get body(): Readable {
      stream ??= Readable.from(take(), { objectMode: false });
      return stream;
    },
    bytes,
    text: async () => (await bytes()).toString('utf8'),
    json: async () => JSON.parse((await bytes()).toString('utf8')) as unknown,
    cancel: async () => {
      used = true;
      discard(ex.res.body);
      ex.finish();
    },
  };
}
