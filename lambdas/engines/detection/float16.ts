/**
 * IEEE 754 binary16 ("half") conversion. Node 20 has no Float16Array, and onnxruntime-node hands
 * float16 tensors over as Uint16Array of half bits, so the fp16 model's input and output go through here.
 */

const f32 = new Float32Array(1);
const u32 = new Uint32Array(f32.buffer);

/** float32 → half bits, rounding to nearest even; overflow saturates to ±Infinity, NaN stays NaN. */
export function toHalfBits(value: number): number {
  f32[0] = value;
  const x = u32[0]!;
  const sign = (x >>> 16) & 0x8000;
  const exp = (x >>> 23) & 0xff;
  let mant = x & 0x7fffff;

  if (exp === 0xff) return sign | 0x7c00 | (mant !== 0 ? 0x200 : 0); // Inf / NaN
  const e = exp - 127 + 15;
  if (e >= 0x1f) return sign | 0x7c00; // too large: Infinity
  if (e <= 0) {
    // Subnormal half (or zero): shift the implicit 1 in, round to nearest even.
    if (e < -10) return sign;
    mant |= 0x800000;
    const shift = 14 - e;
    const half = mant >>> shift;
    const rest = mant & ((1 << shift) - 1);
    const mid = 1 << (shift - 1);
    return sign | (rest > mid || (rest === mid && (half & 1) === 1) ? half + 1 : half);
  }
  const half = (e << 10) | (mant >>> 13);
  const rest = mant & 0x1fff;
  // Round to nearest even; a carry out of the mantissa correctly bumps the exponent (up to Infinity).
  return sign | (rest > 0x1000 || (rest === 0x1000 && (half & 1) === 1) ? half + 1 : half);
}

/** half bits → float32 value. */
export function fromHalfBits(bits: number): number {
  const sign = bits & 0x8000 ? -1 : 1;
  const exp = (bits >>> 10) & 0x1f;
  const mant = bits & 0x3ff;
  if (exp === 0) return sign * mant * 2 ** -24;
  if (exp === 0x1f) return mant === 0 ? sign * Infinity : NaN;
  return sign * (1 + mant / 1024) * 2 ** (exp - 15);
}

let table: Float32Array | undefined;

/** All 65,536 half values as float32 (256 KiB, built on first use): bulk decoding is then one lookup per value. */
function halfTable(): Float32Array {
  if (!table) {
    table = new Float32Array(65536);
    for (let i = 0; i < 65536; i++) table[i] = fromHalfBits(i);
  }
  return table;
}

/** Decodes a whole Uint16Array of half bits into `out` (allocated when not given or too small). */
export function halfArrayToFloat32(bits: Uint16Array, out?: Float32Array): Float32Array {
  const t = halfTable();
  const dst = out && out.length >= bits.length ? out : new Float32Array(bits.length);
  for (let i = 0; i < bits.length; i++) dst[i] = t[bits[i]!]!;
  return dst;
}
