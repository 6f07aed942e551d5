import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PLAYGROUND_FILES } from '../domain/routes.js';
import { httpHandler } from '../http/handler.js';

/**
 * GET /playground (docs/playground.md): one HTML page with the playground's script and styles inline. Both
 * are bundled at build time by esbuild (playground/build.ts): the stack runs it after bundling this function
 * and the files sit beside the bundle; the local runtime runs it at start into playground/dist/. No CDN, no
 * other origin's code. The page holds no secret: it asks for the API key (kept in memory only).
 */
const here = path.dirname(fileURLToPath(import.meta.url));
let cached: { html: string; csp: string } | undefined;

/** A bundled file: beside the Lambda bundle, else the local build output. */
function readBundled(name: string): string {
  const beside = path.join(here, name);
  return readFileSync(existsSync(beside) ? beside : path.join(here, '..', '..', 'playground', 'dist', name), 'utf8');
}

const sha256 = (text: string): string => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/** The page and its Content-Security-Policy (the inline script and styles allowed by hash only). */
function page(): { html: string; csp: string } {
  if (cached) return cached;
  // `</` cannot end the inline element early: esbuild escapes it in strings, and this guards the rest.
  const script = readBundled(PLAYGROUND_FILES.script).replace(/<\/(script)/gi, '<\\/$1');
  const styles = readBundled(PLAYGROUND_FILES.styles);
  const html = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>Pet Roast AI playground</title>
<style>${styles}</style>
</head>
<body>
<noscript>The playground needs JavaScript.</noscript>
<div id="app"></div>
<script>${script}</script>
</body>
</html>
`;
  // Uploads go to the bucket's presigned form and videos come from presigned URLs (other origins): http(s) only.
  const csp = [
    "default-src 'none'",
    `script-src ${sha256(script)}`,
    `style-src ${sha256(styles)}`,
    "img-src 'self' blob: data: http: https:",
    "media-src 'self' blob: http: https:",
    "connect-src 'self' http: https:",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
  ].join('; ');
  cached = { html, csp };
  return cached;
}

export const handler = httpHandler({}, async () => {
  const { html, csp } = page();
  return {
    status: 200,
    text: html,
    headers: {
      'content-type': 'text/html; charset=utf-8',
      'cache-control': 'no-cache',
      'content-security-policy': csp,
      'x-content-type-options': 'nosniff',
    },
  };
});
