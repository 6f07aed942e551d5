/**
 * Pet-detection benchmark (`npm run bench:detect`; takes a few minutes, not part of `npm test`).
 * `main` runs these steps in order (docs/detection.md §5 and §8 report their figures):
 *
 * 1. {@link singleModels}: every manifest model alone over the pets-eval DEV split: recall / FPR at raw
 *    score 0.5, stage timings.
 * 2. {@link timeCascade} + {@link reportCascade}: the production cascade (`loadPetModel`, one intra-op
 *    thread) over the same images, interleaved with bare `session.run` calls of yolov8n-coco-int8 at 640
 *    on a real image: e2e and inference p50; the e2e p50 with and without the second look and with a
 *    square input; stage-1 decode + tensor fill timed against the previous fill in the same run
 *    (scripts/bench-detect/legacy-tensor-fill.ts says why that copy is kept).
 * 3. {@link sensitivity} and {@link alternatives}: a grid around the chosen thresholds and other
 *    cascades, replayed from the per-model detections of step 1.
 * 4. {@link hardSet}: the SYNTHETIC hard set (scripts/dev-sets.ts; thumbnails, small pasted pets,
 *    panoramas, and the same scenes without the pet; generated into .cache/hard-dev) per part and kind,
 *    with the tile path's latency.
 * 5. {@link freshProcesses}: fresh child processes (scripts/bench-detect/fresh-process.ts): cold start
 *    (import + model load + first verdict, timed inside the child), then peak RSS and RSS growth over 500
 *    detections after warm-up.
 *
 * The last line of stdout is one JSON object with the headline figures ({@link headline}).
 * Env: PETS_EVAL_DIR (default ../shared/data/pets-eval), BENCH_ROUNDS (default 5; 1 is the quickest run).
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Candidate, PetModel, PetVerdict, StageConfig } from '../lambdas/engines/detection/index.js';
import type { DevPart, HardItem } from './dev-sets.js';
import { fmt, loadEvalSet, ms, quantile, score, type EvalItem, type Score } from './bench-detect/eval-set.js';
import { runFreshProcess, type FreshProcessFigures } from './bench-detect/fresh-process.js';
import { legacyWriteInput } from './bench-detect/legacy-tensor-fill.js';

/** The model bare `session.run` is timed with: the inference baseline of the overhead ratio. */
const BASELINE = 'yolov8n-coco-int8';

type Detection = typeof import('../lambdas/engines/detection/index.js');
type DevSets = typeof import('./dev-sets.js');

/** What every step reads: the detection module, the dev sets, the images and their split. */
interface Bench {
  detection: Detection;
  devSets: DevSets;
  /** Pet classes of the deployment's configuration (`PET_CLASSES`). */
  petClasses: readonly string[];
  items: EvalItem[];
  /** Times the dev set is timed in step 2 (`BENCH_ROUNDS`). */
  rounds: number;
  inPart: (part: DevPart) => (item: EvalItem) => boolean;
}

/** Step 1's per-model candidates (threshold 0.01), per image in `items` order. */
type PerModel = Map<string, Candidate[][]>;

/** Loads the models (downloading any missing), the detection module and the dev set; prints its size. */
async function setUp(): Promise<Bench> {
  const { ensureModels } = await import('../models/setup.js');
  await ensureModels({ all: true });
  const detection = await import('../lambdas/engines/detection/index.js');
  const devSets = await import('./dev-sets.js');
  const config = (await import('../lambdas/domain/config.js')).getConfig();
  const items = loadEvalSet();
  const parts = devSets.devSplit(items);
  const counted = items.filter((i) => !i.ambiguous);
  console.log(
    `pets-eval DEV: ${items.length} images, ${counted.filter((i) => i.has_pet).length} pet / ` +
      `${counted.filter((i) => !i.has_pet).length} no-pet scored, ${items.length - counted.length} ambiguous excluded`,
  );
  return {
    detection,
    devSets,
    petClasses: config.PET_CLASSES,
    items,
    rounds: Number(process.env.BENCH_ROUNDS ?? 5),
    inPart: (part) => (item) => parts.get(item.file) === part,
  };
}

