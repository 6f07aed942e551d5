import { describe, expect, it } from 'vitest';
import type { Candidate } from '../../../lambdas/engines/detection/nms.js';
import { manifest } from '../../../lambdas/engines/detection/manifest.js';
import {
  axisStarts,
  distinctLeads,
  intersectionOverSmaller,
  maxCoveredLength,
  mergeTileCandidates,
  planTiles,
  tileToOriginal,
  zoomInRect,
} from '../../../lambdas/engines/detection/tiling.js';

const box = (classId: number, score: number, x1: number, y1: number, x2: number, y2: number): Candidate => ({ classId, score, x1, y1, x2, y2 });
const OPTIONS = { overlap: 0.2, maxTiles: 16, minGain: 2 };

describe('Function: axisStarts', () => {
  it('covers the axis with tiles flush at both ends, neighbours sharing at least the overlap', () => {
    // Act
    const starts = axisStarts(4333, 416, 0.2);

    // Assess
    expect(starts[0]).toBe(0);
    expect(starts.at(-1)! + 416).toBe(4333);
    for (let i = 1; i < starts.length; i++) expect(starts[i - 1]! + 416 - starts[i]!).toBeGreaterThanOrEqual(0.2 * 416);
    // The fewest tiles that can do it: one fewer would leave less than 20 % overlap.
    expect(starts.length).toBe(Math.ceil((4333 - 416) / (416 * 0.8)) + 1);
  });

  it('is one tile at 0 when the axis fits, and caps the count when asked', () => {
    // Act / Assess
    expect(axisStarts(416, 416, 0.2)).toEqual([0]);
    expect(axisStarts(300, 416, 0.2)).toEqual([0]);
    const capped = axisStarts(20_000, 416, 0.2, 16);
    expect(capped).toHaveLength(16);
    expect(capped.at(-1)).toBe(20_000 - 416);
  });
});

describe('Function: planTiles', () => {
  it('plans the 6000x576 panorama as one row of full 416 tiles at the zoom that fits the short side', () => {
    // Act
    const plan = planTiles(6000, 576, 416, OPTIONS);

    // Assess
    expect(plan.zoom).toBeCloseTo(416 / 576, 6);
    expect(plan.workHeight).toBe(416);
    expect(plan.tiles.length).toBeLessThanOrEqual(16);
    expect(new Set(plan.tiles.map((t) => t.y))).toEqual(new Set([0]));
    for (const t of plan.tiles) {
      expect([t.width, t.height]).toEqual([416, 416]);
      expect(t.x + t.width).toBeLessThanOrEqual(plan.workWidth);
    }
    expect(plan.tiles.at(-1)!.x + 416).toBe(plan.workWidth);
    // The full-image pass shows it at 416/6000; the tiles at 416/576: over 10 times larger.
    expect(plan.gain).toBeCloseTo(6000 / 576, 6);
  });

  it('keeps native pixels for a mid-size image and shrinks the zoom only as far as the tile cap needs', () => {
    // Act
    const native = planTiles(1280, 720, 416, OPTIONS);
    const big = planTiles(4000, 3000, 416, OPTIONS);

    // Assess
    expect(native.zoom).toBe(1);
    expect(native.tiles).toHaveLength(4 * 2);
    expect(big.tiles.length).toBeLessThanOrEqual(16);
    expect(big.zoom).toBeLessThan(1);
    expect(big.gain).toBeGreaterThan(2);
    // The previous zoom step (1/0.9 larger) would need more than 16 tiles: the plan takes the most
    // detail the cap allows.
    const previous = big.zoom / 0.9;
    const count = axisStarts(Math.round(4000 * previous), 416, 0.2).length * axisStarts(Math.round(3000 * previous), 416, 0.2).length;
    expect(count).toBeGreaterThan(16);
  });

  it('gives an ordinary photo no gain worth tiling (a plain photo never enters the tile path)', () => {
    // Act / Assess: the common camera and web sizes of the dev set
    for (const [w, h] of [[640, 480], [480, 640], [768, 576], [500, 375], [773, 512], [175, 144]] as const) {
      expect(planTiles(w, h, 416, OPTIONS).gain, `${w}x${h}`).toBeLessThan(2);
    }
  });

  it('upscales a panorama shorter than the tile so that it fills one tile row', () => {
    // Act
    const plan = planTiles(2400, 200, 416, OPTIONS);

    // Assess
    expect(plan.workHeight).toBe(416);
    expect(plan.zoom).toBeCloseTo(2.08, 6);
    expect(plan.tiles.length).toBeLessThanOrEqual(16);
  });
});

