import { spawn } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import type { Writable } from 'node:stream';
import { toolPath, type SystemTool } from '../../domain/system-tools.js';
import { ToolError } from './errors.js';

/**
 * The one process runner of the code base (docs/architecture.md "Layout"): ffmpeg, ffprobe,
 * espeak-ng, heif-convert and the word-timing helper run through {@link runTool}, by the renderer, media
 * intake and the speech engine alike. Every child has a hard deadline and is SIGKILLed when it passes or
 * the caller's signal aborts, so nothing hangs (docs/renderer.md "Never hang"). No shell is involved:
 * arguments go to the binary as an array. Failures to run at all are {@link ToolError}s; each caller maps
 * them (and non-zero exits) to its own errors.
 */

/** A binary the service runs; its path is configured (domain/system-tools.ts). */
export type Tool = SystemTool;

export interface RunOptions {
  /** Deadline in milliseconds; the child is killed with SIGKILL when it passes. */
  timeoutMs: number;
  /** Aborting kills the child; the run then rejects with a ToolError `aborted`. */
  signal?: AbortSignal;
  /** Bytes written to the child's stdin (then closed). Default: nothing (stdin closed at once). */
  input?: string | Buffer;
  /**
   * Streams data into the child's stdin (use {@link writeChunk} for backpressure); resolves when done (the
   * runner then closes stdin). Mutually exclusive with `input`. A rejection kills the child and the run
   * rejects with a ToolError `feed-failed` whose `cause` is the feed's error.
   */
  feed?: (stdin: Writable, isAlive: () => boolean) => Promise<void>;
  /** Working directory of the child (lets filter graphs name files without path escaping). */
  cwd?: string;
  /** Cap on the stdout kept, in bytes; default 8 MiB. */
  maxStdout?: number;
  /**
   * What happens past `maxStdout`: `truncate` (default) keeps the first `maxStdout` bytes and lets the
   * child run on; `kill` SIGKILLs it (the result then has `code: null`, `signal: 'SIGKILL'`).
   */
  stdoutOverflow?: 'truncate' | 'kill';
  /**
   * Called once when the child has exited, with its wall time and, polled every
   * {@link RSS_POLL_MS} ms from `/proc/<pid>/status`, its peak resident set size (benchmarks, tests).
   */
  onStats?: (stats: ProcessStats) => void;
}

export interface RunResult {
  /** Exit code, or null when the child was killed by a signal. */
  code: number | null;
  /** The signal that killed the child ('SIGABRT', 'SIGSEGV', 'SIGKILL' at a deadline …), else null. */
  signal: NodeJS.Signals | null;
  /** The first `maxStdout` bytes of stdout. */
  stdout: Buffer;
  /** The last {@link STDERR_KEEP} characters of stderr. */
  stderr: string;
  /** True when the child was killed at its deadline. */
  timedOut: boolean;
}

/** What one child used. */
export interface ProcessStats {
  tool: Tool;
  /** Peak resident set size of the child (Linux `VmHWM`, polled), in MiB (one decimal); 0 where /proc is absent. */
  peakRssMb: number;
  /** From spawn to exit, in milliseconds. */
  wallMs: number;
}

/** Characters of stderr kept (the end, where tools print the error that stopped them). */
export const STDERR_KEEP = 16 * 1024;
/** Interval of the peak-RSS polling of {@link RunOptions.onStats}. */
export const RSS_POLL_MS = 20;

/**
 * Runs `tool` with `args` and resolves with its exit code and output (a non-zero exit is NOT an error
 * here: the caller decides whether it means bad input or a broken tool).
 * @throws ToolError `missing` / `could-not-start` when the binary cannot be started, `aborted` when the
 *   signal fires, `feed-failed` when `feed` rejects.
 */
export function runTool(tool: Tool, args: string[], options: RunOptions): Promise<RunResult> {
  const { signal } = options;
  if (signal?.aborted) return Promise.reject(abortError(tool, signal));
  return new Promise<RunResult>((resolve, reject) => {
    const started = performance.now();
    const child = spawn(toolPath(tool), args, { stdio: ['pipe', 'pipe', 'pipe'], cwd: options.cwd });
    const stdout: Buffer[] = [];
    const maxStdout = options.maxStdout ?? 8 * 1024 * 1024;
    let stdoutBytes = 0;
    let stderr = '';
    let timedOut = false;
    let aborted = false;
    let exited = false;
    let settled = false;
    let peakKb = 0;
    const poll = options.onStats
      ? setInterval(() => {
          void peakRssKb(child.pid).then((kb) => {
            if (kb !== undefined && kb > peakKb) peakKb = kb;
          });
        }, RSS_POLL_MS)
      : undefined;
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
      clearInterval(poll);
      signal?.removeEventListener('abort', onAbort);
      fn();
    };

    child.stdout.on('data', (chunk: Buffer) => {
      stdoutBytes += chunk.length;
      if (stdoutBytes <= maxStdout) stdout.push(chunk);
      else if (options.stdoutOverflow === 'kill') kill();
    });
    child.stderr.on('data', (chunk: Buffer) => {
      stderr = (stderr + chunk.toString('utf8')).slice(-STDERR_KEEP);
    });
    // A child that exits early closes its stdin: writes then fail with EPIPE, which is not our error.
    child.stdin.on('error', () => undefined);
    child.on('error', (err: NodeJS.ErrnoException) => {
      exited = true;
      const missing = err.code === 'ENOENT';
      finish(() =>
        reject(
          new ToolError(
            tool,
            missing ? 'missing' : 'could-not-start',
            // The path stays in the cause (logs); the message names the tool only.
            missing ? `${tool} is not installed (run the set-up script; see docs/renderer.md).` : `${tool} could not be started.`,
            { cause: err, errno: err.code },
          ),
        ),
      );
    });
    // The last poll before exit sees the final VmHWM (it only grows); `exit` comes before `close`.
    child.on('exit', () => clearInterval(poll));
    child.on('close', (code, killedBy) => {
      exited = true;
      finish(() => {
        options.onStats?.({ tool, peakRssMb: Math.round((peakKb / 1024) * 10) / 10, wallMs: Math.round(performance.now() - started) });
        if (aborted && signal) reject(abortError(tool, signal));
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
            finish(() => reject(new ToolError(tool, 'feed-failed', `Feeding ${tool} failed.`, { cause: err })));
          },
        );
    } else {
      child.stdin.end(options.input ?? '');
    }
  });
}

function abortError(tool: Tool, signal: AbortSignal): ToolError {
  return new ToolError(tool, 'aborted', `${tool} was stopped: the caller aborted.`, { cause: signal.reason });
}

/** The child's peak RSS so far (`VmHWM` in /proc/<pid>/status), in KiB; undefined once it is gone. */
async function peakRssKb(pid: number | undefined): Promise<number | undefined> {
  if (pid === undefined) return undefined;
  const status = await readFile(`/proc/${pid}/status`, 'utf8').catch(() => undefined);
  const match = status ? /^VmHWM:\s+(\d+)\s+kB/m.exec(status) : null;
  return match ? Number(match[1]) : undefined;
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