/** Step 1: every model alone, raw score ≥ 0.5 on a pet class; returns each model's candidates per image. */
async function singleModels({ detection, petClasses, items }: Bench): Promise<PerModel> {
  const perModel: PerModel = new Map();
  console.log('\n## Single models (raw score >= 0.5 on a pet class; intra-op 1)');
  console.log('model                      recall   fpr    decode p50  infer p50  post p50   misses / false alarms');
  for (const entry of detection.manifest.models) {
    const model = await detection.loadModel(entry.name, { intraOpThreads: 1 });
    const petIds = new Set(petClasses.map((c) => entry.classes.indexOf(c)));
    for (const item of items.slice(0, 3)) await model.detect(item.bytes, { threshold: 0.01 });
    const cands: Candidate[][] = [];
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
  return perModel;
}

/** Step 2's raw timings (ms) and the production cascade's first-round verdicts. */
interface CascadeRun {
  cascade: PetModel;
  verdicts: PetVerdict[];
  twoStage: number;
  e2e: number[];
  e2eFullOnly: number[];
  e2eSquare: number[];
  squareDisagrees: number;
  fillBefore: number[];
  fillAfter: number[];
  stage: { decode: number[]; infer: number[]; post: number[] };
  bareRuns: number[];
}

/**
 * Step 2, timing: `rounds` passes of the production cascade over the dev set, each image also through the
 * cascade without the second look and with a square stage-1 input, and the stage-1 decode + fill before
 * and after; 16 bare `session.run` calls of {@link BASELINE} after each round (interleaved so that both
 * figures see the same machine load: this VM has noisy neighbours).
 */
async function timeCascade({ detection, items, rounds }: Bench): Promise<CascadeRun> {
  const { manifest, loadModel, loadPetModel, decodeRgb, writeInput, channelTables } = detection;
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

  const run: CascadeRun = {
    cascade,
    verdicts: [],
    twoStage: 0,
    e2e: [],
    e2eFullOnly: [],
    e2eSquare: [],
    squareDisagrees: 0,
    fillBefore: [],
    fillAfter: [],
    stage: { decode: [], infer: [], post: [] },
    bareRuns: [],
  };
  for (let r = 0; r < rounds; r++) {
    for (const item of items) {
      const t0 = performance.now();
      const v = await cascade.detect(item.bytes);
      run.e2e.push(performance.now() - t0);
      run.stage.decode.push(v.timings.decode_ms);
      run.stage.infer.push(v.timings.inference_ms);
      run.stage.post.push(v.timings.post_ms);
      if (r === 0) run.verdicts.push(v);
      if (r === 0 && v.models.length > 1) run.twoStage++;
      const t1 = performance.now();
      await fullOnly.detect(item.bytes);
      run.e2eFullOnly.push(performance.now() - t1);
      const ts = performance.now();
      const sq = await squareInput.detect(item.bytes);
      run.e2eSquare.push(performance.now() - ts);
      if (r === 0 && sq.pets.length > 0 !== v.pets.length > 0) run.squareDisagrees++;
      // Stage-1 decode + tensor fill: the previous fill (legacy-tensor-fill.ts), then the current one.
      const e = stage1Model.entry;
      const t2 = performance.now();
      const before = await decodeRgb(item.bytes, (w, h) => stage1Model.placementFor(w, h));
      const beforePlacement = stage1Model.placementFor(before.sourceWidth, before.sourceHeight);
      legacyWriteInput(before.data, beforePlacement, e.input, e.preprocessing.channel_order === 'BGR', e.preprocessing.pad_value, firstTables, stage1Model.input);
      const t3 = performance.now();
      const after = await decodeRgb(item.bytes, (w, h) => stage1Model.placementFor(w, h));
      writeInput(after, stage1Model.placementFor(after.sourceWidth, after.sourceHeight), e, firstTables, stage1Model.input);
      const t4 = performance.now();
      run.fillBefore.push(t3 - t2);
      run.fillAfter.push(t4 - t3);
    }
    for (let i = 0; i < 16; i++) {
      const t0 = performance.now();
      await bare.infer();
      run.bareRuns.push(performance.now() - t0);
    }
  }
  return run;
}

/** Step 2's figures, as {@link reportCascade} printed them. */
interface CascadeFigures {
  final: Score;
  partScores: Record<DevPart, Score>;
  e2eP50: number;
  inferenceP50: number;
  fullOnlyP50: number;
  squareP50: number;
}

/** Step 2, report: accuracy on the whole split and per part, stage latencies, and the same-run comparisons. */
function reportCascade({ items, inPart }: Bench, run: CascadeRun): CascadeFigures {
  const { cascade, verdicts, e2e, stage, bareRuns } = run;
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
  ) as Record<DevPart, Score>;
  console.log(`tuning part: ${fmt(partScores.tuning)}`);
  console.log(`check part (never used to choose a threshold): ${fmt(partScores.check)}`);
  console.log(`second look (tiles) entered on ${verdicts.filter((v) => (v.tiles ?? 0) > 0).length}/${items.length} real images`);
  console.log(`second stage ran on ${run.twoStage}/${items.length} images`);
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
  const fullOnlyP50 = quantile(run.e2eFullOnly, 0.5);
  const squareP50 = quantile(run.e2eSquare, 0.5);
  console.log(
    `same run, square 416x416 stage-1 input instead of rectangular: e2e p50 ${ms(squareP50)} (ratio ${(squareP50 / inferenceP50).toFixed(3)}); ` +
      `verdicts that differ: ${run.squareDisagrees}/${items.length}`,
  );
  console.log(
    `same run, full-image cascade without the second look: e2e p50 ${ms(fullOnlyP50)} (ratio ${(fullOnlyP50 / inferenceP50).toFixed(3)}); ` +
      `with it / without = ${(e2eP50 / fullOnlyP50).toFixed(3)} (target <= 1.1)`,
  );
  console.log(
    `stage-1 decode + tensor fill p50: before ${ms(quantile(run.fillBefore, 0.5))} ms (one pass per plane) -> after ${ms(quantile(run.fillAfter, 0.5))} ms`,
  );
  return { final, partScores, e2eP50, inferenceP50, fullOnlyP50, squareP50 };
}

