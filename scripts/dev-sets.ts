/**
 * The detection dev sets (docs/detection.md §4 "Dev sets"), shared by the accuracy test and
 * `npm run bench:detect`:
 *
 * - **pets-eval split** ({@link devSplit}): the 76 scored pets-eval photos, per label (pet / no pet)
 *   ordered by SHA-256 of the file name; even ranks are the *tuning* part (thresholds are chosen on it
 *   only), odd ranks the *check* part. 19 + 19 images in each part.
 * - **Synthetic hard set** ({@link ensureHardSet}, `npm run hard-set`): made deterministically from the
 *   photos of each part, never from the other part, into the gitignored `.cache/hard-dev/` (nothing is
 *   committed). SYNTHETIC: thumbnails (longest side 96–200 px), pets pasted at 2–8 % of the width into
 *   large no-pet scenes, panoramas 3:1–12:1 with a pet, and the same scenes and panoramas without the
 *   pet, so the false-positive rate is measured on the same backgrounds.
 *
 * How a pet is cut out: the dev photos carry no boxes, so the crop is the highest pet box that
 * YOLOv8n (640, raw ≥ 0.25) finds in the full-size original, with a 10 % margin. Pets it cannot find
 * at full size are not pasted (stated bias: the pasted pets are ones a detector sees when they are large).
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import sharp, { type OverlayOptions, type Sharp } from 'sharp';
import { mulberry32 } from './prng.js';

const here = path.dirname(fileURLToPath(import.meta.url));
export const REPO_ROOT = path.resolve(here, '..');
/** pets-eval beside the repository (`PETS_EVAL_DIR` overrides). */
export const PETS_EVAL_DIR = path.resolve(process.env.PETS_EVAL_DIR ?? path.join(REPO_ROOT, '..', 'shared', 'data', 'pets-eval'));
/** Where the synthetic set is generated (gitignored). */
export const HARD_SET_DIR = path.join(REPO_ROOT, '.cache', 'hard-dev');
/** Bump when the generator changes: a cache of another version is rebuilt. */
const GENERATOR_VERSION = 1;

export type DevPart = 'tuning' | 'check';

export interface DevItem {
  file: string;
  has_pet: boolean;
  ambiguous?: boolean;
  kind?: string;
}

export interface HardItem {
  /** Path relative to the part's directory. */
  file: string;
  has_pet: boolean;
  part: DevPart;
  kind: 'thumbnail' | 'small-pet' | 'panorama';
  width: number;
  height: number;
  /** pets-eval files the image was made from (pet photo first when there is one). */
  sources: string[];
  /** Where the pasted pet is, in this image's pixels (positives of the paste kinds). */
  pet_box?: { x: number; y: number; width: number; height: number };
}

const sha = (s: string) => createHash('sha256').update(s).digest('hex');

/** The pets-eval manifest (all 78 entries, ambiguous ones included). */
export function loadDevManifest(dir = PETS_EVAL_DIR): DevItem[] {
  return JSON.parse(fs.readFileSync(path.join(dir, 'manifest.json'), 'utf8')) as DevItem[];
}

/**
 * The part of each scored pets-eval file: per label, files ordered by SHA-256 of their name, even
 * ranks → tuning, odd ranks → check. Ambiguous files belong to neither (they are never scored).
 */
export function devSplit(items: readonly DevItem[]): Map<string, DevPart> {
  const parts = new Map<string, DevPart>();
  for (const label of [true, false]) {
    const ranked = items.filter((i) => !i.ambiguous && i.has_pet === label).sort((a, b) => (sha(a.file) < sha(b.file) ? -1 : 1));
    ranked.forEach((item, rank) => parts.set(item.file, rank % 2 === 0 ? 'tuning' : 'check'));
  }
  return parts;
}

/** A seeded PRNG (mulberry32, scripts/prng.ts) so every run generates the same set. */
const prng = (seed: string): (() => number) => mulberry32(Number.parseInt(sha(seed).slice(0, 8), 16));

const between = (rand: () => number, lo: number, hi: number) => lo + rand() * (hi - lo);

/** Options of {@link ensureHardSet}. */
export interface HardSetOptions {
  /** Finds the crop box of the pet in a full-size pet photo (original pixels), or undefined. */
  petBox: (bytes: Buffer) => Promise<{ x: number; y: number; width: number; height: number } | undefined>;
  log?: (line: string) => void;
}