describe('Function: planTiles with the production settings (models/manifest.json service.tiling)', () => {
  const tiling = manifest.service.tiling!;
  const production = { overlap: tiling.overlap, maxTiles: tiling.max_tiles, minGain: tiling.min_gain };

  it('keeps native pixels for the 1600–2400 px scenes of the synthetic set, and shrinks only beyond the cap', () => {
    // Act: scene sizes of the synthetic small-pet set, the field-case panorama, and a 12 MP phone photo
    const scenes = [[2400, 1600], [1709, 2279], [1966, 1475]].map(([w, h]) => planTiles(w!, h!, 416, production));
    const panorama = planTiles(6000, 576, 416, production);
    const phone = planTiles(4000, 3000, 416, production);

    // Assess
    for (const plan of scenes) {
      expect(plan.zoom).toBe(1);
      expect(plan.tiles.length).toBeLessThanOrEqual(tiling.max_tiles);
    }
    expect(scenes[0]!.tiles).toHaveLength(7 * 5);
    // The panorama is two rows of native tiles now (one row at a 16-tile cap).
    expect(panorama.zoom).toBe(1);
    expect(new Set(panorama.tiles.map((t) => t.y))).toEqual(new Set([0, 576 - 416]));
    expect(panorama.tiles).toHaveLength(18 * 2);
    // 4000x3000 at native pixels would be 12 x 9 = 108 tiles: the zoom shrinks until the cap fits.
    expect(phone.zoom).toBeLessThan(1);
    expect(phone.tiles.length).toBeLessThanOrEqual(tiling.max_tiles);
    expect(phone.tiles.length).toBeGreaterThan(tiling.max_tiles / 2);
  });

  it.each([
    [1, 5000],
    [5000, 1],
    [2, 16000],
    [16383, 1],
    [3000, 10],
  ])('never blows a thin %i×%i strip up past what the tiles can cover (bounded working image, at most max_tiles tiles)', (w, h) => {
    // Act
    const plan = planTiles(w, h, 416, production);

    // Assess: the long side is at most what max_tiles overlapping tiles cover; every tile lies in the image
    const long = Math.max(plan.workWidth, plan.workHeight);
    expect(long).toBeLessThanOrEqual(Math.ceil(maxCoveredLength(416, production)));
    expect(plan.workWidth * plan.workHeight).toBeLessThan(416 * maxCoveredLength(416, production));
    expect(plan.tiles.length).toBeLessThanOrEqual(tiling.max_tiles);
    for (const t of plan.tiles) {
      expect(t.x + t.width).toBeLessThanOrEqual(plan.workWidth);
      expect(t.y + t.height).toBeLessThanOrEqual(plan.workHeight);
      expect(t.width * t.height).toBeGreaterThan(0);
    }
  });
});

describe('Function: distinctLeads', () => {
  it('keeps the highest boxes, one per animal seen by overlapping tiles, at most the count asked', () => {
    // Prepare: the same dog from two overlapping tiles, a cat elsewhere, a weak box elsewhere
    const dog = box(16, 0.4, 1000, 500, 1100, 580);
    const dogAgain = box(16, 0.3, 1005, 505, 1098, 585);
    const cat = box(15, 0.2, 200, 900, 260, 950);
    const weak = box(16, 0.12, 1800, 100, 1850, 150);

    // Act
    const leads = distinctLeads([weak, dogAgain, cat, dog], 2);

    // Assess
    expect(leads).toEqual([dog, cat]);
    expect(distinctLeads([weak, dogAgain, cat, dog], 5)).toEqual([dog, cat, weak]);
  });
});

