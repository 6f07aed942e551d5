import { errorOf, PETS_EVAL } from '../../support/shared-data.js';
import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { AppError } from '../../../lambdas/domain/errors.js';
import { sharp } from '../../../lambdas/engines/intake/sharp-safe.js';
import { sniff } from '../../../lambdas/engines/intake/sniff.js';
import { sampleVideoFrames } from '../../../lambdas/engines/intake/video-frames.js';
import { useToolPaths } from '../../../lambdas/domain/system-tools.js';
import { requireTool } from '../../support/system-tools.js';

/**
 * Frame sampling with the real ffmpeg on clips generated from a dev photo (docs/reference/reliability.md D5):
 * frames spread over the window, caps, forced demuxers with `-protocol_whitelist file`, and the
 * HLS/AVI local-file-read tricks refused with no file content in any output.
 * ffmpeg/ffprobe are wrapped in recorder scripts so every invocation's arguments can be checked.
 */

const FFMPEG = requireTool('ffmpeg');
const FFPROBE = requireTool('ffprobe');
const PHOTO = join(PETS_EVAL, 'darknet-dog-bicycle-truck.jpg');
const PASSWD_LINE = existsSync('/etc/passwd') ? (readFileSync('/etc/passwd', 'utf8').split('\n')[0] ?? 'root:x:0:0') : 'root:x:0:0';


/** Everything an error could reveal: message, detail and the cause chain (stderr included). */
const everythingIn = (err: AppError): string => {
  const parts = [err.message, JSON.stringify(err.toDetail())];
  let cause: unknown = err.cause;
  while (cause instanceof Error) {
    parts.push(cause.message);
    cause = cause.cause;
  }
  return parts.join('\n');
};

