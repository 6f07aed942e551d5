/**
 * `npm run roast -- <image-or-video path | https URL> "<roast text>" [options]`
 *
 * Uploads a local file (or uses an https URL as is), checks it shows a pet, creates the video job,
 * shows its progress and prints the video URL; with `--out roast.mp4` it also downloads the video and
 * its thumbnail (`roast.jpg`, beside it). Exit codes: 0 done, 1 API or network error, 2 no pet
 * in the media, 3 the render failed, 4 timed out, 64 bad usage, 130 interrupted.
 */
import { stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import {
  CLIENT_VERSION,
  mediaKindOfUrl,
  NoPetsDetectedError,
  PetRoastAbortError,
  PetRoastClient,
  PetRoastError,
  VideoFailedError,
  WaitTimeoutError,
  type DetectPetsInput,
  type VideoStatus,
} from '@pet-roast/client';

export const EXIT = { ok: 0, error: 1, noPets: 2, videoFailed: 3, timeout: 4, usage: 64, interrupted: 130 } as const;

/** Where the CLI writes and what it reads: `process` in a shell, fakes in a test. */
export interface CliIo {
  stdout: NodeJS.WritableStream & { isTTY?: boolean };
  stderr: NodeJS.WritableStream;
  env: Record<string, string | undefined>;
  /** Defaults to the global fetch. */
  fetch?: typeof fetch;
  /** Cancels the run (Ctrl-C in a shell). */
  signal?: AbortSignal;
  /** First status poll interval (default 2000 ms); tests shorten it. */
  pollIntervalMs?: number;
}

const USAGE = `Usage: npm run roast -- <image-or-video path | https URL> "<roast prompt or script>" [options]

Options:
  --language <code>     narration language (en, hi, bn, ta, te, ml, kn, gu, mr, pa, or, as, ur; default en)
  --source-lang <code>  language of the roast text (default en)
  --script              narrate the text as given (text_mode "script"); default: the text is a prompt
                        ("Roast my lazy beagle Bruno") and the service writes the roast
  --filter <id>         AR filter id from GET /api/banuba-filters
  --api <url>           API base URL (default $PET_ROAST_API_URL or http://localhost:8000)
  --key <key>           API key (default $PET_ROAST_API_KEY, then $LOCAL_API_KEY)
  --timeout <seconds>   how long to wait for the video (default 600)
  --out <file.mp4>      download the video there, and its thumbnail beside it (<file>.jpg)
  -h, --help            show this help

Exit codes: 0 done, 1 API/network error, 2 no pet found, 3 render failed, 4 timed out, 64 usage, 130 interrupted.
`;

class UsageError extends Error {}

interface ParsedArgs {
  media: string;
  text: string;
  language?: string;
  sourceLang?: string;
  textMode: 'prompt' | 'script';
  filterId?: string;
  api: string;
  key: string;
  timeoutS: number;
  out?: string;
}

const OPTIONS = {
  language: { type: 'string' },
  'source-lang': { type: 'string' },
  script: { type: 'boolean' },
  filter: { type: 'string' },
  api: { type: 'string' },
  key: { type: 'string' },
  timeout: { type: 'string' },
  out: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

function parse(argv: string[], env: CliIo['env']): ParsedArgs | 'help' {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true });
  } catch (err) {
    throw new UsageError((err as Error).message);
  }
  const { values, positionals } = parsed;
  if (values.help) return 'help';
  if (positionals.length !== 2) throw new UsageError('Give exactly two arguments: the image/video and the roast text (quote it).');
  const [media, text] = positionals as [string, string];
  if (text.trim() === '') throw new UsageError('The roast text is empty.');
  const key = values.key ?? env.PET_ROAST_API_KEY ?? env.LOCAL_API_KEY;
  if (!key) throw new UsageError('No API key: pass --key or set PET_ROAST_API_KEY (`npm start` prints the local key).');
  const timeoutS = values.timeout === undefined ? 600 : Number(values.timeout);
  if (!Number.isFinite(timeoutS) || timeoutS <= 0) throw new UsageError('--timeout must be a positive number of seconds.');
  if (/^http:\/\//i.test(media)) {
    throw new UsageError('Media URLs must be https (the service refuses plain http); download the file and pass its path instead.');
  }
  return {
    media,
    text,
    language: values.language,
    sourceLang: values['source-lang'],
    textMode: values.script ? 'script' : 'prompt',
    filterId: values.filter,
    api: values.api ?? env.PET_ROAST_API_URL ?? 'http://localhost:8000',
    key,
    timeoutS,
    out: values.out,
  };
}

