import type net from 'node:net';
import { Agent, buildConnector } from 'undici';
import { addressBlockReason } from './address-policy.js';
import { TransportError } from './errors.js';
import { blocked, checkEndpoint, resolvePolicy, resolveAddresses, type OutboundPolicy, type ResolvedPolicy, type Target } from './target.js';

/**
 * Connection (docs/media-intake.md, step 3): an undici connector that dials only validated addresses,
 * while SNI, certificate verification and the Host header keep the original name.
 */

/** Where the connector gets the addresses to dial for an endpoint. */
export type AddressSource = (endpoint: Omit<Target, 'url'>) => Promise<string[]>;


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
            callback(new TransportError('dns', `Host '${endpoint.host}' has no addresses.`), null);
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

/** An undici Agent whose every connection goes through {@link guardedConnector}. */
export function newAgent(p: ResolvedPolicy, source: AddressSource): Agent {
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
  const p = resolvePolicy(policy);
  return newAgent(p, (endpoint) => resolveAddresses(endpoint, p));
}