/** A cascade's full-image verdict per image, replayed from step 1's candidates (no second look). */
type Replay = (variant: readonly StageConfig[]) => (item: EvalItem) => boolean;

/** The replay of a cascade variant from step 1's per-model candidates, with the stage rule `judgeStage`. */
function replayer({ detection, petClasses, items }: Bench, perModel: PerModel): { replay: Replay; petIds: Set<number>; classes: readonly string[] } {
  const classes = detection.manifest.models[0]!.classes;
  const petIds = new Set(petClasses.map((c) => classes.indexOf(c)));
  const replay: Replay = (variant) => (item) => {
    const i = items.indexOf(item);
    for (const [k, st] of variant.entries()) {
      const j = detection.judgeStage(perModel.get(st.model)![i]!, st, classes, petIds, 0.5);
      if (j.decision === 'pet') return true;
      if (j.decision === 'no-pet' || k === variant.length - 1) return false;
    }
    return false;
  };
  return { replay, petIds, classes };
}

/**
 * Step 3: the sensitivity grid around the chosen thresholds (a two-stage cascade), replayed; thresholds
 * are chosen on the tuning part only, the check columns are shown, not used. Returns the replayed score
 * of the chosen configuration over the whole split.
 */
function sensitivity(bench: Bench, perModel: PerModel, verdicts: PetVerdict[]): Score {
  const { detection, items, inPart } = bench;
  const stages = detection.manifest.service.stages;
  const { replay, petIds, classes } = replayer(bench, perModel);
  const replayed = score(items, replay(stages));
  // The live cascade may also take a second look over tiles, which the full-image replay cannot show.
  const agrees = items.every((item, i) => item.ambiguous || (verdicts[i]!.tiles ?? 0) > 0 || replay(stages)(item) === verdicts[i]!.pets.length > 0);
  const tuningItems = items.filter(inPart('tuning'));
  const checkItems = items.filter(inPart('check'));
  const tuningBaseline = score(tuningItems, replay(stages));
  console.log(`\n## Sensitivity (replayed from the single-model runs; replay agrees with the live cascade: ${agrees ? 'yes' : 'NO'})`);
  console.log('Thresholds are chosen on the TUNING part only; the check columns are shown, not used.');
  if (stages.length !== 2) return replayed;
  const [s1, s2] = stages as [StageConfig, StageConfig];
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
        const second = items.filter((_, i) => detection.judgeStage(perModel.get(s1.model)![i]!, variant[0]!, classes, petIds, 0.5).decision === 'next').length;
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
  return replayed;
}

