/**
 * Mutation check (`npm run mutation:check -- [options]`; not part of `npm test`, see docs/testing.md).
 *
 * Applies each named source mutation of scripts/mutation/mutations.ts on its own, runs only the tests
 * that should catch it (vitest on the named files, optionally filtered by test name), restores the
 * file, and prints a table: mutation → caught (the tests that failed) or SURVIVED.
 *
 *   --only a,b      run only these mutation ids
 *   --list          print the mutations and exit
 *   --no-baseline   skip the unmutated run of each test selection (by default each selection must
 *                   pass unmutated first, or nothing it says about a mutation means anything)
 *   --timeout-s N   bound of one vitest run (default 900); a run that hits it counts as not caught
 *
 * Your working tree is never touched: the check copies it (tracked and untracked, not ignored files,
 * with `node_modules`, `models/files` and `../shared` linked) into a temporary directory and mutates
 * the copy; each mutated file is restored in a `finally` before the next mutation, and the copy is
 * removed at the end (also on SIGINT/SIGTERM).
 * Exit code: 0 when every mutation was caught; 1 when any survived or a baseline failed; 2 on a
 * usage error or a mutation that no longer applies.
 */
import { execFileSync, spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { MUTATIONS, type Mutation } from './mutation/mutations.js';

const sourceRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
/** The temporary copy the mutations are applied to (set by {@link makeCopy}). */
let scratch: string | undefined;
let repoRoot = sourceRoot;
let workDir = '';

/**
 * Copies the working tree to `<tmp>/mutation-check-XXXXXX/repo` and links what is not copied:
 * `node_modules`, `models/files` (the ONNX models) and `../shared` (the test data beside the repository).
 */
function makeCopy(): void {
  scratch = mkdtempSync(path.join(tmpdir(), 'mutation-check-'));
  const copy = path.join(scratch, 'repo');
  const files = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: sourceRoot, encoding: 'utf8' })
    .split('\0')
    .filter(Boolean);
  for (const file of files) {
    const from = path.join(sourceRoot, file);
    if (!existsSync(from) || file === 'node_modules' || file.startsWith('node_modules/')) continue; // deleted, or the worktree's link
    mkdirSync(path.dirname(path.join(copy, file)), { recursive: true });
    copyFileSync(from, path.join(copy, file));
  }
  symlinkSync(path.join(sourceRoot, 'node_modules'), path.join(copy, 'node_modules'));
  if (existsSync(path.join(sourceRoot, 'models', 'files'))) symlinkSync(path.join(sourceRoot, 'models', 'files'), path.join(copy, 'models', 'files'));
  const shared = path.resolve(sourceRoot, '..', 'shared');
  if (existsSync(shared)) symlinkSync(shared, path.join(scratch, 'shared'));
  repoRoot = copy;
  workDir = path.join(scratch, 'reports');
  mkdirSync(workDir);
}

function removeCopy(): void {
  if (scratch) rmSync(scratch, { recursive: true, force: true });
  scratch = undefined;
}

interface Backup {
  file: string;
  original: string;
}

let active: Backup | undefined;
/** Process group id of the running vitest (killed with us). */
let runningGroup: number | undefined;

function restoreActive(): void {
  if (!active) return;
  writeFileSync(path.join(repoRoot, active.file), active.original);
  active = undefined;
}

for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
  process.on(signal, () => {
    if (runningGroup !== undefined) killGroup(runningGroup);
    restoreActive();
    removeCopy();
    process.exit(130);
  });
}

function killGroup(pid: number): void {
  try {
    process.kill(-pid, 'SIGKILL');
  } catch {
    /* already gone */
  }
}

/** The mutated text; throws unless `find` occurs exactly once. */
function mutate(source: string, m: Mutation): string {
  const first = source.indexOf(m.find);
  if (first < 0) throw new Error(`mutation ${m.id}: text not found in ${m.file}; update scripts/mutation/mutations.ts`);
  if (source.indexOf(m.find, first + 1) >= 0) throw new Error(`mutation ${m.id}: text occurs more than once in ${m.file}`);
  return source.slice(0, first) + m.replace + source.slice(first + m.find.length);
}

interface RunResult {
  /** vitest exited and wrote its report. */
  completed: boolean;
  timedOut: boolean;
  passed: number;
  /** `file › full test name` of every failed test, and files that failed to load. */
  failed: string[];
  seconds: number;
}

interface JsonReport {
  numPassedTests: number;
  testResults: Array<{
    name: string;
    status: string;
    message?: string;
    assertionResults: Array<{ status: string; fullName: string }>;
  }>;
}

