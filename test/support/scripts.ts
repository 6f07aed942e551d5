import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';

const ROOT = path.resolve(import.meta.dirname, '../..');

/**
 * Runs an operator script (`scripts/…`) as an operator would: tsx, in the repository, with this
 * process's environment (the emulator endpoint and resource names a test runtime put there).
 * Resolves with stdout, stderr and the exit code; never rejects on a non-zero exit.
 */
export async function runScript(file: string, args: string[]): Promise<{ stdout: string; stderr: string; code: number }> {
  try {
    const out = await promisify(execFile)(path.join(ROOT, 'node_modules/.bin/tsx'), [path.join(ROOT, file), ...args], { cwd: ROOT, env: process.env });
    return { ...out, code: 0 };
  } catch (err) {
    const e = err as { stdout?: string; stderr?: string; code?: number };
    return { stdout: e.stdout ?? '', stderr: e.stderr ?? String(err), code: typeof e.code === 'number' ? e.code : 1 };
  }
}
