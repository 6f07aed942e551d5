import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';
import { afterAll, describe, expect, it } from 'vitest';
import { ESM_REQUIRE_BANNER, REPO_ROOT, ZIP_EXTERNAL_MODULES } from '../../lib/constructs/node-function.js';
import { routeById } from '../../lambdas/domain/routes.js';

const outDir = mkdtempSync(path.join(tmpdir(), 'bundles-'));
afterAll(() => rmSync(outDir, { recursive: true, force: true }));

/**
 * The zip functions that sit next to detection code must bundle without the native detection stack
 * and load with no node_modules at all (as in Lambda); TranslateText too (the circuit breaker library
 * and the Translate client must be bundled, not left external). Bundled with the stack's own esbuild settings.
 */
describe('Zip function bundles', () => {
  for (const id of ['Healthz', 'DetectPets', 'GenerateVideo', 'TranslateText']) {
    it(`${id} bundles without native addons and loads standalone`, async () => {
      const outfile = path.join(outDir, `${id}.mjs`);
      await build({
        entryPoints: [path.join(REPO_ROOT, routeById(id).entry)],
        bundle: true,
        platform: 'node',
        format: 'esm',
        target: 'node20',
        external: ZIP_EXTERNAL_MODULES,
        banner: { js: ESM_REQUIRE_BANNER },
        outfile,
        logLevel: 'silent',
      });
      // Load it from a folder with no node_modules above it: any static import of a package fails here.
      const loaded = execFileSync(process.execPath, ['-e', `import(${JSON.stringify(outfile)}).then((m) => console.log(typeof m.handler))`], {
        cwd: outDir,
        env: { PATH: process.env.PATH, NODE_PATH: '' },
        encoding: 'utf8',
      });
      expect(loaded.trim()).toBe('function');
    });
  }
});

/**
 * The playground's function as the stack packages it (docs/playground.md): the handler bundle plus the
 * files its `buildScript` writes beside it (the command the stack's afterBundling hook runs), loaded with no
 * node_modules and no repository around it, serves the page with the bundled script inline.
 */
describe('Playground bundle', () => {
  it('serves the page from the files generated beside the bundle', async () => {
    const route = routeById('Playground');
    const dir = path.join(outDir, 'playground');
    await build({ entryPoints: [path.join(REPO_ROOT, route.entry)], bundle: true, platform: 'node', format: 'esm', target: 'node20', external: ZIP_EXTERNAL_MODULES, banner: { js: ESM_REQUIRE_BANNER }, outfile: path.join(dir, 'index.mjs'), logLevel: 'silent' });
    execFileSync(path.join(REPO_ROOT, 'node_modules', '.bin', 'tsx'), [path.join(REPO_ROOT, route.buildScript!), dir], { stdio: 'pipe' });
    const event = { httpMethod: 'GET', path: '/playground', resource: '/playground', headers: {}, requestContext: { requestId: 'r' } };
    const script = `import('./index.mjs').then((m) => m.handler(${JSON.stringify(event)}, { getRemainingTimeInMillis: () => 3000 })).then((r) => console.log(JSON.stringify(r)))`;
    const answer = JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', script], { cwd: dir, env: { PATH: process.env.PATH, NODE_PATH: '' }, encoding: 'utf8' }).trim().split('\n').pop()!);
    expect(answer.statusCode).toBe(200);
    expect(answer.headers['content-type']).toMatch(/^text\/html/);
    expect(answer.headers['content-security-policy']).toMatch(/script-src 'sha256-[A-Za-z0-9+/=]+'/);
    expect(answer.body).toContain('data-testid');
    expect(answer.body).toContain('Pet Roast AI playground');
  });
});
