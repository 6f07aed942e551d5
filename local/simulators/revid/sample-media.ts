/**
 * The media the Revid simulator serves for a ready render: a 1 s sample MP4 (made once per process with
 * ffmpeg, else an embedded clip) and a small JPEG thumbnail.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

let sampleVideo: Promise<{ bytes: Buffer; source: string }> | undefined;

/** One sample clip per process: 1 s, 320x568 orange, H.264 + silent AAC from ffmpeg, else the embedded one. */
export function loadSampleVideo(ffmpeg: string | false): Promise<{ bytes: Buffer; source: string }> {
  const fallback = { bytes: Buffer.from(FALLBACK_MP4_BASE64, 'base64'), source: 'embedded fallback' };
  if (ffmpeg === false) return Promise.resolve(fallback);
  sampleVideo ??= (async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'revid-sim-'));
    const file = path.join(dir, 'sample.mp4');
    try {
      await new Promise<void>((resolve, reject) => {
        execFile(
          ffmpeg,
          [
            '-hide_banner', '-loglevel', 'error', '-y',
            '-f', 'lavfi', '-i', 'color=c=orange:s=320x568:d=1:r=10',
            '-f', 'lavfi', '-i', 'anullsrc=r=22050:cl=mono',
            '-t', '1', '-shortest',
            '-c:v', 'libx264', '-preset', 'veryfast', '-pix_fmt', 'yuv420p',
            '-c:a', 'aac', '-b:a', '16k', '-movflags', '+faststart', file,
          ],
          { timeout: 15_000 },
          (err) => (err ? reject(err) : resolve()),
        );
      });
      const bytes = await readFile(file);
      return bytes.length > 0 ? { bytes, source: 'ffmpeg' } : fallback;
    } catch {
      return fallback;
    } finally {
      await rm(dir, { recursive: true, force: true }).catch(() => undefined);
    }
  })();
  return sampleVideo;
}

