/**
 * Measures each language's speaking rate (characters per second) with the voices the built-in renderer
 * uses, over scripts/data/speaking-rate-corpus.json, and prints a table to paste into
 * lambdas/domain/speaking-rate.ts (docs/renderer.md "Speaking rate"). `npm run measure:speaking-rate`.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LANGUAGE_CODES, type LanguageCode } from '../lambdas/domain/languages.js';
import { characterCount, SPEAKING_RATE_CPS } from '../lambdas/domain/speaking-rate.js';
import { EspeakTextToSpeech } from '../lambdas/engines/speech/tts.js';

/** One corpus entry: a passage in the language's script and its English back-translation. */
export interface CorpusEntry {
  text: string;
  en: string;
}

/** Reads the measurement corpus (one passage per language). */
export async function readCorpus(): Promise<Record<LanguageCode, CorpusEntry>> {
  const url = new URL('./data/speaking-rate-corpus.json', import.meta.url);
  return JSON.parse(await readFile(url, 'utf8')) as Record<LanguageCode, CorpusEntry>;
}

/** Speaks `text` with espeak-ng and returns characters per second. */
export async function measureRate(text: string, language: LanguageCode, dir: string): Promise<number> {
  const { durationS } = await new EspeakTextToSpeech().synthesize(text, language, join(dir, `${language}.wav`));
  return characterCount(text) / durationS;
}

async function main(): Promise<void> {
  const corpus = await readCorpus();
  const dir = await mkdtemp(join(tmpdir(), 'speaking-rate-'));
  try {
    console.log('language  chars  measured cps  table cps');
    for (const language of LANGUAGE_CODES) {
      const text = corpus[language].text;
      const cps = await measureRate(text, language, dir);
      console.log(`${language.padEnd(8)}  ${String(characterCount(text)).padStart(5)}  ${(Math.floor(cps * 10) / 10).toFixed(1).padStart(12)}  ${SPEAKING_RATE_CPS[language].toFixed(1).padStart(9)}`);
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
