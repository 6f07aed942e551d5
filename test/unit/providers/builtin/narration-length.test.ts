import { execFileSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assertScriptFits } from '../../../../lambdas/domain/jobs/create.js';
import { LANGUAGE_CODES, type LanguageCode } from '../../../../lambdas/domain/languages.js';
import { BUDGET_TEMPO, MAX_SCRIPT_CHARS, MAX_TEMPO, maxScriptChars, scriptCharacters, speechRoomS } from '../../../../lambdas/domain/narration-limits.js';
import { renderRoastVideo } from '../../../../lambdas/engines/renderer/index.js';
import { planTimeline } from '../../../../lambdas/engines/renderer/audio.js';
import { SPEAKING_RATE_CPS } from '../../../../lambdas/domain/speaking-rate.js';
import { splitScript } from '../../../../lambdas/engines/writer/index.js';
import { AppError } from '../../../../lambdas/domain/errors.js';
import { scriptAtLimit } from '../../../support/script-at-limit.js';
import { PETS_EVAL } from '../../../support/shared-data.js';
import { loudness } from './media-checks.js';

/**
 * Script length (docs/api-contract.md "Script length", docs/renderer.md "Narration"): what is refused
 * at submission, what the renderer speeds up (at most 1.25×), and the true-peak ceiling after a speed change.
 */



const refusal = (text: string, language: LanguageCode): AppError | undefined => {
  try {
    assertScriptFits(text, language);
    return undefined;
  } catch (err) {
    return err as AppError;
  }
};

describe('Function: maxScriptChars', () => {
  it('is the slowest voice’s measured rate × the room the video leaves × 1.2, capped at 1500, for every language', () => {
    expect(MAX_TEMPO).toBe(1.25);
    expect(BUDGET_TEMPO).toBeLessThan(MAX_TEMPO);
    for (const code of LANGUAGE_CODES) {
      expect(maxScriptChars(code, 1)).toBe(Math.min(MAX_SCRIPT_CHARS, Math.floor(SPEAKING_RATE_CPS[code] * 58.9 * 1.2)));
      expect(maxScriptChars(code, 11)).toBe(Math.floor(SPEAKING_RATE_CPS[code] * speechRoomS(11) * 1.2));
    }
    // Figures the API documents: English 1137 characters in one sentence, Assamese (the slowest voice) 819.
    expect(maxScriptChars('en')).toBe(1137);
    expect(maxScriptChars('as')).toBe(819);
    expect(maxScriptChars('ta')).toBe(1031);
  });
});

describe('Function: assertScriptFits', () => {
  it('the field case: an English script of 1443 characters (89.5 s spoken) is refused at submission with 422 naming the limit', () => {
    const text = scriptAtLimit('en', 80).slice(0, 1443);
    const err = refusal(text, 'en');
    expect(err).toBeInstanceOf(AppError);
    const lines = splitScript(text, 'en');
    expect(err).toMatchObject({ status: 422, code: 'script_too_long', extra: { characters: scriptCharacters(lines), limit_characters: maxScriptChars('en', lines.length) } });
    expect(err!.message).toMatch(new RegExp(`written in English, .* up to ${maxScriptChars('en', lines.length)} characters`));
  });

  it.each(['en', 'ta', 'as', 'ur', 'hi'] as const)('%s: a script exactly at the limit passes; one word more is refused', (language) => {
    const atLimit = scriptAtLimit(language);
    const lines = splitScript(atLimit, language);
    expect(maxScriptChars(language, lines.length) - scriptCharacters(lines)).toBeLessThan(20);
    expect(refusal(atLimit, language)).toBeUndefined();
    expect(refusal(scriptAtLimit(language, 1), language)).toMatchObject({ status: 422, code: 'script_too_long' });
  });
});

describe('Function: planTimeline', () => {
  it('speeds narration up at most 1.25× to fit 60 s, and refuses beyond', () => {
    expect(planTimeline([58.9])!.tempo).toBe(1);
    expect(planTimeline([58.9 * 1.25])!.tempo).toBeCloseTo(1.25, 6);
    expect(planTimeline([58.9 * 1.25])!.totalS).toBeLessThanOrEqual(60);
    expect(planTimeline([58.9 * 1.26])).toBeUndefined();
  });
});

describe('Rendering a script at the limit', () => {
  let work: string;
  beforeAll(async () => {
    work = await mkdtemp(path.join(tmpdir(), 'narration-length-'));
  });
  afterAll(async () => rm(work, { recursive: true, force: true }));

  const photo = path.join(PETS_EVAL, 'coco-train2017-000000000394.jpg');

  it.each(['ta'] as const)('%s at the submission limit renders in ≤ 60 s, sped up, with the true peak ≤ −1 dBTP', async (language) => {
    const lines = splitScript(scriptAtLimit(language), language);
    const out = await renderRoastVideo({ media: { path: photo, kind: 'image' }, boxes: [], script: { lines, language }, workDir: work, x264Preset: 'ultrafast' });
    expect(out.durationS).toBeGreaterThan(55);
    expect(out.durationS).toBeLessThanOrEqual(60.05);
    const measured = await loudness(out.videoPath);
    expect(measured.truePeak).toBeLessThanOrEqual(-1);
    expect(measured.integrated).toBeGreaterThan(-18);
  }, 240_000);

  it('a sped-up narration over a clip with a hot, clipped track keeps the true peak ≤ −1 dBTP', async () => {
    const clip = path.join(work, 'hot.mp4');
    // A 4 s clip whose audio is a full-scale square wave (true peak about +4 dBTP).
    execFileSync('ffmpeg', [
      '-v', 'error', '-y', '-loop', '1', '-t', '4', '-i', photo,
      '-f', 'lavfi', '-i', "aevalsrc='0.99*sgn(sin(2*PI*997*t))':d=4:s=48000",
      '-vf', 'scale=640:-2,format=yuv420p', '-c:v', 'libx264', '-preset', 'ultrafast', '-c:a', 'aac', '-t', '4', clip,
    ]);
    expect((await loudness(clip)).truePeak).toBeGreaterThan(0);
    const lines = splitScript(scriptAtLimit('ta'), 'ta');
    const out = await renderRoastVideo({ media: { path: clip, kind: 'video' }, boxes: [], script: { lines, language: 'ta' }, workDir: work, x264Preset: 'ultrafast' });
    expect(out.durationS).toBeGreaterThan(55);
    expect((await loudness(out.videoPath)).truePeak).toBeLessThanOrEqual(-1);
  }, 240_000);

  it('a script the renderer cannot fit even at 1.25× fails with a reason naming the bound', async () => {
    const lines = splitScript(scriptAtLimit('en', 60), 'en');
    const err = await renderRoastVideo({ media: { path: photo, kind: 'image' }, boxes: [], script: { lines, language: 'en' }, workDir: work }).catch((e: unknown) => e as Error);
    expect((err as Error).message).toMatch(/^The narration is [\d.]+ s long as spoken; a video is at most 60 s, and speech is sped up at most 1\.25×: shorten the script\.$/);
  }, 120_000);
});