/** `image_url` or `video_url` for an https URL: by extension, else by a HEAD request's Content-Type, else image. */
async function urlSource(url: string, fetchImpl: typeof fetch, signal?: AbortSignal): Promise<DetectPetsInput> {
  let kind = mediaKindOfUrl(url);
  if (!kind) {
    try {
      const res = await fetchImpl(url, { method: 'HEAD', signal: signal ? AbortSignal.any([signal, AbortSignal.timeout(5000)]) : AbortSignal.timeout(5000) });
      kind = res.headers.get('content-type')?.startsWith('video/') ? 'video' : 'image';
    } catch {
      kind = 'image';
    }
  }
  return kind === 'video' ? { video_url: url } : { image_url: url };
}

/** Where `--out` puts the thumbnail: beside the video, same name, `.jpg`. */
export const thumbnailPathFor = (videoPath: string): string => path.join(path.dirname(videoPath), `${path.basename(videoPath, path.extname(videoPath))}.jpg`);

/** Downloads `url` into `file`; returns its size in bytes. */
async function download(url: string, file: string, fetchImpl: typeof fetch, signal?: AbortSignal): Promise<number> {
  const res = await fetchImpl(url, { signal });
  if (!res.ok) throw new Error(`downloading ${file} failed: HTTP ${res.status}`);
  const bytes = Buffer.from(await res.arrayBuffer());
  await writeFile(file, bytes);
  return bytes.length;
}

/** `[#########---------------]  38% processing`. */
export function progressLine(status: VideoStatus, width = 24): string {
  const pct = status.progress ?? (status.status === 'completed' ? 100 : 0);
  const filled = Math.max(0, Math.min(width, Math.round((pct / 100) * width)));
  const detail = status.detail ? ` (${status.detail})` : '';
  return `[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${String(pct).padStart(3)}% ${status.status}${detail}`;
}

const formatBytes = (n: number): string => (n < 1024 * 1024 ? `${(n / 1024).toFixed(0)} KB` : `${(n / 1024 / 1024).toFixed(1)} MB`);

