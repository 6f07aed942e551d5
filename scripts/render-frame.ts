/**
 * Renders a real roast video with the built-in renderer and writes one frame of it as a PNG (the README
 * picture is made with this):
 *
 *   npm run render:frame -- <photo> "<line>" ["<line>" ...] [--language hi] [--out frame.png]
 *                           [--width 360] [--keep-video roast.mp4]
 *
 * The pets' boxes come from the project's own detector (models/files, `npm run setup:models`). The
 * frame is taken in the middle of the first caption, scaled to `--width` (keeping 9:16) and stored as
 * a palette PNG so it stays small. `--keep-video` also copies the MP4 (watch it with any player,
 * e.g. `ffplay roast.mp4` or `xdg-open roast.mp4`).
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import sharp from 'sharp';
import { loadPetModel } from '../lambdas/engines/detection/index.js';
import { isLanguageCode } from '../lambdas/domain/languages.js';
import { renderRoastVideo } from '../lambdas/engines/renderer/index.js';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    language: { type: 'string', default: 'en' },
    out: { type: 'string', default: 'roast-frame.png' },
    width: { type: 'string', default: '360' },
    'keep-video': { type: 'string' },
  },
});
const [photo, ...lines] = positionals;
const language = values.language!;
if (!photo || lines.length === 0 || !isLanguageCode(language)) {
  console.error('usage: npm run render:frame -- <photo> "<line>" ["<line>" ...] [--language hi] [--out frame.png] [--width 360] [--keep-video roast.mp4]');
  process.exit(2);
}
const width = Math.max(90, Math.min(720, Number(values.width)));

const model = await loadPetModel({ intraOpThreads: 1 });
const verdict = await model.detect(fs.readFileSync(photo));
console.log(`detector: ${verdict.pets.length} pet(s) ${verdict.pets.map((p) => `${p.label} ${p.confidence.toFixed(2)}`).join(', ')}`);
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'render-frame-'));
try {
  const out = await renderRoastVideo({
    media: { path: photo, kind: 'image' },
    boxes: verdict.pets.map((p) => p.box),
    script: { lines, language },
    workDir: work,
  });
  const cue = out.cues[0]!;
  const at = (cue.startS + cue.endS) / 2;
  const frame = execFileSync('ffmpeg', ['-v', 'error', '-ss', at.toFixed(3), '-i', out.videoPath, '-frames:v', '1', '-c:v', 'png', '-f', 'image2pipe', '-'], { maxBuffer: 64 * 1024 * 1024 });
  const png = await sharp(frame).resize(width, Math.round((width * 16) / 9)).png({ palette: true, quality: 90, compressionLevel: 9 }).toBuffer();
  fs.mkdirSync(path.dirname(path.resolve(values.out!)), { recursive: true });
  fs.writeFileSync(values.out!, png);
  if (values['keep-video']) fs.copyFileSync(out.videoPath, values['keep-video']);
  console.log(`${values.out}: frame at ${at.toFixed(2)} s of a ${out.durationS} s video, ${png.length} bytes; stages (ms) ${JSON.stringify(out.timings)}`);
} finally {
  fs.rmSync(work, { recursive: true, force: true });
}
