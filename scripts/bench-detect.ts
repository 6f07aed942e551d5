/**
 * Pet-detection benchmark (`npm run bench:detect`; takes a few minutes, not part of `npm test`).
 *
 * 1. Every manifest model alone over the pets-eval DEV split: recall / FPR at raw score 0.5, stage timings.
 * 2. The production cascade (`loadPetModel`, one intra-op thread) over the same images, interleaved
 *    with bare `session.run` calls of yolov8n-coco-int8 at 640 on a real image: e2e and inference p50.
 * 3. A sensitivity grid around the chosen thresholds, replayed from the per-model detections of step 1.
 * 4. Fresh child processes: cold start (import + model load + first verdict, timed inside the child),
 *    then peak RSS and RSS growth over 500 detections after warm-up.
 * 5. The dev split (scripts/dev-sets.ts): every accuracy figure for the tuning and the check part, and
 *    the SYNTHETIC hard set (thumbnails, small pasted pets, panoramas, and the same scenes without the
 *    pet; generated into .cache/hard-dev) per part and kind, with the tile path's latency.
 * Decode + tensor fill is timed against the previous implementation (bilinear only, one pass per
 * plane) in the same run, and the e2e p50 with and without the second look, interleaved.
 *
 * The last line of stdout is one JSON object with the headline figures.
 * Env: PETS_EVAL_DIR (default ../shared/data/pets-eval), BENCH_ROUNDS (default 5).
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));

/**
 * The tensor fill as it was before this round (one pass over the source per output plane), kept
 * here only so that the benchmark can time "before" and "after" in the same run.
 */
function legacyWriteInput(
  data: Buffer,
  placement: { width: number; height: number; left: number; top: number },
  input: { width: number; height: number },
  bgr: boolean,
  pad: number,
  tables: (Float32Array | Uint16Array)[],
  dst: Float32Array | Uint16Array,
): void {
  const plane = input.width * input.height;
  const padded = placement.width !== input.width || placement.height !== input.height;
  for (let p = 0; p < 3; p++) {
    const table = tables[p]!;
    const sc = bgr ? 2 - p : p;
    const base = p * plane;
    if (padded) dst.fill(table[pad]!, base, base + plane);
    for (let y = 0; y < placement.height; y++) {
      let src = y * placement.width * 3 + sc;
      let d = base + (y + placement.top) * input.width + placement.left;
      const end = d + placement.width;
      for (; d < end; d++, src += 3) dst[d] = table[data[src]!]!;
    }
  }
}
const repoRoot = path.resolve(here, '..');
const evalDir = path.resolve(process.env.PETS_EVAL_DIR ?? path.join(repoRoot, '..', 'shared', 'data', 'pets-eval'));
const BASELINE = 'yolov8n-coco-int8';

interface EvalItem {
  file: string;
  has_pet: boolean;
  ambiguous?: boolean;
  bytes: Buffer;
}

function loadEvalSet(): EvalItem[] {
  const entries = JSON.parse(fs.readFileSync(path.join(evalDir, 'manifest.json'), 'utf8')) as Omit<EvalItem, 'bytes'>[];
  return entries.map((e) => ({ ...e, bytes: fs.readFileSync(path.join(evalDir, e.file)) }));
}

const quantile = (values: number[], q: number): number => {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
};
const ms = (v: number) => v.toFixed(1);
const mb = (bytes: number) => bytes / (1024 * 1024);

/** Recall and FPR with `has_pet` image-level; ambiguous items excluded. */
function score(items: EvalItem[], predicted: (item: EvalItem, index: number) => boolean) {
  let tp = 0;
  let fn = 0;
  let fp = 0;
  let tn = 0;
  const misses: string[] = [];
  const falseAlarms: string[] = [];
  items.forEach((item, i) => {
    if (item.ambiguous) return;
    const p = predicted(item, i);
    if (item.has_pet && p) tp++;
    else if (item.has_pet) {
      fn++;
      misses.push(item.file);
    } else if (p) {
      fp++;
      falseAlarms.push(item.file);
    } else tn++;
  });
  return { recall: tp / (tp + fn), fpr: fp / (fp + tn), tp, fn, fp, tn, misses, falseAlarms };
}

