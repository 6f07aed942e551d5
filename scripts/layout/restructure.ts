/**
 * Restructure codemod for the Pet Roast AI repository: lambdas/core → lambdas/domain + lambdas/engines/<name>.
 * Usage: npx tsx scripts/layout/restructure.ts <repo dir> [--dry-run]
 * Deterministic and idempotent: a second run finds nothing under lambdas/core and changes nothing.
 * See README.md beside this file.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmdirSync, unlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const repo = path.resolve(process.argv[2] ?? '.');
const dryRun = process.argv.includes('--dry-run');
const analyse = process.argv.includes('--analyse');

/** Old → new, repo-relative, longest prefix wins. A directory entry moves everything under it, later additions included. */
const MAPPING: Array<[string, string]> = [
  ['lambdas/core/providers/builtin', 'lambdas/engines/renderer'],
  ['lambdas/core/providers/revid', 'lambdas/engines/revid'],
  ['lambdas/core/providers', 'lambdas/domain/providers'],
  ['lambdas/core/detection', 'lambdas/engines/detection'],
  ['lambdas/core/intake', 'lambdas/engines/intake'],
  ['lambdas/core/outbound', 'lambdas/engines/outbound'],
  ['lambdas/core/translation', 'lambdas/engines/translation'],
  ['lambdas/core/writer', 'lambdas/engines/writer'],
  ['lambdas/core/effects', 'lambdas/engines/effects'],
  ['lambdas/core/process', 'lambdas/engines/process'],
  ['lambdas/core/speech', 'lambdas/engines/speech'],
  ['lambdas/core', 'lambdas/domain'],
];
/** Engines whose old index.ts held logic: it is renamed to this file, and index.ts becomes re-exports only. */
const INDEX_LOGIC_NAME: Record<string, string> = {
  detection: 'pet-model.ts',
  renderer: 'renderer.ts',
  writer: 'writer.ts',
  translation: 'translation.ts',
  outbound: 'outbound.ts',
  intake: 'intake.ts',
  revid: 'revid.ts',
  effects: 'effects.ts',
};
const ENGINES_DIR = 'lambdas/engines';
const SKIP_DIRS = new Set(['node_modules', '.git', 'dist', 'cdk.out', 'coverage', '.local', 'files', '__pycache__']);
const CODE_EXT = /\.(ts|tsx|js|mjs|cjs|mts|cts)$/;
const TEXT_EXT = /\.(ts|tsx|js|mjs|cjs|mts|cts|md|json|ya?ml|py|toml|txt|sh)$|(^|\/)Dockerfile[^/]*$/;

const posix = (p: string): string => p.split(path.sep).join('/');
const abs = (rel: string): string => path.join(repo, rel);

/** The new repo-relative path of an old one (unchanged when no mapping applies). */
export function mapPath(rel: string): string {
  for (const [from, to] of MAPPING) {
    if (rel === from) return to;
    if (rel.startsWith(from + '/')) return to + rel.slice(from.length);
  }
  return rel;
}

/** This codemod's own folder: never moved or rewritten (its tables name the old paths on purpose). */
const SELF_DIR = 'scripts/layout';

function walk(dir: string, out: string[] = []): string[] {
  if (!existsSync(dir)) return out;
  if (posix(path.relative(repo, dir)) === SELF_DIR) return out;
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    if (SKIP_DIRS.has(entry.name) && !(entry.name === 'files' && !dir.endsWith('models'))) continue;
    const full = path.join(dir, entry.name);
    if (entry.isSymbolicLink()) continue;
    if (entry.isDirectory()) walk(full, out);
    else out.push(posix(path.relative(repo, full)));
  }
  return out;
}

const allFiles = walk(repo);
const fileSet = new Set(allFiles);
const dirSet = new Set<string>();
for (const f of allFiles) for (let d = path.posix.dirname(f); d !== '.'; d = path.posix.dirname(d)) dirSet.add(d);