describe('Function: zoomInRect', () => {
  it('centres a square of twice the longer side on the lead, at least the minimum side', () => {
    // Prepare: native-pixel plan of a 2400x1600 scene
    const plan = planTiles(2400, 1600, 416, { overlap: 0.2, maxTiles: 64, minGain: 2.5 });

    // Act
    const rect = zoomInRect(box(16, 0.3, 1000, 500, 1100, 560), plan, 2, 64);
    const tiny = zoomInRect(box(16, 0.3, 1000, 500, 1010, 508), plan, 2, 64);

    // Assess
    expect(rect).toEqual({ x: 950, y: 430, width: 200, height: 200 });
    expect(tiny).toEqual({ x: 973, y: 472, width: 64, height: 64 });
  });

  it('shifts the square inside the image at an edge and works in the plan\'s working pixels', () => {
    // Prepare: a 6000x300 strip is upscaled (zoom 416/300) so that it fills one tile row
    const plan = planTiles(6000, 300, 416, { overlap: 0.2, maxTiles: 64, minGain: 2.5 });

    // Act: a dog at the right edge, 120 px tall in original pixels
    const rect = zoomInRect(box(16, 0.3, 5900, 150, 6000, 270), plan, 2, 64);

    // Assess: 240 original px = 333 working px, flush with the right edge, clamped to the 416 px height
    expect(rect.width).toBe(Math.round(240 * plan.zoom));
    expect(rect.height).toBe(Math.round(240 * plan.zoom));
    expect(rect.x + rect.width).toBe(plan.workWidth);
    expect(rect.y + rect.height).toBeLessThanOrEqual(plan.workHeight);
    expect(rect.y).toBeGreaterThanOrEqual(0);
    // Mapped back, the region covers the dog.
    const [back] = tileToOriginal([box(16, 0.9, 0, 0, rect.width, rect.height)], rect, plan);
    expect(back!.x1).toBeLessThanOrEqual(5900);
    expect(back!.x2).toBe(6000);
    expect(back!.y1).toBeLessThanOrEqual(150);
    expect(back!.y2).toBeGreaterThanOrEqual(270);
  });
});

describe('Function: tileToOriginal', () => {
  it('maps a box from tile pixels back to original pixels through the working zoom', () => {
    // Prepare: 6000x576 at zoom 416/576; a tile starting at working x = 1000
    const plan = planTiles(6000, 576, 416, OPTIONS);
    const tile = { x: 1000, y: 0, width: 416, height: 416 };

    // Act
    const [mapped] = tileToOriginal([box(16, 0.9, 100, 50, 200, 350)], tile, plan);

    // Assess
    const sx = 6000 / plan.workWidth;
    const sy = 576 / plan.workHeight;
    expect(mapped!.x1).toBeCloseTo(1100 * sx, 6);
    expect(mapped!.x2).toBeCloseTo(1200 * sx, 6);
    expect(mapped!.y1).toBeCloseTo(50 * sy, 6);
    expect(mapped!.y2).toBeCloseTo(350 * sy, 6);
    expect(mapped!.score).toBe(0.9);
  });

  it('clamps boxes to the image and drops those left with no area', () => {
    // Prepare: the last tile, flush with the right edge
    const plan = planTiles(6000, 576, 416, OPTIONS);
    const last = plan.tiles.at(-1)!;

    // Act
    const mapped = tileToOriginal([box(16, 0.9, 300, -20, 450, 430), box(15, 0.8, 420, 10, 440, 20)], last, plan);

    // Assess
    expect(mapped).toHaveLength(1);
    expect(mapped[0]!.x2).toBe(6000);
    expect(mapped[0]!.y1).toBe(0);
    expect(mapped[0]!.y2).toBe(576);
  });
});

describe('Function: mergeTileCandidates', () => {
  it('merges a dog cut by a tile seam into the whole box, and keeps separate animals and other classes', () => {
    // Prepare: tile A sees the whole dog, tile B only its right 40 % (IoU 0.4, inside the whole box)
    const whole = box(16, 0.9, 1000, 100, 1200, 400);
    const partial = box(16, 0.7, 1120, 110, 1200, 395);
    const otherDog = box(16, 0.6, 3000, 100, 3200, 400);
    const cat = box(15, 0.65, 1010, 120, 1190, 390);

    // Act
    const merged = mergeTileCandidates([partial, otherDog, whole, cat], 0.45);

    // Assess
    expect(intersectionOverSmaller(whole, partial)).toBeGreaterThan(0.9);
    expect(merged).toEqual([whole, cat, otherDog]);
  });

  it('keeps two neighbouring animals that only touch', () => {
    // Act
    const merged = mergeTileCandidates([box(16, 0.9, 0, 0, 100, 100), box(16, 0.8, 90, 0, 190, 100)], 0.45);

    // Assess
    expect(merged).toHaveLength(2);
  });
});