/**
 * Returns the synthetic hard set, generating it into {@link HARD_SET_DIR} first when the cache is
 * missing or was made by another generator version or from another pets-eval manifest.
 * Per part: one thumbnail of every scored photo, 10 small-pet scenes + the same 10 scenes without
 * the pet, 8 panoramas with a pet + the same 8 without.
 */
export async function ensureHardSet(options: HardSetOptions): Promise<HardItem[]> {
  const devManifest = fs.readFileSync(path.join(PETS_EVAL_DIR, 'manifest.json'));
  const key = `v${GENERATOR_VERSION}-${sha(devManifest.toString('utf8')).slice(0, 12)}`;
  const root = path.join(HARD_SET_DIR, key);
  const manifestFile = path.join(root, 'manifest.json');
  if (fs.existsSync(manifestFile)) return JSON.parse(fs.readFileSync(manifestFile, 'utf8')) as HardItem[];

  const log = options.log ?? (() => undefined);
  const dev = loadDevManifest();
  const split = devSplit(dev);
  const read = (file: string) => fs.readFileSync(path.join(PETS_EVAL_DIR, file));
  const items: HardItem[] = [];
  fs.rmSync(root, { recursive: true, force: true });
  for (const part of ['tuning', 'check'] as const) {
    fs.mkdirSync(path.join(root, part), { recursive: true });
    const rand = prng(`hard-set/${part}`);
    const inPart = dev.filter((d) => split.get(d.file) === part);
    const write = async (name: string, img: Sharp, item: Omit<HardItem, 'file' | 'part' | 'width' | 'height'>) => {
      const file = `${name}.jpg`;
      const info = await img.jpeg({ quality: 90 }).toFile(path.join(root, part, file));
      items.push({ file, part, width: info.width, height: info.height, ...item });
    };

    // Thumbnails: every scored photo, longest side 96–200 px (as messaging apps and link previews make them).
    for (const d of inPart) {
      const side = Math.round(between(rand, 96, 200));
      await write(`thumb-${path.parse(d.file).name}`, sharp(read(d.file)).rotate().flatten({ background: '#ffffff' }).resize(side, side, { fit: 'inside' }), {
        has_pet: d.has_pet,
        kind: 'thumbnail',
        sources: [d.file],
      });
    }

    // Pet cut-outs and no-pet photo scenes of this part.
    const cutouts: { file: string; png: Buffer; aspect: number }[] = [];
    for (const d of inPart.filter((i) => i.has_pet && i.kind === 'photo')) {
      const bytes = read(d.file);
      const box = await options.petBox(bytes);
      if (!box) continue;
      const oriented = await sharp(bytes).rotate().removeAlpha().toBuffer({ resolveWithObject: true });
      const mx = Math.round(box.width * 0.1);
      const my = Math.round(box.height * 0.1);
      const left = Math.max(0, box.x - mx);
      const top = Math.max(0, box.y - my);
      const width = Math.min(oriented.info.width - left, box.width + 2 * mx);
      const height = Math.min(oriented.info.height - top, box.height + 2 * my);
      const png = await sharp(oriented.data).extract({ left, top, width, height }).png().toBuffer();
      cutouts.push({ file: d.file, png, aspect: width / height });
    }
    const scenes = inPart.filter((i) => !i.has_pet && i.kind === 'photo').map((i) => i.file);
    log(`${part}: ${cutouts.length} pet cut-outs, ${scenes.length} scenes`);

    // Small pets: a scene upscaled to 1600–2400 px wide, a pet 2–8 % of that width pasted into it.
    for (let i = 0; i < Math.min(10, scenes.length); i++) {
      const scene = scenes[i]!;
      const cut = cutouts[i % cutouts.length]!;
      const sceneWidth = Math.round(between(rand, 1600, 2400));
      const base = await sharp(read(scene)).rotate().removeAlpha().resize({ width: sceneWidth, kernel: 'lanczos3' }).toBuffer({ resolveWithObject: true });
      const petWidth = Math.max(8, Math.round(sceneWidth * between(rand, 0.02, 0.08)));
      const petHeight = Math.max(8, Math.round(petWidth / cut.aspect));
      const x = Math.round(between(rand, 0, base.info.width - petWidth));
      const y = Math.round(between(rand, base.info.height * 0.3, base.info.height - petHeight));
      const pet = await sharp(cut.png).resize(petWidth, petHeight, { fit: 'fill', kernel: 'lanczos3' }).toBuffer();
      const name = `small-${String(i).padStart(2, '0')}`;
      await write(`${name}-pet`, sharp(base.data).composite([{ input: pet, left: x, top: y }]), {
        has_pet: true,
        kind: 'small-pet',
        sources: [cut.file, scene],
        pet_box: { x, y, width: petWidth, height: petHeight },
      });
      await write(`${name}-nopet`, sharp(base.data), { has_pet: false, kind: 'small-pet', sources: [scene] });
    }

    // Panoramas 3:1–12:1: no-pet photos side by side at the strip's height, a pet 30–60 % of it tall.
    for (let i = 0; i < 8; i++) {
      const ratio = 3 + (9 * i) / 7;
      const height = Math.round(between(rand, 360, 600));
      const width = Math.round(ratio * height);
      const strips: OverlayOptions[] = [];
      const used: string[] = [];
      for (let x = 0, k = i; x < width; k++) {
        const scene = scenes[k % scenes.length]!;
        const img = await sharp(read(scene)).rotate().removeAlpha().resize({ height, kernel: 'lanczos3' }).toBuffer({ resolveWithObject: true });
        const w = Math.min(img.info.width, width - x);
        strips.push({ input: await sharp(img.data).extract({ left: 0, top: 0, width: w, height }).toBuffer(), left: x, top: 0 });
        used.push(scene);
        x += w;
      }
      const base = await sharp({ create: { width, height, channels: 3, background: '#808080' } })
        .composite(strips)
        .toColourspace('srgb')
        .removeAlpha()
        .raw()
        .toBuffer();
      const cut = cutouts[(i * 3 + 1) % cutouts.length]!;
      const petHeight = Math.round(height * between(rand, 0.3, 0.6));
      const petWidth = Math.max(8, Math.round(petHeight * cut.aspect));
      const x = Math.round(between(rand, 0, width - petWidth));
      const y = height - petHeight - Math.round(between(rand, 0, height * 0.1));
      const pet = await sharp(cut.png).resize(petWidth, petHeight, { fit: 'fill', kernel: 'lanczos3' }).toBuffer();
      const raw = { raw: { width, height, channels: 3 as const } };
      const name = `pano-${ratio.toFixed(1)}-${String(i).padStart(2, '0')}`;
      await write(`${name}-pet`, sharp(base, raw).composite([{ input: pet, left: x, top: y }]), {
        has_pet: true,
        kind: 'panorama',
        sources: [cut.file, ...new Set(used)],
        pet_box: { x, y, width: petWidth, height: petHeight },
      });
      await write(`${name}-nopet`, sharp(base, raw), { has_pet: false, kind: 'panorama', sources: [...new Set(used)] });
    }
  }
  fs.writeFileSync(manifestFile, JSON.stringify(items, null, 1));
  return items;
}

