import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RenderError, RenderInputError, renderRoastVideo } from '../../../../lambdas/engines/renderer/index.js';
import { SpeechError } from '../../../../lambdas/engines/speech/errors.js';
import type { TextToSpeech } from '../../../../lambdas/engines/speech/types.js';
import { PETS_EVAL } from '../../../support/shared-data.js';

// The speech engine has its own error (SpeechError); the renderer turns it into its own at the speech
// stage (docs/renderer.md "Errors and deadlines"), message and detail unchanged, so a job's outcome does
// not depend on which engine failed.
let work: string;
beforeAll(() => {
  work = mkdtempSync(path.join(tmpdir(), 'builtin-speech-errors-test-'));
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

const failingTts = (err: Error): TextToSpeech => ({ synthesize: () => Promise.reject(err) });

const render = (tts: TextToSpeech) =>
  renderRoastVideo({
    media: { path: path.join(PETS_EVAL, 'darknet-dog-bicycle-truck.jpg'), kind: 'image' },
    boxes: [],
    script: { lines: ['A short roast line.'], language: 'en' },
    workDir: work,
    tts,
  }).catch((e: unknown) => e as Error);

describe('renderRoastVideo when the speech engine fails', () => {
  it('a transient SpeechError is a RenderError with the same message and detail', async () => {
    const err = await render(failingTts(new SpeechError('espeak-ng failed (exit 1).', 'stderr tail')));
    expect(err).toBeInstanceOf(RenderError);
    expect(err).toMatchObject({ message: 'espeak-ng failed (exit 1).', detail: 'stderr tail', retryable: true, aborted: false });
    expect(readdirSync(work).filter((f) => f.startsWith('builtin-'))).toEqual([]);
  });

  it('a permanent SpeechError is a RenderInputError with the same message', async () => {
    const err = await render(failingTts(new SpeechError('The text cannot be spoken.', undefined, { retryable: false })));
    expect(err).toBeInstanceOf(RenderInputError);
    expect(err).toMatchObject({ message: 'The text cannot be spoken.', retryable: false });
  });

  it('an aborted narration is the render aborted', async () => {
    const err = await render(failingTts(new SpeechError('espeakWords was stopped: the caller aborted.', undefined, { aborted: true })));
    expect(err).toBeInstanceOf(RenderError);
    expect(err).toMatchObject({ message: 'The render was aborted.', aborted: true });
  });
});
