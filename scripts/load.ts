/**
 * Load without loss (`npm run load -- [options]`; not part of `npm test`, see docs/load.md).
 *
 *   --jobs N            generate-video requests to send, replays not included (default 200)
 *   --concurrency N     concurrent clients (default 16)
 *   --faults on|off     Revid fault schedule and misbehaving callback receivers (default on)
 *   --timeout-s N       bound of the whole run (default 600)
 *   --api URL --key K   drive an already running service instead of starting the local runtime; it
 *                       cannot be fault-injected or inspected (no DLQ, item or render checks) and must
 *                       list the loopback servers in OUTBOUND_ALLOWED_HOSTS (see --port-base)
 *   --port-base N       with --api only: bind the media server on 127.0.0.1:N and the receivers on N+1…
 *                       (otherwise every server takes a free port)
 *   --render-ms N       Revid simulator render time (default 2000)
 *   --moto atomic|plain moto with serialised DynamoDB writes (default) or the stock moto_server
 *   --seed N            reproduce a request plan
 *   --verbose           print the service's own log lines too
 *
 * Prints progress, throughput, latency percentiles per endpoint, outcome counts and, as the LAST line,
 * one JSON object (accepted, terminal, lost, duplicate_transitions, callbacks_missing, duplicate_renders,
 * …). Exits 1 when lost, duplicate_transitions or callbacks_missing (or another hard invariant) is not 0.
 */
import type { LoadOptions } from './load/engine.js';

function parseArgs(argv: string[]): LoadOptions & { verbose: boolean } {
  const out: LoadOptions & { verbose: boolean } = { verbose: false };
  let apiUrl: string | undefined;
  let apiKey: string | undefined;
  const num = (name: string, value: string | undefined): number => {
    const n = Number(value);
    if (value === undefined || !Number.isFinite(n) || n < 0) throw new Error(`${name} needs a non-negative number`);
    return n;
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const [flag, inline] = arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = () => inline ?? argv[++i];
    switch (flag) {
      case '--jobs':
        out.jobs = num(flag, value());
        break;
      case '--concurrency':
        out.concurrency = num(flag, value());
        break;
      case '--faults': {
        const v = value();
        if (v !== 'on' && v !== 'off') throw new Error('--faults is on or off');
        out.faults = v === 'on';
        break;
      }
      case '--timeout-s':
        out.timeoutS = num(flag, value());
        break;
      case '--api':
        apiUrl = value();
        break;
      case '--key':
        apiKey = value();
        break;
      case '--port-base':
        out.portBase = num(flag, value());
        break;
      case '--render-ms':
        out.renderMs = num(flag, value());
        break;
      case '--moto': {
        const v = value();
        if (v !== 'atomic' && v !== 'plain') throw new Error('--moto is atomic or plain');
        out.moto = v;
        break;
      }
      case '--seed':
        out.seed = num(flag, value());
        break;
      case '--verbose':
        out.verbose = true;
        break;
      case '--help':
      case '-h':
        console.log('usage: npm run load -- [--jobs 200] [--concurrency 16] [--faults on|off] [--timeout-s 600] [--api URL --key K] (see docs/load.md)');
        process.exit(0);
        break;
      default:
        throw new Error(`unknown option ${arg} (see --help)`);
    }
  }
  if ((apiUrl === undefined) !== (apiKey === undefined)) throw new Error('--api and --key go together');
  if (apiUrl && apiKey) out.api = { url: apiUrl, key: apiKey };
  // Fixed ports only where they are needed: a running service must list them in OUTBOUND_ALLOWED_HOSTS.
  if (out.portBase !== undefined && !out.api) throw new Error('--port-base only goes with --api (the local runtime is told the free ports)');
  return out;
}

let options: ReturnType<typeof parseArgs>;
try {
  options = parseArgs(process.argv.slice(2));
} catch (err) {
  console.error((err as Error).message);
  process.exit(2);
}
if (options.api && options.faults !== false) console.error('note: --api cannot inject Revid faults; only the callback receivers misbehave');

const { verbose, ...load } = options;
// The service runs in this process and its Powertools loggers write JSON lines to stdout (and errors
// to stderr). stdout is kept for the report, whose last line is the JSON summary; this script's own
// progress lines go to stderr. The service's output goes to stderr with --verbose; otherwise it is
// kept in a ring buffer whose tail is printed (to stderr) only when the run fails.
process.env.POWERTOOLS_LOG_LEVEL ??= verbose ? 'INFO' : 'WARN';
const stdoutWrite = process.stdout.write.bind(process.stdout);
const stderrWrite = process.stderr.write.bind(process.stderr);
const serviceLines: string[] = [];
const capture = ((chunk: string | Uint8Array, ...rest: unknown[]) => {
  if (verbose) return (stderrWrite as (...a: unknown[]) => boolean)(chunk, ...rest);
  serviceLines.push(String(chunk));
  if (serviceLines.length > 400) serviceLines.shift();
  const cb = rest.find((r) => typeof r === 'function') as (() => void) | undefined;
  cb?.();
  return true;
}) as typeof process.stdout.write;
process.stdout.write = capture;
process.stderr.write = capture;
const print = (line: string) => stdoutWrite(`${line}\n`);
const note = (line: string) => stderrWrite(`${line}\n`);

const t0 = Date.now();
const stamp = () => `[load +${((Date.now() - t0) / 1000).toFixed(1)}s]`;
// A hard stop a little after the run's own bound, in case something hangs while stopping.
const hardStop = setTimeout(() => {
  note(`${stamp()} did not finish within the timeout; exiting`);
  process.exit(3);
}, ((load.timeoutS ?? 600) + 90) * 1000);
hardStop.unref();

const [{ runLoad }, { formatReport }] = await Promise.all([import('./load/engine.js'), import('./load/report.js')]);
try {
  const report = await runLoad({
    ...load,
    log: (line) => note(`${stamp()} ${line}`),
    ...(verbose ? { serviceLog: (line: string) => note(line) } : {}),
  });
  if (!report.ok && !verbose) {
    note(`${stamp()} last service log lines (run with --verbose for all):`);
    for (const line of [...report.serviceLogTail.slice(-50), ...serviceLines.slice(-100)]) note(line.replace(/\n$/, ''));
  }
  for (const line of formatReport(report)) print(line);
  print(JSON.stringify(report.summary));
  process.exitCode = report.ok ? 0 : 1;
} catch (err) {
  note(`${stamp()} load run failed: ${(err as Error).stack ?? String(err)}`);
  for (const line of serviceLines.slice(-100)) note(line.replace(/\n$/, ''));
  print(JSON.stringify({ error: (err as Error).message }));
  process.exitCode = 2;
}
// runLoad stops pollers, servers and timers; exit explicitly so a stray handle cannot keep us alive.
setTimeout(() => process.exit(process.exitCode ?? 0), 200).unref();
