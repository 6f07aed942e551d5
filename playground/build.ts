import { build } from 'esbuild';
import { mkdir, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PLAYGROUND_FILES } from '../lambdas/domain/routes.js';

export { PLAYGROUND_SETTINGS_PATH } from './src/local-settings.js';

/** Where the local runtime's build goes (git-ignored); lambdas/api/playground.ts reads it when nothing sits beside its bundle. */
export const PLAYGROUND_DIST = path.join(import.meta.dirname, 'dist');

/**
 * Bundles the playground's browser code (playground/src/main.ts and the CSS it imports) with esbuild into
 * `outDir`/{@link PLAYGROUND_FILES}: one minified IIFE script and one stylesheet, for browsers of the last
 * few years (ES2020). Files are written to a temporary name and renamed, so a page served meanwhile never
 * reads half a file. Run by the stack after bundling the page's function (`tsx playground/build.ts <dir>`)
 * and by the local runtime at start; about 0.1 s.
 * @throws the esbuild error when the sources do not compile.
 */
export async function buildPlayground(outDir: string = PLAYGROUND_DIST): Promise<void> {
  const result = await build({
    entryPoints: { playground: path.join(import.meta.dirname, 'src', 'main.ts') },
    bundle: true,
    minify: true,
    format: 'iife',
    target: 'es2020',
    platform: 'browser',
    write: false,
    outdir: outDir,
    legalComments: 'none',
    logLevel: 'silent',
  });
  await mkdir(outDir, { recursive: true });
  const wanted = new Set<string>(Object.values(PLAYGROUND_FILES));
  for (const file of result.outputFiles) {
    const name = path.basename(file.path);
    if (!wanted.has(name)) throw new Error(`playground build: unexpected output ${name}`);
    const tmp = path.join(outDir, `.${name}.${process.pid}.${Math.random().toString(36).slice(2)}`);
    await writeFile(tmp, file.contents);
    await rename(tmp, path.join(outDir, name));
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await buildPlayground(process.argv[2] ? path.resolve(process.argv[2]) : PLAYGROUND_DIST);
}