// 1 s, 64x112 orange H.264 MP4 (no audio), made with ffmpeg; used when ffmpeg is unavailable.
const FALLBACK_MP4_BASE64 = [
  'AAAAIGZ0eXBpc29tAAACAGlzb21pc28yYXZjMW1wNDEAAAL0bW9vdgAAAGxtdmhkAAAAAAAAAAAAAAAAAAAD6AAAA+gAAQAAAQAA',
  'AAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAA',
  'AkN0cmFrAAAAXHRraGQAAAADAAAAAAAAAAAAAAABAAAAAAAAA+gAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAABAAAA',
  'AAAAAAAAAAAAAABAAAAAAEAAAABwAAAAAAAkZWR0cwAAABxlbHN0AAAAAAAAAAEAAAPoAAAAAAABAAAAAAG7bWRpYQAAACBtZGhk',
  'AAAAAAAAAAAAAAAAAABAAAAAQABVxAAAAAAALWhkbHIAAAAAAAAAAHZpZGUAAAAAAAAAAAAAAABWaWRlb0hhbmRsZXIAAAABZm1p',
  'bmYAAAAUdm1oZAAAAAEAAAAAAAAAAAAAACRkaW5mAAAAHGRyZWYAAAAAAAAAAQAAAAx1cmwgAAAAAQAAASZzdGJsAAAAwnN0c2QA',
  'AAAAAAAAAQAAALJhdmMxAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAEAAcABIAAAASAAAAAAAAAABDExhdmMgbGlieDI2NAAAAAAA',
  'AAAAAAAAAAAAAAAAAAAAGP//AAAAOGF2Y0MBZAAL/+EAGmdkAAuscgREPsBEAAADAAQAAAMACDxQphGAAQAHaOhDgZSyLP34+AAA',
  'AAAQcGFzcAAAAAEAAAABAAAAFGJ0cnQAAAAAAAAWuAAAFrgAAAAYc3R0cwAAAAAAAAABAAAAAQAAQAAAAAAcc3RzYwAAAAAAAAAB',
  'AAAAAQAAAAEAAAABAAAAFHN0c3oAAAAAAAAC1wAAAAEAAAAUc3RjbwAAAAAAAAABAAADJAAAAD11ZHRhAAAANW1ldGEAAAAAAAAA',
  'IWhkbHIAAAAAAAAAAG1kaXJhcHBsAAAAAAAAAAAAAAAACGlsc3QAAAAIZnJlZQAAAt9tZGF0AAACrwYF//+r3EXpvebZSLeWLNgg',
  '2SPu73gyNjQgLSBjb3JlIDE2NCByMzA5NSBiYWVlNDAwIC0gSC4yNjQvTVBFRy00IEFWQyBjb2RlYyAtIENvcHlsZWZ0IDIwMDMt',
  'MjAyMiAtIGh0dHA6Ly93d3cudmlkZW9sYW4ub3JnL3gyNjQuaHRtbCAtIG9wdGlvbnM6IGNhYmFjPTEgcmVmPTE2IGRlYmxvY2s9',
  'MTowOjAgYW5hbHlzZT0weDM6MHgxMzMgbWU9dW1oIHN1Ym1lPTEwIHBzeT0xIHBzeV9yZD0xLjAwOjAuMDAgbWl4ZWRfcmVmPTEg',
  'bWVfcmFuZ2U9MjQgY2hyb21hX21lPTEgdHJlbGxpcz0yIDh4OGRjdD0xIGNxbT0wIGRlYWR6b25lPTIxLDExIGZhc3RfcHNraXA9',
  'MSBjaHJvbWFfcXBfb2Zmc2V0PS0yIHRocmVhZHM9MyBsb29rYWhlYWRfdGhyZWFkcz0xIHNsaWNlZF90aHJlYWRzPTAgbnI9MCBk',
  'ZWNpbWF0ZT0xIGludGVybGFjZWQ9MCBibHVyYXlfY29tcGF0PTAgY29uc3RyYWluZWRfaW50cmE9MCBiZnJhbWVzPTggYl9weXJh',
  'bWlkPTIgYl9hZGFwdD0yIGJfYmlhcz0wIGRpcmVjdD0zIHdlaWdodGI9MSBvcGVuX2dvcD0wIHdlaWdodHA9MiBrZXlpbnQ9MjUw',
  'IGtleWludF9taW49MSBzY2VuZWN1dD00MCBpbnRyYV9yZWZyZXNoPTAgcmNfbG9va2FoZWFkPTYwIHJjPWNyZiBtYnRyZWU9MSBj',
  'cmY9NTEuMCBxY29tcD0wLjYwIHFwbWluPTAgcXBtYXg9NjkgcXBzdGVwPTQgaXBfcmF0aW89MS40MCBhcT0xOjEuMDAAgAAAACBl',
  'iIEAAr8SAg3/gNkBJyYYYHCqkYoYTW3PZgjpFJ7S0Q==',
].join('');
// 32x56 orange JPEG thumbnail.
export const THUMBNAIL_JPEG_BASE64 = [
  '/9j/4AAQSkZJRgABAgAAAQABAAD//gAQTGF2YzU5LjM3LjEwMAD/2wBDAAgUFBcUFxsbGxsbGyAeICEhISAgICAhISEkJCQqKiok',
  'JCQhISQkKCgqKi4vLisrKisvLzIyMjw8OTlGRkhWVmf/xABNAAEBAAAAAAAAAAAAAAAAAAAABgEBAQEAAAAAAAAAAAAAAAAAAAYH',
  'EAEAAAAAAAAAAAAAAAAAAAAAEQEAAAAAAAAAAAAAAAAAAAAA/8AAEQgAOAAgAwEiAAIRAAMRAP/aAAwDAQACEQMRAD8ArQGOroAA',
  'AAAAAAAAAAAB/9k=',
].join('');
