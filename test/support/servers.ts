import http from 'node:http';
import type { AddressInfo } from 'node:net';

/** A loopback HTTP server for a test: serves `routes` (path → body/handler), counts requests, closes itself. */
export async function startFileServer(
  routes: Record<string, { body: Buffer | string; contentType?: string; status?: number; stall?: boolean }>,
): Promise<{ url: string; hostPort: string; requests: string[]; close(): Promise<void> }> {
  const requests: string[] = [];
  const server = http.createServer((req, res) => {
    requests.push(req.url ?? '');
    const route = routes[new URL(req.url ?? '/', 'http://x').pathname];
    if (!route) {
      res.writeHead(404).end('not found');
      return;
    }
    res.writeHead(route.status ?? 200, { 'content-type': route.contentType ?? 'application/octet-stream' });
    // A stalling host sends headers and a first byte, then nothing until the test closes the server.
    if (route.stall) res.write(route.body.slice(0, 1));
    else res.end(route.body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    hostPort: `127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