/** Runs vitest on `tests` (filtered by `pattern`) with the JSON reporter. */
async function runTests(tests: string[], pattern: string | undefined, timeoutS: number, tag: string): Promise<RunResult> {
  const out = path.join(workDir, `${tag}.json`);
  rmSync(out, { force: true });
  const args = ['run', ...tests, '--reporter=json', `--outputFile=${out}`, ...(pattern ? ['-t', pattern] : [])];
  const started = Date.now();
  const child = spawn(path.join(repoRoot, 'node_modules', '.bin', 'vitest'), args, { cwd: repoRoot, stdio: ['ignore', 'ignore', 'pipe'], detached: true });
  runningGroup = child.pid;
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => {
    stderr = (stderr + chunk.toString()).slice(-4000);
  });
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    // The whole process group: vitest's workers and any runtime they started.
    killGroup(child.pid!);
  }, timeoutS * 1000);
  await new Promise<void>((resolve) => child.on('close', () => resolve()));
  clearTimeout(timer);
  runningGroup = undefined;
  const seconds = Math.round((Date.now() - started) / 1000);
  if (!existsSync(out)) {
    if (!timedOut) console.error(stderr);
    return { completed: false, timedOut, passed: 0, failed: [], seconds };
  }
  const report = JSON.parse(readFileSync(out, 'utf8')) as JsonReport;
  const failed: string[] = [];
  for (const file of report.testResults) {
    const rel = path.relative(repoRoot, file.name);
    const failures = file.assertionResults.filter((a) => a.status === 'failed');
    for (const a of failures) failed.push(`${rel} › ${a.fullName}`);
    if (failures.length === 0 && file.status === 'failed') {
      const why = (file.message ?? '').split('\n')[0]?.slice(0, 120) || 'a hook or the file itself failed; its tests did not run';
      failed.push(`${rel} (${why})`);
    }
  }
  return { completed: true, timedOut, passed: report.numPassedTests, failed, seconds };
}

function parseArgs(argv: string[]): { only?: Set<string>; list: boolean; baseline: boolean; timeoutS: number } {
  const opts = { only: undefined as Set<string> | undefined, list: false, baseline: true, timeoutS: 900 };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--list') opts.list = true;
    else if (arg === '--no-baseline') opts.baseline = false;
    else if (arg === '--only') opts.only = new Set((argv[++i] ?? '').split(',').filter(Boolean));
    else if (arg === '--timeout-s') opts.timeoutS = Number(argv[++i]);
    else throw new Error(`unknown option ${arg}`);
  }
  if (!(opts.timeoutS > 0)) throw new Error('--timeout-s needs a positive number');
  if (opts.only) {
    const unknown = [...opts.only].filter((id) => !MUTATIONS.some((m) => m.id === id));
    if (unknown.length) throw new Error(`unknown mutation(s): ${unknown.join(', ')}`);
  }
  return opts;
}

const selectionKey = (m: Mutation): string => JSON.stringify([m.tests, m.testNamePattern ?? null]);

async function main(): Promise<number> {
  let opts: ReturnType<typeof parseArgs>;
  try {
    opts = parseArgs(process.argv.slice(2));
  } catch (err) {
    console.error((err as Error).message);
    return 2;
  }
  const selected = MUTATIONS.filter((m) => !opts.only || opts.only.has(m.id));
  if (opts.list) {
    for (const m of selected) console.log(`${m.id}\n  breaks: ${m.breaks}\n  in ${m.file}; tests: ${m.tests.join(' ')}${m.testNamePattern ? ` -t '${m.testNamePattern}'` : ''}`);
    return 0;
  }
  makeCopy();
  console.log(`working on a copy in ${repoRoot}`);
  // Every mutation must still apply before anything runs.
  for (const m of selected) mutate(readFileSync(path.join(repoRoot, m.file), 'utf8'), m);

  if (opts.baseline) {
    const seen = new Set<string>();
    for (const m of selected) {
      const key = selectionKey(m);
      if (seen.has(key)) continue;
      seen.add(key);
      const result = await runTests(m.tests, m.testNamePattern, opts.timeoutS, `baseline-${m.id}`);
      const ok = result.completed && result.failed.length === 0 && result.passed > 0;
      console.log(`baseline ${ok ? 'ok  ' : 'FAIL'} ${result.passed} passed, ${result.seconds} s: ${m.tests.join(' ')}${m.testNamePattern ? ` -t '${m.testNamePattern}'` : ''}`);
      if (!ok) {
        for (const f of result.failed) console.log(`  failed: ${f}`);
        console.log('The unmutated tests must pass first; fix them and run again.');
        return 1;
      }
    }
  }

  const rows: Array<{ m: Mutation; result: RunResult }> = [];
  for (const m of selected) {
    const file = path.join(repoRoot, m.file);
    const original = readFileSync(file, 'utf8');
    active = { file: m.file, original };
    let result: RunResult;
    try {
      writeFileSync(file, mutate(original, m));
      result = await runTests(m.tests, m.testNamePattern, opts.timeoutS, m.id);
    } finally {
      restoreActive();
    }
    const caught = result.failed.length > 0;
    console.log(`${caught ? 'caught  ' : result.timedOut ? 'TIMEOUT ' : 'SURVIVED'} ${m.id} (${result.seconds} s)`);
    for (const f of result.failed) console.log(`  ${f}`);
    rows.push({ m, result });
  }

  console.log('\n| mutation | breaks | result | caught by |');
  console.log('|---|---|---|---|');
  for (const { m, result } of rows) {
    const caught = result.failed.length > 0;
    const verdict = caught ? 'caught' : result.timedOut ? 'TIMEOUT (not caught)' : 'SURVIVED';
    const by = caught ? result.failed.slice(0, 3).join('<br>') + (result.failed.length > 3 ? `<br>… ${result.failed.length - 3} more` : '') : '';
    console.log(`| ${m.id} | ${m.breaks} | ${verdict} | ${by} |`);
  }
  const survived = rows.filter((r) => r.result.failed.length === 0);
  console.log(`\n${rows.length - survived.length}/${rows.length} mutations caught${survived.length ? `; not caught: ${survived.map((r) => r.m.id).join(', ')}` : ''}`);
  return survived.length ? 1 : 0;
}

main().then(
  (code) => {
    removeCopy();
    process.exit(code);
  },
  (err: unknown) => {
    restoreActive();
    removeCopy();
    console.error(err instanceof Error ? err.message : err);
    process.exit(2);
  },
);
