import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBuiltinRenderRuntime, type JobsRuntime } from '../support/jobs-runtime.js';
import { call } from '../support/runtime.js';
import { startFileServer } from '../support/servers.js';
import { parseWebVtt } from '../unit/providers/builtin/media-checks.js';

/**
 * A caller's own music track (`music_url`, docs/renderer.md "Music", docs/media-intake.md "Audio") through
 * the whole local service with the built-in renderer: a 3 s 1 kHz MP3 served on loopback plays under the
 * roast (looped), measured in the downloaded MP4's samples between the lines the WebVTT times; the result
 * and the callback say `music_track: "caller"`. A private address is refused at submission (400
 * media_unreachable, as for image_url), `music` with `music_url` is a 422, and a JPEG or a 10:05 track
 * fails its job with a `music_url: …` reason.
 */
const JOB_TIMEOUT = 600_000;
const TONE_HZ = 1000;
const SR = 48_000;

let t: JobsRuntime;
let files: Awaited<ReturnType<typeof startFileServer>>;
let dir: string;

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'music-url-e2e-'));
  const tone = path.join(dir, 'tone.mp3');
  execFileSync('ffmpeg', ['-v', 'error', '-y', '-f', 'lavfi', '-i', `sine=f=${TONE_HZ}:d=3:sample_rate=44100`, '-b:a', '96k', tone]);
  const long = path.join(dir, 'long.mp3');
  execFileSync('ffmpeg', ['-v', 'error', '-y', '-f', 'lavfi', '-i', 'anoisesrc=d=605:r=8000:a=0.1', '-ac', '1', '-b:a', '8k', long]);
  ({ t, files } = await startBuiltinRenderRuntime({
    '/tone.mp3': { body: readFileSync(tone), contentType: 'audio/mpeg' },
    '/long.mp3': { body: readFileSync(long), contentType: 'audio/mpeg' },
    // A photo served as audio: the type comes from the bytes, never the Content-Type.
    '/fake.mp3': { body: execFileSync('ffmpeg', ['-v', 'error', '-f', 'lavfi', '-i', 'testsrc=s=64x64', '-frames:v', '1', '-f', 'mjpeg', '-']), contentType: 'audio/mpeg' },
  }));
}, 180_000);
afterAll(async () => {
  await t?.stop();
  await files?.close();
  rmSync(dir, { recursive: true, force: true });
});

/** Mono 48 kHz samples of a file's audio. */
function samplesOf(file: string): Float32Array {
  const raw = execFileSync('ffmpeg', ['-v', 'error', '-i', file, '-map', '0:a', '-ac', '1', '-ar', String(SR), '-f', 'f32le', '-'], { maxBuffer: 64 * 1024 * 1024 });
  return new Float32Array(raw.buffer, raw.byteOffset, raw.length / 4);
}

/** RMS (dBFS) of the whole window and of its component at `hz` (Goertzel), over [a, b) seconds. */
function levels(x: Float32Array, a: number, b: number, hz: number): { all: number; tone: number } {
  const s = x.subarray(Math.floor(a * SR), Math.floor(b * SR));
  const w = (2 * Math.PI * hz) / SR;
  let [s1, s2, sum] = [0, 0, 0];
  for (const v of s) {
    const s0 = v + 2 * Math.cos(w) * s1 - s2;
    s2 = s1;
    s1 = s0;
    sum += v * v;
  }
  const power = s1 * s1 + s2 * s2 - 2 * Math.cos(w) * s1 * s2;
  // A sine of amplitude A over N samples gives |X| = A·N/2; its RMS is A/√2.
  const toneRms = (2 * Math.sqrt(power)) / s.length / Math.SQRT2;
  return { all: 10 * Math.log10(sum / s.length + 1e-20), tone: 20 * Math.log10(toneRms + 1e-10) };
}