/** Resolves a relative specifier of `fromFile` (old layout) to an existing old file or directory. */
function resolveOld(fromFile: string, spec: string): { target: string; kind: 'file' | 'dir'; viaJs: boolean } | undefined {
  const base = path.posix.normalize(path.posix.join(path.posix.dirname(fromFile), spec));
  if (fileSet.has(base)) return { target: base, kind: 'file', viaJs: false };
  for (const [js, ts] of [['.js', '.ts'], ['.mjs', '.mts'], ['.cjs', '.cts'], ['.js', '.tsx']] as const) {
    if (base.endsWith(js) && fileSet.has(base.slice(0, -js.length) + ts)) return { target: base.slice(0, -js.length) + ts, kind: 'file', viaJs: true };
  }
  if (dirSet.has(base)) return { target: base, kind: 'dir', viaJs: false };
  return undefined;
}

/** A relative specifier from `fromFile` to `target` (both new layout), `.ts` shown as `.js` when the original was. */
function relativeSpec(fromFile: string, target: string, viaJs: boolean, original: string): string {
  let rel = path.posix.relative(path.posix.dirname(fromFile), target);
  if (viaJs) rel = rel.replace(/\.ts$/, '.js').replace(/\.mts$/, '.mjs').replace(/\.cts$/, '.cjs').replace(/\.tsx$/, '.js');
  if (original.endsWith('/') && !rel.endsWith('/')) rel += '/';
  return rel.startsWith('.') ? rel : `./${rel}`;
}

const engineOf = (rel: string): string | undefined => (rel.startsWith(ENGINES_DIR + '/') ? rel.slice(ENGINES_DIR.length + 1).split('/')[0] : undefined);

// ------------------------------------------------------------------------------------------------
// Plan: where every file goes. Engine index.ts files with logic are renamed (INDEX_LOGIC_NAME).

const moves = new Map<string, string>();
for (const f of allFiles) {
  let to = mapPath(f);
  const engine = engineOf(to);
  if (engine && to === `${ENGINES_DIR}/${engine}/index.ts` && f !== to) to = `${ENGINES_DIR}/${engine}/${INDEX_LOGIC_NAME[engine] ?? `${engine}.ts`}`;
  moves.set(f, to);
}
const newOf = (old: string): string => moves.get(old) ?? mapPath(old);

/** Named re-exports each engine's index.ts must offer: engine → module (new path) → names. */
const indexExports = new Map<string, Map<string, Set<string>>>();
/** Engines whose renamed old index is re-exported as a whole from the new index.ts. */
const indexStar = new Map<string, Set<string>>();
for (const [from, to] of moves) {
  const e = engineOf(to);
  if (e && from !== to && path.posix.basename(from) === 'index.ts' && path.posix.dirname(to) === `${ENGINES_DIR}/${e}`) {
    if (!indexStar.has(e)) indexStar.set(e, new Set());
    indexStar.get(e)!.add(to);
  }
}

