import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LANGUAGE_CODES } from '../../../../lambdas/domain/languages.js';
import { buildSoundtrack, planTimeline } from '../../../../lambdas/engines/renderer/audio.js';
import { buildAss, cuesForLine, CAPTION_AREA, FRAME } from '../../../../lambdas/engines/renderer/captions.js';
import { EspeakTextToSpeech } from '../../../../lambdas/engines/speech/tts.js';
import { LANGUAGE_PROFILES } from '../../../../lambdas/engines/speech/voices.js';
import { espeakVoices, fcMatch, loudness, meanVolume, shapedGlyphIds } from './media-checks.js';
import { SAMPLE_LINES } from './sample-lines.js';

export { SAMPLE_LINES };

let work: string;
let voices: Set<string>;
beforeAll(async () => {
  work = mkdtempSync(path.join(tmpdir(), 'builtin-languages-test-'));
  voices = await espeakVoices();
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe.each(LANGUAGE_CODES)('language %s', (language) => {
  const profile = LANGUAGE_PROFILES[language];
  const line = SAMPLE_LINES[language];

  it('has an installed espeak-ng voice and a Noto font that fontconfig resolves exactly (no fallback)', async () => {
    expect(voices.has(profile.espeakVoice), `espeak-ng voice ${profile.espeakVoice}`).toBe(true);
    const match = await fcMatch(`${profile.fontFamily}:bold`);
    expect(path.basename(match.file)).toBe(profile.fontFile);
    expect(match.family.split(',')).toContain(profile.fontFamily);
  });

  it('shapes the caption text with no missing glyph (HarfBuzz, the font libass uses)', async () => {
    const { file } = await fcMatch(`${profile.fontFamily}:bold`);
    const glyphs = await shapedGlyphIds(file, line);
    expect(glyphs.length).toBeGreaterThan(0);
    expect(glyphs).not.toContain(0);
  });

  it('narrates audibly, normalised to −16 LUFS', async () => {
    const wav = path.join(work, `${language}-line.wav`);
    const { durationS } = await new EspeakTextToSpeech().synthesize(line, language, wav);
    expect(durationS).toBeGreaterThan(1);
    const timeline = planTimeline([durationS])!;
    const out = path.join(work, `${language}-soundtrack.wav`);
    await buildSoundtrack([wav], timeline, out, path.join(work, `${language}-premix.wav`));
    expect(await meanVolume(out)).toBeGreaterThan(-35);
    const { integrated, truePeak } = await loudness(out);
    expect(integrated).toBeGreaterThanOrEqual(-18);
    expect(integrated).toBeLessThanOrEqual(-14);
    expect(truePeak).toBeLessThanOrEqual(-1);
  }, 60_000);

  it('draws the caption (libass) inside the safe area', async () => {
    const ass = path.join(work, `${language}.ass`);
    writeFileSync(ass, buildAss(cuesForLine(line, 0, 2), language));
    const png = execFileSync('ffmpeg', [
      '-v', 'error', '-f', 'lavfi', '-i', `color=c=0x808080:s=${FRAME.width}x${FRAME.height}:d=1`,
      '-vf', `ass=filename=${path.basename(ass)},format=gray`, '-frames:v', '1', '-f', 'image2pipe', '-c:v', 'png', '-',
    ], { cwd: work });
    const { data, info } = await sharp(png).greyscale().raw().toBuffer({ resolveWithObject: true });
    let white = 0;
    let top = Infinity;
    let bottom = -1;
    let left = Infinity;
    let right = -1;
    for (let y = 0; y < info.height; y++) for (let x = 0; x < info.width; x++) {
      if (data[y * info.width + x]! > 200) {
        white += 1;
        top = Math.min(top, y);
        bottom = Math.max(bottom, y);
        left = Math.min(left, x);
        right = Math.max(right, x);
      }
    }
    expect(white).toBeGreaterThan(2000); // the glyphs are there
    expect(bottom).toBeLessThan(FRAME.height - CAPTION_AREA.marginV + 20);
    expect(top).toBeGreaterThan(FRAME.height * 0.1);
    expect(left).toBeGreaterThanOrEqual(CAPTION_AREA.marginH - 20);
    expect(right).toBeLessThanOrEqual(FRAME.width - CAPTION_AREA.marginH + 20);
  }, 30_000);
});
