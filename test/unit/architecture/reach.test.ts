import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { reach, ROOT, runtimeGraph, runtimeImportsOf, runtimeSpecifiersOf } from './import-graph.js';

/**
 * What an API handler loads (docs/architecture.md, "Boundaries"): the request schemas take their choice lists from
 * the domain (lambdas/domain/vocabulary.ts), and the domain reaches an engine only through its index.ts, so a
 * handler that validates a request does not load the renderer, the speech engine's tool runner or the process
 * runner, nor, through them, node:child_process or onnxruntime-node. The walk follows runtime imports
 * (import-graph.ts), read by the TypeScript parser: no bundler.
 */
const graph = runtimeGraph(['lambdas']);
const rel = (file: string) => path.relative(ROOT, file);
const HEAVY_MODULES = /^lambdas\/engines\/(renderer\/|speech\/tool\.ts$|process\/)/;
const HEAVY_PACKAGES = new Set(['node:child_process', 'child_process', 'onnxruntime-node']);

/** The heavy modules and packages reached from `roots`, each with the chain of imports that reaches it. */
function heavy(roots: readonly string[]): string[] {
  const found: string[] = [];
  for (const [file, chain] of reach(graph, roots)) {
    const via = chain.map(rel).join(' → ');
    if (HEAVY_MODULES.test(rel(file))) found.push(via);
    for (const name of runtimeSpecifiersOf(file, readFileSync(file, 'utf8'))) if (HEAVY_PACKAGES.has(name)) found.push(`${via} → ${name}`);
  }
  return found;
}

describe('what an API handler loads (runtime imports)', () => {
  it('sees the renderer load the process runner and node:child_process, so the check can fail', () => {
    const found = heavy([path.join(ROOT, 'lambdas/engines/renderer/index.ts')]);
    expect(found.some((f) => f.includes('lambdas/engines/process/runner.ts'))).toBe(true);
    expect(found.some((f) => f.endsWith('node:child_process'))).toBe(true);
    // Type-only imports are erased, so they are not followed; value imports are.
    const known = new Set(['/r/x.ts', '/r/y.ts']);
    expect(runtimeImportsOf('/r/x.ts', "import type { Y } from './y.js';\nimport { type Z } from './y.js';\nexport type X = Y | Z;\n", known)).toEqual([]);
    expect(runtimeImportsOf('/r/x.ts', "import { y } from './y.js';\nexport const x = () => import('./y.js');\nexport { y };\n", known)).toEqual(['/r/y.ts', '/r/y.ts']);
  });

  it('loads no renderer, speech tool or process runner from the request schemas or any API handler', () => {
    const api = path.join(ROOT, 'lambdas', 'api');
    const roots = [path.join(ROOT, 'lambdas/domain/schemas/jobs.ts'), ...readdirSync(api).filter((f) => f.endsWith('.ts')).map((f) => path.join(api, f))];
    expect(roots.length).toBeGreaterThan(10);
    for (const root of roots) expect(heavy([root]), rel(root)).toEqual([]);
  });
});
