import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../../../lambdas/domain/errors.js';
import { sniff, sniffAudio } from '../../../lambdas/engines/intake/sniff.js';
import { CALLER_TRACK_LUFS, MAX_CALLER_TRACK_S, prepareCallerTrack, probeCallerTrack } from '../../../lambdas/engines/renderer/caller-track.js';
import { RenderInputError } from '../../../lambdas/engines/renderer/errors.js';
import { loudness } from '../providers/builtin/media-checks.js';

/**
 * A caller's own music track (docs/media-intake.md "Audio", docs/renderer.md "Music"): every accepted audio
 * format, written by ffmpeg, is sniffed from its bytes and probed; images, videos, text and other files are
 * refused with what they are; the length limits hold; the bed is looped, trimmed, faded and levelled.
 */
let dir: string;
const file = (name: string) => path.join(dir, name);
/** Writes a 660 Hz tone of `seconds` with ffmpeg's encoder for `name`'s extension. */
function tone(name: string, seconds: number, codec: string[] = []): string {
  execFileSync('ffmpeg', ['-v', 'error', '-y', '-f', 'lavfi', '-i', `sine=f=660:d=${seconds}:sample_rate=44100`, ...codec, file(name)]);
  return file(name);
}
const FORMATS: Array<[string, string[], string]> = [
  ['t.mp3', [], 'mp3'],
  ['t.aac', ['-c:a', 'aac', '-f', 'adts'], 'aac'],
  ['t.m4a', ['-c:a', 'aac', '-f', 'ipod'], 'm4a'],
  ['t-isom.mp4', ['-c:a', 'aac'], 'm4a'],
  ['t.wav', [], 'wav'],
  ['t.ogg', ['-c:a', 'libvorbis'], 'ogg'],
  ['t.opus', ['-c:a', 'libopus', '-f', 'ogg'], 'ogg'],
  ['t.flac', [], 'flac'],
];

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'caller-music-'));
  for (const [name, codec] of FORMATS) tone(name, 2, codec);
  // MP3 without an ID3 tag (a bare frame stream) and a video with sound.
  tone('bare.mp3', 2, ['-id3v2_version', '0', '-write_xing', '0']);
  execFileSync('ffmpeg', ['-v', 'error', '-y', '-f', 'lavfi', '-i', 'testsrc=s=64x64:d=2', '-f', 'lavfi', '-i', 'sine=d=2', '-c:v', 'libx264', '-c:a', 'aac', '-shortest', file('video.mp4')]);
  execFileSync('ffmpeg', ['-v', 'error', '-y', '-f', 'lavfi', '-i', 'testsrc=s=64x64', '-frames:v', '1', file('still.jpg')]);
}, 60_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const refusal = (fn: () => unknown): AppError => {
  try {
    fn();
  } catch (err) {
    expect(err).toBeInstanceOf(AppError);
    return err as AppError;
  }
  throw new Error('not refused');
};

describe('sniffAudio', () => {
  it.each(FORMATS)('%s is %s… audio (%s)', (name, _codec, format) => {
    expect(sniffAudio(readFileSync(file(name)))).toMatchObject({ kind: 'audio', format });
  });

  it('reads an MP3 without an ID3 tag by its frame header', () => {
    const bytes = readFileSync(file('bare.mp3'));
    expect(bytes[0]).toBe(0xff);
    expect(sniffAudio(bytes).format).toBe('mp3');
  });

  it('refuses images, videos with a picture brand, text and unknown bytes, saying what they are', () => {
    const jpeg = refusal(() => sniffAudio(readFileSync(file('still.jpg')), 'The music_url file'));
    expect(jpeg.code).toBe('unsupported_media_type');
    expect(jpeg.message).toMatch(/^The music_url file is a JPEG image, not audio\./);
    const html = refusal(() => sniffAudio(Buffer.from('<!doctype html><html><body>Not found</body></html>')));
    expect(html.code).toBe('invalid_media');
    expect(html.message).toMatch(/HTML page/);
    expect(refusal(() => sniffAudio(Buffer.alloc(0))).code).toBe('invalid_media');
    expect(refusal(() => sniffAudio(Buffer.from('OggS\0\x02' + '\0'.repeat(22) + '\x80theora', 'latin1'))).code).toBe('unsupported_media_type');
    expect(refusal(() => sniffAudio(Buffer.from([0x00, 0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x07, 0x08]))).message).toMatch(/not in an accepted audio format/);
  });

  it('leaves media intake as it was: audio is still refused as an image or video', () => {
    for (const name of ['t.mp3', 't.wav', 't.ogg', 't.m4a']) expect(() => sniff(readFileSync(file(name)))).toThrow(AppError);
  });
});