describe('music_url (built-in renderer, local runtime)', () => {
  it('refuses a private address at submission with 400 media_unreachable, and music with music_url with 422', async () => {
    for (const url of ['https://10.1.2.3/track.mp3', 'https://169.254.169.254/latest/meta-data', 'http://127.0.0.1:9/x.mp3']) {
      const res = await t.generate({ music_url: url });
      expect(res.status, url).toBe(400);
      expect(res.body.detail, url).toMatchObject({ error: 'media_unreachable', field: 'music_url' });
      expect(res.body.detail.message).toMatch(/^music_url: /);
    }
    const both = await t.generate({ music_url: `${files.url}/tone.mp3`, music: 'none' });
    expect(both.status).toBe(422);
    expect(JSON.stringify(both.body.detail)).toMatch(/body\.music/);
    const scheme = await t.generate({ music_url: 'ftp://example.com/track.mp3' });
    expect(scheme.status).toBe(422);
    expect(files.requests).toHaveLength(0);
  });

  it('plays the caller’s track under the roast, looped, between the lines; result and callback say "caller"', async () => {
    const jobId = await t.createJob({
      text: 'Bruno guards the bicycle like a bank. Nobody wants your bicycle, Bruno. Go and chase a ball for once.',
      text_mode: 'script',
      music_url: `${files.url}/tone.mp3`,
    });
    const job = await t.waitForJob(jobId, 'completed with its callback', (j) => (j.status === 'completed' && j.callback_state === 'delivered') || j.status === 'failed', JOB_TIMEOUT);
    expect(job.status, job.failure_reason ?? '').toBe('completed');
    const result = await call(t.runtime, 'GET', `/api/video-result/${jobId}`);
    expect(result.status).toBe(200);
    expect(result.body.music_track).toBe('caller');
    const callback = JSON.parse(t.receiver.forJob(jobId).at(-1)!.body) as { data: { music_track: string } };
    expect(callback.data.music_track).toBe('caller');

    const video = path.join(dir, 'roast.mp4');
    writeFileSync(video, Buffer.from(await (await fetch(result.body.video_url)).arrayBuffer()));
    const cues = parseWebVtt(await (await fetch(result.body.subtitles_url)).text());
    expect(cues.length).toBeGreaterThanOrEqual(3);
    const x = samplesOf(video);
    const end = x.length / SR;
    expect(end).toBeGreaterThan(6);
    // Between lines (the gaps between the cues, trimmed), and the tail after the last line until the fade.
    const gaps: Array<[number, number]> = [];
    for (let i = 1; i < cues.length; i++) if (cues[i]!.startS - cues[i - 1]!.endS > 0.2) gaps.push([cues[i - 1]!.endS + 0.05, cues[i]!.startS - 0.05]);
    gaps.push([cues.at(-1)!.endS + 0.1, Math.max(cues.at(-1)!.endS + 0.2, end - 1.2)]);
    expect(gaps.some(([a]) => a > 3), 'a gap after the 3 s track has ended once (looped)').toBe(true);
    for (const [a, b] of gaps) {
      const l = levels(x, a, b, TONE_HZ);
      // The track is there, and it is most of what is there.
      expect(l.tone, `1 kHz between ${a.toFixed(2)} and ${b.toFixed(2)} s`).toBeGreaterThan(-40);
      expect(l.all - l.tone, `share of the tone between ${a.toFixed(2)} and ${b.toFixed(2)} s`).toBeLessThan(3);
    }
    // Faded at the end.
    expect(levels(x, end - 0.1, end, TONE_HZ).tone).toBeLessThan(levels(x, gaps.at(-1)![0], gaps.at(-1)![1], TONE_HZ).tone - 12);
  }, JOB_TIMEOUT);

  it('fails the job when music_url is not audio (a JPEG served as audio/mpeg)', async () => {
    const jobId = await t.createJob({ music_url: `${files.url}/fake.mp3` });
    const job = await t.waitForJob(jobId, 'failed', (j) => j.status === 'failed' || j.status === 'completed', JOB_TIMEOUT);
    expect(job.status).toBe('failed');
    expect(job.failure_reason).toMatch(/^music_url: The file is a JPEG image, not audio\./);
    const status = await call(t.runtime, 'GET', `/api/video-status/${jobId}`);
    expect(status.body.detail).toMatch(/music_url: The file is a JPEG image/);
  }, JOB_TIMEOUT);

  it('fails the job when the track is longer than 10 minutes, saying so', async () => {
    const jobId = await t.createJob({ music_url: `${files.url}/long.mp3` });
    const job = await t.waitForJob(jobId, 'failed', (j) => j.status === 'failed' || j.status === 'completed', JOB_TIMEOUT);
    expect(job.status).toBe('failed');
    expect(job.failure_reason).toBe('music_url: the track is 10:05 long; the limit is 10:00 (the video uses at most its first 60 s).');
  }, JOB_TIMEOUT);
});