const SPEC = /(\bfrom\s*|\bimport\s*\(\s*|\bimport\s+|\bvi\.mock\(\s*|\bvi\.importActual(?:<[^>]*>)?\(\s*|\brequire\(\s*|\bnew URL\(\s*)(['"])(\.{1,2}\/[^'"\n]*)\2/g;
const NAMED_CLAUSE = /(import|export)\s+(type\s+)?\{([^}]*)\}\s*from\s*$/;

function parseNames(clause: string, typeOnly: boolean): string[] {
  return clause
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)
    .map((s) => {
      const isType = typeOnly || s.startsWith('type ');
      const bare = s.replace(/^type\s+/, '');
      const name = bare.split(/\s+as\s+/)[0]!.trim();
      return isType ? `type ${name}` : name;
    });
}

const problems: string[] = [];
const crossEngine: string[] = [];

/** Records that `names` of `module` (new path) belong to `engine`'s index.ts. */
function declare(engine: string, module: string, names: string[]): void {
  if (!indexExports.has(engine)) indexExports.set(engine, new Map());
  const modules = indexExports.get(engine)!;
  if (!modules.has(module)) modules.set(module, new Set());
  for (const n of names) modules.get(module)!.add(n);
}

function rewriteCode(oldFile: string, text: string): string {
  const newFile = newOf(oldFile);
  return text.replace(SPEC, (whole, lead: string, quote: string, spec: string, offset: number) => {
    const resolved = resolveOld(oldFile, spec.replace(/\/$/, ''));
    if (!resolved) return whole;
    let target = resolved.kind === 'file' ? newOf(resolved.target) : mapPath(resolved.target);
    let viaJs = resolved.viaJs;
    const fromEngine = engineOf(newFile);
    const toEngine = engineOf(target);
    // Another engine's old index.ts: its new index.ts re-exports the renamed file as a whole.
    if (fromEngine !== toEngine && toEngine && resolved.kind === 'file' && path.posix.basename(resolved.target) === 'index.ts' && path.posix.dirname(target) === `${ENGINES_DIR}/${toEngine}`) {
      target = `${ENGINES_DIR}/${toEngine}/index.ts`;
    }
    // What the rest of the service (domain, adapters, handlers) uses of an engine is its declared
    // interface too: the index re-exports it (those imports are left as they are).
    if (!fromEngine && toEngine && newFile.startsWith('lambdas/') && resolved.kind === 'file' && target !== `${ENGINES_DIR}/${toEngine}/index.ts` && CODE_EXT.test(target)) {
      const clause = NAMED_CLAUSE.exec(text.slice(Math.max(0, offset - 600), offset + lead.length));
      if (lead.startsWith('from') && clause) declare(toEngine, target, parseNames(clause[3]!, Boolean(clause[2])));
    }
    if (fromEngine && toEngine && fromEngine !== toEngine && resolved.kind === 'file' && target !== `${ENGINES_DIR}/${toEngine}/index.ts` && CODE_EXT.test(target)) {
      // An engine reaches another only through its index.ts: re-export what is used there.
      const before = text.slice(Math.max(0, offset - 600), offset + lead.length);
      const clause = NAMED_CLAUSE.exec(before);
      if (lead.startsWith('from') && clause) {
        const names = parseNames(clause[3]!, Boolean(clause[2]));
        declare(toEngine, target, names);
        crossEngine.push(`${newFile} → ${target}: ${names.join(', ')}`);
        target = `${ENGINES_DIR}/${toEngine}/index.ts`;
        viaJs = true;
      } else {
        problems.push(`${oldFile}: cross-engine import '${spec}' is not a named import; left pointing at ${target}`);
      }
    }
    const next = relativeSpec(newFile, target, viaJs, spec);
    return `${lead}${quote}${next}${quote}`;
  });
}

/** Path mentions in any text: lambdas/core/… (full), 'lambdas', 'core', … (segments), core/…, providers/… (short). */
function rewriteMentions(text: string): string {
  let out = text.replace(/lambdas\/core(\/[\w.@*-]+)*\/?/g, (m) => {
    const trailing = m.endsWith('/') ? '/' : '';
    const p = m.replace(/\/$/, '');
    const glob = p.includes('*');
    if (glob) {
      const head = p.slice(0, p.indexOf('*')).replace(/\/$/, '');
      return mapPath(head) + p.slice(head.length) + trailing;
    }
    return newOf(p) + trailing;
  });
  out = out.replace(/'lambdas'((?:,\s*'[\w.-]+')+)/g, (m, rest: string) => {
    const segs = [...rest.matchAll(/'([\w.-]+)'/g)].map((x) => x[1]!);
    if (segs[0] !== 'core') return m;
    const mapped = newOf(['lambdas', ...segs].join('/')).split('/');
    return mapped.map((s) => `'${s}'`).join(', ');
  });
  // Short forms in comments and docs: core/<dir>/…, providers/builtin/…, providers/revid/…
  out = out.replace(/(?<![\w/.-])core\/([\w.-]+(?:\/[\w.-]+)*)/g, (m, rest: string) => {
    const first = `lambdas/core/${rest.split('/')[0]}`;
    if (!fileSet.has(first) && !dirSet.has(first) && !fileSet.has(first.replace(/\.js$/, '.ts'))) return m;
    const mapped = newOf(`lambdas/core/${rest}`);
    return mapped.startsWith('lambdas/') ? mapped.slice('lambdas/'.length) : m;
  });
  out = out.replace(/(?<![\w/.-])providers\/(builtin|revid)(\/[\w.-]+)*/g, (m) => newOf(`lambdas/core/${m}`).slice('lambdas/'.length));
  return out;
}

// ------------------------------------------------------------------------------------------------
// Run.

const writes = new Map<string, string>();
for (const f of allFiles) {
  if (!TEXT_EXT.test(f)) continue;
  if (f === 'package-lock.json' || f.startsWith('packages/client/src/generated/')) continue;
  const text = readFileSync(abs(f), 'utf8');
  let next = CODE_EXT.test(f) ? rewriteCode(f, text) : text;
  next = rewriteMentions(next);
  if (next !== text || newOf(f) !== f) writes.set(f, next);
}

// Engine index.ts files: explicit named re-exports of what other engines use, plus the old public face.
const indexFiles = new Map<string, string>();
const engines = new Set<string>();
for (const to of moves.values()) {
  const e = engineOf(to);
  if (e && CODE_EXT.test(to)) engines.add(e);
}
for (const e of [...engines].sort()) {
  const indexPath = `${ENGINES_DIR}/${e}/index.ts`;
  const existingNew = fileSet.has(indexPath) ? readFileSync(abs(indexPath), 'utf8') : undefined;
  const lines: string[] = [];
  const modules = indexExports.get(e) ?? new Map<string, Set<string>>();
  const wanted = new Map<string, Set<string>>();
  for (const [m, names] of modules) wanted.set(m, new Set(names));
  // A rerun keeps what the index already re-exports.
  if (existingNew) {
    for (const match of existingNew.matchAll(/export\s+(type\s+)?\{([^}]*)\}\s*from\s*'\.\/([^']+)\.js'/g)) {
      const m = `${ENGINES_DIR}/${e}/${match[3]}.ts`;
      if (!wanted.has(m)) wanted.set(m, new Set());
      for (const n of parseNames(match[2]!, Boolean(match[1]))) wanted.get(m)!.add(n);
    }
  }
  const stars = new Set(indexStar.get(e) ?? []);
  if (existingNew) for (const match of existingNew.matchAll(/export\s+\*\s+from\s*'\.\/([^']+)\.js'/g)) stars.add(`${ENGINES_DIR}/${e}/${match[1]}.ts`);
  if (wanted.size === 0 && stars.size === 0) continue;
  const seen = new Map<string, string>();
  for (const m of [...wanted.keys()].sort()) {
    const names = [...wanted.get(m)!].sort((a, b) => a.replace(/^type /, '').localeCompare(b.replace(/^type /, '')));
    for (const n of names) {
      const bare = n.replace(/^type /, '');
      if (seen.has(bare) && seen.get(bare) !== m) problems.push(`${e}: '${bare}' is exported by both ${seen.get(bare)} and ${m}`);
      seen.set(bare, m);
    }
    const values = names.filter((n) => !n.startsWith('type ')).filter((n) => !names.includes(`type ${n}`) || true);
    const deduped = [...new Set(names.filter((n) => !(n.startsWith('type ') && names.includes(n.slice(5)))))];
    lines.push(`export { ${deduped.join(', ')} } from './${path.posix.basename(m).replace(/\.ts$/, '')}.js';`);
    void values;
  }
  for (const s of [...stars].sort()) lines.push(`export * from './${path.posix.basename(s).replace(/\.ts$/, '')}.js';`);
  const header = `/**\n * The ${e} engine's public face (docs/architecture.md, "Layout"): re-exports only, no logic. Other\n * engines import this file, never the engine's other modules (eslint.config.js enforces it).\n */\n`;
  indexFiles.set(indexPath, header + lines.join('\n') + '\n');
}

if (analyse) {
  console.log(crossEngine.join('\n'));
  console.log(problems.join('\n'));
  process.exit(0);
}

let moved = 0;
if (!dryRun) {
  for (const f of allFiles) {
    const to = newOf(f);
    const content = writes.get(f);
    if (to === f) {
      if (content !== undefined) writeFileSync(abs(f), content);
      continue;
    }
    mkdirSync(path.dirname(abs(to)), { recursive: true });
    if (content !== undefined) {
      writeFileSync(abs(to), content);
      unlinkSync(abs(f));
    } else {
      renameSync(abs(f), abs(to));
    }
    moved++;
  }
  for (const [file, content] of indexFiles) writeFileSync(abs(file), content);
  removeEmptyDirs(abs('lambdas/core'));
}

function removeEmptyDirs(dir: string): void {
  if (!existsSync(dir)) return;
  for (const entry of readdirSync(dir, { withFileTypes: true })) if (entry.isDirectory()) removeEmptyDirs(path.join(dir, entry.name));
  if (readdirSync(dir).length === 0) rmdirSync(dir);
}

// ------------------------------------------------------------------------------------------------
// Files of the layout itself (idempotent: each step checks whether it already happened).

const TEMPLATES = path.join(import.meta.dirname, 'templates');
if (!dryRun) {
  const eslintFile = abs('eslint.config.js');
  if (existsSync(eslintFile)) {
    const text = readFileSync(eslintFile, 'utf8');
    const next = text.replace(/\/\/ <layout>[\s\S]*?\/\/ <\/layout>/, [
      '// <layout> The service\'s own code (docs/architecture.md, "Layout"); this block is rewritten by the layout codemod.',
      '/** Directories of the service\'s code: no AWS SDK, no CDK, no adapters or handlers. */',
      "const CORE_DIRS = ['lambdas/domain', 'lambdas/engines'];",
      '/** The job domain (jobs, callbacks, auth, schemas, errors, routes, config). */',
      "const DOMAIN_DIR = 'lambdas/domain';",
      '/** The engines, one directory each (an engine is imported only through its index.ts). */',
      "const ENGINES_DIR = 'lambdas/engines';",
      '// </layout>',
    ].join('\n'));
    if (next !== text) writeFileSync(eslintFile, next);
  }
  const docFile = abs('docs/architecture.md');
  if (existsSync(docFile)) {
    let text = readFileSync(docFile, 'utf8');
    for (const [heading, template] of [['## Layout', 'architecture-layout.md'], ['## Boundaries', 'architecture-boundaries.md']] as const) {
      const start = text.indexOf(`\n${heading}\n`);
      if (start < 0) continue;
      const end = text.indexOf('\n## ', start + heading.length + 2);
      text = text.slice(0, start + 1) + readFileSync(path.join(TEMPLATES, template), 'utf8') + (end < 0 ? '' : text.slice(end + 1));
    }
    writeFileSync(docFile, text);
  }
  const testFile = abs('test/unit/architecture/boundaries.test.ts');
  if (existsSync(testFile)) {
    const text = readFileSync(testFile, 'utf8');
    if (!text.includes('<layout-tests>')) {
      const end = text.lastIndexOf('});');
      writeFileSync(testFile, text.slice(0, end) + '\n' + readFileSync(path.join(TEMPLATES, 'boundaries-layout.test.ts.txt'), 'utf8') + text.slice(end));
    }
  }
}

console.log(`${dryRun ? '[dry run] ' : ''}moved ${moved} files, rewrote ${[...writes.keys()].filter((f) => newOf(f) === f).length} in place, wrote ${indexFiles.size} engine index files`);
if (problems.length > 0) {
  console.error(problems.join('\n'));
  process.exitCode = 1;
}