describe('probeCallerTrack and prepareCallerTrack', () => {
  it('probes every format: an audio stream and its length', async () => {
    for (const [name, , format] of FORMATS) {
      const track = await probeCallerTrack(file(name), format as 'mp3');
      expect(track.durationS, name).toBeGreaterThan(1.9);
      expect(track.durationS, name).toBeLessThan(2.2);
    }
  }, 60_000);

  it('refuses a video, a track under 1 s and a track over 10 min, each with a music_url reason', async () => {
    await expect(probeCallerTrack(file('video.mp4'), 'm4a')).rejects.toThrow(/music_url: the file is a video/);
    await expect(probeCallerTrack(tone('blip.mp3', 0.4), 'mp3')).rejects.toThrow(/music_url: the track is 0\.\d+ s long; at least 1 s/);
    const long = file('long.mp3');
    execFileSync('ffmpeg', ['-v', 'error', '-y', '-f', 'lavfi', '-i', `anoisesrc=d=${MAX_CALLER_TRACK_S + 5}:r=8000:a=0.1`, '-ac', '1', '-b:a', '8k', long]);
    const err = await probeCallerTrack(long, 'mp3').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(RenderInputError);
    expect((err as Error).message).toBe('music_url: the track is 10:05 long; the limit is 10:00 (the video uses at most its first 60 s).');
    // A file that is not what its bytes claimed to the sniffer.
    writeFileSync(file('junk.flac'), Buffer.concat([Buffer.from('fLaC'), Buffer.alloc(4000, 7)]));
    await expect(probeCallerTrack(file('junk.flac'), 'flac')).rejects.toThrow(RenderInputError);
  }, 60_000);

  it('loops a short track, trims a long one, fades both, and levels them to the same loudness', async () => {
    const short = await probeCallerTrack(file('t.mp3'), 'mp3');
    const longTone = tone('song.mp3', 30, ['-af', 'volume=-20dB']);
    const long = await probeCallerTrack(longTone, 'mp3');
    for (const [track, out] of [[short, file('bed-short.wav')], [long, file('bed-long.wav')]] as const) {
      const { gainDb } = await prepareCallerTrack(track, 7, out);
      const d = Number(execFileSync('ffprobe', ['-v', 'error', '-show_entries', 'format=duration', '-of', 'csv=p=0', out]).toString());
      expect(d).toBeCloseTo(7, 1);
      // Sound all through the middle (the 2 s track looped past its end), faded at both ends.
      const raw = execFileSync('ffmpeg', ['-v', 'error', '-i', out, '-f', 'f32le', '-ac', '1', '-'], { maxBuffer: 16 * 1024 * 1024 });
      const x = new Float32Array(raw.buffer, raw.byteOffset, raw.length / 4);
      const rms = (a: number, b: number) => Math.sqrt(x.subarray(Math.floor(a * 48000), Math.floor(b * 48000)).reduce((s, v) => s + v * v, 0) / ((b - a) * 48000));
      const middle = rms(3, 3.5);
      expect(middle).toBeGreaterThan(0.005);
      for (const at of [1, 2.5, 4.5, 5.5]) expect(rms(at, at + 0.2), `level at ${at} s`).toBeGreaterThan(middle / 2);
      expect(rms(6.9, 7)).toBeLessThan(rms(3, 3.5) / 10);
      expect(rms(0, 0.02)).toBeLessThan(rms(3, 3.5) / 5);
      // The gain brings the bed to CALLER_TRACK_LUFS.
      const { integrated } = await loudness(out);
      expect(integrated + gainDb).toBeGreaterThan(CALLER_TRACK_LUFS - 1);
      expect(integrated + gainDb).toBeLessThan(CALLER_TRACK_LUFS + 1);
    }
  }, 60_000);
});