describe('Function: sampleVideoFrames', () => {
  let dir: string;
  let log: string;
  let clipMp4: Buffer;
  let clipWebm: Buffer;
  let rotated: Buffer;
  let wide: Buffer;

  const ffmpeg = (...args: string[]) => execFileSync(FFMPEG!, ['-hide_banner', '-v', 'error', '-y', ...args], { stdio: 'ignore' });

  /** Every recorded invocation: the tool name and its argument list. */
  const invocations = (): Array<{ tool: string; args: string[] }> =>
    (existsSync(log) ? readFileSync(log, 'utf8') : '')
      .split('---END---\n')
      .filter(Boolean)
      .map((block) => {
        const [tool, ...args] = block.split('\n').filter((line, i, all) => i < all.length - 1 || line !== '');
        return { tool: tool!, args };
      });

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'video-test-'));
    log = join(dir, 'invocations.log');
    for (const [name, real] of [['ffmpeg', FFMPEG!], ['ffprobe', FFPROBE!]] as const) {
      const script = join(dir, `${name}-recorder.sh`);
      writeFileSync(script, `#!/bin/sh\n{ echo ${name}; for a in "$@"; do printf '%s\\n' "$a"; done; echo ---END---; } >> '${log}'\nexec '${real}' "$@"\n`);
      chmodSync(script, 0o755);
    }
    const src = join(dir, 'src');
    ffmpeg('-loop', '1', '-t', '3', '-i', PHOTO, '-vf', 'scale=320:-2,format=yuv420p', '-r', '10', '-c:v', 'libx264', '-preset', 'ultrafast', `${src}.mp4`);
    ffmpeg('-loop', '1', '-t', '2', '-i', PHOTO, '-vf', 'scale=320:-2', '-r', '10', '-c:v', 'libvpx-vp9', '-deadline', 'realtime', '-cpu-used', '8', `${src}.webm`);
    ffmpeg('-i', `${src}.mp4`, '-c', 'copy', '-metadata:s:v:0', 'rotate=90', `${src}-rotated.mp4`);
    ffmpeg('-f', 'lavfi', '-i', 'testsrc=size=1920x1080:rate=5:duration=1', '-c:v', 'libx264', '-preset', 'ultrafast', '-pix_fmt', 'yuv420p', `${src}-wide.mp4`);
    clipMp4 = readFileSync(`${src}.mp4`);
    clipWebm = readFileSync(`${src}.webm`);
    rotated = readFileSync(`${src}-rotated.mp4`);
    wide = readFileSync(`${src}-wide.mp4`);
  }, 60_000);
  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
  });
  beforeEach(() => {
    rmSync(log, { force: true });
    useToolPaths({ ffmpeg: join(dir, 'ffmpeg-recorder.sh'), ffprobe: join(dir, 'ffprobe-recorder.sh') });
  });
  afterEach(() => {
    useToolPaths({});
  });

  it('spreads 8 JPEG frames over a 3 s MP4', async () => {
    // Act
    const video = await sampleVideoFrames(clipMp4, { frames: 8, windowS: 30 });

    // Assess
    expect(video).toMatchObject({ format: 'mp4', width: 320, height: 240 });
    expect(video.durationS).toBeGreaterThanOrEqual(3);
    expect(video.durationS).toBeLessThan(3.5);
    const times = video.frames.map((f) => f.timeS);
    expect(times).toHaveLength(8);
    expect(times[0]).toBe(0);
    for (let i = 1; i < times.length; i++) expect(times[i]!).toBeGreaterThan(times[i - 1]!);
    expect(times.at(-1)!).toBeGreaterThan(video.durationS * 0.75);
    expect(times.at(-1)!).toBeLessThan(video.durationS);
    for (const frame of video.frames) {
      expect(sniff(frame.bytes).format).toBe('jpeg');
      const meta = await sharp(frame.bytes).metadata();
      expect([meta.width, meta.height]).toEqual([320, 240]);
    }
  });

  it('samples only the window, and as many frames as asked, reporting each frame’s own timestamp', async () => {
    // 10 fps: the first frames at or after 0, 1/3 and 2/3 s.
    const video = await sampleVideoFrames(clipMp4, { frames: 3, windowS: 1 });
    expect(video.frames.map((f) => f.timeS)).toEqual([0, 0.4, 0.7]);
  });

  it('reads WebM with the matroska demuxer', async () => {
    const video = await sampleVideoFrames(clipWebm, { frames: 4 });
    expect(video).toMatchObject({ format: 'webm', width: 320, height: 240 });
    expect(video.durationS).toBeGreaterThanOrEqual(1.9);
    expect(video.durationS).toBeLessThan(2.5);
    const step = video.durationS / 4;
    // Each frame is the first at or after i·step (10 fps: within 0.1 s of it).
    video.frames.forEach((frame, i) => {
      expect(frame.timeS).toBeGreaterThanOrEqual(i * step - 1e-6);
      expect(frame.timeS).toBeLessThan(i * step + 0.1);
    });
    expect(invocations().every(({ args }) => args.includes('matroska') && !args.includes('mov'))).toBe(true);
  });

  it('applies the container rotation to the reported size and to the frames', async () => {
    const video = await sampleVideoFrames(rotated, { frames: 2 });
    expect([video.width, video.height]).toEqual([240, 320]);
    const meta = await sharp(video.frames[0]!.bytes).metadata();
    expect([meta.width, meta.height]).toEqual([240, 320]);
  });

  it('scales frames down to a 1280 px long side', async () => {
    const video = await sampleVideoFrames(wide, { frames: 2 });
    expect([video.width, video.height]).toEqual([1920, 1080]);
    const meta = await sharp(video.frames[0]!.bytes).metadata();
    expect([meta.width, meta.height]).toEqual([1280, 720]);
  });

  it('runs every ffprobe/ffmpeg input with -protocol_whitelist file and a forced demuxer', async () => {
    await sampleVideoFrames(clipMp4, { frames: 4 });
    const calls = invocations();
    // Probe, packet scan, then one ffmpeg run.
    expect(calls.map((c) => c.tool)).toEqual(['ffprobe', 'ffprobe', 'ffmpeg']);
    for (const probeArgs of [calls[0]!.args, calls[1]!.args]) {
      // ffprobe: one positional input at the end, every guard before it.
      const probeInput = probeArgs.at(-1)!;
      expect(probeInput).toMatch(/^file:\//);
      expect(probeArgs.slice(0, -1)).toEqual(expect.arrayContaining(['-protocol_whitelist', 'file', '-f', 'mov', '-format_whitelist', '-enable_drefs']));
    }
    // ffmpeg: ONE input (one decoder, bounded memory) with its guards, 2 decoder threads, no autorotate.
    const ffmpegArgs = calls[2]!.args;
    const inputs = ffmpegArgs.flatMap((a, i) => (a === '-i' ? [i] : []));
    expect(inputs).toHaveLength(1);
    const own = ffmpegArgs.slice(0, inputs[0]);
    expect(own).toEqual(expect.arrayContaining(['-protocol_whitelist', 'file', '-f', 'mov', '-format_whitelist', '-enable_drefs', '-noautorotate']));
    expect(own[own.indexOf('-protocol_whitelist') + 1]).toBe('file');
    expect(own[own.indexOf('-threads') + 1]).toBe('2');
    expect(ffmpegArgs[inputs[0]! + 1]).toMatch(/^file:\//);
    for (const { args } of calls) expect(args.join(' ')).not.toMatch(/\b(hls|concat|data|http|https|tcp|udp)\b/);
  });

  it('enforces the duration and resolution caps before decoding frames', async () => {
    const longErr = await errorOf(sampleVideoFrames(clipMp4, { maxDurationS: 2 }));
    expect(longErr.code).toBe('invalid_media');
    expect(longErr.message).toMatch(/the limit is 2 s/);
    const bigErr = await errorOf(sampleVideoFrames(wide, { maxPixels: 1_000_000 }));
    expect(bigErr.code).toBe('invalid_media');
    expect(bigErr.message).toMatch(/1920×1080/);
    expect(invocations().map((c) => c.tool)).toEqual(['ffprobe', 'ffprobe']);
  });

  it('refuses a truncated MP4 and kills a run at its deadline', async () => {
    const truncated = await errorOf(sampleVideoFrames(clipMp4.subarray(0, Math.floor(clipMp4.length * 0.3))));
    expect(truncated.code).toBe('invalid_media');
    expect(truncated.message).toMatch(/could not be read as MP4/);
    const slow = await errorOf(sampleVideoFrames(clipMp4, { timeoutMs: 1 }));
    expect(slow.code).toBe('invalid_media');
    expect(slow.message).toMatch(/too long/);
  });

  it('removes its temp files after success and after failure', async () => {
    const tmp = mkdtempSync(join(dir, 'tmp-'));
    await sampleVideoFrames(clipMp4, { frames: 2, tmpDir: tmp });
    await errorOf(sampleVideoFrames(clipMp4.subarray(0, 5000), { tmpDir: tmp }));
    expect(readdirSync(tmp)).toEqual([]);
  });

  describe('D5: HLS and AVI tricks', () => {
    const playlist = [
      '#EXTM3U',
      '#EXT-X-MEDIA-SEQUENCE:0',
      '#EXTINF:10.0,',
      'concat:http://example.org/header.y4m|file:///etc/passwd',
      '#EXTINF:10.0,',
      'file:///etc/passwd',
      '#EXT-X-ENDLIST',
      '',
    ].join('\n');

    /** The 2017 trick: an AVI whose GAB2 subtitle chunk carries an HLS playlist. */
    const aviWithPlaylist = (): Buffer => {
      const gab2 = Buffer.concat([Buffer.from('GAB2\0\x02\0', 'latin1'), Buffer.from(playlist, 'latin1')]);
      const chunk = (id: string, data: Buffer) => {
        const head = Buffer.alloc(8);
        head.write(id, 0, 'latin1');
        head.writeUInt32LE(data.length, 4);
        return Buffer.concat([head, data, Buffer.alloc(data.length % 2)]);
      };
      const list = (type: string, ...items: Buffer[]) => chunk('LIST', Buffer.concat([Buffer.from(type, 'latin1'), ...items]));
      const body = Buffer.concat([
        Buffer.from('AVI ', 'latin1'),
        list('hdrl', chunk('avih', Buffer.alloc(56)), list('strl', chunk('strh', Buffer.alloc(56)), chunk('strf', Buffer.alloc(40)))),
        list('movi', chunk('00tx', gab2)),
      ]);
      const head = Buffer.alloc(8);
      head.write('RIFF', 0, 'latin1');
      head.writeUInt32LE(body.length, 4);
      return Buffer.concat([head, body]);
    };

    const ftypThen = (payload: string): Buffer =>
      Buffer.concat([Buffer.from([0, 0, 0, 0x18]), Buffer.from('ftypisom\0\0\0\0isommp41', 'latin1'), Buffer.from(payload, 'latin1')]);
    const ebmlThen = (payload: string): Buffer =>
      Buffer.concat([Buffer.from('1a45dfa3a34286810142f7810142f2810442f381084282886d6174726f736b61', 'hex'), Buffer.from(payload, 'latin1')]);

    it.each([
      ['an HLS-in-AVI file', aviWithPlaylist, 'unsupported_media_type', /AVI/],
      ['a bare HLS playlist', () => Buffer.from(playlist, 'latin1'), 'unsupported_media_type', /HLS/],
      ['a playlist with a UTF-8 BOM', () => Buffer.from(`\ufeff${playlist}`, 'utf8'), 'unsupported_media_type', /HLS/],
    ])('refuses %s without ever starting ffmpeg', async (_name, make, code, message) => {
      const err = await errorOf(sampleVideoFrames(make()));
      expect(err.code).toBe(code);
      expect(err.message).toMatch(message);
      expect(invocations()).toEqual([]);
      expect(everythingIn(err)).not.toContain(PASSWD_LINE);
    });

    it.each([
      ['behind an MP4 header', () => ftypThen(playlist), 'mov'],
      ['behind a Matroska header', () => ebmlThen(playlist), 'matroska'],
    ])('a playlist %s only ever reaches the forced demuxer, which refuses it', async (_name, make, demuxer) => {
      const err = await errorOf(sampleVideoFrames(make()));
      expect(err.code).toBe('invalid_media');
      expect(everythingIn(err)).not.toContain(PASSWD_LINE);
      const calls = invocations();
      expect(calls.map((c) => c.tool)).toEqual(['ffprobe']);
      const args = calls[0]!.args;
      expect(args[args.indexOf('-f') + 1]).toBe(demuxer);
      expect(args[args.indexOf('-protocol_whitelist') + 1]).toBe('file');
    });
  });

  it('is a 502 detector_error with a clear message when ffmpeg is not installed', async () => {
    useToolPaths({ ffmpeg: join(dir, 'ffmpeg-recorder.sh'), ffprobe: join(dir, 'no-such-ffprobe') });
    const err = await errorOf(sampleVideoFrames(clipMp4));
    expect(err.status).toBe(502);
    expect(err.code).toBe('detector_error');
    expect(err.message).toMatch(/ffmpeg is not installed; video detection needs it/);
  });

  it('refuses images and empty input', async () => {
    expect((await errorOf(sampleVideoFrames(readFileSync(PHOTO)))).code).toBe('unsupported_media_type');
    expect((await errorOf(sampleVideoFrames(Buffer.alloc(0)))).code).toBe('invalid_media');
  });
});
