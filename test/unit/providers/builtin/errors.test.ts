import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RenderError, RenderInputError, renderRoastVideo, isPermanentRenderError } from '../../../../lambdas/engines/renderer/index.js';
import { badInputsDir, evalDir } from '../../detection/helpers.js';

// Bad and hostile input fails with a typed error and a clear reason, never a hang (the test timeout
// is only a guard), and leaves nothing behind in the work directory.
let work: string;
beforeAll(() => {
  work = mkdtempSync(path.join(tmpdir(), 'builtin-errors-test-'));
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

const dog = path.join(evalDir, 'darknet-dog-bicycle-truck.jpg');
const script = { lines: ['A short roast line.'], language: 'en' as const };

async function failure(promise: Promise<unknown>): Promise<Error> {
  const err = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(Error);
  return err as Error;
}

describe('renderRoastVideo with bad input', () => {
  it.each([
    ['truncated-half-cat.jpg', /could not be (decoded|read)/],
    ['text-file-named-as.jpg', /not a supported image or video/],
    ['empty-zero-bytes.jpg', /not a supported image or video/],
  ])('refuses the corrupt stored photo %s permanently', async (file, reason) => {
    const err = await failure(renderRoastVideo({ media: { path: path.join(badInputsDir, file), kind: 'image' }, boxes: [], script, workDir: work }));
    expect(err).toBeInstanceOf(RenderInputError);
    expect(isPermanentRenderError(err)).toBe(true);
    expect(err.message).toMatch(reason);
    expect(readdirSync(work).filter((f) => f.startsWith('builtin-'))).toEqual([]);
  }, 60_000);

  it('refuses a corrupt stored video (an MP4 cut in half, no movie header) permanently', async () => {
    const whole = path.join(work, 'whole.mp4');
    execFileSync('ffmpeg', ['-v', 'error', '-y', '-f', 'lavfi', '-i', 'testsrc2=s=320x240:r=30', '-t', '2', '-pix_fmt', 'yuv420p', '-c:v', 'libx264', '-preset', 'ultrafast', whole]);
    const bytes = readFileSync(whole);
    const cut = path.join(work, 'cut.mp4');
    writeFileSync(cut, bytes.subarray(0, Math.floor(bytes.length / 2)));
    rmSync(whole);
    const err = await failure(renderRoastVideo({ media: { path: cut, kind: 'video' }, boxes: [], script, workDir: work }));
    expect(err).toBeInstanceOf(RenderInputError);
    expect(err.message).toMatch(/video could not be read/);
    rmSync(cut);
  }, 60_000);

  it('refuses media whose bytes are not the kind the job expects', async () => {
    const err = await failure(renderRoastVideo({ media: { path: dog, kind: 'video' }, boxes: [], script, workDir: work }));
    expect(err).toBeInstanceOf(RenderInputError);
    expect(err.message).toMatch(/is a image \(jpeg\), not the video/);
  });

  it.each([[[]], [['']], [['   ', '\n\t']], [['🐶🐱']]])('refuses an empty narration %j permanently', async (lines) => {
    const err = await failure(renderRoastVideo({ media: { path: dog, kind: 'image' }, boxes: [], script: { lines, language: 'hi' }, workDir: work }));
    expect(err).toBeInstanceOf(RenderInputError);
    expect(err.message).toMatch(/script is empty/);
  });

  it('refuses a script too long for a 60 s video', async () => {
    const err = await failure(
      renderRoastVideo({ media: { path: dog, kind: 'image' }, boxes: [], script: { lines: Array(40).fill('word '.repeat(8).trim()), language: 'en' }, workDir: work }),
    );
    expect(err).toBeInstanceOf(RenderInputError);
    expect(err.message).toMatch(/limit is 1500|at most 60 s/);
  }, 120_000);

  it('stops every child and rejects when aborted mid-render (transient, marked aborted)', async () => {
    const photo = path.join(work, 'abort.jpg');
    copyFileSync(dog, photo);
    const controller = new AbortController();
    const rendering = renderRoastVideo({
      media: { path: photo, kind: 'image' },
      boxes: [],
      script: { lines: ['This line is long enough to keep the encoder busy for a few seconds at least.'], language: 'en' },
      workDir: work,
      signal: controller.signal,
    });
    setTimeout(() => controller.abort(new Error('job cancelled')), 1500);
    const err = await failure(rendering);
    expect(err).toBeInstanceOf(RenderError);
    expect((err as RenderError).aborted).toBe(true);
    expect(readdirSync(work).filter((f) => f.startsWith('builtin-'))).toEqual([]);
  }, 120_000);
});