const fmt = (s: ReturnType<typeof score>) =>
  `recall ${s.recall.toFixed(3)} (${s.tp}/${s.tp + s.fn})  fpr ${s.fpr.toFixed(3)} (${s.fp}/${s.fp + s.tn})`;

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

// ---------------------------------------------------------------------------------------------
// Child: cold start and memory, in a process that holds only the production configuration.
// ---------------------------------------------------------------------------------------------
async function child(firstImage: string, detections: number, tileImagesFile?: string): Promise<void> {
  const first = fs.readFileSync(firstImage);
  const t0 = performance.now();
  const { loadPetModel } = await import('../lambdas/core/detection/index.js');
  const t1 = performance.now();
  const model = await loadPetModel({ intraOpThreads: 1 });
  const t2 = performance.now();
  const verdict = await model.detect(first);
  const t3 = performance.now();
  const out: Record<string, unknown> = {
    cold_start_ms: t3 - t0,
    import_ms: t1 - t0,
    load_ms: t2 - t1,
    first_verdict_ms: t3 - t2,
    first_models: verdict.models,
  };
  if (detections > 0) {
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
    Object.assign(out, {
      detections,
      rss_checkpoints_mb: checkpoints.map((v) => Number(mb(v).toFixed(1))),
      rss_growth_mb: mb(checkpoints[checkpoints.length - 1]! - checkpoints[0]!),
      js_heap_growth_mb: mb(heap[heap.length - 1]! - heap[0]!),
      peak_rss_real_mb: peakRealOnly,
      tile_images: tileImages.length,
      peak_rss_mb: peakRssMb(),
    });
  }
  console.log(JSON.stringify(out));
}

function runChild(firstImage: string, detections: number, tileImagesFile?: string): Promise<Record<string, number | string[] | number[]>> {
  return new Promise((resolve, reject) => {
    const args = ['--expose-gc', '--import', 'tsx', fileURLToPath(import.meta.url), '--child', firstImage, String(detections)];
    if (tileImagesFile) args.push(tileImagesFile);
    const proc = spawn(process.execPath, args, { cwd: repoRoot, stdio: ['ignore', 'pipe', 'inherit'] });
    let stdout = '';
    proc.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
    proc.on('error', reject);
    proc.on('close', (code) => {
      const last = stdout.trim().split('\n').pop() ?? '';
      if (code !== 0) return reject(new Error(`child exited ${code}: ${stdout.slice(-500)}`));
      resolve(JSON.parse(last) as Record<string, number | string[] | number[]>);
    });
  });
}