/**
 * Step 3, alternatives, replayed the same way: each model alone and each second stage behind the chosen
 * first one at its best round threshold on this split; then two fast Apache-2.0 models run on every
 * image with their calibrated pet scores fused (max, mean).
 */
function alternatives(bench: Bench, perModel: PerModel): void {
  const { detection, items } = bench;
  const { replay, petIds } = replayer(bench, perModel);
  console.log('\nalternative (replayed)                                   best stage-2 threshold   recall   fpr');
  const sweep = [0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.5];
  const [first] = detection.manifest.service.stages;
  const bestOf = (candidates: { t: number; s: Score }[]) => candidates.sort((a, b) => b.s.recall - b.s.fpr - (a.s.recall - a.s.fpr))[0]!;
  for (const name of detection.manifest.models.map((m) => m.name)) {
    const alone = bestOf(sweep.map((t) => ({ t, s: score(items, replay([{ model: name, pet_threshold: t }])) })));
    console.log(`${`${name} alone`.padEnd(56)} ${String(alone.t).padStart(22)}   ${alone.s.recall.toFixed(3)}  ${alone.s.fpr.toFixed(3)}`);
    if (name === first!.model) continue;
    const cascade2 = bestOf(sweep.map((t) => ({ t, s: score(items, replay([first!, { model: name, pet_threshold: t }])) })));
    console.log(
      `${`${first!.model} (${first!.pet_threshold}/${first!.reject_below}) -> ${name}`.padEnd(56)} ${String(cascade2.t).padStart(22)}   ${cascade2.s.recall.toFixed(3)}  ${cascade2.s.fpr.toFixed(3)}`,
    );
  }

  const best = (m: string, i: number) => Math.max(0, ...perModel.get(m)![i]!.filter((c) => petIds.has(c.classId)).map((c) => c.score));
  const fastPair = ['yolox-nano-coco-416', 'picodet-s-coco-320'].filter((m) => perModel.has(m));
  if (fastPair.length !== 2) return;
  const [a, b] = fastPair as [string, string];
  for (const [rule, fuse] of [
    ['max', (x: number, y: number) => Math.max(x, y)],
    ['mean', (x: number, y: number) => (x + y) / 2],
  ] as const) {
    let top: { ta: number; tb: number; s: Score } | undefined;
    for (const ta of sweep) {
      for (const tb of sweep) {
        const s = score(items, (_, i) => fuse(detection.calibrate(best(a, i), ta), detection.calibrate(best(b, i), tb)) >= 0.5);
        if (!top || s.recall - s.fpr > top.s.recall - top.s.fpr) top = { ta, tb, s };
      }
    }
    console.log(
      `${`${rule}(calibrated ${a}, ${b}) on every image`.padEnd(56)} ${`${top!.ta} / ${top!.tb}`.padStart(22)}   ${top!.s.recall.toFixed(3)}  ${top!.s.fpr.toFixed(3)}`,
    );
  }
}

/** Step 4's figures. */
interface HardSetFigures {
  hard: HardItem[];
  parts: Record<DevPart, { recall: number; fpr: number }>;
  /** Latencies (ms) of the synthetic images that took the tile path. */
  tileMs: number[];
}

