/**
 * The README's frame strips (`npm run docs:frames`; about a minute per language on an idle 2-core machine, not
 * part of `npm test`): a REAL built-in video per language, rendered by `renderRoastVideo` with everything a job
 * has on, cut into six frames side by side.
 *
 *   npm run docs:frames                      # docs/images/roast-strip-en.png and roast-strip-hi.png
 *   npm run docs:frames -- --languages ta,ur --out-dir /tmp/strips --keep-video
 *
 * The render: the dev photo `darknet-dog-bicycle-truck.jpg` (pets-eval, from pjreddie/darknet, which declares
 * its data public domain; PETS_EVAL_DIR overrides the folder) with the box the project's own detector finds
 * (models/files, `npm run setup:models`); a script the template writer writes (`writeTemplate`, seed
 * `docs-frames`) for the prompt "Roast my lazy dog Bruno who steals food" in that language; karaoke captions,
 * music `auto`, the `pet-maharaja` look (grade + crown), the opener titled with the pet's name (`videoTitle`)
 * and an end card with a client outro (docs/renderer.md "Opener and end card"). The voice is espeak-ng.
 *
 * The six frames (times printed, and in the order shown): the opener (0.6 s); the first line's third word
 * while it is highlighted; the look alone in the pause after the first line (no caption is shown between
 * lines); the middle word of the middle caption phrase; the last line's last word; the end card (0.75 s into
 * it, before the fade to black). Each is scaled to 240×427 (9:16), put side by side with 4 px white gaps
 * ({@link STRIP_TILE}, which test/unit/docs/frame-strip.test.ts reads to check the committed PNGs without
 * rendering) and stored as a 128-colour palette PNG. `--keep-video` copies each MP4 beside its strip.
 * For readers: docs/renderer.md "Frame strips".
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import sharp from 'sharp';
import { isLanguageCode, type LanguageCode } from '../lambdas/domain/languages.js';
import { PetLabel } from '../lambdas/domain/schemas/common.js';
import { loadPetModel } from '../lambdas/engines/detection/index.js';
import { renderRoastVideo, type BuiltinRenderOutput } from '../lambdas/engines/renderer/index.js';
import { videoTitle, writeTemplate } from '../lambdas/engines/writer/index.js';

/** One tile of a strip (px) and the gap between tiles; the test reads the same numbers. */
export const STRIP_TILE = { width: 240, height: 427, gap: 4, count: 6 } as const;

const here = path.dirname(fileURLToPath(import.meta.url));
const evalDir = path.resolve(process.env.PETS_EVAL_DIR ?? path.join(here, '..', '..', 'shared', 'data', 'pets-eval'));
const PHOTO = path.join(evalDir, 'darknet-dog-bicycle-truck.jpg');
const PROMPT = 'Roast my lazy dog Bruno who steals food';
/** The pet's name per language as a user of that language would type it; Latin elsewhere. */
const PET_NAME: Partial<Record<LanguageCode, string>> = { hi: 'ब्रूनो' };
/** The client's outro on the end card (docs/tenancy.md "End card"): text in the narration language, a handle. */
const OUTRO_TEXT: Partial<Record<LanguageCode, string>> = { hi: 'पेटरोस्ट के साथ बनाया' };

/** The six moments of a render the strip shows, in seconds, with a label for the log. */
function moments(out: BuiltinRenderOutput): Array<{ label: string; t: number }> {
  const mid = (w: { startS: number; endS: number }) => (w.startS + w.endS) / 2;
  const firstLine = out.speech[0]!;
  const firstCue = out.cues[0]!;
  const firstWords = firstCue.words ?? [];
  const third = firstWords[Math.min(2, firstWords.length - 1)];
  const later = out.cues[Math.min(out.cues.length - 1, Math.max(1, Math.floor(out.cues.length / 2)))]!;
  const laterWord = later.words?.[Math.floor((later.words.length - 1) / 2)];
  const last = out.cues[out.cues.length - 1]!;
  const lastWord = last.words?.[last.words.length - 1];
  const pauseStart = firstLine.startS + firstLine.durationS;
  const pauseEnd = out.speech[1]?.startS ?? pauseStart + 0.3;
  return [
    { label: 'opener', t: 0.6 },
    { label: `word "${third?.text ?? firstCue.text}"`, t: third ? mid(third) : mid(firstCue) },
    { label: 'look (pause between lines)', t: (pauseStart + pauseEnd) / 2 },
    { label: `word "${laterWord?.text ?? later.text}"`, t: laterWord ? mid(laterWord) : mid(later) },
    { label: `word "${lastWord?.text ?? last.text}"`, t: lastWord ? mid(lastWord) : mid(last) },
    { label: 'end card', t: out.durationS - 1.5 + 0.75 },
  ];
}

