import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LANGUAGE_CODES, type LanguageCode } from '../../../lambdas/domain/languages.js';
import { EspeakTextToSpeech, readWavMono16 } from '../../../lambdas/engines/speech/tts.js';
import type { WordTiming } from '../../../lambdas/engines/speech/types.js';
import { SAMPLE_LINES } from '../providers/builtin/sample-lines.js';

/**
 * espeak-ng word timings (docs/renderer.md "Word timings"), checked against the audio they describe:
 * silences ffmpeg's silencedetect finds inside a line fall between words, never inside one, and every
 * word has sound.
 */

/** Lines with sentence and comma pauses, so the audio has silences inside the line to check against. */
const LINES: Array<[LanguageCode, string]> = [
  ['en', 'Bruno, you lazy dog. Even the sofa is tired of you, and so is the cat!'],
  ['en', 'He ate 123 cookies at 5 p.m. — wow.'],
  ['hi', 'मोती, तुम्हारी क्षमता देखकर सोफ़ा भी थक गया। अब उठो!'],
  ['ta', 'புருனோ, நீ ரொம்ப சோம்பேறி நாய். சோபா கூட சோர்ந்து போச்சு!'],
  ['ur', 'یہ کتا بہت سست ہے، صوفہ بھی تھک گیا۔ اب اٹھو!'],
];

let work: string;
beforeAll(() => {
  work = mkdtempSync(path.join(tmpdir(), 'word-timings-test-'));
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Silences of at least 60 ms at −40 dBFS, seconds [start, end),, from ffmpeg silencedetect (its report is on stderr). */
function silences(wav: string): Array<[number, number]> {
  const stderr = execFileSync('sh', ['-c', `ffmpeg -hide_banner -nostdin -i "${wav}" -af silencedetect=n=-40dB:d=0.06 -f null - 2>&1`], { encoding: 'utf8' });
  const starts = [...stderr.matchAll(/silence_start: ([\d.]+)/gu)].map((m) => Number(m[1]));
  const ends = [...stderr.matchAll(/silence_end: ([\d.]+)/gu)].map((m) => Number(m[1]));
  return starts.map((s, i) => [s, ends[i] ?? Infinity]);
}

describe.each(LINES)('espeak-ng word timings (%s) %s', (language, line) => {
  let words: WordTiming[];
  let durationS: number;
  let wav: string;
  beforeAll(async () => {
    wav = path.join(work, `${language}-${line.length}.wav`);
    ({ durationS, words } = (await new EspeakTextToSpeech().synthesize(line, language, wav)) as { durationS: number; words: WordTiming[] });
  }, 30_000);

  it('has one timing per written word, indexing the line exactly', () => {
    const written = line.split(' ');
    expect(words.map((w) => w.word)).toEqual(written);
    for (const w of words) expect(line.slice(w.charStart, w.charEnd)).toBe(w.word);
  });

  it('is monotonic, non-overlapping and inside the audio', () => {
    let last = 0;
    for (const w of words) {
      expect(w.startS).toBeGreaterThanOrEqual(last);
      expect(w.endS).toBeGreaterThanOrEqual(w.startS);
      last = w.endS;
    }
    expect(last).toBeLessThanOrEqual(durationS + 1e-9);
  });

  it('agrees with the audio: every spoken word has sound, pauses fall between words', async () => {
    const pcm = await readWavMono16(wav);
    const rmsDb = (a: number, b: number) => {
      const i0 = Math.floor(a * pcm.sampleRate);
      const i1 = Math.max(i0 + 1, Math.floor(b * pcm.sampleRate));
      let sum = 0;
      for (let i = i0; i < i1; i++) sum += (pcm.samples[i] ?? 0) ** 2;
      return 20 * Math.log10(Math.sqrt(sum / (i1 - i0)) / 32768 + 1e-12);
    };
    for (const w of words.filter((x) => /[\p{L}\p{N}]/u.test(x.word))) {
      expect(w.endS - w.startS, `${w.word} lasts`).toBeGreaterThan(0.05);
      expect(rmsDb(w.startS, w.endS), `${w.word} is audible`).toBeGreaterThan(-35);
    }
    // Pauses at punctuation (comma, full stop, danda, Urdu full stop): after each such word there is a
    // silence in the audio, and it lies between that word's end and the next word's start (30 ms slack).
    // (A word can hold a short silence of its own, e.g. a geminate stop's closure, so silences are
    // matched from the punctuation, not the other way round.)
    const found = silences(wav);
    const pausing = words.slice(0, -1).map((w, i) => [w, words[i + 1]!] as const).filter(([w]) => /[,.!?।،۔]$/u.test(w.word));
    expect(pausing.length, 'the line has pauses to check against').toBeGreaterThan(0);
    for (const [w, next] of pausing) {
      const pause = found.find(([s, e]) => e - s >= 0.1 && s >= w.startS && s <= next.startS);
      expect(pause, `a pause after ${w.word}`).toBeDefined();
      expect(w.endS, `${w.word} ends at the pause`).toBeLessThanOrEqual(pause![0] + 0.03);
      expect(Math.abs(next.startS - pause![1]), `${next.word} starts at the pause's end`).toBeLessThanOrEqual(0.03);
    }
  });
});

describe('espeak-ng word timings in all 13 languages', () => {
  it.each(LANGUAGE_CODES)('%s: one timing per word, monotonic, inside the audio, each spoken word audible', async (language) => {
    const line = SAMPLE_LINES[language];
    const wav = path.join(work, `all-${language}.wav`);
    const { durationS, words } = (await new EspeakTextToSpeech().synthesize(line, language, wav)) as { durationS: number; words: WordTiming[] };
    expect(words.map((w) => w.word)).toEqual(line.split(' '));
    let last = 0;
    for (const w of words) {
      expect(w.startS).toBeGreaterThanOrEqual(last);
      expect(w.endS).toBeGreaterThan(w.startS + 0.05);
      last = w.endS;
    }
    expect(last).toBeLessThanOrEqual(durationS);
    // The words spread over the line: the last starts in its second half.
    expect(words.at(-1)!.startS).toBeGreaterThan(durationS / 2);
  }, 30_000);
});
