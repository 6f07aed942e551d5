import { spawn } from 'node:child_process';
import type { Writable } from 'node:stream';
import { toolPath, type SystemTool } from '../../system-tools.js';
import { RenderError } from './errors.js';

/**
 * Runs the renderer's external tools (ffmpeg, ffprobe, espeak-ng) with a hard deadline: every child is
 * SIGKILLed when its deadline passes or the caller's signal aborts, so a render never hangs
 * (docs/renderer.md "Never hang"). No shell is involved: arguments go to the binary as an array.
 */

/** A binary the renderer runs; its path is configured (core/system-tools.ts). */
export type Tool = SystemTool;

export interface RunOptions {
  /** Deadline in milliseconds; the child is killed with SIGKILL when it passes. */
  timeoutMs: number;
  signal?: AbortSignal;
  /** Bytes written to the child's stdin (then closed). */
  input?: string | Buffer;
  /**
   * Streams data into the child's stdin; resolves when done (the runner then closes stdin). Mutually
   * exclusive with `input`. Errors thrown here kill the child.
   */
  feed?: (stdin: Writable, isAlive: () => boolean) => Promise<void>;
  /** Working directory of the child (lets filter graphs name files without path escaping). */
  cwd?: string;
  /** Cap on the stdout kept (bytes; default 8 MiB). */
  maxStdout?: number;
}

export interface RunResult {
  /** Exit code, or null when the child was killed by a signal. */
  code: number | null;
  /** The signal that killed the child ('SIGABRT', 'SIGSEGV', 'SIGKILL' at a deadline …), else null. */
  signal: NodeJS.Signals | null;
  stdout: Buffer;
  /** The last 16 KiB of stderr. */
  stderr: string;
  timedOut: boolean;
}

const STDERR_KEEP = 16 * 1024;

/**
 * Runs `tool` with `args` and resolves with its exit code and output (a non-zero exit is NOT an error
 * here: the caller decides whether it means bad input or a broken tool).
 * @throws RenderError when the binary cannot be started (missing), or with `aborted` when the signal fires.
 */
export function runTool(tool: Tool, args: string[], options: RunOptions): Promise<RunResult> {
  const { signal } = options;
  if (signal?.aborted) return Promise.reject(abortError(signal));
  return new Promise<RunResult>((resolve, reject) => {
    const child = spawn(toolPath(tool), args, { stdio: ['pipe', 'pipe', 'pipe'], cwd: options.cwd });
    const stdout: Buffer[] = [];
    const maxStdout = options.maxStdout ?? 8 * 1024 * 1024;
    let stdoutBytes = 0;
    let stderr = '';
    let timedOut = false;
    let aborted = false;
    let exited = false;
    let settled = false;
    const kill = () => {
      if (!exited) child.kill('SIGKILL');
    };
    const timer = setTimeout(() => {
      timedOut = true;
      kill();
    }, options.timeoutMs);
    const onAbort = () => {
      aborted = true;
      kill();
    };
    signal?.addEventListener('abort', onAbort, { once: true });
    const finish = (fn: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
      fn();
    };

    child.stdout.on('data', (chunk: Buffer) => {
      stdoutBytes += chunk.length;
      if (stdoutBytes <= maxStdout) stdout.push(chunk);
    });
    child.stderr.on('data', (chunk: Buffer) => {
      stderr = (stderr + chunk.toString('utf8')).slice(-STDERR_KEEP);
    });
    // A child that exits early closes its stdin: writes then fail with EPIPE, which is not our error.
    child.stdin.on('error', () => undefined);
    child.on('error', (err: NodeJS.ErrnoException) => {
      exited = true;
      finish(() =>
        reject(
          new RenderError(
            err.code === 'ENOENT' ? `${tool} is not installed (run the set-up script; see docs/renderer.md).` : `${tool} could not be started.`,
            undefined,
            { cause: err },
          ),
        ),
      );
    });
    child.on('close', (code, killedBy) => {
      exited = true;
      finish(() => {
        if (aborted && signal) reject(abortError(signal));
        else resolve({ code, signal: killedBy, stdout: Buffer.concat(stdout), stderr, timedOut });
      });
    });

    if (options.feed) {
      options
        .feed(child.stdin, () => !exited && !settled)
        .then(
          () => child.stdin.end(),
          (err: unknown) => {
            kill();
            finish(() => reject(err instanceof RenderError ? err : new RenderError(`Feeding ${tool} failed.`, undefined, { cause: err })));
          },
        );
    } else {
      child.stdin.end(options.input ?? '');
    }
  });
}

function abortError(signal: AbortSignal): RenderError {
  return new RenderError('The render was aborted.', undefined, { cause: signal.reason, aborted: true });
}

/** Writes one chunk honouring backpressure; resolves false when the reader went away. */
export function writeChunk(stream: Writable, chunk: Buffer, isAlive: () => boolean): Promise<boolean> {
  if (!isAlive() || stream.destroyed) return Promise.resolve(false);
  if (stream.write(chunk)) return Promise.resolve(true);
  return new Promise((resolve) => {
    const done = (ok: boolean) => {
      stream.off('drain', onDrain);
      stream.off('close', onClose);
      stream.off('error', onClose);
      resolve(ok);
    };
    const onDrain = () => done(true);
    const onClose = () => done(false);
    stream.on('drain', onDrain);
    stream.on('close', onClose);
    stream.on('error', onClose);
  });
}

/**
 * How a finished child ended, for messages: `exit 1`, or `killed by SIGABRT` when a signal ended it
 * (a crash such as a stack-smashing abort or a segfault has no exit code).
 */
export function exitDescription(result: Pick<RunResult, 'code' | 'signal'>): string {
  return result.code === null && result.signal ? `killed by ${result.signal}` : `exit ${result.code}`;
}

/** Throws the RenderError for a tool that exited non-zero or timed out (transient by default). */
export function toolFailure(tool: Tool, what: string, result: RunResult): RenderError {
  return new RenderError(
    result.timedOut ? `${tool} took too long while ${what}.` : `${tool} failed while ${what} (${exitDescription(result)}).`,
    result.stderr,
  );
}
