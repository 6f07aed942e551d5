import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { importsOf, ROOT, sources } from './import-graph.js';

/**
 * The import graph has no cycle, type-only imports included (docs/architecture.md, "Boundaries").
 * The lint's `import-x/no-cycle` (eslint.config.js) catches runtime cycles as code is written, but it
 * skips `import type`; a cycle of types still ties two modules together, so this test walks every
 * relative import the TypeScript pre-processor finds.
 */
const DIRS = ['lambdas', 'lib', 'local', 'scripts', 'bin', 'examples', 'packages', 'models'];

/** Every cycle's first-found path (Tarjan's strongly connected components of size > 1, or a self-import). */
export function cycles(graph: ReadonlyMap<string, string[]>): string[][] {
  let index = 0;
  const stack: string[] = [];
  const on = new Set<string>();
  const idx = new Map<string, number>();
  const low = new Map<string, number>();
  const found: string[][] = [];
  const visit = (v: string): void => {
    idx.set(v, index);
    low.set(v, index);
    index += 1;
    stack.push(v);
    on.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!idx.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (on.has(w)) low.set(v, Math.min(low.get(v)!, idx.get(w)!));
    }
    if (low.get(v) === idx.get(v)) {
      const component: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        on.delete(w);
        component.push(w);
      } while (w !== v);
      if (component.length > 1 || (graph.get(v) ?? []).includes(v)) found.push(component.sort());
    }
  };
  for (const v of graph.keys()) if (!idx.has(v)) visit(v);
  return found;
}

describe('import cycles (type-only imports included)', () => {
  it('finds a planted cycle, so the check can fail', () => {
    const graph = new Map([
      ['a', ['b']],
      ['b', ['c']],
      ['c', ['a']],
      ['d', ['a']],
    ]);
    expect(cycles(graph)).toEqual([['a', 'b', 'c']]);
    const known = new Set(['/r/x.ts', '/r/y.ts']);
    expect(importsOf('/r/x.ts', "import type { Y } from './y.js';\nexport type X = Y;\n", known)).toEqual(['/r/y.ts']);
  });

  it('has none in the repository', () => {
    const files = DIRS.flatMap((d) => {
      try {
        return sources(path.join(ROOT, d));
      } catch {
        return [];
      }
    });
    const known = new Set(files);
    const graph = new Map(files.map((f) => [f, importsOf(f, readFileSync(f, 'utf8'), known)]));
    const rel = cycles(graph).map((c) => c.map((f) => path.relative(ROOT, f)));
    expect(rel).toEqual([]);
  });
});
