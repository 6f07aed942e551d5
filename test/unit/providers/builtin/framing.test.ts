import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ASPECT, contains, lerpRect, MAX_ZOOM, MIN_ZOOM, moveProgress, planClip, planStill, type Rect } from '../../../../lambdas/engines/renderer/framing.js';

const photoAndBoxes = fc
  .record({ width: fc.integer({ min: 16, max: 6000 }), height: fc.integer({ min: 16, max: 6000 }) })
  .chain(({ width, height }) =>
    fc.record({
      width: fc.constant(width),
      height: fc.constant(height),
      boxes: fc.array(
        fc.record({ x: fc.integer({ min: 0, max: width - 2 }), y: fc.integer({ min: 0, max: height - 2 }) }).chain(({ x, y }) =>
          fc.record({ x: fc.constant(x), y: fc.constant(y), width: fc.integer({ min: 1, max: width - x }), height: fc.integer({ min: 1, max: height - y }) }),
        ),
        { maxLength: 4 },
      ),
    }),
  );

describe('planStill', () => {
  it('keeps the pets fully in frame at every frame of the move, with a 9:16 window zooming in 1.1–1.3× (property)', () => {
    fc.assert(
      fc.property(photoAndBoxes, ({ width, height, boxes }) => {
        const plan = planStill(width, height, boxes);
        for (const r of [plan.start, plan.end]) expect(r.width / r.height).toBeCloseTo(ASPECT, 6);
        const zoom = plan.start.width / plan.end.width;
        expect(zoom).toBeGreaterThanOrEqual(MIN_ZOOM - 1e-9);
        expect(zoom).toBeLessThanOrEqual(Math.max(MAX_ZOOM, MIN_ZOOM) + 1e-9);
        expect(contains(plan.start, plan.end)).toBe(true);
        for (let i = 0; i <= 20; i++) {
          const w = lerpRect(plan.start, plan.end, moveProgress(i, 21));
          expect(contains(w, plan.pets, 1e-6 * Math.max(width, height))).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('fills landscape photos over their blurred copy and crops tall ones around the pets', () => {
    expect(planStill(1920, 1080, [{ x: 800, y: 400, width: 300, height: 300 }]).fill).toBe('contain');
    const tall = planStill(1080, 1920, [{ x: 400, y: 900, width: 200, height: 200 }]);
    expect(tall.fill).toBe('cover');
    expect(tall.start).toEqual({ x: 0, y: 0, width: 1080, height: 1920 });
  });

  it('moves toward the pets: the last window is centred nearer to them than the first', () => {
    const pets: Rect = { x: 1400, y: 300, width: 200, height: 200 };
    const plan = planStill(1920, 1080, [pets]);
    const centre = (r: Rect) => ({ x: r.x + r.width / 2, y: r.y + r.height / 2 });
    const d = (r: Rect) => Math.hypot(centre(r).x - 1500, centre(r).y - 400);
    expect(d(plan.end)).toBeLessThan(d(plan.start));
  });
});

describe('moveProgress', () => {
  it('runs from 0 to 1, always forward, never standing still', () => {
    const p = Array.from({ length: 300 }, (_, i) => moveProgress(i, 300));
    expect(p[0]).toBe(0);
    expect(p[299]).toBeCloseTo(1, 12);
    const steps = p.slice(1).map((v, i) => v - p[i]!);
    expect(Math.min(...steps)).toBeGreaterThan(0);
    expect(Math.min(...steps) / Math.max(...steps)).toBeGreaterThan(0.25);
  });
});

describe('planClip', () => {
  it('crops a landscape clip to 9:16 around the pets when they fit, else fits it whole', () => {
    const fits = planClip(1920, 1080, [{ x: 1500, y: 200, width: 300, height: 600 }]);
    expect(fits.fill).toBe('cover');
    expect(fits.crop.width / fits.crop.height).toBeCloseTo(ASPECT, 6);
    expect(contains(fits.crop, fits.pets)).toBe(true);
    expect(planClip(1920, 1080, [{ x: 100, y: 100, width: 1700, height: 600 }]).fill).toBe('contain');
  });
});

describe('planStill on panoramas and strips (docs/renderer.md "Panoramas")', () => {
  /** Pet height as a fraction of the frame height in the first and last windows. */
  const fractions = (plan: ReturnType<typeof planStill>, pet: Rect) => [pet.height / plan.start.height, pet.height / plan.end.height];

  it.each([
    ['10:1 panorama 6000×600 (the field case, detector box)', 6000, 600, { x: 2687, y: 13, width: 599, height: 554 }, 0.35],
    ['10:1 panorama 6000×576 (detector box)', 6000, 576, { x: 2748, y: 222, width: 181, height: 295 }, 0.45],
    ['3:1 photo', 1728, 576, { x: 900, y: 200, width: 190, height: 330 }, 0.45],
    ['20:1 strip', 6000, 300, { x: 4500, y: 40, width: 140, height: 250 }, 0.4],
    ['tall 1:10 strip', 600, 6000, { x: 100, y: 4200, width: 300, height: 400 }, 0.2],
  ])('%s: the pet fills a sensible part of the frame height, whole, all the way', (_name, width, height, pet, minFraction) => {
    // Act
    const plan = planStill(width, height, [pet]);

    // Assess: shown whole, the strip would leave the pet at pet.height / (width / ASPECT) (6000×600: 7 %).
    const [first, last] = fractions(plan, pet);
    expect(first).toBeGreaterThanOrEqual(minFraction);
    expect(last!).toBeGreaterThan(first!);
    for (let i = 0; i <= 20; i++) expect(contains(lerpRect(plan.start, plan.end, moveProgress(i, 21)), pet, 1e-6)).toBe(true);
    expect(plan.start.width).toBeLessThan(width >= height ? width : Infinity);
  });

  it('two pets far apart in a panorama: one window holds both (the frame is as wide as they need, no wider)', () => {
    const left = { x: 200, y: 150, width: 250, height: 380 };
    const right = { x: 5000, y: 120, width: 300, height: 400 };
    const plan = planStill(6000, 576, [left, right]);
    for (let i = 0; i <= 20; i++) {
      const w = lerpRect(plan.start, plan.end, moveProgress(i, 21));
      expect(contains(w, left, 1e-6) && contains(w, right, 1e-6)).toBe(true);
    }
    expect(plan.start.width).toBeLessThanOrEqual(6000 * MIN_ZOOM);
    expect(plan.end.width).toBeGreaterThanOrEqual(right.x + right.width - left.x);
  });

  it('a 16:9 photo is still shown whole over its blurred copy (below the panorama threshold)', () => {
    const plan = planStill(1920, 1080, [{ x: 800, y: 400, width: 300, height: 300 }]);
    expect(plan.start.width).toBe(1920);
  });
});
