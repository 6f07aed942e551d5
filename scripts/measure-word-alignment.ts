/**
 * `npm run measure:alignment`: the error of the word alignment used for voices without word timings
 * (Bhashini / IndicTTS, and Polly when only its speech-marks call fails; engines/speech/alignment.ts),
 * measured against a voice that DOES report when each word is spoken: espeak-ng, whose library emits a
 * word event at each word's start (EspeakTextToSpeech, engines/speech/tts.ts). Each line is
 * spoken in ONE espeak-ng run — natural joins and pauses, like the simulated Bhashini voice
 * (local/simulators/speech.ts) — and the aligner, given only the audio and the words, is compared with
 * espeak-ng's own word starts.
 *
 * The corpus is what the service narrates: template-writer scripts (engines/writer/template.ts) for several
 * seeds, pets and names, in every one of the 13 languages, split into the renderer's lines and read in
 * their spoken form (engines/renderer/text.ts). Prints, per language and overall, the number of
 * words and the mean, median, 95th-percentile and maximum absolute error of word starts (ms);
 * docs/voices.md "Word timings" quotes it. The reference is a formant voice, not a natural one: real
 * Bhashini audio may pause differently.
 *
 *   npm run measure:alignment            # table
 *   npm run measure:alignment -- --json  # machine-readable
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { LANGUAGE_CODES, type LanguageCode } from '../lambdas/domain/languages.js';
import { narrationLines, spokenForm } from '../lambdas/engines/renderer/text.js';
import { EspeakTextToSpeech } from '../lambdas/engines/speech/tts.js';
import { alignWordsToAudio } from '../lambdas/engines/speech/alignment.js';
import { writeTemplate } from '../lambdas/engines/writer/template.js';
import type { PetSighting } from '../lambdas/engines/writer/types.js';

/** The scripts measured per language: seed, pets and name vary the lines (a name is a Latin-script word). */
export const ALIGNMENT_SCRIPTS: ReadonlyArray<{ seed: string; pets: PetSighting[]; prompt: string }> = [
  { seed: 'align-1', pets: [{ label: 'dog', count: 1, confidence: 0.9 }], prompt: 'roast my lazy dog' },
  { seed: 'align-2', pets: [{ label: 'cat', count: 1, confidence: 0.9 }], prompt: 'roast my cat' },
  { seed: 'align-3', pets: [{ label: 'dog', count: 2, confidence: 0.9 }], prompt: 'roast them' },
];

export interface AlignmentError {
  language: string;
  lines: number;
  words: number;
  meanMs: number;
  medianMs: number;
  p95Ms: number;
  maxMs: number;
}

const percentile = (sorted: number[], p: number): number => sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)] ?? 0;

/** Summary of absolute word-start errors (ms). */
function summary(language: string, lines: number, errors: number[]): AlignmentError {
  const sorted = [...errors].sort((a, b) => a - b);
  return {
    language,
    lines,
    words: errors.length,
    meanMs: Math.round(errors.reduce((a, b) => a + b, 0) / Math.max(1, errors.length)),
    medianMs: Math.round(percentile(sorted, 0.5)),
    p95Ms: Math.round(percentile(sorted, 0.95)),
    maxMs: Math.round(sorted[sorted.length - 1] ?? 0),
  };
}

/** The narrated lines of the corpus in `language` (spoken form, as every voice reads them). */
export function alignmentCorpus(language: LanguageCode): string[] {
  return ALIGNMENT_SCRIPTS.flatMap((s) => narrationLines(writeTemplate({ ...s, language }).lines).map(spokenForm));
}

/**
 * Speaks every corpus line with espeak-ng, aligns its words to the audio alone and compares the word
 * starts with espeak-ng's own (absolute differences, ms).
 */
export async function measureAlignment(languages: readonly LanguageCode[] = LANGUAGE_CODES): Promise<{ perLanguage: AlignmentError[]; overall: AlignmentError }> {
  const dir = await mkdtemp(path.join(tmpdir(), 'alignment-'));
  const espeak = new EspeakTextToSpeech();
  const all: number[] = [];
  let allLines = 0;
  const perLanguage: AlignmentError[] = [];
  try {
    for (const language of languages) {
      const errors: number[] = [];
      const lines = alignmentCorpus(language);
      for (const [i, line] of lines.entries()) {
        const wav = path.join(dir, `${language}-${i}.wav`);
        const reference = await espeak.synthesize(line, language, wav);
        const aligned = await alignWordsToAudio(line, wav, reference.durationS);
        // espeak-ng times white-space runs (a lone dash too); the aligner the script's words (engines/speech/words.ts): pair by position.
        const truth = reference.words ?? [];
        for (const w of aligned) {
          const ref = truth.find((t) => t.charStart <= w.charStart && w.charStart < t.charEnd);
          if (!ref) throw new Error(`${language} line ${i}: espeak-ng reported no timing for '${w.word}'`);
          errors.push(Math.abs(w.startS - ref.startS) * 1000);
        }
      }
      all.push(...errors);
      allLines += lines.length;
      perLanguage.push(summary(language, lines.length, errors));
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
  return { perLanguage, overall: summary('all', allLines, all) };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const only = process.argv.slice(2).filter((a) => !a.startsWith('--')) as LanguageCode[];
  const result = await measureAlignment(only.length ? only : LANGUAGE_CODES);
  if (process.argv.includes('--json')) console.log(JSON.stringify(result, null, 2));
  else {
    console.log('word-start error of the aligner against espeak-ng\'s own word events (ms)');
    console.log('language  lines  words  mean  median  p95   max');
    for (const row of [...result.perLanguage, result.overall]) {
      console.log(
        `${row.language.padEnd(9)} ${String(row.lines).padStart(5)} ${String(row.words).padStart(6)} ${String(row.meanMs).padStart(5)} ${String(row.medianMs).padStart(7)} ${String(row.p95Ms).padStart(5)} ${String(row.maxMs).padStart(5)}`,
      );
    }
  }
}
