import dns from 'node:dns';
import net from 'node:net';
import tls from 'node:tls';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import {
  OutboundError,
  addressBlockReason,
  assertPublicUrl,
  createSafeFetch,
  fetchBytes,
  isPublicAddress,
  streamToSink,
  type LookupFn,
} from '../../support/outbound-media-view.js';

/**
 * URL and address policy of the SSRF-safe client without any network: docs/reference/reliability.md C1 (schemes and
 * ports refused before DNS or sockets), C3 (every resolver answer checked), C9 (fast-check over
 * `ipV4Extended`), the §3.2 deny list and the §3.4 normalisation table.
 */

const PUBLIC_V4 = '93.184.216.34';
const PUBLIC_V6 = '2606:2800:220:1:248:1893:25c8:1946';

const lookupReturning = (...addresses: string[]) =>
  vi.fn<LookupFn>(async () => addresses.map((address) => ({ address, family: net.isIPv6(address) ? 6 : 4 })));

describe('Module: safe-fetch URL policy', () => {
  let netConnect: MockInstance;
  let tlsConnect: MockInstance;
  let dnsLookup: MockInstance;

  beforeEach(() => {
    netConnect = vi.spyOn(net, 'connect');
    tlsConnect = vi.spyOn(tls, 'connect');
    dnsLookup = vi.spyOn(dns.promises, 'lookup');
  });
  afterEach(() => {
    vi.restoreAllMocks();
  });

  describe('C1: schemes, ports and credentials are refused before any DNS lookup or socket', () => {
    const refused = [
      'file:///etc/passwd',
      'ftp://example.com/pet.jpg',
      'gopher://example.com:70/_GET%20/',
      'data:image/png;base64,iVBORw0KGgo=',
      'blob:https://example.com/7f0e8a7c-1d2b-4c1b-9a55-0a5b1b2c3d4e',
      'javascript:alert(1)',
      'dict://example.com:11211/stat',
      'ldap://example.com/',
      'ws://example.com/',
      'http://example.com/pet.jpg', // https only
      'https://example.com:8443/pet.jpg',
      'https://example.com:22/',
      'https://example.com:6379/',
      'https://user:secret@example.com/pet.jpg',
      'https://user@example.com/pet.jpg',
      'https://localhost/',
      'https://app.localhost/',
      'https://intranet/',
      'https://metadata.google.internal/',
      'not a url',
      '',
    ];

    it.each(refused)('refuses %s with no lookup and no socket', async (url) => {
      // Prepare
      const lookup = lookupReturning(PUBLIC_V4);

      // Act
      const results = await Promise.allSettled([
        fetchBytes(url, { lookup, allowedHosts: [] }),
        assertPublicUrl(url, { lookup, allowedHosts: [] }),
        createSafeFetch({ lookup, allowedHosts: [] })(url),
        streamToSink(url, { lookup, allowedHosts: [] }, () => undefined),
      ]);

      // Assess
      for (const result of results) {
        expect(result.status).toBe('rejected');
        const err = (result as PromiseRejectedResult).reason as OutboundError;
        expect(err).toBeInstanceOf(OutboundError);
        expect(err.status).toBe(400);
        expect(err.code).toBe('media_unreachable');
        expect(['blocked', 'invalid_url']).toContain(err.reason);
        expect(err.message).not.toContain('secret');
      }
      expect(lookup).not.toHaveBeenCalled();
      expect(dnsLookup).not.toHaveBeenCalled();
      expect(netConnect).not.toHaveBeenCalled();
      expect(tlsConnect).not.toHaveBeenCalled();
    });

    it('says why a scheme or port is refused', async () => {
      await expect(assertPublicUrl('ftp://example.com/', { allowedHosts: [] })).rejects.toThrow(/scheme 'ftp:'/);
      await expect(assertPublicUrl('https://example.com:8443/', { allowedHosts: [] })).rejects.toThrow(/Port 8443/);
      await expect(assertPublicUrl('https://u:p@example.com/', { allowedHosts: [] })).rejects.toThrow(/credentials/);
    });

    it('allows http and any port only for an exact allow-listed host:port', async () => {
      const lookup = lookupReturning('127.0.0.1');
      await expect(assertPublicUrl('http://sim.test:4010/x', { lookup, allowedHosts: ['sim.test:4010'] })).resolves.toBeInstanceOf(URL);
      await expect(assertPublicUrl('http://sim.test:4011/x', { lookup, allowedHosts: ['sim.test:4010'] })).rejects.toThrow(/scheme 'http:'/);
      await expect(assertPublicUrl('https://sim.test:4011/x', { lookup, allowedHosts: ['sim.test:4010'] })).rejects.toThrow(/Port 4011/);
      await expect(assertPublicUrl('http://127.0.0.1:4010/', { allowedHosts: ['127.0.0.1:4010'] })).resolves.toBeInstanceOf(URL);
      await expect(assertPublicUrl('http://[::1]:4010/', { allowedHosts: ['[::1]:4010'] })).resolves.toBeInstanceOf(URL);
      // An entry without a port is not an exact host:port and is ignored.
      await expect(assertPublicUrl('http://127.0.0.1/', { allowedHosts: ['127.0.0.1'] })).rejects.toThrow(OutboundError);
    });
  });

  describe('C2 (no network): every spelling of a non-public literal is refused without DNS', () => {
    // docs/reference/reliability.md §3.4: the guard classifies the WHATWG-normalised hostname.
    const table: Array<[string, string]> = [
      ['https://2130706433/', '127.0.0.1'],
      ['https://017700000001/', '127.0.0.1'],
      ['https://0x7f.1/', '127.0.0.1'],
      ['https://127.1/', '127.0.0.1'],
      ['https://0177.0.0.1/', '127.0.0.1'],
      ['https://0/', '0.0.0.0'],
      ['https://0251.0376.0251.0376/', '169.254.169.254'],
      ['https://169.254.43518/', '169.254.169.254'],
      ['https://①②⑦.0.0.1/', '127.0.0.1'],
      ['https://[::ffff:127.0.0.1]/', '[::ffff:7f00:1]'],
      ['https://[0:0:0:0:0:ffff:a9fe:a9fe]/', '[::ffff:a9fe:a9fe]'],
      ['https://[fd00:ec2::254]/', '[fd00:ec2::254]'],
      ['https://[::]/', '[::]'],
      ['https://[::1]/', '[::1]'],
      ['https://[::127.0.0.1]/', '[::7f00:1]'],
      ['https://%31%32%37.0.0.1/', '127.0.0.1'],
    ];

    it.each(table)('%s normalises to %s and is refused', async (url, hostname) => {
      const lookup = lookupReturning(PUBLIC_V4);
      expect(new URL(url).hostname).toBe(hostname);
      const err = await assertPublicUrl(url, { lookup, allowedHosts: [] }).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(OutboundError);
      expect((err as OutboundError).reason).toBe('blocked');
      expect((err as OutboundError).message).toMatch(/not a public internet address/);
      expect(lookup).not.toHaveBeenCalled();
    });
  });

  describe('§3.2 deny list', () => {
    const denied: Array<[string, RegExp]> = [
      ['169.254.169.254', /metadata/],
      ['169.254.169.253', /DNS/],
      ['169.254.169.123', /time/],
      ['169.254.170.2', /ECS/],
      ['169.254.170.23', /EKS/],
      ['fd00:ec2::254', /metadata/],
      ['fd00:ec2::253', /metadata/],
      ['100.64.0.1', /carrier/],
      ['100.127.255.254', /carrier/],
      ['198.18.0.1', /benchmark/],
      ['198.19.255.255', /benchmark/],
      ['0.0.0.0', /unspecified/],
      ['0.1.2.3', /unspecified/],
      ['127.0.0.1', /loopback/],
      ['127.255.255.254', /loopback/],
      ['10.1.2.3', /private/],
      ['172.31.255.255', /private/],
      ['192.168.1.1', /private/],
      ['192.0.0.8', /IETF/],
      ['255.255.255.255', /reserved|broadcast/],
      ['224.0.0.1', /multicast/],
      ['::', /unspecified/],
      ['::1', /loopback/],
      ['::ffff:127.0.0.1', /IPv4-mapped loopback/],
      ['::ffff:169.254.169.254', /IPv4-mapped cloud metadata/],
      ['::ffff:10.0.0.1', /IPv4-mapped private/],
      ['64:ff9b::a9fe:a9fe', /NAT64/],
      ['64:ff9b:1::1', /NAT64/],
      ['2002:7f00:1::', /6to4/],
      ['2001:0:1::1', /IETF|teredo/],
      ['2001:db8::1', /documentation/],
      ['fe80::1', /link-local/],
      ['fe80::1%eth0', /link-local/],
      ['fec0::1', /site-local/],
      ['fc00::1', /unique local/],
      ['ff02::1', /multicast/],
      ['100::1', /discard/],
      ['3fff::1', /documentation/],
      ['5f00::1', /segment/],
      ['4000::1', /global unicast/],
      ['::ffff:0:7f00:1', /.+/],
      ['not-an-ip', /canonical/],
      ['0x7f.1', /canonical/],
    ];

    it.each(denied)('%s is refused (%s)', (address, reason) => {
      expect(addressBlockReason(address)).toMatch(reason);
      expect(isPublicAddress(address)).toBe(false);
    });

    it.each([PUBLIC_V4, '8.8.8.8', '1.1.1.1', '52.95.110.1', PUBLIC_V6, '2a00:1450:4001:82a::200e', '::ffff:93.184.216.34', '[2606:4700::6810:84e5]'])(
      '%s is public',
      (address) => {
        expect(addressBlockReason(address)).toBeUndefined();
      },
    );
  });

  describe('C3: every address of the resolver answer is checked', () => {
    const cases: Array<[string, string[]]> = [
      ['mixed.example.com', [PUBLIC_V4, '127.0.0.1']],
      ['mixed6.example.com', [PUBLIC_V6, '::1']],
      ['mapped.example.com', ['::ffff:127.0.0.1']],
      ['127.0.0.1.nip.io', ['127.0.0.1']],
      ['customer1.app.localhost.my.company.127.0.0.1.nip.io', ['127.0.0.1']],
      ['localtest.me', ['127.0.0.1']],
      ['169.254.169.254.nip.io', ['169.254.169.254']],
      ['metadata.nicob.net', ['169.254.169.254']],
      ['mail.ebc.apple.com', ['127.0.0.6']],
      ['imds6.example.com', ['fd00:ec2::254']],
      ['cgnat.example.com', ['100.64.1.1']],
    ];

    it.each(cases)('%s resolving to %j is refused', async (host, answer) => {
      const lookup = lookupReturning(...answer);
      const err = await assertPublicUrl(`https://${host}/pet.jpg`, { lookup, allowedHosts: [] }).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(OutboundError);
      expect((err as OutboundError).reason).toBe('blocked');
      expect((err as OutboundError).message).toMatch(/resolves to a non-public address/);
      expect(lookup).toHaveBeenCalledTimes(1);
      expect(lookup).toHaveBeenCalledWith(host, expect.objectContaining({ all: true }));
    });

    it('passes a name whose every address is public, resolving once', async () => {
      const lookup = lookupReturning(PUBLIC_V4, PUBLIC_V6);
      const url = await assertPublicUrl('https://cdn.example.com/pets/dog.jpg?sig=abc', { lookup, allowedHosts: [] });
      expect(url.href).toBe('https://cdn.example.com/pets/dog.jpg?sig=abc');
      expect(lookup).toHaveBeenCalledTimes(1);
      expect(netConnect).not.toHaveBeenCalled();
    });

    it('reports a name that does not resolve as a dns failure', async () => {
      const lookup = vi.fn<LookupFn>(async () => {
        throw Object.assign(new Error('getaddrinfo ENOTFOUND nope.example.com'), { code: 'ENOTFOUND' });
      });
      const err = (await assertPublicUrl('https://nope.example.com/', { lookup, allowedHosts: [] }).catch((e: unknown) => e)) as OutboundError;
      expect(err.reason).toBe('dns');
      expect(err.retryable).toBe(true);
      await expect(assertPublicUrl('https://empty.example.com/', { lookup: lookupReturning(), allowedHosts: [] })).rejects.toMatchObject({
        reason: 'dns',
      });
    });

    it('uses dns.lookup with {all: true} when no resolver is injected', async () => {
      dnsLookup.mockResolvedValue([{ address: '127.0.0.1', family: 4 }] as never);
      await expect(assertPublicUrl('https://rebind.example.com/', { allowedHosts: [] })).rejects.toThrow(/non-public/);
      expect(dnsLookup).toHaveBeenCalledWith('rebind.example.com', expect.objectContaining({ all: true }));
    });

    it('times out a resolver that never answers', async () => {
      const lookup = vi.fn<LookupFn>(() => new Promise(() => undefined));
      const err = (await assertPublicUrl('https://slow-dns.example.com/', { lookup, allowedHosts: [], totalTimeoutMs: 50 }).catch(
        (e: unknown) => e,
      )) as OutboundError;
      expect(err.reason).toBe('timeout');
    });
  });

  describe('C9: property over fc.ipV4Extended()', () => {
    // An oracle independent of ipaddr.js: the IANA IPv4 special-purpose registry plus 0/8, multicast and 240/4.
    const SPECIAL: Array<[string, number]> = [
      ['0.0.0.0', 8], ['10.0.0.0', 8], ['100.64.0.0', 10], ['127.0.0.0', 8], ['169.254.0.0', 16],
      ['172.16.0.0', 12], ['192.0.0.0', 24], ['192.0.2.0', 24], ['192.31.196.0', 24], ['192.52.193.0', 24],
      ['192.88.99.0', 24], ['192.168.0.0', 16], ['192.175.48.0', 24], ['198.18.0.0', 15], ['198.51.100.0', 24],
      ['203.0.113.0', 24], ['224.0.0.0', 4], ['240.0.0.0', 4],
    ];
    const toInt = (dotted: string) => dotted.split('.').reduce((acc, part) => acc * 256 + Number(part), 0);
    const isSpecial = (dotted: string) =>
      SPECIAL.some(([base, bits]) => Math.floor(toInt(dotted) / 2 ** (32 - bits)) === Math.floor(toInt(base) / 2 ** (32 - bits)));

    it('blocks exactly the hosts that normalise to a special-purpose address, with no DNS', async () => {
      const lookup = lookupReturning(PUBLIC_V4);
      await fc.assert(
        fc.asyncProperty(fc.ipV4Extended(), async (host) => {
          const url = `https://${host}/pet.jpg`;
          let normalised: string | undefined;
          try {
            normalised = new URL(url).hostname;
          } catch {
            normalised = undefined;
          }
          const outcome = await assertPublicUrl(url, { lookup, allowedHosts: [] }).then(
            () => 'passed' as const,
            (err: unknown) => err,
          );
          if (normalised === undefined) {
            expect(outcome).toBeInstanceOf(OutboundError);
          } else if (isSpecial(normalised)) {
            expect(outcome, `${host} -> ${normalised}`).toBeInstanceOf(OutboundError);
            expect((outcome as OutboundError).reason).toBe('blocked');
          } else {
            expect(outcome, `${host} -> ${normalised} is public`).toBe('passed');
          }
        }),
        { numRuns: 2000 },
      );
      expect(lookup).not.toHaveBeenCalled();
    });

    it('judges an IPv4-mapped IPv6 literal exactly like its IPv4 address', () => {
      fc.assert(
        fc.property(fc.ipV4(), (v4) => {
          expect(isPublicAddress(`::ffff:${v4}`)).toBe(isPublicAddress(v4));
          expect(isPublicAddress(`64:ff9b::${v4}`)).toBe(false);
          expect(isPublicAddress(`::${v4}`)).toBe(false);
        }),
        { numRuns: 500 },
      );
    });

    it('never passes an IPv6 literal outside 2000::/3', () => {
      fc.assert(
        fc.property(fc.ipV6(), (v6) => {
          const first = Number.parseInt(new URL(`https://[${v6}]/`).hostname.slice(1).split(':')[0] || '0', 16);
          if (first < 0x2000 || first >= 0x4000) expect(isPublicAddress(v6)).toBe(false);
        }),
        { numRuns: 1000 },
      );
    });
  });
});
