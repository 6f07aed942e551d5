import { describe, expect, it } from 'vitest';
import type { Candidate } from '../../../lambdas/core/detection/nms.js';
import {
  axisStarts,
  intersectionOverSmaller,
  mergeTileCandidates,
  planTiles,
  tileToOriginal,
} from '../../../lambdas/core/detection/tiling.js';

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