/** Runs the CLI and resolves with the exit code; never calls `process.exit`. */
export async function main(argv: string[], io: CliIo): Promise<number> {
  const out = (line = ''): void => void io.stdout.write(`${line}\n`);
  const err = (line: string): void => void io.stderr.write(`${line}\n`);
  const tty = io.stdout.isTTY === true;
  let progressOpen = false;
  const endProgress = (): void => {
    if (progressOpen) io.stdout.write('\n');
    progressOpen = false;
  };

  try {
    const args = parse(argv, io.env);
    if (args === 'help') {
      io.stdout.write(USAGE);
      return EXIT.ok;
    }
    const fetchImpl = io.fetch ?? globalThis.fetch;
    const client = new PetRoastClient({ baseUrl: args.api, apiKey: args.key, fetch: fetchImpl, userAgent: `pet-roast-cli/${CLIENT_VERSION}` });
    const call = { signal: io.signal };

    let source: DetectPetsInput;
    if (/^https:\/\//i.test(args.media)) {
      source = await urlSource(args.media, fetchImpl, io.signal);
      out(`Media: ${args.media} (${source.video_url ? 'video' : 'image'} URL)`);
    } else {
      const { size } = await stat(args.media);
      out(`Uploading ${path.basename(args.media)} (${formatBytes(size)})…`);
      source = { upload_key: await client.uploadMedia(args.media, call) };
      out(`Uploaded: ${source.upload_key}`);
    }

    const detection = await client.detectPets(source, call);
    if (!detection.has_pets) throw new NoPetsDetectedError();
    const pets = detection.pets.map((p) => `${p.label} ${Math.round(p.confidence * 100)}%`).join(', ');
    out(`Pets detected: ${pets} (${detection.media.kind} ${detection.media.width}×${detection.media.height}, model ${detection.model.name}, threshold ${detection.model.threshold})`);

    const job = await client.generateVideo(
      { text: args.text, text_mode: args.textMode, ...source, language: args.language, source_lang: args.sourceLang, filter_id: args.filterId },
      call,
    );
    out(`Job ${job.job_id}: ${job.status}${job.recommended_filters.length ? ` (recommended filters: ${job.recommended_filters.join(', ')})` : ''}`);

    const started = Date.now();
    let scriptShown = false;
    const result = await client.waitForVideo(job.job_id, {
      timeoutMs: args.timeoutS * 1000,
      signal: io.signal,
      pollIntervalMs: io.pollIntervalMs,
      onProgress: (status) => {
        if (status.script && !scriptShown) {
          scriptShown = true;
          endProgress();
          out(`Script (${status.writer}): ${status.script}`);
        }
        const line = progressLine(status);
        if (tty) {
          io.stdout.write(`\r\x1b[2K${line} ${Math.round((Date.now() - started) / 1000)}s`);
          progressOpen = true;
        } else {
          out(line);
        }
      },
    });
    endProgress();
    if (!scriptShown && result.script) out(`Script (${result.writer}): ${result.script}`);
    out(`Video: ${result.video_url}`);
    if (result.thumbnail_url) out(`Thumbnail: ${result.thumbnail_url}`);
    if (result.duration_s !== null) out(`Duration: ${result.duration_s} s`);
    if (result.provider) out(`Rendered by: ${result.provider}`);
    if (args.out) {
      const fetchImpl = io.fetch ?? fetch;
      out(`Saved: ${args.out} (${formatBytes(await download(result.video_url, args.out, fetchImpl, io.signal))})`);
      if (result.thumbnail_url) {
        const thumbnail = thumbnailPathFor(args.out);
        out(`Saved: ${thumbnail} (${formatBytes(await download(result.thumbnail_url, thumbnail, fetchImpl, io.signal))})`);
      }
    }
    return EXIT.ok;
  } catch (error) {
    endProgress();
    return report(error, err);
  }
}

function report(error: unknown, err: (line: string) => void): number {
  if (error instanceof UsageError) {
    err(`error: ${error.message}`);
    err('Run with --help for usage.');
    return EXIT.usage;
  }
  if (error instanceof PetRoastAbortError) {
    err('Interrupted.');
    return EXIT.interrupted;
  }
  if (error instanceof PetRoastError) {
    err(`error: ${error.message}`);
    if (error.suggestion) err(`suggestion: ${error.suggestion}`);
    for (const issue of error.issues) err(`  ${issue.path}: ${issue.message}`);
    if (error instanceof VideoFailedError && error.reason && !error.message.includes(error.reason)) err(`reason: ${error.reason}`);
    if (error.requestId) err(`request id: ${error.requestId}`);
    if (error.code === 'network_error') err('Is the API running? Start it locally with `npm start`, or pass --api.');
    if (error instanceof NoPetsDetectedError) return EXIT.noPets;
    if (error instanceof VideoFailedError) return EXIT.videoFailed;
    if (error instanceof WaitTimeoutError) return EXIT.timeout;
    return EXIT.error;
  }
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  err(`error: ${code === 'ENOENT' ? `no such file: ${(error as NodeJS.ErrnoException).path}` : error instanceof Error ? error.message : String(error)}`);
  return EXIT.error;
}

const isScript = process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href;
if (isScript) {
  const controller = new AbortController();
  process.once('SIGINT', () => controller.abort());
  process.exitCode = await main(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, env: process.env, signal: controller.signal });
}
