import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EspeakTextToSpeech } from '../../../lambdas/engines/speech/tts.js';
import { PET_LABELS } from '../../../lambdas/domain/schemas/common.js';
import { estimateSpeechSeconds } from '../../../lambdas/domain/speaking-rate.js';
import { PHRASEBOOK_LANGUAGES, PHRASEBOOKS } from '../../../lambdas/engines/writer/phrasebooks/registry.js';
import type { NativePhrasebook } from '../../../lambdas/engines/writer/phrasebooks/types.js';
import { MIN_OWN_SCRIPT_SHARE, ownScriptShare } from '../../../lambdas/engines/writer/script-share.js';
import { fillFor, fillLine, writeTemplate } from '../../../lambdas/engines/writer/template.js';
import { LINE_BUDGET, SPEECH_BUDGET_S, type PetClass, type WriteRequest } from '../../../lambdas/engines/writer/types.js';
import { TRAIT_FAMILIES } from '../../../lambdas/engines/writer/prompt.js';
import { allLines } from '../../support/phrase-lines.js';

/**
 * The template writer in every language that has a phrasebook (parametrised over the registry, so a language is
 * covered the moment it is registered): its own script, the name, no repeated line, no simulator marker,
 * grammatical agreement with the class, and the speaking-time budget measured on espeak-ng's audio.
 */
const NAMES = ['Bruno', 'Mr. Biscuit'];
/** Markers of simulated text (the translation simulator's and the Bedrock simulator's). */
const SIMULATOR_MARKERS = /\[ⓢⓘⓜ\]|simulated/i;


/** A prompt in the book's own words: a class word and a trait word of each of two families. */
const promptFor = (book: NativePhrasebook, cls: PetClass, i: number): string =>
  [book.petWords[cls][0], book.traitWords[TRAIT_FAMILIES[i % 10]!][0], book.traitWords[TRAIT_FAMILIES[(i + 3) % 10]!][0]].join(' ');

describe.each(PHRASEBOOK_LANGUAGES)('template writer in %s', (language) => {
  const book = PHRASEBOOKS[language];
  const request = (cls: PetClass, i: number, overrides: Partial<WriteRequest> = {}): WriteRequest => ({
    prompt: promptFor(book, cls, i),
    pets: [{ label: cls, count: 1, confidence: 0.9 }],
    language,
    seed: `job_${language}_${cls}_${i}`,
    ...overrides,
  });

  it('writes in its own script (≥ 95 % of letters outside the name), names the pet, repeats no line, keeps the budget', () => {
    for (const cls of PET_LABELS) {
      for (let i = 0; i < 12; i++) {
        const petName = NAMES[i % 2];
        const count = i % 4 === 3 ? 3 : 1;
        const out = writeTemplate(request(cls, i, { petName: i % 3 === 2 ? undefined : petName, pets: [{ label: cls, count, confidence: 0.9 }] }));
        const named = i % 3 !== 2;
        expect(out.language).toBe(language);
        expect(out.subject).toBe(cls);
        if (language !== 'en') expect(ownScriptShare(out.script, language, named ? petName : undefined), out.script).toBeGreaterThanOrEqual(MIN_OWN_SCRIPT_SHARE);
        if (named) expect(out.script).toContain(petName);
        expect(out.script).not.toMatch(SIMULATOR_MARKERS);
        expect(out.script).not.toMatch(/[{}|]/);
        expect(new Set(out.lines).size).toBe(out.lines.length);
        expect(out.lines.length).toBeGreaterThanOrEqual(LINE_BUDGET.min);
        expect(out.lines.length).toBeLessThanOrEqual(LINE_BUDGET.max);
        const seconds = estimateSpeechSeconds(out.script, language);
        expect(seconds, out.script).toBeGreaterThanOrEqual(SPEECH_BUDGET_S.min);
        expect(seconds, out.script).toBeLessThanOrEqual(SPEECH_BUDGET_S.max);
      }
    }
  });

  it('agrees with the grammatical gender of the class: every line is its template filled for that gender', () => {
    const templates = allLines(book).map((l) => l.text);
    const gendered = templates.filter((t) => /\{[^{}|]*\|[^{}|]*(\|[^{}|]*)?\}/.test(t));
    let checked = 0;
    for (const cls of PET_LABELS) {
      for (let i = 0; i < 8; i++) {
        const out = writeTemplate(request(cls, i, { petName: 'Bruno' }));
        const fill = fillFor(book, { cls, count: 1, mixed: false }, 'Bruno');
        const right = new Set(templates.map((t) => fillLine(t, fill).replace(/\s+/g, ' ').trim()));
        for (const line of out.lines) expect(right.has(line), `${cls}: ${line}`).toBe(true);
        // The lines that differ by gender: the other genders' fillings are never written.
        for (const t of gendered) {
          for (const g of ['m', 'f', 'n'] as const) {
            if (g === fill.gender) continue;
            const wrong = fillLine(t, { ...fill, gender: g }).replace(/\s+/g, ' ').trim();
            if (!right.has(wrong)) {
              expect(out.lines).not.toContain(wrong);
              checked++;
            }
          }
        }
      }
    }
    // Languages whose lines have no alternatives have nothing to agree; the others were checked.
    if (gendered.length) expect(checked).toBeGreaterThan(0);
  });

  describe('speaking time measured on espeak-ng audio (the renderer\'s voice)', () => {
    let dir: string;
    beforeAll(async () => {
      dir = await mkdtemp(join(tmpdir(), `writer-${language}-`));
    });
    afterAll(async () => {
      await rm(dir, { recursive: true, force: true });
    });

    it('the shortest and the longest of 200 scripts speak in 12-30 s', async () => {
      const scripts = PET_LABELS.flatMap((cls) => Array.from({ length: 20 }, (_, i) => writeTemplate(request(cls, i, { petName: NAMES[i % 2] })).script));
      const bySeconds = scripts.map((s) => ({ s, est: estimateSpeechSeconds(s, language) })).sort((a, b) => a.est - b.est);
      const tts = new EspeakTextToSpeech();
      for (const [k, { s }] of [bySeconds[0]!, bySeconds.at(-1)!].entries()) {
        const { durationS } = await tts.synthesize(s, language, join(dir, `${k}.wav`));
        expect(durationS, s).toBeGreaterThanOrEqual(SPEECH_BUDGET_S.min);
        expect(durationS, s).toBeLessThanOrEqual(SPEECH_BUDGET_S.max);
      }
    }, 60_000);
  });
});
