import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BuiltinVideoProvider, type RenderRoastVideo } from '../../../../lambdas/engines/renderer/video-provider.js';
import type { BuiltinRenderInput } from '../../../../lambdas/engines/renderer/index.js';
import { makeJob } from '../../../support/job-fakes.js';
import { startFileServer } from '../../../support/servers.js';

/**
 * What the `builtin` provider hands the renderer from a stored job (docs/renderer.md "Filter looks",
 * "The caller's own track"): the roast subject's track through a clip, and the caller's music fetched
 * through the SSRF-safe intake into the work directory (a loopback server on the policy's allow-list).
 */
let files: Awaited<ReturnType<typeof startFileServer>>;
beforeAll(async () => {
  const mp3 = execFileSync('ffmpeg', ['-v', 'error', '-f', 'lavfi', '-i', 'sine=d=2', '-f', 'mp3', '-']);
  files = await startFileServer({ '/song.mp3': { body: mp3, contentType: 'application/octet-stream' }, '/page': { body: '<!doctype html><p>hi</p>', contentType: 'audio/mpeg' } });
});
afterAll(() => files?.close());

function provider(seen: BuiltinRenderInput[]) {
  const render: RenderRoastVideo = async (input) => {
    seen.push({ ...input, ...(input.callerMusic ? { callerMusic: { ...input.callerMusic, bytes: readFileSync(input.callerMusic.path) } } : {}) } as BuiltinRenderInput);
    throw Object.assign(new Error('stop here'), { retryable: false });
  };
  const media = { get: async () => ({ body: Buffer.from('fake'), contentType: 'video/mp4' }), put: async () => undefined };
  return new BuiltinVideoProvider({ media: media as never, render, maxMediaBytes: 1e6, outbound: { allowedHosts: [files.hostPort] } });
}

describe('BuiltinVideoProvider inputs', () => {
  it('passes the subject’s box per sampled frame of a clip, following it from the best frame', async () => {
    const seen: BuiltinRenderInput[] = [];
    const job = makeJob({
      media_kind: 'video',
      media_content_type: 'video/mp4',
      pet_boxes: [{ x: 110, y: 0, width: 10, height: 10, label: 'dog' }],
      pet_frame_time_s: 1,
      pet_track: [
        { t: 0, x: 100, y: 0, width: 10, height: 10, label: 'dog' },
        { t: 0, x: 600, y: 0, width: 10, height: 10, label: 'dog' },
        { t: 1, x: 110, y: 0, width: 10, height: 10, label: 'dog' },
        { t: 2, x: 120, y: 0, width: 10, height: 10, label: 'dog' },
        { t: 2, x: 40, y: 0, width: 10, height: 10, label: 'cat' },
      ],
    });
    await expect(provider(seen).start({ job, narration: { lines: ['Hi.'], language: 'en' } } as never)).rejects.toThrow('stop here');
    expect(seen[0]!.subjectTrack).toEqual([
      { timeS: 0, x: 100, y: 0, width: 10, height: 10 },
      { timeS: 1, x: 110, y: 0, width: 10, height: 10 },
      { timeS: 2, x: 120, y: 0, width: 10, height: 10 },
    ]);
    expect(seen[0]!.callerMusic).toBeUndefined();
  });

  it('fetches music_url into the work directory as sniffed audio; refuses a private address and a page with a music_url reason', async () => {
    const seen: BuiltinRenderInput[] = [];
    const job = makeJob({ music_url: `${files.url}/song.mp3` });
    await expect(provider(seen).start({ job, narration: { lines: ['Hi.'], language: 'en' } } as never)).rejects.toThrow('stop here');
    const music = seen[0]!.callerMusic as unknown as { path: string; format: string; bytes: Buffer };
    expect(music.format).toBe('mp3');
    expect(music.path).toMatch(/music\.mp3$/);
    expect(music.bytes.subarray(0, 3).toString('latin1')).toBe('ID3');

    const privateJob = makeJob({ music_url: 'https://10.0.0.7/song.mp3' });
    await expect(provider([]).start({ job: privateJob, narration: { lines: ['Hi.'], language: 'en' } } as never)).rejects.toMatchObject({
      code: 'media_unreachable',
      message: expect.stringMatching(/^music_url: /),
      retryable: false,
    });
    await expect(provider([]).start({ job: makeJob({ music_url: `${files.url}/page` }), narration: { lines: ['Hi.'], language: 'en' } } as never)).rejects.toMatchObject({
      code: 'invalid_media',
      message: expect.stringMatching(/^music_url: The file is an HTML page/),
    });
  });
});
