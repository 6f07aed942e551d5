import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { STRIP_TILE } from '../../../scripts/docs-frames.js';

/**
 * The README's frame strips (docs/images/roast-strip-<lang>.png, made by `npm run docs:frames` from a real
 * render; docs/renderer.md "Frame strips") stay honest without re-rendering: the committed PNGs have the
 * script's layout, are small, and each tile shows what the script says it took — measured on the pixels.
 * The six tiles, in order: opener, highlighted word, the look alone in a pause, highlighted word, last word,
 * end card.
 */
const ROOT = path.resolve(import.meta.dirname, '..', '..', '..');
const { width: W, height: H, gap: G, count: N } = STRIP_TILE;
/** Karaoke gold #FFD700 after scaling and a 128-colour palette (measured: the highlighted word's pixels). */
const isGold = (r: number, g: number, b: number) => r > 200 && g > 160 && g < 235 && b < 80;
const isWhite = (r: number, g: number, b: number) => r > 230 && g > 230 && b > 230;

interface TileStats {
  meanLuma: number;
  sdLuma: number;
  /** Gold pixels in the caption band (55–85 % of the height, the lower third where captions sit). */
  captionGold: number;
  /** White pixels in the opener's band (rows 55–95: the title's top at 190 of 1280 px, scaled). */
  titleWhite: number;
}

async function strip(language: string): Promise<{ file: string; info: { width: number; height: number; channels: number }; data: Buffer; tiles: TileStats[] }> {
  const file = path.join(ROOT, 'docs', 'images', `roast-strip-${language}.png`);
  const { data, info } = await sharp(readFileSync(file)).removeAlpha().raw().toBuffer({ resolveWithObject: true });
  const tiles: TileStats[] = [];
  for (let k = 0; k < N; k++) {
    let sum = 0;
    let sum2 = 0;
    let captionGold = 0;
    let titleWhite = 0;
    for (let y = 0; y < H; y++) {
      for (let x = 0; x < W; x++) {
        const i = (y * info.width + k * (W + G) + x) * info.channels;
        const [r, g, b] = [data[i]!, data[i + 1]!, data[i + 2]!];
        const luma = 0.299 * r + 0.587 * g + 0.114 * b;
        sum += luma;
        sum2 += luma * luma;
        if (y >= H * 0.55 && y < H * 0.85 && isGold(r, g, b)) captionGold++;
        if (y >= 55 && y < 95 && isWhite(r, g, b)) titleWhite++;
      }
    }
    const mean = sum / (W * H);
    tiles.push({ meanLuma: mean, sdLuma: Math.sqrt(sum2 / (W * H) - mean * mean), captionGold, titleWhite });
  }
  return { file, info, data, tiles };
}

describe('the README frame strips', () => {
  const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');

  for (const language of ['en', 'hi']) {
    it(`roast-strip-${language}.png: shown in the README, six real frames, small`, async () => {
      expect(readme).toContain(`](docs/images/roast-strip-${language}.png)`);
      expect(existsSync(path.join(ROOT, 'docs', 'images', `roast-strip-${language}.png`))).toBe(true);
      const { file, info, data, tiles } = await strip(language);
      expect(statSync(file).size).toBeLessThan(400 * 1024);
      expect([info.width, info.height]).toEqual([N * W + (N - 1) * G, H]);
      // The gaps between tiles are white: the tiles are where the layout says.
      for (let k = 1; k < N; k++)
        for (let y = 0; y < H; y += 7) {
          const i = (y * info.width + k * (W + G) - 2) * info.channels;
          expect(isWhite(data[i]!, data[i + 1]!, data[i + 2]!), `gap ${k} row ${y}`).toBe(true);
        }
      // Not blank: every tile has a picture (a flat or black frame has a luma spread near 0).
      for (const [k, t] of tiles.entries()) expect(t.sdLuma, `tile ${k}`).toBeGreaterThan(15);
      const [opener, word1, look, word2, lastWord, endCard] = tiles as [TileStats, TileStats, TileStats, TileStats, TileStats, TileStats];
      // The opener's title is white ink in its band; the pause frame has none there.
      expect(opener.titleWhite).toBeGreaterThan(100);
      expect(look.titleWhite).toBeLessThan(20);
      // Highlighted words are gold in the caption band; between lines nothing is captioned.
      for (const t of [word1, word2, lastWord]) expect(t.captionGold).toBeGreaterThan(20);
      expect(look.captionGold).toBeLessThan(5);
      // The end card dims the picture under its backdrop.
      expect(endCard.meanLuma).toBeLessThan(look.meanLuma * 0.5);
    });
  }
});