// ---------------------------------------------------------------------------------------------
// Parent
// ---------------------------------------------------------------------------------------------
async function main(): Promise<void> {
  const { ensureModels } = await import('../models/setup.js');
  await ensureModels({ all: true });
  const detection = await import('../lambdas/core/detection/index.js');
  const { manifest, loadModel, loadPetModel, judgeStage, decodeRgb, calibrate: calibrateScore, writeInput, channelTables } = detection;
  const devSets = await import('./dev-sets.js');
  const config = (await import('../lambdas/core/config.js')).getConfig();
  const items = loadEvalSet();
  const rounds = Number(process.env.BENCH_ROUNDS ?? 5);
  const parts = devSets.devSplit(items);
  const inPart = (part: 'tuning' | 'check') => (item: EvalItem) => parts.get(item.file) === part;
  const counted = items.filter((i) => !i.ambiguous);
  console.log(
    `pets-eval DEV: ${items.length} images, ${counted.filter((i) => i.has_pet).length} pet / ` +
      `${counted.filter((i) => !i.has_pet).length} no-pet scored, ${items.length - counted.length} ambiguous excluded`,
  );

  // 1. Every model alone ------------------------------------------------------------------------
  type Cands = Awaited<ReturnType<Awaited<ReturnType<typeof loadModel>>['detect']>>['candidates'];
  const perModel = new Map<string, Cands[]>();
  console.log('\n## Single models (raw score >= 0.5 on a pet class; intra-op 1)');
  console.log('model                      recall   fpr    decode p50  infer p50  post p50   misses / false alarms');
  for (const entry of manifest.models) {
    const model = await loadModel(entry.name, { intraOpThreads: 1 });
    const petIds = new Set(config.PET_CLASSES.map((c) => entry.classes.indexOf(c)));
    for (const item of items.slice(0, 3)) await model.detect(item.bytes, { threshold: 0.01 });
    const cands: Cands[] = [];
    const t = { decode: [] as number[], infer: [] as number[], post: [] as number[] };
    for (const item of items) {
      const r = await model.detect(item.bytes, { threshold: 0.01 });
      cands.push(r.candidates);
      t.decode.push(r.timings.decode_ms);
      t.infer.push(r.timings.inference_ms);
      t.post.push(r.timings.post_ms);
    }
    await model.release();
    perModel.set(entry.name, cands);
    const s = score(items, (_, i) => cands[i]!.some((c) => petIds.has(c.classId) && c.score >= 0.5));
    console.log(
      `${entry.name.padEnd(26)} ${s.recall.toFixed(3)}  ${s.fpr.toFixed(3)}  ${ms(quantile(t.decode, 0.5)).padStart(9)}  ` +
        `${ms(quantile(t.infer, 0.5)).padStart(9)}  ${ms(quantile(t.post, 0.5)).padStart(8)}   ${s.fn} / ${s.fp}`,
    );
  }

  // 2. The production cascade vs bare yolov8n inference ------------------------------------------
  const cascade = await loadPetModel({ intraOpThreads: 1 });
  const fullOnly = await loadPetModel({ intraOpThreads: 1, tiling: false });
  const squareInput = await loadPetModel({ intraOpThreads: 1, rectangular: false });
  const bare = await loadModel(BASELINE, { intraOpThreads: 1 });
  const stage1Model = await loadModel(manifest.service.stages[0]!.model, { intraOpThreads: 1 });
  const firstTables = channelTables(stage1Model.entry);
  const sample = items.find((i) => i.file.startsWith('darknet-dog')) ?? items[0]!;
  await bare.fill(await decodeRgb(sample.bytes, (w, h) => bare.placementFor(w, h)));
  for (const item of items) await cascade.detect(item.bytes); // warm-up
  for (let i = 0; i < 5; i++) await bare.infer();

  const e2e: number[] = [];
  const e2eFullOnly: number[] = [];
  const e2eSquare: number[] = [];
  let squareDisagrees = 0;
  const fillBefore: number[] = [];
  const fillAfter: number[] = [];
  const stage = { decode: [] as number[], infer: [] as number[], post: [] as number[] };
  const bareRuns: number[] = [];
  const verdicts: Awaited<ReturnType<typeof cascade.detect>>[] = [];
  let twoStage = 0;
  for (let r = 0; r < rounds; r++) {
    for (const item of items) {
      const t0 = performance.now();
      const v = await cascade.detect(item.bytes);
      e2e.push(performance.now() - t0);
      stage.decode.push(v.timings.decode_ms);
      stage.infer.push(v.timings.inference_ms);
      stage.post.push(v.timings.post_ms);
      if (r === 0) verdicts.push(v);
      if (r === 0 && v.models.length > 1) twoStage++;
      const t1 = performance.now();
      await fullOnly.detect(item.bytes);
      e2eFullOnly.push(performance.now() - t1);
      const ts = performance.now();
      const sq = await squareInput.detect(item.bytes);
      e2eSquare.push(performance.now() - ts);
      if (r === 0 && sq.pets.length > 0 !== v.pets.length > 0) squareDisagrees++;
      // Stage-1 decode + tensor fill: previous implementation, then the current one.
      const e = stage1Model.entry;
      const t2 = performance.now();
      const before = await decodeRgb(item.bytes, (w, h) => stage1Model.placementFor(w, h));
      const beforePlacement = stage1Model.placementFor(before.sourceWidth, before.sourceHeight);
      legacyWriteInput(before.data, beforePlacement, e.input, e.preprocessing.channel_order === 'BGR', e.preprocessing.pad_value, firstTables, stage1Model.input);
      const t3 = performance.now();
      const after = await decodeRgb(item.bytes, (w, h) => stage1Model.placementFor(w, h));
      writeInput(after, stage1Model.placementFor(after.sourceWidth, after.sourceHeight), e, firstTables, stage1Model.input);
      const t4 = performance.now();
      fillBefore.push(t3 - t2);
      fillAfter.push(t4 - t3);
    }
    // Interleaved so that both figures see the same machine load (this VM has noisy neighbours).
    for (let i = 0; i < 16; i++) {
      const t0 = performance.now();
      await bare.infer();
      bareRuns.push(performance.now() - t0);
    }
  }
  const final = score(items, (_, i) => verdicts[i]!.pets.length > 0);
  const e2eP50 = quantile(e2e, 0.5);
  const inferenceP50 = quantile(bareRuns, 0.5);

  console.log(`\n## Production configuration: ${cascade.name} (threshold ${cascade.threshold})`);
  console.log(`whole dev set: ${fmt(final)}`);
  console.log(`misses: ${final.misses.join(', ') || 'none'}; false alarms: ${final.falseAlarms.join(', ') || 'none'}`);
  const partScores = Object.fromEntries(
    (['tuning', 'check'] as const).map((part) => {
      const subset = items.filter(inPart(part));
      return [part, score(subset, (item) => verdicts[items.indexOf(item)]!.pets.length > 0)];
    }),
  ) as Record<'tuning' | 'check', ReturnType<typeof score>>;
  console.log(`tuning part: ${fmt(partScores.tuning)}`);
  console.log(`check part (never used to choose a threshold): ${fmt(partScores.check)}`);
  console.log(`second look (tiles) entered on ${verdicts.filter((v) => (v.tiles ?? 0) > 0).length}/${items.length} real images`);
  console.log(`second stage ran on ${twoStage}/${items.length} images`);
  for (const item of items.filter((i) => i.ambiguous)) {
    const v = verdicts[items.indexOf(item)]!;
    console.log(`ambiguous (not scored): ${item.file} -> ${v.pets.length > 0 ? `pet (${v.pets[0]!.label} ${v.pets[0]!.confidence})` : 'no pet'}`);
  }
  console.log(`\nstage            p50     p90   (ms, ${e2e.length} detections)`);
  for (const [name, v] of [['decode', stage.decode], ['inference', stage.infer], ['post', stage.post], ['e2e', e2e]] as const) {
    console.log(`${name.padEnd(12)} ${ms(quantile(v, 0.5)).padStart(7)} ${ms(quantile(v, 0.9)).padStart(7)}`);
  }
  console.log(`bare session.run ${BASELINE} @640: p50 ${ms(inferenceP50)} p90 ${ms(quantile(bareRuns, 0.9))} (${bareRuns.length} runs)`);
  console.log(`overhead ratio e2e p50 / inference p50 = ${(e2eP50 / inferenceP50).toFixed(3)}`);
  const fullOnlyP50 = quantile(e2eFullOnly, 0.5);
  const squareP50 = quantile(e2eSquare, 0.5);
  console.log(
    `same run, square 416x416 stage-1 input instead of rectangular: e2e p50 ${ms(squareP50)} (ratio ${(squareP50 / inferenceP50).toFixed(3)}); ` +
      `verdicts that differ: ${squareDisagrees}/${items.length}`,
  );
  console.log(
    `same run, full-image cascade without the second look: e2e p50 ${ms(fullOnlyP50)} (ratio ${(fullOnlyP50 / inferenceP50).toFixed(3)}); ` +
      `with it / without = ${(e2eP50 / fullOnlyP50).toFixed(3)} (target <= 1.1)`,
  );
  console.log(
    `stage-1 decode + tensor fill p50: before ${ms(quantile(fillBefore, 0.5))} ms (one pass per plane) -> after ${ms(quantile(fillAfter, 0.5))} ms`,
  );

  // 3. Sensitivity of the rule, replayed from step 1 ----------------------------------------------
  const stages = manifest.service.stages;
  const classes = manifest.models[0]!.classes;
  const petIds = new Set(config.PET_CLASSES.map((c) => classes.indexOf(c)));
  const replay = (variant: typeof stages) => (item: EvalItem) => {
    const i = items.indexOf(item);
    for (const [k, st] of variant.entries()) {
      const j = judgeStage(perModel.get(st.model)![i]!, st, classes, petIds, 0.5);
      if (j.decision === 'pet') return true;
      if (j.decision === 'no-pet' || k === variant.length - 1) return false;
    }
    return false;
  };
  const replayed = score(items, replay(stages));
  // The live cascade may also take a second look over tiles, which the full-image replay cannot show.
  const agrees = items.every((item, i) => item.ambiguous || (verdicts[i]!.tiles ?? 0) > 0 || replay(stages)(item) === verdicts[i]!.pets.length > 0);
  const tuningItems = items.filter(inPart('tuning'));
  const checkItems = items.filter(inPart('check'));
  const tuningBaseline = score(tuningItems, replay(stages));
  console.log(`\n## Sensitivity (replayed from the single-model runs; replay agrees with the live cascade: ${agrees ? 'yes' : 'NO'})`);
  console.log('Thresholds are chosen on the TUNING part only; the check columns are shown, not used.');
  if (stages.length === 2) {
    const [s1, s2] = stages as [(typeof stages)[0], (typeof stages)[0]];
    console.log('stage1 accept  stage1 reject  stage2 accept   tuning recall/fpr   check recall/fpr   to stage 2 (all)');
    for (const accept of [0.4, 0.5, 0.6]) {
      for (const reject of [0.025, 0.05, 0.1]) {
        for (const t2 of [0.1, 0.15, 0.2, 0.25]) {
          const variant = [
            { ...s1, pet_threshold: accept, reject_below: reject },
            { ...s2, pet_threshold: t2 },
          ];
          const s = score(tuningItems, replay(variant));
          const c = score(checkItems, replay(variant));
          const second = items.filter((it, i) => {
            const j = judgeStage(perModel.get(s1.model)![i]!, variant[0]!, classes, petIds, 0.5);
            return j.decision === 'next';
          }).length;
          const chosen = accept === s1.pet_threshold && reject === s1.reject_below && t2 === s2.pet_threshold;
          const errors = [...s.misses, ...s.falseAlarms];
          const baseline = [...tuningBaseline.misses, ...tuningBaseline.falseAlarms];
          const same = errors.length === baseline.length && errors.every((f) => baseline.includes(f));
          const note = chosen ? '   <- chosen' : same ? '   same errors' : `   errors: ${errors.join(', ')}`;
          console.log(
            `${String(accept).padStart(13)}  ${String(reject).padStart(13)}  ${String(t2).padStart(13)}   ${s.recall.toFixed(3)} / ${s.fpr.toFixed(3)}       ${c.recall.toFixed(3)} / ${c.fpr.toFixed(3)}  ${String(second).padStart(6)}${note}`,
          );
        }
      }
    }
  }

  // Alternatives, replayed the same way: each second stage at its best round threshold on this split.
  console.log('\nalternative (replayed)                                   best stage-2 threshold   recall   fpr');
  const sweep = [0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.5];
  const [first] = stages;
  for (const name of manifest.models.map((m) => m.name)) {
    const alone = sweep
      .map((t) => ({ t, s: score(items, replay([{ model: name, pet_threshold: t }])) }))
      .sort((a, b) => b.s.recall - b.s.fpr - (a.s.recall - a.s.fpr))[0]!;
    console.log(`${`${name} alone`.padEnd(56)} ${String(alone.t).padStart(22)}   ${alone.s.recall.toFixed(3)}  ${alone.s.fpr.toFixed(3)}`);
    if (name === first!.model) continue;
    const cascade2 = sweep
      .map((t) => ({ t, s: score(items, replay([first!, { model: name, pet_threshold: t }])) }))
      .sort((a, b) => b.s.recall - b.s.fpr - (a.s.recall - a.s.fpr))[0]!;
    console.log(
      `${`${first!.model} (${first!.pet_threshold}/${first!.reject_below}) -> ${name}`.padEnd(56)} ${String(cascade2.t).padStart(22)}   ${cascade2.s.recall.toFixed(3)}  ${cascade2.s.fpr.toFixed(3)}`,
    );
  }

  // Running two fast Apache-2.0 models on every image and fusing their calibrated pet scores.
  const best = (m: string, i: number) =>
    Math.max(0, ...perModel.get(m)![i]!.filter((c) => petIds.has(c.classId)).map((c) => c.score));
  const fastPair = ['yolox-nano-coco-416', 'picodet-s-coco-320'].filter((m) => perModel.has(m));
  if (fastPair.length === 2) {
    const [a, b] = fastPair as [string, string];
    for (const [rule, fuse] of [
      ['max', (x: number, y: number) => Math.max(x, y)],
      ['mean', (x: number, y: number) => (x + y) / 2],
    ] as const) {
      let top: { ta: number; tb: number; s: ReturnType<typeof score> } | undefined;
      for (const ta of sweep) {
        for (const tb of sweep) {
          const s = score(items, (_, i) => fuse(calibrateScore(best(a, i), ta), calibrateScore(best(b, i), tb)) >= 0.5);
          if (!top || s.recall - s.fpr > top.s.recall - top.s.fpr) top = { ta, tb, s };
        }
      }
      console.log(
        `${`${rule}(calibrated ${a}, ${b}) on every image`.padEnd(56)} ${`${top!.ta} / ${top!.tb}`.padStart(22)}   ${top!.s.recall.toFixed(3)}  ${top!.s.fpr.toFixed(3)}`,
      );
    }
  }

  // 5. SYNTHETIC hard set (scripts/dev-sets.ts), per part and kind, and the tile path's latency ----
  const hard = await devSets.ensureHardSet({ petBox: await devSets.yolov8PetBox() });
  type HardRow = { part: string; kind: string; has_pet: boolean; pet: boolean; tiles: number; ms: number };
  const hardRows: HardRow[] = [];
  for (const item of hard) {
    const bytes = devSets.hardSetImage(item);
    const t0 = performance.now();
    const v = await cascade.detect(bytes);
    hardRows.push({ part: item.part, kind: item.kind, has_pet: item.has_pet, pet: v.pets.length > 0, tiles: v.tiles ?? 0, ms: performance.now() - t0 });
  }
  const hardScore = (rows: HardRow[]) => {
    const pos = rows.filter((r) => r.has_pet);
    const neg = rows.filter((r) => !r.has_pet);
    const tp = pos.filter((r) => r.pet).length;
    const fp = neg.filter((r) => r.pet).length;
    return { recall: tp / pos.length, fpr: fp / neg.length, text: `recall ${(tp / pos.length).toFixed(3)} (${tp}/${pos.length})  fpr ${(fp / neg.length).toFixed(3)} (${fp}/${neg.length})` };
  };
  console.log(`\n## SYNTHETIC hard set (${hard.length} images made from the dev photos; docs/detection.md §4)`);
  const hardParts: Record<string, ReturnType<typeof hardScore>> = {};
  for (const part of ['tuning', 'check']) {
    hardParts[part] = hardScore(hardRows.filter((r) => r.part === part));
    console.log(`${part}: ${hardParts[part]!.text}`);
    for (const kind of ['thumbnail', 'small-pet', 'panorama']) console.log(`  ${kind.padEnd(10)} ${hardScore(hardRows.filter((r) => r.part === part && r.kind === kind)).text}`);
  }
  const tiled = hardRows.filter((r) => r.tiles > 0);
  const tileMs = tiled.map((r) => r.ms);
  console.log(
    `second look taken on ${tiled.length}/${hardRows.length} synthetic images (${tiled.length ? (tiled.reduce((a, r) => a + r.tiles, 0) / tiled.length).toFixed(1) : 0} tiles on average); ` +
      `latency of those p50 ${ms(quantile(tileMs, 0.5))} p95 ${ms(quantile(tileMs, 0.95))} ms (bare yolov8n p50 ${ms(inferenceP50)} ms this run)`,
  );

  // 4. Cold start and memory in fresh processes ---------------------------------------------------
  const firstImage = path.join(evalDir, items.find((_, i) => verdicts[i]!.models.length > 1)?.file ?? items[0]!.file);
  // The memory child also runs every synthetic image once (they take the tile path), listed in a file.
  const tileImagesFile = path.join(devSets.HARD_SET_DIR, 'bench-memory-images.json');
  fs.writeFileSync(tileImagesFile, JSON.stringify(hard.map((item) => devSets.hardSetPath(item))));
  const memory = await runChild(firstImage, 500, tileImagesFile);
  const children = [memory];
  for (let i = 0; i < 2; i++) children.push(await runChild(firstImage, 0));
  const colds = children.map((c) => Number(c.cold_start_ms));
  console.log(`\n## Fresh process (production configuration only), first image ${path.basename(firstImage)} (runs both stages)`);
  console.log(`cold start (import + load + first verdict): ${colds.map(ms).join(', ')} ms; median ${ms(quantile(colds, 0.5))}`);
  console.log(
    `  of which import ${children.map((c) => ms(Number(c.import_ms))).join(' / ')}, load ${children.map((c) => ms(Number(c.load_ms))).join(' / ')}, ` +
      `first verdict ${children.map((c) => ms(Number(c.first_verdict_ms))).join(' / ')} ms`,
  );
  console.log(
    `RSS after GC every 100 of ${memory.detections} detections (after 2 warm-up passes): ` +
      `${(memory.rss_checkpoints_mb as number[]).join(', ')} MB; growth ${ms(Number(memory.rss_growth_mb))} MB; ` +
      `JS heap + external growth ${ms(Number(memory.js_heap_growth_mb))} MB; peak RSS (VmHWM) ${ms(Number(memory.peak_rss_real_mb))} MB ` +
      `after the real dev set, ${ms(Number(memory.peak_rss_mb))} MB after one more pass over the ${memory.tile_images} synthetic images`,
  );

  const result = {
    config: cascade.name,
    threshold: cascade.threshold,
    images: items.length,
    detections_timed: e2e.length,
    recall: Number(final.recall.toFixed(4)),
    fpr: Number(final.fpr.toFixed(4)),
    replayed_recall: Number(replayed.recall.toFixed(4)),
    second_stage_share: Number((twoStage / items.length).toFixed(3)),
    e2e_p50_ms: Number(e2eP50.toFixed(2)),
    e2e_p90_ms: Number(quantile(e2e, 0.9).toFixed(2)),
    decode_p50_ms: Number(quantile(stage.decode, 0.5).toFixed(2)),
    inference_p50_ms: Number(inferenceP50.toFixed(2)),
    overhead_ratio: Number((e2eP50 / inferenceP50).toFixed(3)),
    e2e_p50_without_second_look_ms: Number(fullOnlyP50.toFixed(2)),
    e2e_p50_square_input_ms: Number(squareP50.toFixed(2)),
    square_input_verdicts_differ: squareDisagrees,
    decode_fill_p50_before_ms: Number(quantile(fillBefore, 0.5).toFixed(2)),
    decode_fill_p50_after_ms: Number(quantile(fillAfter, 0.5).toFixed(2)),
    real_tuning: { recall: Number(partScores.tuning.recall.toFixed(3)), fpr: Number(partScores.tuning.fpr.toFixed(3)) },
    real_check: { recall: Number(partScores.check.recall.toFixed(3)), fpr: Number(partScores.check.fpr.toFixed(3)) },
    synthetic_tuning: { recall: Number(hardParts.tuning!.recall.toFixed(3)), fpr: Number(hardParts.tuning!.fpr.toFixed(3)) },
    synthetic_check: { recall: Number(hardParts.check!.recall.toFixed(3)), fpr: Number(hardParts.check!.fpr.toFixed(3)) },
    tile_path_p50_ms: Number(quantile(tileMs, 0.5).toFixed(1)),
    tile_path_p95_ms: Number(quantile(tileMs, 0.95).toFixed(1)),
    cold_start_ms: Number(quantile(colds, 0.5).toFixed(0)),
    cold_start_max_ms: Number(Math.max(...colds).toFixed(0)),
    peak_rss_mb: Number(Number(memory.peak_rss_mb).toFixed(1)),
    rss_growth_mb: Number(Number(memory.rss_growth_mb).toFixed(1)),
    js_heap_growth_mb: Number(Number(memory.js_heap_growth_mb).toFixed(2)),
  };
  console.log(JSON.stringify(result));
}

const childAt = process.argv.indexOf('--child');
if (childAt >= 0) {
  await child(process.argv[childAt + 1]!, Number(process.argv[childAt + 2] ?? 0), process.argv[childAt + 3]);
} else {
  await main();
}
