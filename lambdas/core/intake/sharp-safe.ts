import sharp, { type Sharp } from 'sharp';

/**
 * The only way the service constructs sharp pipelines over untrusted bytes (RELIABILITY §4, D1–D3).
 *
 * - Every libvips loader is blocked at import, then only JPEG, PNG, WebP, GIF and HEIF/AVIF are
 *   unblocked: SVG, PDF, TIFF, JP2K, Magick and the rest are never reached.
 * - `limitInputPixels` caps decoded size from the header (decompression bombs).
 * - `failOn: 'warning'` (sharp's strictest, the default) rejects truncated or corrupt data.
 * - `pages: 1` decodes only the first frame of animations.
 * - `unlimited` is never set.
 */
sharp.block({ operation: ['VipsForeignLoad'] });
sharp.unblock({
  operation: [
    'VipsForeignLoadJpegBuffer',
    'VipsForeignLoadPngBuffer',
    'VipsForeignLoadWebpBuffer',
    'VipsForeignLoadNsgifBuffer',
    'VipsForeignLoadHeifBuffer',
  ],
});
// One libvips worker thread per pipeline keeps a 2-core Lambda from oversubscribing next to onnxruntime.
sharp.concurrency(1);
sharp.cache(false);

/** Default cap on decoded pixels (SPEC §5: 40 MP). */
export const DEFAULT_MAX_PIXELS = 40_000_000;

export interface SafeSharpOptions {
  maxPixels?: number;
  /** Seconds after which libvips abandons the pipeline. */
  timeoutSeconds?: number;
}

/** A sharp pipeline over untrusted bytes with the safety options above. */
export function safeSharp(input: Buffer | Uint8Array, options: SafeSharpOptions = {}): Sharp {
  const pipeline = sharp(input, {
    limitInputPixels: options.maxPixels ?? DEFAULT_MAX_PIXELS,
    failOn: 'warning',
    pages: 1,
    sequentialRead: true,
  });
  return pipeline.timeout({ seconds: options.timeoutSeconds ?? 10 });
}

export { sharp };
