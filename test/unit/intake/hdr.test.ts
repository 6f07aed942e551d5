import { FIELD_CASES } from '../../support/shared-data.js';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { colorHandling, sdrFilter } from '../../../lambdas/engines/intake/hdr.js';
import { sampleVideoFrames, type ProcessStats } from '../../../lambdas/engines/intake/video-frames.js';
import { makeHdrFixtures, type HdrFixtures } from '../../support/hdr-fixtures.js';
import { signalStats } from '../providers/builtin/media-checks.js';

/**
 * Phone HDR video in the detector's frame sampling (docs/media-intake.md "HDR video"): the frames the
 * detector judges must have the colours of the SDR original, measured with ffmpeg's signalstats, for
 * the HLG field case and PQ / HLG-in-MOV / BT.2020 SDR flavours made here; a 10-bit SDR clip is left as
 * it is. The decision comes from the stream's tags only.
 */

let dir: string;
let fx: HdrFixtures;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'hdr-sampler-'));
  fx = makeHdrFixtures(join(FIELD_CASES, 'sdr-vertical-dog.mp4'), dir);
}, 120_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Mean luma and saturation over the sampled JPEG frames of `file`. */
async function sampledStats(file: string, frames = 3): Promise<{ luma: number; saturation: number }> {
  const video = await sampleVideoFrames(readFileSync(file), { frames });
  expect(video.frames.length).toBe(frames);
  let luma = 0;
  let saturation = 0;
  for (const [i, frame] of video.frames.entries()) {
    const jpeg = join(dir, `${Math.random().toString(36).slice(2)}-${i}.jpg`);
    writeFileSync(jpeg, frame.bytes);
    const s = await signalStats(jpeg);
    luma += s.luma / video.frames.length;
    saturation += s.saturation / video.frames.length;
  }
  return { luma, saturation };
}

describe('colour handling decided from the stream tags', () => {
  it.each([
    [{ color_transfer: 'arib-std-b67', color_primaries: 'bt2020' }, 'hdr'],
    [{ color_transfer: 'smpte2084', color_primaries: 'bt2020' }, 'hdr'],
    [{ color_primaries: 'bt2020', side_data_list: [{ side_data_type: 'Mastering display metadata' }] }, 'hdr'],
    [{ side_data_list: [{ side_data_type: 'DOVI configuration record' }] }, 'hdr'],
    [{ color_transfer: 'bt2020-10', color_primaries: 'bt2020' }, 'bt2020-sdr'],
    [{ color_transfer: 'bt709', color_primaries: 'bt709' }, 'sdr'],
    [{}, 'sdr'],
    [{ color_transfer: 'smpte170m', color_primaries: 'smpte170m', side_data_list: [{ side_data_type: 'Display Matrix' }] }, 'sdr'],
  ])('%j → %s', (stream, kind) => {
    expect(colorHandling(stream).kind).toBe(kind);
    expect(sdrFilter(stream) === undefined).toBe(kind === 'sdr');
  });
});

describe('sampled frames of HDR clips look like the SDR original', () => {
  it('the field case hdr-hlg-vertical-dog.mp4 (HEVC Main10 HLG, 1080×1920) against sdr-vertical-dog.mp4', async () => {
    // Act
    const sdr = await sampledStats(join(FIELD_CASES, 'sdr-vertical-dog.mp4'));
    const hlg = await sampledStats(join(FIELD_CASES, 'hdr-hlg-vertical-dog.mp4'));

    // Assess: untreated, the HLG frames measure about 14 saturation and 86 luma against 27 and 120.
    console.log(`sampler: SDR ${sdr.saturation.toFixed(1)} sat / ${sdr.luma.toFixed(1)} luma; HLG ${hlg.saturation.toFixed(1)} / ${hlg.luma.toFixed(1)}`);
    expect(Math.abs(hlg.saturation - sdr.saturation)).toBeLessThan(0.1 * sdr.saturation);
    expect(Math.abs(hlg.luma - sdr.luma)).toBeLessThan(0.08 * sdr.luma);
  }, 120_000);

  it.each([
    ['PQ / HDR10 in MP4', 'pq'],
    ['HLG in MOV', 'hlgMov'],
    ['SDR with BT.2020 primaries (gamut only)', 'bt2020Sdr'],
    ['10-bit SDR BT.709 (never tone-mapped)', 'sdr10'],
  ] as const)('sibling: %s', async (_name, key) => {
    const sdr = await sampledStats(fx.sdr);
    const other = await sampledStats(fx[key]);
    console.log(`sampler ${key}: ${other.saturation.toFixed(1)} sat / ${other.luma.toFixed(1)} luma (SDR ${sdr.saturation.toFixed(1)} / ${sdr.luma.toFixed(1)})`);
    const tight = key === 'sdr10' || key === 'bt2020Sdr';
    expect(Math.abs(other.saturation - sdr.saturation)).toBeLessThan((tight ? 0.04 : 0.1) * sdr.saturation);
    expect(Math.abs(other.luma - sdr.luma)).toBeLessThan((tight ? 0.02 : 0.08) * sdr.luma);
  }, 120_000);

  it('the 4K HLG MOV field case is tone-mapped within the sampler memory bound', async () => {
    const stats: ProcessStats[] = [];
    const video = await sampleVideoFrames(readFileSync(join(FIELD_CASES, 'hevc-4k-hlg-10bit.mov')), { frames: 3, onProcess: (s) => stats.push(s) });
    const peak = Math.max(...stats.filter((s) => s.tool === 'ffmpeg').map((s) => s.peakRssMb));
    console.log(`4K HLG sampler ffmpeg peak RSS ${peak} MiB`);
    expect(video.frames).toHaveLength(3);
    expect(peak).toBeLessThan(600);
  }, 120_000);
});
