import sharp, { type Sharp } from 'sharp';

/**
 * The only way the service constructs sharp pipelines over untrusted bytes (docs/reference/reliability.md §4, D1–D3).
 *
 * - Every libvips loader is blocked at import, then only JPEG, PNG, WebP, GIF and HEIF/AVIF are
 *   unblocked: SVG, PDF, TIFF, JP2K, Magick and the rest are never reached.
 * - `limitInputPixels` caps decoded size from the header (decompression bombs).
 * - `failOn: 'warning'` (sharp's strictest, the default) rejects truncated or corrupt data; only the
 *   libjpeg warnings in {@link RECOVERABLE_DECODER_WARNINGS}, which leave every pixel intact, earn a
 *   second decode at `failOn: 'error'` ({@link decodeTolerantly}, docs/media-intake.md "Decoder warnings").
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

/** Default cap on decoded pixels (docs/reference/spec.md §5: 40 MP). */
export const DEFAULT_MAX_PIXELS = 40_000_000;

/** sharp's `failOn` levels this module uses: strict first, `error` only after a recoverable warning. */
export type FailOn = 'warning' | 'error';

export interface SafeSharpOptions {
  maxPixels?: number;
  /** Seconds after which libvips abandons the pipeline. */
  timeoutSeconds?: number;
  /** Default `warning`; pass what {@link decodeTolerantly} hands you. */
  failOn?: FailOn;
  /**
   * Ignore an embedded ICC profile (default false: sharp converts tagged images to sRGB through lcms).
   * The detector sets it: its models were trained on pixels read by OpenCV/Pillow, which ignore ICC
   * profiles too, and the lcms transform was about 40 % of the decode time (docs/detection.md §2).
   */
  ignoreIcc?: boolean;
}

/** A sharp pipeline over untrusted bytes with the safety options above. */
export function safeSharp(input: Buffer | Uint8Array, options: SafeSharpOptions = {}): Sharp {
  const pipeline = sharp(input, {
    limitInputPixels: options.maxPixels ?? DEFAULT_MAX_PIXELS,
    failOn: options.failOn ?? 'warning',
    pages: 1,
    sequentialRead: true,
    ignoreIcc: options.ignoreIcc ?? false,
  });
  return pipeline.timeout({ seconds: options.timeoutSeconds ?? 10 });
}

/**
 * libjpeg(-turbo) warnings (jerror.h) that describe a quirk of the file's syntax, not lost image data:
 * libjpeg decodes exactly the same pixels as without the quirk (checked pixel for pixel in
 * test/unit/intake/decoder-warnings.test.ts). Phone cameras write some of them (Samsung: `Se=0` in a
 * baseline SOS).
 * - `JWRN_NOT_SEQUENTIAL` "Invalid SOS parameters for sequential JPEG": odd Ss/Se/Ah/Al in a baseline scan.
 * - `JWRN_EXTRANEOUS_DATA` "N extraneous bytes before marker 0xXX" **between header segments** (stray
 *   bytes before SOF, DHT, DQT, SOS, APPn, DRI…). Before a restart marker (RST0–7) or EOI the bytes sit
 *   inside entropy-coded data, i.e. the scan lost data: that stays an error.
 * - `JWRN_JFIF_MAJOR` "unknown JFIF revision number": metadata only.
 * - `JWRN_BOGUS_ICC` "bad ICC marker": the embedded profile is ignored, sRGB is assumed.
 * Truncation ("premature end of JPEG image/data segment"), bad Huffman codes, resync after a wrong
 * restart marker and every PNG/WebP/GIF/AVIF warning stay refusals.
 */
export const RECOVERABLE_DECODER_WARNINGS: readonly RegExp[] = [
  /Invalid SOS parameters for sequential JPEG/i,
  /extraneous bytes before marker 0x(?!d[0-79])[0-9a-f]{2}\b/i,
  /unknown JFIF revision number/i,
  /bad ICC marker/i,
];

/** True when `err` is libvips reporting one of {@link RECOVERABLE_DECODER_WARNINGS}. */
export function isRecoverableDecoderWarning(err: unknown): boolean {
  const message = err instanceof Error ? err.message : String(err);
  return RECOVERABLE_DECODER_WARNINGS.some((re) => re.test(message));
}

/**
 * Runs a decode strictly (`failOn: 'warning'`) and, only when libvips stopped on a recoverable libjpeg
 * warning, once more at `failOn: 'error'` (libjpeg's own recovery, the pixels other decoders show).
 * Any other failure — truncation, corrupt entropy data, pixel limit — is rethrown unchanged.
 * @param run builds a fresh pipeline with `safeSharp(bytes, { failOn })` and decodes it.
 */
export async function decodeTolerantly<T>(run: (failOn: FailOn) => Promise<T>): Promise<T> {
  try {
    return await run('warning');
  } catch (err) {
    if (!isRecoverableDecoderWarning(err)) throw err;
    return run('error');
  }
}

export { sharp };
