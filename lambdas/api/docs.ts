import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { errors } from '../domain/errors.js';
import { DOCS_ASSETS } from '../domain/routes.js';
import { getConfig } from '../domain/config.js';
import { httpHandler } from '../http/handler.js';

/**
 * GET /docs and GET /docs/{asset} (docs/api-contract.md): the API reference page, rendered in the browser by
 * Scalar's API Reference (`@scalar/api-reference`, its standalone bundle) from `/openapi.json`. The viewer is
 * served from this function (copied beside the bundle by the stack, read from node_modules locally): no CDN,
 * and no request to any other origin, checked in headless Chromium by test/e2e/docs-page.test.ts:
 * - the mount point is not `#api-reference`: the standalone bundle auto-mounts a second, unconfigured
 *   instance on an element with that id (which loaded Scalar's web fonts and ignored this configuration);
 * - `withDefaultFonts: false` (no fonts.scalar.com), `agent.disabled` (the "Ask AI" agent queries
 *   proxy.scalar.com), `telemetry: false`; the empty `data:` icon spares a /favicon.ico 404;
 * - `defaultOpenAllTags`: every operation is listed, not only the first tag's.
 */
const here = path.dirname(fileURLToPath(import.meta.url));
const cache = new Map<string, string>();

/** The file of an asset: beside the bundle in Lambda, else the package in node_modules. */
function readAsset(name: string): string {
  let text = cache.get(name);
  if (text === undefined) {
    const spec = DOCS_ASSETS[name]!;
    const bundled = path.join(here, path.basename(spec));
    text = readFileSync(existsSync(bundled) ? bundled : fromNodeModules(spec), 'utf8');
    cache.set(name, text);
  }
  return text;
}

/** `pkg/sub/path` in node_modules, also when the package's `exports` do not list the file. */
function fromNodeModules(spec: string): string {
  const parts = spec.split('/');
  const pkg = parts.slice(0, spec.startsWith('@') ? 2 : 1).join('/');
  const main = createRequire(import.meta.url).resolve(pkg);
  const marker = `${path.sep}node_modules${path.sep}${pkg.split('/').join(path.sep)}${path.sep}`;
  const root = main.slice(0, main.lastIndexOf(marker) + marker.length);
  return path.join(root, ...parts.slice(pkg.split('/').length));
}

const page = (assetPath: string, specPath: string): string => `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>Pet Roast AI API reference</title>
  <link rel="icon" href="data:,">
</head>
<body>
  <div id="app"></div>
  <script src="${assetPath}"></script>
  <script>
    Scalar.createApiReference('#app', {
      url: ${JSON.stringify(specPath)},
      withDefaultFonts: false,
      agent: { disabled: true },
      telemetry: false,
      defaultOpenAllTags: true,
      hideClientButton: false,
      metaData: { title: 'Pet Roast AI API reference' }
    });
  </script>
</body>
</html>
`;

export const handler = httpHandler({}, async ({ event }) => {
  const asset = event.pathParameters?.asset;
  if (asset === undefined) {
    // Relative URLs: the page works under a stage prefix (/prod/docs) and locally (/docs).
    return {
      status: 200,
      text: page(`docs/scalar-${getConfig().APP_VERSION}.js`, 'openapi.json'),
      headers: { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-cache' },
    };
  }
  const name = Object.keys(DOCS_ASSETS).find((n) => asset === `${n}-${getConfig().APP_VERSION}.js` || asset === `${n}.js`);
  if (!name) throw errors.routeNotFound(`/docs/${asset}`);
  return {
    status: 200,
    text: readAsset(name),
    headers: { 'content-type': 'text/javascript; charset=utf-8', 'cache-control': 'public, max-age=86400' },
  };
});