/** Step 4: the SYNTHETIC hard set through the production cascade, per part and kind, and the tile path's latency. */
async function hardSet({ devSets }: Bench, cascade: PetModel, inferenceP50: number): Promise<HardSetFigures> {
  const hard = await devSets.ensureHardSet({ petBox: await devSets.yolov8PetBox() });
  type HardRow = { part: string; kind: string; has_pet: boolean; pet: boolean; tiles: number; ms: number };
  const rows: HardRow[] = [];
  for (const item of hard) {
    const bytes = devSets.hardSetImage(item);
    const t0 = performance.now();
    const v = await cascade.detect(bytes);
    rows.push({ part: item.part, kind: item.kind, has_pet: item.has_pet, pet: v.pets.length > 0, tiles: v.tiles ?? 0, ms: performance.now() - t0 });
  }
  const hardScore = (subset: HardRow[]) => {
    const pos = subset.filter((r) => r.has_pet);
    const neg = subset.filter((r) => !r.has_pet);
    const tp = pos.filter((r) => r.pet).length;
    const fp = neg.filter((r) => r.pet).length;
    return { recall: tp / pos.length, fpr: fp / neg.length, text: `recall ${(tp / pos.length).toFixed(3)} (${tp}/${pos.length})  fpr ${(fp / neg.length).toFixed(3)} (${fp}/${neg.length})` };
  };
  console.log(`\n## SYNTHETIC hard set (${hard.length} images made from the dev photos; docs/detection.md §4)`);
  const parts = {} as Record<DevPart, { recall: number; fpr: number }>;
  for (const part of ['tuning', 'check'] as const) {
    const s = hardScore(rows.filter((r) => r.part === part));
    parts[part] = s;
    console.log(`${part}: ${s.text}`);
    for (const kind of ['thumbnail', 'small-pet', 'panorama']) console.log(`  ${kind.padEnd(10)} ${hardScore(rows.filter((r) => r.part === part && r.kind === kind)).text}`);
  }
  const tiled = rows.filter((r) => r.tiles > 0);
  const tileMs = tiled.map((r) => r.ms);
  console.log(
    `second look taken on ${tiled.length}/${rows.length} synthetic images (${tiled.length ? (tiled.reduce((a, r) => a + r.tiles, 0) / tiled.length).toFixed(1) : 0} tiles on average); ` +
      `latency of those p50 ${ms(quantile(tileMs, 0.5))} p95 ${ms(quantile(tileMs, 0.95))} ms (bare yolov8n p50 ${ms(inferenceP50)} ms this run)`,
  );
  return { hard, parts, tileMs };
}

/**
 * Step 5: cold start (three fresh processes) and memory (the first of them also runs 500 detections and
 * every synthetic image once), on a first image that runs both stages (the worst case).
 */
async function freshProcesses({ devSets, items }: Bench, verdicts: PetVerdict[], hard: HardItem[]): Promise<{ memory: FreshProcessFigures; colds: number[] }> {
  const firstImage = path.join(devSets.PETS_EVAL_DIR, items.find((_, i) => verdicts[i]!.models.length > 1)?.file ?? items[0]!.file);
  // The memory child also runs every synthetic image once (they take the tile path), listed in a file.
  const tileImagesFile = path.join(devSets.HARD_SET_DIR, 'bench-memory-images.json');
  fs.writeFileSync(tileImagesFile, JSON.stringify(hard.map((item) => devSets.hardSetPath(item))));
  const memory = await runFreshProcess(firstImage, 500, tileImagesFile);
  const children = [memory];
  for (let i = 0; i < 2; i++) children.push(await runFreshProcess(firstImage, 0));
  const colds = children.map((c) => c.cold_start_ms);
  console.log(`\n## Fresh process (production configuration only), first image ${path.basename(firstImage)} (runs both stages)`);
  console.log(`cold start (import + load + first verdict): ${colds.map(ms).join(', ')} ms; median ${ms(quantile(colds, 0.5))}`);
  console.log(
    `  of which import ${children.map((c) => ms(c.import_ms)).join(' / ')}, load ${children.map((c) => ms(c.load_ms)).join(' / ')}, ` +
      `first verdict ${children.map((c) => ms(c.first_verdict_ms)).join(' / ')} ms`,
  );
  console.log(
    `RSS after GC every 100 of ${memory.detections} detections (after 2 warm-up passes): ` +
      `${memory.rss_checkpoints_mb!.join(', ')} MB; growth ${ms(memory.rss_growth_mb!)} MB; ` +
      `JS heap + external growth ${ms(memory.js_heap_growth_mb!)} MB; peak RSS (VmHWM) ${ms(memory.peak_rss_real_mb!)} MB ` +
      `after the real dev set, ${ms(memory.peak_rss_mb!)} MB after one more pass over the ${memory.tile_images} synthetic images`,
  );
  return { memory, colds };
}