/** The absolute path of a synthetic item's file in the cache. */
export function hardSetPath(item: HardItem): string {
  const devManifest = fs.readFileSync(path.join(PETS_EVAL_DIR, 'manifest.json'), 'utf8');
  return path.join(HARD_SET_DIR, `v${GENERATOR_VERSION}-${sha(devManifest).slice(0, 12)}`, item.part, item.file);
}

/** The bytes of a synthetic item. */
export function hardSetImage(item: HardItem): Buffer {
  return fs.readFileSync(hardSetPath(item));
}

/**
 * The crop box {@link ensureHardSet} needs, from the production stage-2 model (YOLOv8n at 640):
 * the highest pet-class box with raw score ≥ 0.25 in the full-size original.
 */
export async function yolov8PetBox(): Promise<HardSetOptions['petBox']> {
  const { loadModel } = await import('../lambdas/engines/detection/index.js');
  const { getConfig } = await import('../lambdas/domain/config.js');
  const model = await loadModel('yolov8n-coco-int8', { intraOpThreads: 1 });
  const petIds = new Set(getConfig().PET_CLASSES.map((c) => model.entry.classes.indexOf(c)));
  return async (bytes) => {
    const { candidates } = await model.detect(bytes, { threshold: 0.25 });
    const best = candidates.find((c) => petIds.has(c.classId));
    if (!best) return undefined;
    const x = Math.round(best.x1);
    const y = Math.round(best.y1);
    return { x, y, width: Math.round(best.x2) - x, height: Math.round(best.y2) - y };
  };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { ensureModels } = await import('../models/setup.js');
  await ensureModels({ all: true });
  const items = await ensureHardSet({ petBox: await yolov8PetBox(), log: console.log });
  const count = (part: DevPart, pet: boolean) => items.filter((i) => i.part === part && i.has_pet === pet).length;
  console.log(`hard set in ${HARD_SET_DIR}: tuning ${count('tuning', true)} pet / ${count('tuning', false)} no-pet, check ${count('check', true)} / ${count('check', false)}`);
}
