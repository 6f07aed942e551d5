/**
 * Cold start and memory of the detector, measured in a fresh child process that holds only the
 * production configuration (docs/detection.md §5). `runFreshProcess` spawns this file; run directly
 * (`node --expose-gc --import tsx fresh-process.ts <first image> <detections> [tile images file]`) it
 * measures and prints one JSON line.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { REPO_ROOT } from '../dev-sets.js';
import { loadEvalSet, mb } from './eval-set.js';

/** What one child measured: cold start always; memory figures when it ran detections. */
export interface FreshProcessFigures {
  cold_start_ms: number;
  import_ms: number;
  load_ms: number;
  first_verdict_ms: number;
  first_models: string[];
  detections?: number;
  rss_checkpoints_mb?: number[];
  rss_growth_mb?: number;
  js_heap_growth_mb?: number;
  peak_rss_real_mb?: number;
  tile_images?: number;
  peak_rss_mb?: number;
}

/**
 * This process's peak resident set size in MiB: Linux `VmHWM` from /proc/self/status, the high-water mark
 * of this process's own address space. Not `process.resourceUsage().maxRSS`: Linux keeps `ru_maxrss`
 * across `execve`, so a child spawned by this (large) benchmark process would report the parent's RSS at
 * fork time as its own peak (measured: a child of a 440 MB parent reported 404 MB, its VmHWM 41 MB).
 * @throws Error where /proc is absent (the benchmark's targets are for Linux, like Lambda).
 */
function peakRssMb(): number {
  const match = /^VmHWM:\s+(\d+)\s+kB/m.exec(fs.readFileSync('/proc/self/status', 'utf8'));
  if (!match) throw new Error('No VmHWM in /proc/self/status');
  return Number(match[1]) / 1024;
}

/**
 * The child's measurement: import + `loadPetModel` + the first verdict on `firstImage` (cold start);
 * then, when `detections` > 0, two warm-up passes over the dev set, RSS after a full GC every 100 of
 * `detections`, the peak RSS, and the peak again after one pass over the images listed in `tileImagesFile`.
 */
async function measure(firstImage: string, detections: number, tileImagesFile?: string): Promise<FreshProcessFigures> {
  const first = fs.readFileSync(firstImage);
  const t0 = performance.now();
  const { loadPetModel } = await import('../../lambdas/engines/detection/index.js');
  const t1 = performance.now();
  const model = await loadPetModel({ intraOpThreads: 1 });
  const t2 = performance.now();
  const verdict = await model.detect(first);
  const t3 = performance.now();
  const out: FreshProcessFigures = {
    cold_start_ms: t3 - t0,
    import_ms: t1 - t0,
    load_ms: t2 - t1,
    first_verdict_ms: t3 - t2,
    first_models: verdict.models,
  };
  if (detections <= 0) return out;
  const items = loadEvalSet();
  for (let pass = 0; pass < 2; pass++) for (const item of items) await model.detect(item.bytes); // warm-up
  const gc = (globalThis as { gc?: () => void }).gc ?? (() => undefined);
  // RSS after a full GC at every 100th detection: a leak shows as a steady climb, allocator noise does not.
  const checkpoints: number[] = [];
  const heap: number[] = [];
  const checkpoint = async () => {
    // GC, a tick for ArrayBuffer finalisers (onnxruntime outputs are external memory), GC again.
    gc();
    await new Promise((resolve) => setTimeout(resolve, 50));
    gc();
    const usage = process.memoryUsage();
    checkpoints.push(usage.rss);
    heap.push(usage.heapUsed + usage.external + usage.arrayBuffers);
  };
  await checkpoint();
  for (let i = 0; i < detections; i++) {
    await model.detect(items[i % items.length]!.bytes);
    if ((i + 1) % 100 === 0) await checkpoint();
  }
  const peakRealOnly = peakRssMb();
  // Then the large images that take the tile path (the synthetic hard set), once each: the peak
  // must hold for them too.
  const tileImages = tileImagesFile ? (JSON.parse(fs.readFileSync(tileImagesFile, 'utf8')) as string[]) : [];
  for (const file of tileImages) await model.detect(fs.readFileSync(file));
  return Object.assign(out, {
    detections,
    rss_checkpoints_mb: checkpoints.map((v) => Number(mb(v).toFixed(1))),
    rss_growth_mb: mb(checkpoints[checkpoints.length - 1]! - checkpoints[0]!),
    js_heap_growth_mb: mb(heap[heap.length - 1]! - heap[0]!),
    peak_rss_real_mb: peakRealOnly,
    tile_images: tileImages.length,
    peak_rss_mb: peakRssMb(),
  });
}

const self = fileURLToPath(import.meta.url);

/** Runs {@link measure} in a fresh `node --expose-gc` process and returns its figures. */
export function runFreshProcess(firstImage: string, detections: number, tileImagesFile?: string): Promise<FreshProcessFigures> {
  return new Promise((resolve, reject) => {
    const args = ['--expose-gc', '--import', 'tsx', self, firstImage, String(detections)];
    if (tileImagesFile) args.push(tileImagesFile);
    const proc = spawn(process.execPath, args, { cwd: REPO_ROOT, stdio: ['ignore', 'pipe', 'inherit'] });
    let stdout = '';
    proc.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
    proc.on('error', reject);
    proc.on('close', (code) => {
      const last = stdout.trim().split('\n').pop() ?? '';
      if (code !== 0) return reject(new Error(`child exited ${code}: ${stdout.slice(-500)}`));
      resolve(JSON.parse(last) as FreshProcessFigures);
    });
  });
}

if (process.argv[1] && path.resolve(process.argv[1]) === self) {
  const [firstImage, detections, tileImagesFile] = process.argv.slice(2);
  console.log(JSON.stringify(await measure(firstImage!, Number(detections ?? 0), tileImagesFile)));
}
