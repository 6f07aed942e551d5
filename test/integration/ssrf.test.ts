import { BAD_INPUTS } from '../support/shared-data.js';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import net from 'node:net';
import tls from 'node:tls';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { fetch as undiciFetch } from 'undici';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import {
  OutboundError,
  createSafeDispatcher,
  createSafeFetch,
  fetchBytes,
  streamToSink,
  type LookupFn,
  type OutboundPolicy,
} from '../support/outbound-media-view.js';
import { sniff } from '../../lambdas/engines/intake/sniff.js';
import { inspectImage } from '../../lambdas/engines/intake/image.js';
import { requireTool } from '../support/system-tools.js';

/**
 * The SSRF-safe client against real loopback servers (docs/reference/reliability.md §8 C2, C4–C8):
 * - `sim` is the one allow-listed server (exact 127.0.0.1:port), playing the "public" media host;
 * - `victim` (127.0.0.1) and `victim6` (::1) stand for internal services: they count every TCP
 *   connection and must stay at 0;
 * - `net.connect`/`tls.connect` are spied on, so even a connection to an address no listener owns
 *   (127.2.2.2, 169.254.169.254, …) would be seen.
 */

interface Counting {
  server: http.Server | https.Server;
  port: number;
  connections: number;
  requests: string[];
  closedSockets: number;
}

type Handler = (req: http.IncomingMessage, res: http.ServerResponse, self: Counting) => void;

async function listen(host: string, handler: Handler, server: http.Server | https.Server = http.createServer()): Promise<Counting> {
  const state: Counting = { server, port: 0, connections: 0, requests: [], closedSockets: 0 };
  server.on('connection', (socket: net.Socket) => {
    state.connections++;
    socket.on('close', () => state.closedSockets++);
  });
  server.on('request', (req: http.IncomingMessage, res: http.ServerResponse) => {
    state.requests.push(req.url ?? '');
    handler(req, res, state);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, host, () => resolve());
  });
  state.port = (server.address() as AddressInfo).port;
  return state;
}

async function close(state: Counting | undefined): Promise<void> {
  if (!state) return;
  state.server.closeAllConnections();
  await new Promise<void>((resolve) => state.server.close(() => resolve()));
}

const SVG = readFileSync(join(BAD_INPUTS, 'cat-face-drawing.svg'));
const JPEG = readFileSync(join(BAD_INPUTS, 'dog-exif-orientation-6.jpg'));
const HTML = Buffer.from('<!DOCTYPE html><html><head><title>Pet</title></head><body><img src="dog.jpg"></body></html>');

const timers = new Set<NodeJS.Timeout>();

const simHandler: Handler = (req, res) => {
  const url = new URL(req.url ?? '/', 'http://sim');
  const path = url.pathname;
  if (path === '/ok') {
    res.writeHead(200, { 'content-type': 'image/jpeg' });
    res.end(JPEG);
  } else if (path === '/redirect') {
    res.writeHead(Number(url.searchParams.get('status') ?? 302), { location: url.searchParams.get('to') ?? '/' });
    res.end();
  } else if (path.startsWith('/hops/')) {
    const n = Number(path.slice('/hops/'.length));
    if (n > 0) {
      res.writeHead(302, { location: `/hops/${n - 1}` });
      res.end();
    } else {
      res.end('arrived');
    }
  } else if (path === '/endless') {
    res.writeHead(200, { 'content-type': 'image/jpeg' });
    const chunk = Buffer.alloc(64 * 1024, 0x41);
    const pump = () => {
      while (!res.destroyed && res.write(chunk));
      if (!res.destroyed) res.once('drain', pump);
    };
    pump();
  } else if (path === '/sized') {
    const size = Number(url.searchParams.get('bytes'));
    res.writeHead(200, { 'content-type': 'application/octet-stream', 'content-length': String(size) });
    res.end(Buffer.alloc(size, 0x42));
  } else if (path === '/stream') {
    // A large body without Content-Length, written with backpressure.
    const total = Number(url.searchParams.get('bytes'));
    const chunk = Buffer.alloc(256 * 1024, 0x43);
    let sent = 0;
    const pump = () => {
      while (sent < total && !res.destroyed) {
        const piece = chunk.subarray(0, Math.min(chunk.length, total - sent));
        sent += piece.length;
        if (!res.write(piece)) return void res.once('drain', pump);
      }
      res.end();
    };
    res.writeHead(200, { 'content-type': 'video/mp4' });
    pump();
  } else if (path === '/big-declared') {
    res.writeHead(200, { 'content-type': 'video/mp4', 'content-length': String(10 * 1024 * 1024) });
    res.write(Buffer.alloc(1024));
    // ...and never sends the rest.
  } else if (path === '/trickle') {
    res.writeHead(200, { 'content-type': 'image/jpeg' });
    const timer = setInterval(() => (res.destroyed ? clearInterval(timer) : res.write('x')), 100);
    timers.add(timer);
  } else if (path === '/hang') {
    // Accepts the request and never answers.
  } else if (path === '/svg-as-jpeg') {
    res.writeHead(200, { 'content-type': 'image/jpeg' });
    res.end(SVG);
  } else if (path === '/html-as-png') {
    res.writeHead(200, { 'content-type': 'image/png' });
    res.end(HTML);
  } else if (path === '/echo') {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      res.writeHead(200, { 'content-type': 'application/json', 'set-cookie': ['a=1', 'b=2'] });
      res.end(JSON.stringify({ method: req.method, url: req.url, headers: req.headers, body: Buffer.concat(chunks).toString('utf8') }));
    });
  } else if (path.startsWith('/status/')) {
    res.writeHead(Number(path.slice('/status/'.length)), { 'content-type': 'text/plain' });
    res.end('status body');
  } else {
    res.writeHead(404);
    res.end();
  }
};

