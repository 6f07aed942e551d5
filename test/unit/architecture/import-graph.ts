import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

/**
 * The repository's import graph, read with the TypeScript parser (no bundler): shared by the architecture
 * tests (cycles.test.ts, reach.test.ts; docs/architecture.md, "Boundaries").
 */
export const ROOT = path.resolve(import.meta.dirname, '..', '..', '..');
const SKIP = new Set(['node_modules', 'dist', 'generated', 'files']);

/** Every .ts/.mts source file under `dir` (absolute paths), declaration files and build output left out. */
export function sources(dir: string, out: string[] = []): string[] {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (SKIP.has(entry.name)) continue;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) sources(full, out);
    else if (/\.(ts|mts)$/.test(entry.name) && !entry.name.endsWith('.d.ts')) out.push(full);
  }
  return out;
}

/** The .ts file a relative specifier of `file` names (NodeNext: `./x.js` is `./x.ts`), if it is one of `known`. */
function resolveRelative(file: string, specifier: string, known: ReadonlySet<string>): string | undefined {
  if (!specifier.startsWith('.')) return undefined;
  const base = path.resolve(path.dirname(file), specifier);
  const candidates = [base.replace(/\.js$/, '.ts'), base.replace(/\.mjs$/, '.mts'), `${base}.ts`, path.join(base, 'index.ts')];
  return candidates.find((c) => known.has(c));
}

/** Relative imports of `file` (static, dynamic, `import type`, re-exports), resolved to .ts files. */
export function importsOf(file: string, text: string, known: ReadonlySet<string>): string[] {
  const { importedFiles } = ts.preProcessFile(text, true, true);
  return importedFiles.flatMap(({ fileName }) => resolveRelative(file, fileName, known) ?? []);
}

/**
 * The module specifiers `file` loads when it runs: imports and re-exports (static and dynamic `import()`), without
 * those the compiler erases (`import type`, `export type`, and named lists whose every name is `type`). An import
 * whose names are only used as types but not marked `type` counts: the walk errs on the side of reaching more.
 */
export function runtimeSpecifiersOf(file: string, text: string): string[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.ES2022, false, ts.ScriptKind.TS);
  const found: string[] = [];
  const add = (node: ts.Expression | undefined) => {
    if (node && ts.isStringLiteral(node)) found.push(node.text);
  };
  const allTypes = (elements: ts.NodeArray<ts.ImportSpecifier | ts.ExportSpecifier>) => elements.length > 0 && elements.every((e) => e.isTypeOnly);
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node)) {
      const clause = node.importClause;
      const named = clause?.namedBindings;
      const erased = clause !== undefined && (clause.isTypeOnly || (!clause.name && named !== undefined && ts.isNamedImports(named) && allTypes(named.elements)));
      if (!erased) add(node.moduleSpecifier);
      return;
    }
    if (ts.isExportDeclaration(node)) {
      const erased = node.isTypeOnly || (node.exportClause !== undefined && ts.isNamedExports(node.exportClause) && allTypes(node.exportClause.elements));
      if (!erased) add(node.moduleSpecifier);
      return;
    }
    if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) add(node.arguments[0]);
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** What `file` loads when it runs ({@link runtimeSpecifiersOf}), relative imports resolved to .ts files of `known`. */
export function runtimeImportsOf(file: string, text: string, known: ReadonlySet<string>): string[] {
  return runtimeSpecifiersOf(file, text).flatMap((specifier) => resolveRelative(file, specifier, known) ?? []);
}

/** The runtime import graph of every source under `dirs` (repo-relative), keyed by absolute path. */
export function runtimeGraph(dirs: readonly string[]): Map<string, string[]> {
  const files = dirs.flatMap((d) => sources(path.join(ROOT, d)));
  const known = new Set(files);
  return new Map(files.map((f) => [f, runtimeImportsOf(f, readFileSync(f, 'utf8'), known)]));
}

/** Every module reachable from `roots` in `graph` (roots included), each with the chain that reaches it first. */
export function reach(graph: ReadonlyMap<string, readonly string[]>, roots: readonly string[]): Map<string, string[]> {
  const chains = new Map<string, string[]>(roots.map((r) => [r, [r]]));
  const queue = [...roots];
  while (queue.length > 0) {
    const v = queue.shift()!;
    for (const w of graph.get(v) ?? []) {
      if (chains.has(w)) continue;
      chains.set(w, [...chains.get(v)!, w]);
      queue.push(w);
    }
  }
  return chains;
}