/** The headline figures, printed as the last line of stdout (docs/detection.md §8 reads them). */
function headline(
  { items }: Bench,
  run: CascadeRun,
  figures: CascadeFigures,
  replayed: Score,
  synthetic: HardSetFigures,
  fresh: { memory: FreshProcessFigures; colds: number[] },
): Record<string, unknown> {
  const r3 = (v: number) => Number(v.toFixed(3));
  const { final, partScores, e2eP50, inferenceP50, fullOnlyP50, squareP50 } = figures;
  const { memory, colds } = fresh;
  return {
    config: run.cascade.name,
    threshold: run.cascade.threshold,
    images: items.length,
    detections_timed: run.e2e.length,
    recall: Number(final.recall.toFixed(4)),
    fpr: Number(final.fpr.toFixed(4)),
    replayed_recall: Number(replayed.recall.toFixed(4)),
    second_stage_share: r3(run.twoStage / items.length),
    e2e_p50_ms: Number(e2eP50.toFixed(2)),
    e2e_p90_ms: Number(quantile(run.e2e, 0.9).toFixed(2)),
    decode_p50_ms: Number(quantile(run.stage.decode, 0.5).toFixed(2)),
    inference_p50_ms: Number(inferenceP50.toFixed(2)),
    overhead_ratio: r3(e2eP50 / inferenceP50),
    e2e_p50_without_second_look_ms: Number(fullOnlyP50.toFixed(2)),
    e2e_p50_square_input_ms: Number(squareP50.toFixed(2)),
    square_input_verdicts_differ: run.squareDisagrees,
    decode_fill_p50_before_ms: Number(quantile(run.fillBefore, 0.5).toFixed(2)),
    decode_fill_p50_after_ms: Number(quantile(run.fillAfter, 0.5).toFixed(2)),
    real_tuning: { recall: r3(partScores.tuning.recall), fpr: r3(partScores.tuning.fpr) },
    real_check: { recall: r3(partScores.check.recall), fpr: r3(partScores.check.fpr) },
    synthetic_tuning: { recall: r3(synthetic.parts.tuning.recall), fpr: r3(synthetic.parts.tuning.fpr) },
    synthetic_check: { recall: r3(synthetic.parts.check.recall), fpr: r3(synthetic.parts.check.fpr) },
    tile_path_p50_ms: Number(quantile(synthetic.tileMs, 0.5).toFixed(1)),
    tile_path_p95_ms: Number(quantile(synthetic.tileMs, 0.95).toFixed(1)),
    cold_start_ms: Number(quantile(colds, 0.5).toFixed(0)),
    cold_start_max_ms: Number(Math.max(...colds).toFixed(0)),
    peak_rss_mb: Number(memory.peak_rss_mb!.toFixed(1)),
    rss_growth_mb: Number(memory.rss_growth_mb!.toFixed(1)),
    js_heap_growth_mb: Number(memory.js_heap_growth_mb!.toFixed(2)),
  };
}

async function main(): Promise<void> {
  const bench = await setUp();
  const perModel = await singleModels(bench);
  const run = await timeCascade(bench);
  const figures = reportCascade(bench, run);
  const replayed = sensitivity(bench, perModel, run.verdicts);
  alternatives(bench, perModel);
  const synthetic = await hardSet(bench, run.cascade, figures.inferenceP50);
  const fresh = await freshProcesses(bench, run.verdicts, synthetic.hard);
  console.log(JSON.stringify(headline(bench, run, figures, replayed, synthetic, fresh)));
}

await main();