const victimHandler: Handler = (_req, res) => {
  res.end('root:x:0:0:internal secret');
};

describe('Integration: SSRF-safe client against loopback servers', () => {
  let sim: Counting;
  let sim2: Counting;
  let victim: Counting;
  let victim6: Counting;
  let netConnect: MockInstance;
  let tlsConnect: MockInstance;

  const connectedHosts = () =>
    [...netConnect.mock.calls, ...tlsConnect.mock.calls].map((args) => (args[0] as { host?: string }).host);

  beforeAll(async () => {
    sim = await listen('127.0.0.1', simHandler);
    sim2 = await listen('127.0.0.1', simHandler);
    victim = await listen('127.0.0.1', victimHandler);
    // Required, not optional: a machine without IPv6 loopback fails here instead of silently dropping the IPv6 checks.
    victim6 = await listen('::1', victimHandler);
  });
  afterAll(async () => {
    for (const t of timers) clearInterval(t);
    await Promise.all([close(sim), close(sim2), close(victim), close(victim6)]);
  });
  beforeEach(() => {
    netConnect = vi.spyOn(net, 'connect');
    tlsConnect = vi.spyOn(tls, 'connect');
  });
  afterEach(() => {
    vi.restoreAllMocks();
    expect(victim.connections).toBe(0);
    expect(victim6.connections).toBe(0);
  });

  const simBase = () => `http://127.0.0.1:${sim.port}`;

  /** The policy tests use: sim allow-listed, http and the victims' ports opened so that only the
   * address check stands between a URL and the victims. */
  const policy = (extra: OutboundPolicy = {}): OutboundPolicy => ({
    allowedHosts: [`127.0.0.1:${sim.port}`, `127.0.0.1:${sim2.port}`],
    schemes: ['http:', 'https:'],
    ports: [80, 443, victim.port, victim6.port],
    lookup: testResolver,
    connectTimeoutMs: 500,
    totalTimeoutMs: 3_000,
    ...extra,
  });

  /** What the public names of the reference suites resolve to in real DNS. */
  const testResolver: LookupFn = async (hostname) => {
    const embedded = /(\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3})\.(nip|xip)\.io$/.exec(hostname)?.[1];
    const table: Record<string, string> = {
      'localtest.me': '127.0.0.1',
      'mail.ebc.apple.com': '127.0.0.6',
      'spoofed.burpcollaborator.net': '127.0.0.1',
      'metadata.nicob.net': '169.254.169.254',
      'internal.example.com': '10.0.0.5',
      '1ynrnhl.xip.io': '169.254.169.254',
      'www.owasp.org.1ynrnhl.xip.io': '169.254.169.254',
      'a.127.0.0.1.1time.10.0.0.1.1time.repeat.8f058b82-4c39-4dfe-91f7-9b07bcd7fbd5.rebind.network': '127.0.0.1',
      localhost: '127.0.0.1',
    };
    const address = embedded ?? table[hostname];
    if (!address) throw Object.assign(new Error(`ENOTFOUND ${hostname}`), { code: 'ENOTFOUND' });
    return [{ address, family: 4 }];
  };

  it('positive control: the allow-listed server is reached, and the spies see the connection', async () => {
    const result = await fetchBytes(`${simBase()}/ok`, policy());
    expect(result.bytes.equals(JPEG)).toBe(true);
    expect(result.status).toBe(200);
    expect(result.contentType).toBe('image/jpeg');
    expect(connectedHosts()).toEqual(['127.0.0.1']);
  });

  describe('C2: the reference SSRF URL corpus makes no connection', () => {
    // docs/reference/reliability.md §3.4, the brief's list, request-filtering-agent's test URLs and ssrf-req-filter's blockedUrls.js.
    const corpus = [
      'http://2130706433/', 'http://017700000001/', 'http://0x7f.1/', 'http://127.1/', 'http://0177.0.0.1/', 'http://0/',
      'http://0251.0376.0251.0376/', 'http://169.254.43518/', 'http://①②⑦.0.0.1/', 'http://user@evil.com@127.0.0.1/',
      'http://[::ffff:127.0.0.1]/', 'http://[0:0:0:0:0:ffff:a9fe:a9fe]/', 'http://[fd00:ec2::254]/', 'http://169.254.169.254.nip.io/',
      'http://[::ffff:7f00:1]/', 'http://169.254.169.254/', 'http://169.254.170.2/', 'http://[::]/', 'http://127.0.0.1:9001/',
      'http://localhost/', 'https://localhost/', 'http://[::1]/', 'http://[0:0:0:0:0:0:0:1]/', 'http://[0:0:0:0:0:ffff:127.0.0.1]/',
      'http://127.0.1/', 'http://0177.00.01/', 'http://0177.01/', 'http://0x7f.0x0.0x0.0x1/', 'http://0x7f.0x0.0x1/',
      'http://0x7f.0x1/', 'http://0x7f000001/', 'http://127.0.0.1.nip.io/', 'https://127.0.0.1.nip.io/', 'http://A.com@127.0.0.1/',
      'http://0.0.0.0/', 'http://127.0.0.1:22', 'http://0.0.0.0:443', 'http://[::]:25/', 'http://0000::1:80', 'http://localtest.me',
      'http://customer1.app.localhost.my.company.127.0.0.1.nip.io', 'http://mail.ebc.apple.com', 'http://spoofed.burpcollaborator.net',
      'http://127.127.127.127', 'http://127.0.1.3', 'http://127.0.0.0', 'http://3232235521', 'http://3232235777',
      'http://127.1.1.1:80@127.2.2.2:80', 'http://127.1.1.1:80@@127.2.2.2:80', 'http://127.1.1.1:80:@@127.2.2.2:80',
      'http://127.1.1.1:80#@127.2.2.2:80', 'http://169.254.169.254.xip.io', 'http://1ynrnhl.xip.io', 'http://www.owasp.org.1ynrnhl.xip.io',
      'http://425.510.425.510', 'http://2852039166', 'http://7147006462', 'http://0xA9.0xFE.0xA9.0xFE', 'http://0xA9FEA9FE',
      'http://0x41414141A9FEA9FE', 'http://0251.00376.000251.0000376', 'http://169.254.169.254/latest/meta-data/hostname',
      'https://A.127.0.0.1.1time.10.0.0.1.1time.repeat.8f058b82-4c39-4dfe-91f7-9b07bcd7fbd5.rebind.network', 'http://metadata.nicob.net',
      'http://localhost:+11211aaa', 'http://localhost:00011211aaaa', 'http://[fec0::1]', 'http://[64:ff9b:1::1]', 'http://[3fff::1]',
      'http://[5f00::1]', 'http://100.64.0.1', 'http://255.255.255.255', 'http://224.0.0.1', 'http://192.0.0.8', 'http://[ff00::1]',
      'http://[fc00::1]', 'http://[0100::1]', 'http://[2002::1]', 'http://[2001:0:1::1]', 'http://169.254.169.254/computeMetadata/v1/',
    ];

    /** Points a corpus URL at a victim's real port (IPv6 literals at the ::1 victim), keeping everything else. */
    const retarget = (raw: string): string => {
      let url: URL;
      try {
        url = new URL(raw);
      } catch {
        return raw;
      }
      const v6 = url.hostname.startsWith('[') && !url.hostname.startsWith('[::ffff:');
      url.port = String(v6 ? victim6.port : victim.port);
      return url.href;
    };

    it.each(corpus)('%s is refused through fetchBytes, createSafeFetch and the dispatcher', async (raw) => {
      for (const url of new Set([raw, retarget(raw)])) {
        const viaFetchBytes = await fetchBytes(url, policy()).catch((e: unknown) => e);
        expect(viaFetchBytes, url).toBeInstanceOf(OutboundError);
        expect((viaFetchBytes as OutboundError).code).toBe('media_unreachable');

        const viaSafeFetch = await createSafeFetch(policy())(url).catch((e: unknown) => e);
        expect(viaSafeFetch, url).toBeInstanceOf(OutboundError);

        const dispatcher = createSafeDispatcher(policy());
        try {
          await expect(undiciFetch(url, { dispatcher, redirect: 'manual' }), url).rejects.toThrow();
        } finally {
          await dispatcher.destroy();
        }
      }
      expect(connectedHosts()).toEqual([]);
    });

    it('refuses the victims by address even with their scheme and port opened', async () => {
      const err = (await fetchBytes(`http://127.0.0.1:${victim.port}/`, policy()).catch((e: unknown) => e)) as OutboundError;
      expect(err.reason).toBe('blocked');
      expect(err.message).toMatch(/loopback/);
      await expect(fetchBytes(`http://[::1]:${victim6.port}/`, policy())).rejects.toThrow(/loopback/);
    });
  });

  describe('C4: DNS rebinding — only the validated address is dialled', () => {
    it('resolves once, and never connects to the second (loopback) answer', async () => {
      // Prepare: public first, loopback afterwards.
      let calls = 0;
      const lookup = vi.fn<LookupFn>(async () => [{ address: calls++ === 0 ? '93.184.216.34' : '127.0.0.1', family: 4 }]);

      // Act: the public address is unreachable from the test machine, so the request fails at connect.
      const err = await fetchBytes(`http://rebind.example.com:${victim.port}/`, policy({ lookup, connectTimeoutMs: 300 })).catch(
        (e: unknown) => e,
      );

      // Assess
      expect(err).toBeInstanceOf(OutboundError);
      expect(lookup).toHaveBeenCalledTimes(1);
      expect(connectedHosts().every((host) => host === '93.184.216.34')).toBe(true);
    });

    it('dials the pinned answer even when a second lookup would say otherwise', async () => {
      // An allow-listed name (skips the address check) shows the pin positively: call 2 would be unroutable.
      let calls = 0;
      const lookup = vi.fn<LookupFn>(async () => [{ address: calls++ === 0 ? '127.0.0.1' : '10.255.255.1', family: 4 }]);
      const result = await fetchBytes(`http://pinned.test:${sim.port}/hops/2`, {
        ...policy({ lookup }),
        allowedHosts: [`pinned.test:${sim.port}`],
      });
      expect(result.bytes.toString()).toBe('arrived');
      expect(lookup).toHaveBeenCalledTimes(1);
      expect(new Set(connectedHosts())).toEqual(new Set(['127.0.0.1']));
    });

    it('the dispatcher validates its own single lookup per connection', async () => {
      let calls = 0;
      const lookup = vi.fn<LookupFn>(async () => [{ address: calls++ === 0 ? '93.184.216.34' : '127.0.0.1', family: 4 }]);
      const dispatcher = createSafeDispatcher(policy({ lookup, connectTimeoutMs: 300 }));
      try {
        await expect(undiciFetch(`http://rebind.example.com:${victim.port}/`, { dispatcher })).rejects.toThrow();
        await expect(undiciFetch(`http://rebind.example.com:${victim.port}/`, { dispatcher })).rejects.toThrow();
      } finally {
        await dispatcher.destroy();
      }
      expect(connectedHosts().every((host) => host === '93.184.216.34')).toBe(true);
    });
  });

  describe('C5: IP literals are blocked inside the undici connector', () => {
    it.each(['http://127.0.0.1:PORT/', 'http://2130706433:PORT/', 'http://0x7f.1:PORT/', 'http://[::ffff:7f00:1]:PORT/', 'http://0.0.0.0:PORT/'])(
      'undici fetch(%s) with the safe dispatcher is refused',
      async (template) => {
        const dispatcher = createSafeDispatcher(policy());
        try {
          const err = (await undiciFetch(template.replace('PORT', String(victim.port)), { dispatcher }).catch((e: unknown) => e)) as Error;
          expect(err).toBeInstanceOf(TypeError); // fetch wraps dispatcher errors
          expect((err.cause as OutboundError).reason).toBe('blocked');
          expect((err.cause as OutboundError).message).toMatch(/not a public internet address/);
        } finally {
          await dispatcher.destroy();
        }
        expect(connectedHosts()).toEqual([]);
      },
    );

    it('the same dispatcher reaches an allow-listed server, following redirects only to allowed places', async () => {
      const dispatcher = createSafeDispatcher(policy());
      try {
        const ok = await undiciFetch(`${simBase()}/hops/1`, { dispatcher });
        expect(await ok.text()).toBe('arrived');
        const to = encodeURIComponent(`http://127.0.0.1:${victim.port}/`);
        await expect(undiciFetch(`${simBase()}/redirect?to=${to}`, { dispatcher })).rejects.toThrow();
      } finally {
        await dispatcher.destroy();
      }
    });
  });

  describe('C6: redirects are followed by hand, at most 3 hops, each re-validated', () => {
    const redirectTo = (to: string, status = 302) => `${simBase()}/redirect?status=${status}&to=${encodeURIComponent(to)}`;

    it.each([
      ['http://169.254.169.254/latest/meta-data/', /169\.254\.169\.254.*cloud metadata/],
      ['http://[fd00:ec2::254]/latest/meta-data/', /metadata/],
      ['http://127.0.0.1:VICTIM/', /loopback/],
      ['http://2130706433:VICTIM/', /loopback/],
      ['http://internal.example.com/', /non-public address \(private\)/],
      ['http://127.0.0.1.nip.io:VICTIM/', /non-public/],
      ['file:///etc/passwd', /scheme 'file:'/],
      ['gopher://127.0.0.1:VICTIM/_x', /scheme 'gopher:'/],
    ])('a 302 to %s is refused', async (to, why) => {
      const err = (await fetchBytes(redirectTo(to.replace('VICTIM', String(victim.port))), policy()).catch((e: unknown) => e)) as OutboundError;
      expect(err).toBeInstanceOf(OutboundError);
      expect(err.reason).toBe('blocked');
      expect(err.message).toMatch(/redirect was refused/);
      expect(err.message).toMatch(why);
      expect(new Set(connectedHosts())).toEqual(new Set(['127.0.0.1']));
    });

    it.each([301, 303, 307, 308])('status %i is validated the same way', async (status) => {
      await expect(fetchBytes(redirectTo('http://169.254.169.254/', status), policy())).rejects.toThrow(/redirect was refused/);
    });

    it('follows exactly 3 hops and refuses a 4th', async () => {
      sim.requests.length = 0;
      await expect(fetchBytes(`${simBase()}/hops/3`, policy())).resolves.toMatchObject({ status: 200, finalUrl: `${simBase()}/hops/0` });
      const err = (await fetchBytes(`${simBase()}/hops/4`, policy()).catch((e: unknown) => e)) as OutboundError;
      expect(err.reason).toBe('redirect');
      expect(err.message).toMatch(/more than 3/);
      expect(sim.requests.filter((r) => r.startsWith('/hops/'))).toEqual([
        '/hops/3', '/hops/2', '/hops/1', '/hops/0', '/hops/4', '/hops/3', '/hops/2', '/hops/1',
      ]);
      await expect(fetchBytes(`${simBase()}/hops/2`, policy({ maxRedirects: 1 }))).rejects.toThrow(/more than 1/);
    });

    it('createSafeFetch hands a 3xx back as is when followRedirects is false (callbacks treat it as failure)', async () => {
      const res = await createSafeFetch(policy())(redirectTo(`http://127.0.0.1:${victim.port}/`), { followRedirects: false, method: 'POST', body: '{}' });
      expect(res.status).toBe(302);
      expect(res.ok).toBe(false);
      expect(res.headers.get('location')).toBe(`http://127.0.0.1:${victim.port}/`);
      await res.cancel();
    });

    it('drops credentials on a cross-origin redirect and keeps them on the same origin', async () => {
      const secret = { key: 'revid-key-123', authorization: 'Bearer t0ken', cookie: 'sid=1', accept: 'application/json' };
      const safeFetch = createSafeFetch(policy());
      const sameOrigin = await safeFetch(redirectTo('/echo'), { headers: secret });
      const same = (await sameOrigin.json()) as { headers: Record<string, string> };
      expect(same.headers.key).toBe('revid-key-123');
      expect(same.headers.authorization).toBe('Bearer t0ken');

      const crossOrigin = await safeFetch(redirectTo(`http://127.0.0.1:${sim2.port}/echo`), { headers: secret });
      const cross = (await crossOrigin.json()) as { headers: Record<string, string> };
      expect(crossOrigin.url).toBe(`http://127.0.0.1:${sim2.port}/echo`);
      expect(crossOrigin.redirected).toBe(true);
      expect(cross.headers.key).toBeUndefined();
      expect(cross.headers.authorization).toBeUndefined();
      expect(cross.headers.cookie).toBeUndefined();
      expect(cross.headers.accept).toBe('application/json');
    });

    it('turns a POST into a GET on 303 and keeps method and body on 307', async () => {
      const safeFetch = createSafeFetch(policy());
      const after303 = (await (await safeFetch(redirectTo('/echo', 303), { method: 'POST', body: 'payload' })).json()) as { method: string; body: string };
      expect(after303).toMatchObject({ method: 'GET', body: '' });
      const after307 = (await (await safeFetch(redirectTo('/echo', 307), { method: 'POST', body: 'payload' })).json()) as { method: string; body: string };
      expect(after307).toMatchObject({ method: 'POST', body: 'payload' });
    });
  });

  describe('C6 over TLS: pinned address, original name for SNI and certificate checks', () => {
    let dir: string;
    let secure: Counting | undefined;
    let cert: string;
    const openssl = requireTool('openssl');

    beforeAll(async () => {
      dir = mkdtempSync(join(tmpdir(), 'ssrf-tls-'));
      execFileSync(openssl, [
        'req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-days', '1',
        '-keyout', join(dir, 'key.pem'), '-out', join(dir, 'cert.pem'), '-subj', '/CN=secure.test',
        '-addext', 'subjectAltName=DNS:secure.test',
      ], { stdio: 'ignore' });
      cert = readFileSync(join(dir, 'cert.pem'), 'utf8');
      const server = https.createServer({ key: readFileSync(join(dir, 'key.pem')), cert });
      secure = await listen('127.0.0.1', (req, res) => {
        if (req.url?.startsWith('/redirect')) simHandler(req, res, secure!);
        else res.end(`sni=${(req.socket as tls.TLSSocket).servername} host=${req.headers.host}`);
      }, server);
    });
    afterAll(async () => {
      await close(secure);
      if (dir) rmSync(dir, { recursive: true, force: true });
    });

    const tlsPolicy = (name: string): OutboundPolicy => ({
      ...policy(),
      allowedHosts: [`${name}:${secure!.port}`],
      lookup: async () => [{ address: '127.0.0.1', family: 4 }],
      ca: cert,
    });

    it('connects to the pinned 127.0.0.1 while SNI and Host stay secure.test', async () => {
      const result = await fetchBytes(`https://secure.test:${secure!.port}/hello`, tlsPolicy('secure.test'));
      expect(result.bytes.toString()).toBe(`sni=secure.test host=secure.test:${secure!.port}`);
      expect(connectedHosts()).toEqual(['127.0.0.1']);
    });

    it('checks the certificate against the original name', async () => {
      const err = (await fetchBytes(`https://other.test:${secure!.port}/`, tlsPolicy('other.test')).catch((e: unknown) => e)) as OutboundError;
      expect(err.reason).toBe('tls');
    });

    it('refuses an https → http downgrade redirect to a public name for its scheme alone', async () => {
      // The production scheme rule (https only; the shared test policy also opens http). The Location is a
      // public name on an open port, so only the scheme rule can refuse it, before any lookup or connection.
      const httpsOnly = { ...tlsPolicy('secure.test'), schemes: ['https:'] };
      const url = `https://secure.test:${secure!.port}/redirect?to=${encodeURIComponent('http://public.example/latest')}`;
      await expect(fetchBytes(url, httpsOnly)).rejects.toThrow(/redirect was refused: URL scheme 'http:' is not allowed/);
      expect(connectedHosts()).toEqual(['127.0.0.1']);
    });

    it('refuses an https → http downgrade redirect to a private host', async () => {
      for (const to of [`http://127.0.0.1:${victim.port}/`, 'http://10.0.0.1/latest', 'http://169.254.169.254/']) {
        const url = `https://secure.test:${secure!.port}/redirect?to=${encodeURIComponent(to)}`;
        await expect(fetchBytes(url, tlsPolicy('secure.test'))).rejects.toThrow(/redirect was refused/);
      }
    });
  });

  describe('C7: byte caps while streaming, and deadlines', () => {
    it('accepts a body of exactly the cap and refuses cap + 1, with a declared length and while streaming', async () => {
      // `/sized` declares Content-Length (refused from the header); `/stream` does not (refused by counting).
      for (const kind of ['sized', 'stream']) {
        const exact = await fetchBytes(`${simBase()}/${kind}?bytes=4096`, policy({ maxBytes: 4096 }));
        expect(exact.status).toBe(200);
        expect(exact.bytes).toHaveLength(4096);
        const err = (await fetchBytes(`${simBase()}/${kind}?bytes=4097`, policy({ maxBytes: 4096 })).catch((e: unknown) => e)) as OutboundError;
        expect(err.code).toBe('media_too_large');
        expect(err.status).toBe(400);
      }
    });

    it('aborts an endless body at the cap and closes the connection', async () => {
      const before = sim.closedSockets;
      // The body never ends: only the cap can settle this.
      const err = (await fetchBytes(`${simBase()}/endless`, policy({ maxBytes: 256 * 1024 })).catch((e: unknown) => e)) as OutboundError;
      expect(err.code).toBe('media_too_large');
      expect(err.message).toMatch(/256 KB/);
      await vi.waitFor(() => expect(sim.closedSockets).toBeGreaterThan(before));
    });

    it('never hands a sink more than the cap', async () => {
      let delivered = 0;
      const err = await streamToSink(`${simBase()}/endless`, policy({ maxBytes: 1_000_000 }), (chunk) => {
        delivered += chunk.length;
      }).catch((e: unknown) => e);
      expect((err as OutboundError).code).toBe('media_too_large');
      expect(delivered).toBeLessThanOrEqual(1_000_000);
      expect(delivered).toBeGreaterThan(500_000);
    });

    it('refuses a declared Content-Length over the cap before reading the body', async () => {
      // The server declares the length and never sends the body: only a refusal from the header can settle this.
      const err = (await fetchBytes(`${simBase()}/big-declared`, policy({ maxBytes: 1024 * 1024 })).catch((e: unknown) => e)) as OutboundError;
      expect(err.code).toBe('media_too_large');
      expect(err.message).toMatch(/1 MB/);
      await expect(streamToSink(`${simBase()}/big-declared`, policy({ maxBytes: 1024 * 1024 }), () => undefined)).rejects.toMatchObject({
        code: 'media_too_large',
      });
    });

    it('aborts a 1-byte-per-100 ms trickle at the total deadline', async () => {
      const started = Date.now();
      const err = (await fetchBytes(`${simBase()}/trickle`, policy({ totalTimeoutMs: 600 })).catch((e: unknown) => e)) as OutboundError;
      const elapsed = Date.now() - started;
      expect(err.reason).toBe('timeout');
      expect(err.code).toBe('media_unreachable');
      expect(err.message).toMatch(/600 ms/);
      expect(err.retryable).toBe(true);
      // Not before the deadline (the trickle would go on for minutes; the upper bound is the test's own timeout).
      expect(elapsed).toBeGreaterThanOrEqual(550);
    });

    it('aborts a server that never answers, and the deadline covers reading the body too', async () => {
      await expect(fetchBytes(`${simBase()}/hang`, policy({ totalTimeoutMs: 400 }))).rejects.toMatchObject({ reason: 'timeout' });
      const res = await createSafeFetch(policy())(`${simBase()}/trickle`, { timeoutMs: 500 });
      expect(res.status).toBe(200);
      await expect(res.text()).rejects.toMatchObject({ reason: 'timeout' });
    });

    it('fails fast on a refused connection', async () => {
      const closed = await listen('127.0.0.1', () => undefined);
      const port = closed.port;
      await close(closed);
      const err = (await fetchBytes(`http://127.0.0.1:${port}/`, { ...policy(), allowedHosts: [`127.0.0.1:${port}`] }).catch(
        (e: unknown) => e,
      )) as OutboundError;
      expect(err.reason).toBe('connect');
      expect(err.retryable).toBe(true);
    });

    it('streams a large body to a sink with bounded memory', async () => {
      const total = 96 * 1024 * 1024;
      if (!globalThis.gc) throw new Error('run with --expose-gc (vitest.config.ts execArgv)');
      globalThis.gc();
      const rssBefore = process.memoryUsage().rss;
      let peak = rssBefore;
      let received = 0;
      const result = await streamToSink(`${simBase()}/stream?bytes=${total}`, policy({ totalTimeoutMs: 20_000, maxBytes: 200 * 1024 * 1024 }), async (chunk) => {
        received += chunk.length;
        peak = Math.max(peak, process.memoryUsage().rss);
      });
      expect(result).toMatchObject({ bytes: total, status: 200, contentType: 'video/mp4' });
      expect(received).toBe(total);
      expect(peak - rssBefore).toBeLessThan(64 * 1024 * 1024);
    });
  });

  describe('C8: the type comes from the bytes, never from Content-Type', () => {
    it('refuses an SVG served as image/jpeg', async () => {
      const fetched = await fetchBytes(`${simBase()}/svg-as-jpeg`, policy());
      expect(fetched.contentType).toBe('image/jpeg');
      expect(() => sniff(fetched.bytes)).toThrow(expect.objectContaining({ code: 'unsupported_media_type' }));
      await expect(inspectImage(fetched.bytes)).rejects.toMatchObject({ code: 'unsupported_media_type' });
    });

    it('refuses HTML served as image/png', async () => {
      const fetched = await fetchBytes(`${simBase()}/html-as-png`, policy());
      expect(fetched.contentType).toBe('image/png');
      expect(() => sniff(fetched.bytes)).toThrow(expect.objectContaining({ code: 'invalid_media', message: expect.stringMatching(/HTML page/) }));
      await expect(inspectImage(fetched.bytes)).rejects.toMatchObject({ code: 'invalid_media' });
    });
  });

  describe('createSafeFetch for provider APIs and callbacks', () => {
    it('sends method, headers and body, and reads status, headers and JSON', async () => {
      const res = await createSafeFetch(policy())(`${simBase()}/echo?x=1`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'webhook-id': 'msg_1', Host: 'evil.example', Connection: 'close' },
        body: '{"a":1}',
      });
      expect(res.status).toBe(200);
      expect(res.ok).toBe(true);
      expect(res.headers.get('content-type')).toBe('application/json');
      expect(res.headers.get('set-cookie')).toContain('a=1');
      const echo = (await res.json()) as { method: string; url: string; body: string; headers: Record<string, string> };
      expect(echo).toMatchObject({ method: 'POST', url: '/echo?x=1', body: '{"a":1}' });
      expect(echo.headers['webhook-id']).toBe('msg_1');
      expect(echo.headers.host).toBe(`127.0.0.1:${sim.port}`);
      expect(echo.headers['accept-encoding']).toBe('identity');
      await expect(res.text()).rejects.toThrow(/already been read/);
    });

    it('returns non-2xx statuses without throwing', async () => {
      const safeFetch = createSafeFetch(policy());
      for (const status of [404, 410, 429, 500, 503]) {
        const res = await safeFetch(`${simBase()}/status/${status}`);
        expect(res.status).toBe(status);
        expect(await res.text()).toBe('status body');
      }
      const err = (await fetchBytes(`${simBase()}/status/503`, policy()).catch((e: unknown) => e)) as OutboundError;
      expect(err).toMatchObject({ reason: 'http_status', httpStatus: 503, code: 'media_unreachable' });
      expect(err.retryable).toBe(true);
      await expect(fetchBytes(`${simBase()}/status/404`, policy())).rejects.toMatchObject({ retryable: false });
    });

    it('exposes the body as a capped stream', async () => {
      const res = await createSafeFetch(policy({ maxBytes: 100_000 }))(`${simBase()}/endless`);
      const chunks: Buffer[] = [];
      await expect(
        (async () => {
          for await (const chunk of res.body) chunks.push(chunk as Buffer);
        })(),
      ).rejects.toMatchObject({ code: 'media_too_large' });
      expect(Buffer.concat(chunks).length).toBeLessThanOrEqual(100_000);
    });

    it('gives a caller abort back as the caller’s own reason', async () => {
      const controller = new AbortController();
      setTimeout(() => controller.abort(new DOMException('stop', 'AbortError')), 100);
      const err = (await createSafeFetch(policy())(`${simBase()}/hang`, { signal: controller.signal }).catch((e: unknown) => e)) as Error;
      expect(err.name).toBe('AbortError');
    });

    it('takes OUTBOUND_ALLOWED_HOSTS from the configuration through the composition; the client itself reads none', async () => {
      const { outboundPolicy, resetServices } = await import('../../lambdas/adapters/composition.js');
      vi.stubEnv('OUTBOUND_ALLOWED_HOSTS', `127.0.0.1:${sim.port}`);
      resetServices();
      try {
        const result = await fetchBytes(`${simBase()}/ok`, outboundPolicy());
        expect(result.status).toBe(200);
        await expect(fetchBytes(`${simBase()}/ok`)).rejects.toMatchObject({ reason: 'blocked' });
      } finally {
        vi.unstubAllEnvs();
        resetServices();
      }
      await expect(fetchBytes(`${simBase()}/ok`, outboundPolicy())).rejects.toMatchObject({ reason: 'blocked' });
    });
  });
});

