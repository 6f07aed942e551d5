/**
 * `npm run measure:alignment`: the error of the word alignment used for voices without word timings
 * (Bhashini / IndicTTS; core/speech/alignment.ts), measured against a voice whose word timings are known
 * exactly: the simulated word-by-word espeak-ng voice of the Polly and Google simulators
 * (local/simulators/speech.ts), one corpus line per language. Prints, per language and overall, the mean,
 * median and 90th-percentile absolute error of word starts (ms); docs/voices.md "Word timings" quotes it.
 *
 *   npm run measure:alignment            # table
 *   npm run measure:alignment -- --json  # machine-readable
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { LanguageCode } from '../lambdas/core/languages.js';
import { pcm16ToWav } from '../lambdas/core/speech/tts.js';
import { alignWordsToAudio } from '../lambdas/core/speech/alignment.js';
import { simulatedWordSpeech } from '../local/simulators/speech.js';

/** One line per language: two sentences, so the alignment meets a sentence pause. */
export const ALIGNMENT_CORPUS: Readonly<Partial<Record<LanguageCode, string>>> = {
  en: 'Look at this lazy dog. He thinks the sofa is his royal throne and the remote is his sceptre.',
  hi: 'इस आलसी कुत्ते को देखो। यह सोचता है कि सोफ़ा उसका सिंहासन है और रिमोट उसका राजदंड।',
  ta: 'இந்த சோம்பேறி நாயைப் பாருங்கள். சோபா தனது சிம்மாசனம் என்று அது நினைக்கிறது.',
  bn: 'এই অলস কুকুরটাকে দেখো। ও ভাবে সোফাটা ওর সিংহাসন আর রিমোটটা ওর রাজদণ্ড।',
  te: 'ఈ సోమరి కుక్కను చూడండి. సోఫా తన సింహాసనం అని అది అనుకుంటుంది.',
  mr: 'या आळशी कुत्र्याकडे बघा. त्याला वाटतं सोफा हे त्याचं सिंहासन आहे.',
};

export interface AlignmentError {
  language: string;
  words: number;
  meanMs: number;
  medianMs: number;
  p90Ms: number;
}

const percentile = (sorted: number[], p: number): number => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0;

/** Aligns each corpus line's simulated audio and compares the word starts with the known ones. */
export async function measureAlignment(): Promise<{ perLanguage: AlignmentError[]; overall: AlignmentError }> {
  const dir = await mkdtemp(path.join(tmpdir(), 'alignment-'));
  const all: number[] = [];
  const perLanguage: AlignmentError[] = [];
  const summary = (language: string, errors: number[]): AlignmentError => {
    const sorted = [...errors].sort((a, b) => a - b);
    return {
      language,
      words: errors.length,
      meanMs: Math.round(errors.reduce((a, b) => a + b, 0) / errors.length),
      medianMs: Math.round(percentile(sorted, 0.5)),
      p90Ms: Math.round(percentile(sorted, 0.9)),
    };
  };
  try {
    for (const [language, text] of Object.entries(ALIGNMENT_CORPUS) as Array<[LanguageCode, string]>) {
      const rate = 22_050;
      const spoken = await simulatedWordSpeech(text, language, rate, 1, true);
      const wav = path.join(dir, `${language}.wav`);
      await writeFile(wav, pcm16ToWav(spoken.pcm, rate));
      const durationS = spoken.pcm.length / 2 / rate;
      const aligned = await alignWordsToAudio(text, wav, durationS);
      const errors = aligned.map((w, i) => Math.abs(w.startS - (spoken.words[i]?.startS ?? 0)) * 1000);
      all.push(...errors);
      perLanguage.push(summary(language, errors));
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
  return { perLanguage, overall: summary('all', all) };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const result = await measureAlignment();
  if (process.argv.includes('--json')) console.log(JSON.stringify(result, null, 2));
  else {
    console.log('language  words  mean ms  median ms  p90 ms');
    for (const row of [...result.perLanguage, result.overall]) {
      console.log(`${row.language.padEnd(9)} ${String(row.words).padStart(5)} ${String(row.meanMs).padStart(8)} ${String(row.medianMs).padStart(10)} ${String(row.p90Ms).padStart(7)}`);
    }
  }
}
