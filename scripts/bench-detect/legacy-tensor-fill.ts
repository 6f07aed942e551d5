/**
 * The stage-1 tensor fill as it was before the one-pass fill (one pass over the source per output
 * plane). NOT production code: it is kept, on purpose and only here, because `npm run bench:detect`
 * reports "stage-1 decode + tensor fill p50, before → after, same run" (docs/detection.md §5 and §8),
 * and a before/after figure is only fair when both run in the same process on the same machine load.
 * The production fill is `writeInput` (lambdas/engines/detection/preprocess.ts). Drop this module, and the
 * figure, when that comparison is no longer wanted.
 *
 * @param data RGB bytes of the placed image, `placement.width × placement.height × 3`.
 * @param placement where the image lies in the model input (pixels).
 * @param input the model input's size (pixels).
 * @param bgr whether the model wants the planes in BGR order.
 * @param pad the pad value (0..255) written outside the placed image.
 * @param tables per-channel 256-entry lookup tables (scale, mean/std), as `channelTables` builds them.
 * @param dst the model input tensor, planar (3 × input.height × input.width).
 */
export function legacyWriteInput(
  data: Buffer,
  placement: { width: number; height: number; left: number; top: number },
  input: { width: number; height: number },
  bgr: boolean,
  pad: number,
  tables: (Float32Array | Uint16Array)[],
  dst: Float32Array | Uint16Array,
): void {
  const plane = input.width * input.height;
  const padded = placement.width !== input.width || placement.height !== input.height;
  for (let p = 0; p < 3; p++) {
    const table = tables[p]!;
    const sc = bgr ? 2 - p : p;
    const base = p * plane;
    if (padded) dst.fill(table[pad]!, base, base + plane);
    for (let y = 0; y < placement.height; y++) {
      let src = y * placement.width * 3 + sc;
      let d = base + (y + placement.top) * input.width + placement.left;
      const end = d + placement.width;
      for (; d < end; d++, src += 3) dst[d] = table[data[src]!]!;
    }
  }
}
