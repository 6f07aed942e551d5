import { execFileSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LANGUAGE_PROFILES } from '../../lambdas/engines/speech/voices.js';
import { cuesForLine } from '../../lambdas/engines/renderer/captions.js';
import { PHRASEBOOK_LANGUAGES } from '../../lambdas/engines/writer/phrasebooks/registry.js';
import { MIN_OWN_SCRIPT_SHARE, ownScriptShare } from '../../lambdas/engines/writer/script-share.js';
import type { LanguageCode } from '../../lambdas/domain/languages.js';
import type { BedrockSimulator } from '../../local/simulators/bedrock.js';
import { call } from './runtime.js';
import { parseWebVtt } from '../unit/providers/builtin/media-checks.js';
import { startJobsRuntime, type JobsRuntime } from './jobs-runtime.js';
import { requireTool } from './system-tools.js';

const HB_SHAPE = requireTool('hb-shape');
const FC_MATCH = requireTool('fc-match');

/** A prompt per language, naming the pet in Latin letters (narrated as written) and mentioning a species. */
const PROMPT = 'Roast my beagle Bruno who steals socks and howls at the vacuum cleaner';

/**
 * The font file libass gets from fontconfig for a run of text in the caption family: the family itself when it
 * has the characters, else fontconfig's fallback for them (libass asks fontconfig per missing code point).
 */
function fontFor(family: string, run: string): string {
  const charset = [...new Set([...run].filter((c) => c.trim()))].map((c) => c.codePointAt(0)!.toString(16)).join(' ');
  return execFileSync(FC_MATCH, ['--format=%{file}', `${family}:bold:charset=${charset}`], { encoding: 'utf8' }).trim();
}

/** Glyph ids HarfBuzz gives a run with a font file (0 = .notdef: a missing glyph, drawn as tofu). */
function glyphIds(font: string, run: string): number[] {
  const out = execFileSync(HB_SHAPE, ['--no-glyph-names', '--no-positions', '--no-clusters', font, run], { encoding: 'utf8' }).trim();
  return out.replace(/^\[|\]$/g, '').split('|').map(Number);
}

/** Runs of a caption: Latin letters (a name written in Latin) and the rest, each shaped with its font. */
function missingGlyphs(caption: string, language: LanguageCode): string[] {
  const family = LANGUAGE_PROFILES[language].fontFamily;
  const runs = caption.match(/[\p{Script=Latin}][\p{Script=Latin}\s.'’-]*|[^\p{Script=Latin}]+/gu) ?? [];
  return runs.filter((r) => r.trim()).filter((r) => glyphIds(fontFor(family, r), r).includes(0));
}

/**
 * Every registered language through the whole local service (the runtime `npm start` runs; the built-in renderer
 * for the template writer, as `npm start` renders, the Revid simulator for bedrock): a prompt-mode job with the `template` writer and one with `bedrock` against the SIMULATED
 * Converse endpoint end `completed`, narrated in the language's own script (no simulator marker, no
 * translation), the pet's name kept as written, the prompt's species as `script_subject`, and every caption
 * phrase shaped by HarfBuzz with the fonts the captions get, without a missing glyph.
 */
export function nativeRoastSuite(writer: 'template' | 'bedrock'): void {
 describe(`native roasts with the ${writer} writer`, () => {
  let t: JobsRuntime;
  beforeAll(async () => {
    // The template writer's jobs are rendered by the built-in renderer (what `npm start` runs): narration and
    // captions are then checked in the video's own subtitles. The bedrock suite keeps the Revid simulator.
    t = await startJobsRuntime({ env: writer === 'template' ? { ROAST_WRITER: writer, VIDEO_PROVIDER: 'builtin' } : { ROAST_WRITER: writer } });
  }, 120_000);
  afterAll(async () => t?.stop());

  it.each(PHRASEBOOK_LANGUAGES)('%s: completed, narrated and captioned in the language', async (language) => {
    const jobId = await t.createJob({ text: PROMPT, language });
    const job = await t.waitForJob(jobId, 'completed', (j) => j.status === 'completed' || j.status === 'failed', 90_000);
    expect(job.status).toBe('completed');
    expect(job.script).toMatchObject({ writer, language, subject: 'dog' });
    expect(job.script!.written).toBeUndefined();
    const script = job.script!.lines.join(' ');
    expect(script).toContain('Bruno');
    // Never the translation simulator's marked text; the Bedrock simulator labels only its English drafts.
    expect(script).not.toContain('[ⓢⓘⓜ]');
    if (!(writer === 'bedrock' && language === 'en')) expect(script).not.toMatch(/simulated/i);
    if (language !== 'en') expect(ownScriptShare(script, language, 'Bruno')).toBeGreaterThanOrEqual(MIN_OWN_SCRIPT_SHARE);

    const status = await call(t.runtime, 'GET', `/api/video-status/${jobId}`);
    expect(status.body).toMatchObject({ status: 'completed', script, writer, script_subject: 'dog', language });
    let captions: string[];
    if (writer === 'template') {
      // Rendered by the built-in renderer, narrated by espeak-ng in the language; the captions as the video's
      // WebVTT carries them (the burned-in phrases), word for word the script.
      expect(status.body).toMatchObject({ narration: { language, provider: 'espeak' } });
      const result = await call(t.runtime, 'GET', `/api/video-result/${jobId}`);
      expect(result.status).toBe(200);
      const cues = parseWebVtt(await (await fetch(result.body.subtitles_url)).text());
      expect(cues.flatMap((c) => c.words.map((w) => w.text)).join(' ')).toBe(script);
      captions = cues.map((c) => c.words.map((w) => w.text).join(' '));
    } else {
      // The provider narrated exactly that script; captions as the built-in renderer would cut them.
      expect(JSON.stringify(t.rendersFor(jobId)[0]!.body)).toContain(JSON.stringify(job.script!.lines[0]).slice(1, -1));
      captions = job.script!.lines.flatMap((line) => cuesForLine(line, 0, 3).map((c) => c.text));
    }
    // Captions shaped with the fonts they get.
    expect(captions.length).toBeGreaterThanOrEqual(job.script!.lines.length);
    for (const caption of captions) expect(missingGlyphs(caption, language), caption).toEqual([]);
    if (writer === 'bedrock') {
      const bedrock = t.runtime.simulator<BedrockSimulator>('bedrock');
      const calls = bedrock.calls.filter((c) => JSON.stringify(c.body).includes('Name: Bruno'));
      expect(calls.length).toBeGreaterThanOrEqual(language === 'en' ? 1 : 2);
    }
  }, 120_000);
});
}
