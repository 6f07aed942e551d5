import { execFileSync } from 'node:child_process';
import path from 'node:path';

/**
 * Phone-style colour flavours of one SDR clip, made with ffmpeg (libx265, zscale) into `dir`: the
 * pixels are the SDR clip's, converted to each flavour's transfer and primaries the way a camera
 * pipeline would (linear light with SDR reference white at 100 cd/m²), so a correct conversion back to
 * SDR BT.709 must give the SDR clip's colours again. Small (540×960, `seconds` long), never committed.
 */
export interface HdrFixtures {
  /** The SDR BT.709 8-bit H.264 reference, scaled like the others. */
  sdr: string;
  /** HEVC Main10, PQ (SMPTE ST 2084), BT.2020, HDR10 mastering display and content light level SEI; MP4. */
  pq: string;
  /** HEVC Main10, HLG (ARIB STD-B67), BT.2020; MOV (what iPhones write). */
  hlgMov: string;
  /** HEVC Main10, SDR BT.709: 10 bits but NOT HDR (must not be tone-mapped). */
  sdr10: string;
  /** HEVC Main10, SDR with BT.2020 primaries and the BT.2020 10-bit transfer (gamut-mapped only). */
  bt2020Sdr: string;
  /** The SDR reference turned landscape (960×540 H.264): the renderer fits it over its blurred copy. */
  sdrLandscape: string;
  /** The same landscape picture as HLG (HEVC Main10, BT.2020), MP4. */
  hlgLandscape: string;
}

const X265_COMMON = 'log-level=error:repeat-headers=1';

/** Writes the flavours of the first `seconds` of `source` (any SDR BT.709 video) into `dir`. */
export function makeHdrFixtures(source: string, dir: string, seconds = 1): HdrFixtures {
  const out = (name: string) => path.join(dir, name);
  const ffmpeg = (...args: string[]) => execFileSync('ffmpeg', ['-hide_banner', '-v', 'error', '-y', '-t', String(seconds), '-i', source, '-an', ...args], { stdio: ['ignore', 'ignore', 'inherit'] });
  const toLinear = 'scale=540:960,zscale=tin=bt709:pin=bt709:min=bt709:rin=limited:t=linear:npl=100,format=gbrpf32le';
  const hevc = (params: string, tag: string[]) => ['-c:v', 'libx265', '-preset', 'ultrafast', '-x265-params', `${X265_COMMON}:${params}`, ...tag, '-tag:v', 'hvc1'];
  const f: HdrFixtures = {
    sdr: out('sdr.mp4'),
    pq: out('pq.mp4'),
    hlgMov: out('hlg.mov'),
    sdr10: out('sdr10.mp4'),
    bt2020Sdr: out('bt2020-sdr.mp4'),
    sdrLandscape: out('sdr-landscape.mp4'),
    hlgLandscape: out('hlg-landscape.mp4'),
  };
  ffmpeg('-vf', 'scale=540:960,format=yuv420p', '-c:v', 'libx264', '-preset', 'ultrafast', '-color_primaries', 'bt709', '-color_trc', 'bt709', '-colorspace', 'bt709', f.sdr);
  ffmpeg(
    '-vf', `${toLinear},zscale=t=smpte2084:p=bt2020:m=bt2020nc:r=limited:npl=100,format=yuv420p10le`,
    ...hevc('hdr10=1:colorprim=bt2020:transfer=smpte2084:colormatrix=bt2020nc:master-display=G(13250,34500)B(7500,3000)R(34000,16000)WP(15635,16450)L(10000000,1):max-cll=1000,400', []),
    f.pq,
  );
  ffmpeg(
    '-vf', `${toLinear},zscale=t=arib-std-b67:p=bt2020:m=bt2020nc:r=limited:npl=100,format=yuv420p10le`,
    ...hevc('colorprim=bt2020:transfer=arib-std-b67:colormatrix=bt2020nc', []),
    '-f', 'mov', f.hlgMov,
  );
  ffmpeg('-vf', 'scale=540:960,format=yuv420p10le', ...hevc('colorprim=bt709:transfer=bt709:colormatrix=bt709', []), f.sdr10);
  ffmpeg(
    '-vf', 'scale=540:960,zscale=tin=bt709:pin=bt709:min=bt709:rin=limited:t=bt2020-10:p=bt2020:m=bt2020nc:r=limited,format=yuv420p10le',
    ...hevc('colorprim=bt2020:transfer=bt2020-10:colormatrix=bt2020nc', []),
    f.bt2020Sdr,
  );
  ffmpeg('-vf', 'scale=540:960,transpose=clock,format=yuv420p', '-c:v', 'libx264', '-preset', 'ultrafast', '-color_primaries', 'bt709', '-color_trc', 'bt709', '-colorspace', 'bt709', f.sdrLandscape);
  ffmpeg(
    '-vf', `${toLinear},transpose=clock,zscale=t=arib-std-b67:p=bt2020:m=bt2020nc:r=limited:npl=100,format=yuv420p10le`,
    ...hevc('colorprim=bt2020:transfer=arib-std-b67:colormatrix=bt2020nc', []),
    f.hlgLandscape,
  );
  return f;
}
