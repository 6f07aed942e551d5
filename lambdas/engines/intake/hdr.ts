/**
 * What to do with a video stream's colour so it shows as SDR BT.709 (docs/media-intake.md "HDR video"):
 * decided from the stream's own tags as ffprobe reports them (transfer characteristic, colour
 * primaries, matrix, range, and the HDR side data), never from a file name. Used by the detector's
 * frame sampling (video-frames.ts) and the built-in renderer's clip path (engines/renderer/clip.ts),
 * so the detector judges the same pixels the viewer sees.
 *
 * - PQ (`smpte2084`, HDR10/HDR10+ and Dolby Vision profiles 8.1) and HLG (`arib-std-b67`, what iPhones
 *   and most Android phones record; Dolby Vision 8.4) are tone-mapped: linear light with SDR reference
 *   white at {@link SDR_WHITE_NITS} cd/m², BT.2020 → BT.709 primaries, ffmpeg's `tonemap=mobius` (linear
 *   below the knee, so mid-tones and saturation stay as graded; highlights roll off), then the BT.709
 *   transfer and matrix, limited range.
 * - A stream with no HDR transfer tag but HDR side data (mastering display colour volume, content light
 *   level, a Dolby Vision configuration record) is taken as PQ, which all of those accompany in practice.
 * - SDR with BT.2020 primaries (transfer `bt709`, `bt2020-10` or `bt2020-12`) is only gamut-mapped to
 *   BT.709 (no tone mapping).
 * - Anything else — BT.709, BT.601, untagged, 8- or 10-bit — passes unchanged: a 10-bit SDR clip is
 *   SDR and is never tone-mapped.
 */

/** The colour fields of an ffprobe stream (`stream=color_transfer,…:stream_side_data`). */
export interface ProbedColor {
  color_transfer?: string;
  color_primaries?: string;
  color_space?: string;
  color_range?: string;
  /** Stream side data (`rotation` is read by the callers for the display matrix). */
  side_data_list?: Array<{ side_data_type?: string; rotation?: number | string }>;
}

/** How a stream's colour is handled; `hdr` carries the transfer the tone mapping reads. */
export type ColorHandling =
  | { kind: 'sdr' }
  | { kind: 'bt2020-sdr'; transfer: 'bt709' | 'bt2020-10' | 'bt2020-12' }
  | { kind: 'hdr'; transfer: 'smpte2084' | 'arib-std-b67'; primaries: 'bt2020' | 'bt709'; reason: string };

/**
 * Diffuse (reference) white of the SDR output, in cd/m², when HDR is linearised: the SDR reference
 * level of ITU-R BT.1886/BT.2035 (100 cd/m²). Measured on the HLG phone clip against its SDR original
 * (test/unit/intake/hdr.test.ts): mean saturation and luma within a few percent.
 */
export const SDR_WHITE_NITS = 100;

/** Side data that only accompanies HDR streams (ffprobe's `side_data_type` names). */
const HDR_SIDE_DATA = /mastering display|content light level|dovi configuration|dolby vision/i;

/** The handling for a probed stream's tags (see the module comment). */
export function colorHandling(stream: ProbedColor): ColorHandling {
  const transfer = stream.color_transfer ?? '';
  const primaries = stream.color_primaries === 'bt709' ? 'bt709' : 'bt2020';
  if (transfer === 'smpte2084' || transfer === 'arib-std-b67') {
    return { kind: 'hdr', transfer, primaries, reason: `transfer ${transfer}` };
  }
  const side = stream.side_data_list?.map((d) => d.side_data_type ?? '').find((t) => HDR_SIDE_DATA.test(t));
  if (side && !['bt709', 'bt470bg', 'smpte170m', 'bt2020-10', 'bt2020-12'].includes(transfer)) {
    return { kind: 'hdr', transfer: 'smpte2084', primaries, reason: `side data "${side}"` };
  }
  if (stream.color_primaries === 'bt2020' && (transfer === 'bt709' || transfer === 'bt2020-10' || transfer === 'bt2020-12' || transfer === '' || transfer === 'unknown')) {
    return { kind: 'bt2020-sdr', transfer: transfer === 'bt2020-10' || transfer === 'bt2020-12' ? transfer : 'bt709' };
  }
  return { kind: 'sdr' };
}

const matrixOf = (stream: ProbedColor): string => (stream.color_space === 'bt2020c' ? '2020_cl' : stream.color_space === 'bt709' ? '709' : '2020_ncl');
const rangeOf = (stream: ProbedColor): string => (stream.color_range === 'pc' ? 'full' : 'limited');

/**
 * The ffmpeg filter (a comma-separated chain, no labels) that turns the stream's frames into SDR
 * BT.709 limited-range yuv420p, or `undefined` when they already are. Place it after any downscale:
 * it works in 32-bit float RGB, so its cost and memory grow with the frame size.
 */
export function sdrFilter(stream: ProbedColor, handling: ColorHandling = colorHandling(stream)): string | undefined {
  const input = `min=${matrixOf(stream)}:rin=${rangeOf(stream)}`;
  if (handling.kind === 'hdr') {
    return [
      `zscale=tin=${handling.transfer}:pin=${handling.primaries}:${input}:t=linear:npl=${SDR_WHITE_NITS}`,
      'format=gbrpf32le',
      'zscale=p=bt709',
      'tonemap=tonemap=mobius:desat=0',
      'zscale=t=bt709:m=bt709:r=limited',
      'format=yuv420p',
    ].join(',');
  }
  if (handling.kind === 'bt2020-sdr') {
    return `zscale=tin=${handling.transfer}:pin=bt2020:${input}:t=bt709:p=bt709:m=bt709:r=limited,format=yuv420p`;
  }
  return undefined;
}

/** The ffprobe `-show_entries` fields {@link colorHandling} reads (append to a `stream=` list). */
export const COLOR_PROBE_FIELDS = 'color_transfer,color_primaries,color_space,color_range';