/** One frame of the video at `t` seconds, scaled to a tile, as raw RGB. */
function frameAt(video: string, t: number): Buffer {
  return execFileSync(
    'ffmpeg',
    ['-v', 'error', '-ss', t.toFixed(3), '-i', video, '-frames:v', '1', '-vf', `scale=${STRIP_TILE.width}:${STRIP_TILE.height}:flags=lanczos`, '-f', 'rawvideo', '-pix_fmt', 'rgb24', '-'],
    { maxBuffer: 16 * 1024 * 1024 },
  );
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      languages: { type: 'string', default: 'en,hi' },
      'out-dir': { type: 'string', default: path.join(here, '..', 'docs', 'images') },
      'keep-video': { type: 'boolean', default: false },
    },
  });
  const languages = values.languages!.split(',').map((l) => l.trim());
  const bad = languages.filter((l) => !isLanguageCode(l));
  if (bad.length) {
    console.error(`unknown language(s): ${bad.join(', ')}`);
    process.exit(2);
  }
  const model = await loadPetModel({ intraOpThreads: 1 });
  const verdict = await model.detect(fs.readFileSync(PHOTO));
  const pets = verdict.pets;
  if (!pets.length) throw new Error(`the detector found no pet in ${PHOTO}`);
  console.log(`detector: ${pets.map((p) => `${p.label} ${p.confidence.toFixed(2)} ${JSON.stringify(p.box)}`).join(', ')}`);
  const outDir = path.resolve(values['out-dir']!);
  fs.mkdirSync(outDir, { recursive: true });
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'docs-frames-'));
  try {
    for (const language of languages as LanguageCode[]) {
      const petName = PET_NAME[language] ?? 'Bruno';
      const written = writeTemplate({ prompt: PROMPT, pets: [{ label: PetLabel.parse(pets[0]!.label), count: 1, confidence: pets[0]!.confidence }], petName, language, seed: 'docs-frames' });
      const t0 = performance.now();
      const out = await renderRoastVideo({
        media: { path: PHOTO, kind: 'image' },
        boxes: pets.map((p) => p.box),
        script: { lines: written.lines, language: written.language },
        workDir: work,
        captionStyle: 'karaoke',
        music: 'auto',
        filterId: 'pet-maharaja',
        opener: { title: videoTitle(written.language, petName) },
        outro: { text: OUTRO_TEXT[language] ?? 'Made with PetRoast', handle: '@petroast' },
      });
      const renderS = (performance.now() - t0) / 1000;
      const shots = moments(out);
      const { width, height, gap, count } = STRIP_TILE;
      const tiles = shots.slice(0, count).map((shot, i) => ({ input: frameAt(out.videoPath, shot.t), raw: { width, height, channels: 3 as const }, left: i * (width + gap), top: 0 }));
      const strip = await sharp({ create: { width: count * width + (count - 1) * gap, height, channels: 3, background: '#ffffff' } })
        .composite(tiles)
        .png({ palette: true, colours: 128, compressionLevel: 9, effort: 10 })
        .toBuffer();
      const file = path.join(outDir, `roast-strip-${language}.png`);
      fs.writeFileSync(file, strip);
      if (values['keep-video']) fs.copyFileSync(out.videoPath, path.join(outDir, `roast-strip-${language}.mp4`));
      console.log(`${path.relative(process.cwd(), file)}: ${strip.length} bytes; ${out.durationS} s video rendered in ${renderS.toFixed(1)} s; music ${out.musicTrack}, look ${out.filterApplied}`);
      console.log(`  lines: ${JSON.stringify(out.lines)}`);
      console.log(`  frames: ${shots.map((s) => `${s.label} @ ${s.t.toFixed(2)} s`).join('; ')}`);
    }
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main();
