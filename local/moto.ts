import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { freePort } from './ports.js';

/** A running moto AWS emulator (or an external endpoint from AWS_ENDPOINT_URL). */
export interface AwsEmulator {
  endpoint: string;
  /** True when this process started moto and owns its lifetime. */
  owned: boolean;
  stop(): Promise<void>;
}

const has = (cmd: string): boolean => spawnSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' }).status === 0;

/**
 * moto_server serves requests on threads and its DynamoDB backend evaluates a ConditionExpression and
 * applies the write without a lock, so two racing conditional UpdateItems on one item can both succeed
 * (measured: about 2 in 300 races). Real DynamoDB applies conditional writes to an item atomically, and
 * the job state machine relies on that. So moto is launched with DynamoDB actions serialised behind one
 * lock; every other service (SQS long polls included) stays concurrent.
 */
const ATOMIC_LAUNCHER = `
import sys, threading
from moto.dynamodb.responses import DynamoHandler
_lock = threading.Lock()
_call = DynamoHandler.call_action
def _atomic(self):
    with _lock:
        return _call(self)
DynamoHandler.call_action = _atomic
from moto.server import main
main(sys.argv[1:])
`;

/** The command that starts moto: the atomic launcher when moto imports in python3, else plain moto_server. */
function motoCommand(): [string, string[]] {
  const python = has('python3') ? 'python3' : 'python';
  const importable = spawnSync(python, ['-c', 'import moto.server, moto.dynamodb.responses'], { stdio: 'ignore' }).status === 0;
  return importable ? [python, ['-c', ATOMIC_LAUNCHER]] : ['moto_server', []];
}

/**
 * Makes sure `moto_server` is runnable: installs `moto[server]` with pip where it is missing and pip
 * can reach its registry, otherwise fails with a message that says what to do.
 */
export function ensureMotoInstalled(log: (line: string) => void = console.log): string {
  if (has('moto_server')) return 'moto_server';
  const pip = has('pip3') ? 'pip3' : has('pip') ? 'pip' : undefined;
  if (pip) {
    log('moto_server not found; installing "moto[server]" with pip…');
    const result = spawnSync(pip, ['install', '--quiet', 'moto[server]'], { stdio: 'inherit', timeout: 300_000 });
    if (result.status === 0 && has('moto_server')) return 'moto_server';
  }
  throw new Error(
    'The moto AWS emulator is required but `moto_server` is not installed and could not be installed with pip. ' +
      'Install it with `pip install "moto[server]"` (Python 3.9+), or point AWS_ENDPOINT_URL at a running ' +
      'emulator (moto or LocalStack).',
  );
}

async function waitForHttp(url: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`moto_server exited with code ${child.exitCode}`);
    try {
      const res = await fetch(`${url}/moto-api/`, { signal: AbortSignal.timeout(1000) });
      if (res.status < 500) return;
    } catch (err) {
      lastError = err;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`moto_server did not become ready within ${timeoutMs} ms: ${String(lastError)}`);
}

/**
 * Starts moto_server on a free loopback port (or uses AWS_ENDPOINT_URL when it is set) and sets the
 * environment the AWS SDK reads so every client in this process talks to it.
 */
export async function startAwsEmulator(options: { log?: (line: string) => void; useEnv?: boolean } = {}): Promise<AwsEmulator> {
  const log = options.log ?? (() => undefined);
  const external = options.useEnv !== false ? process.env.AWS_ENDPOINT_URL : undefined;
  if (external) {
    configureSdkEnv(external);
    return { endpoint: external, owned: false, stop: async () => undefined };
  }
  ensureMotoInstalled(log);
  const [command, prefix] = motoCommand();
  const port = await freePort();
  const child = spawn(command, [...prefix, '-H', '127.0.0.1', '-p', String(port)], {
    stdio: ['ignore', 'ignore', 'pipe'],
    env: { ...process.env, MOTO_ALLOW_NONEXISTENT_REGION: 'true' },
  });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr = (stderr + chunk.toString()).slice(-4000);
  });
  const endpoint = `http://127.0.0.1:${port}`;
  try {
    await waitForHttp(endpoint, child, 30_000);
  } catch (err) {
    child.kill('SIGKILL');
    throw new Error(`${(err as Error).message}\n${stderr}`);
  }
  configureSdkEnv(endpoint);
  const stop = async (): Promise<void> => {
    if (child.exitCode !== null) return;
    await new Promise<void>((resolve) => {
      const timer = setTimeout(() => {
        child.kill('SIGKILL');
        resolve();
      }, 3000);
      child.once('exit', () => {
        clearTimeout(timer);
        resolve();
      });
      child.kill('SIGTERM');
    });
  };
  // Never leave an orphaned emulator behind if this process dies.
  process.once('exit', () => child.exitCode === null && child.kill('SIGKILL'));
  return { endpoint, owned: true, stop };
}

/** Points every AWS SDK v3 client of this process at the emulator, with dummy credentials. */
export function configureSdkEnv(endpoint: string): void {
  process.env.AWS_ENDPOINT_URL = endpoint;
  process.env.AWS_REGION ??= 'us-east-1';
  process.env.AWS_DEFAULT_REGION ??= process.env.AWS_REGION;
  process.env.AWS_ACCESS_KEY_ID ??= 'testing';
  process.env.AWS_SECRET_ACCESS_KEY ??= 'testing';
  // S3 on moto is addressed by path, not by virtual host.
  process.env.AWS_S3_FORCE_PATH_STYLE = 'true';
}
