import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromHalfBits, halfArrayToFloat32, toHalfBits } from '../../../lambdas/engines/detection/float16.js';

describe('Function: toHalfBits / fromHalfBits', () => {
  it.each([
    [0, 0x0000],
    [-0, 0x8000],
    [1, 0x3c00],
    [-2, 0xc000],
    [0.5, 0x3800],
    [65504, 0x7bff], // largest finite half
    [2 ** -14, 0x0400], // smallest normal
    [2 ** -24, 0x0001], // smallest subnormal
    [Infinity, 0x7c00],
    [-Infinity, 0xfc00],
    [1e6, 0x7c00], // overflow saturates to Infinity
    [2 ** -26, 0x0000], // underflow to zero
  ])('encodes %d as half bits %i', (value, bits) => {
    // Act
    const encoded = toHalfBits(value);

    // Assess
    expect(encoded).toBe(bits);
  });

  it('rounds to nearest, ties to even', () => {
    // Prepare: 1 + 2^-11 is exactly halfway between 1 and the next half (1 + 2^-10)
    const tieDown = 1 + 2 ** -11;
    const tieUp = 1 + 3 * 2 ** -11;

    // Act / Assess
    expect(toHalfBits(tieDown)).toBe(0x3c00);
    expect(toHalfBits(tieUp)).toBe(0x3c02);
    expect(toHalfBits(1 + 2 ** -11 + 2 ** -20)).toBe(0x3c01);
  });

  it('keeps NaN a NaN', () => {
    // Act
    const bits = toHalfBits(NaN);

    // Assess
    expect(bits & 0x7c00).toBe(0x7c00);
    expect(bits & 0x3ff).not.toBe(0);
    expect(Number.isNaN(fromHalfBits(bits))).toBe(true);
  });

  it('round-trips every finite half exactly', () => {
    // Prepare
    const failures: number[] = [];

    // Act
    for (let bits = 0; bits < 0x10000; bits++) {
      if ((bits & 0x7c00) === 0x7c00) continue; // Inf / NaN
      if (toHalfBits(fromHalfBits(bits)) !== bits) failures.push(bits);
    }

    // Assess
    expect(failures).toEqual([]);
  });

  it('float32 → half → float32 stays within half precision (relative error ≤ 2^-11)', () => {
    fc.assert(
      fc.property(fc.float({ min: Math.fround(-60000), max: Math.fround(60000), noNaN: true }), (value) => {
        // Act
        const back = fromHalfBits(toHalfBits(value));

        // Assess
        const tolerance = Math.max(Math.abs(value) * 2 ** -11, 2 ** -25);
        expect(Math.abs(back - value)).toBeLessThanOrEqual(tolerance);
      }),
    );
  });
});

describe('Function: halfArrayToFloat32', () => {
  it('decodes a whole array and reuses the output buffer', () => {
    // Prepare
    const values = [0, 1, -1.5, 0.333251953125, 114 / 255];
    const bits = Uint16Array.from(values.map(toHalfBits));
    const out = new Float32Array(8);

    // Act
    const decoded = halfArrayToFloat32(bits, out);

    // Assess
    expect(decoded).toBe(out);
    expect(Array.from(decoded.subarray(0, 4))).toEqual([0, 1, -1.5, 0.333251953125]);
    expect(decoded[4]).toBeCloseTo(114 / 255, 3);
  });
});
