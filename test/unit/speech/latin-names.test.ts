import { execFileSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { renderRoastVideo } from '../../../lambdas/engines/renderer/index.js';
import { EspeakTextToSpeech } from '../../../lambdas/engines/speech/tts.js';
import type { SpeechResult } from '../../../lambdas/engines/speech/types.js';
import { PETS_EVAL } from '../../support/shared-data.js';
import { describe, expect, it } from 'vitest';
import { LANGUAGE_CODES, type LanguageCode } from '../../../lambdas/domain/languages.js';
import { LANGUAGE_PROFILES } from '../../../lambdas/engines/speech/voices.js';
import { nativeNames } from '../../../lambdas/engines/speech/latin-names.js';

/**
 * Latin-script names inside a narration in another script (docs/voices.md "Names in Latin script"),
 * checked the way a listener would hear them, from espeak-ng's own phoneme output (`espeak-ng -q -x -v
 * <voice>`): as given, every Indic and the Urdu voice switch to espeak-ng's English voice mid-line
 * (`(en)br'u:noU(hi)`); re-spelled, the line is read by the language's own voice, one spoken word per
 * name (a word read letter by letter, or a sign read by its name, would print several).
 */

const NAMES = ['Bruno', 'Mr', 'Whiskers', 'Max', 'Charlie', 'Bella', 'Luna', 'Rocky', 'Tiger', 'Coco', 'Snowball', 'Oliver', 'Zoe', 'Pepper', 'Thor', 'King'];
const phonemes = (text: string, language: LanguageCode): string =>
  execFileSync('espeak-ng', ['-q', '-x', '-b', '1', '-v', LANGUAGE_PROFILES[language].espeakVoice, '--stdin'], { input: text }).toString('utf8').trim();
const others = LANGUAGE_CODES.filter((l) => l !== 'en');

describe('Latin-script names in a narration in another script', () => {
  it('as given, espeak-ng reads them with its English voice in every other language (the problem)', () => {
    for (const language of others) expect(phonemes('Bruno', language), language).toMatch(/^\(en\)/);
  });

  it.each(others)('%s: re-spelled, the language’s own voice reads each name as one word, with no voice switch', async (language) => {
    const [line] = await nativeNames([NAMES.join(' ')], language);
    expect(line).not.toMatch(/[A-Za-z]/);
    expect(line!.split(' ')).toHaveLength(NAMES.length);
    const read = phonemes(line!, language);
    expect(read, read).not.toMatch(/\([a-z-]+\)/);
    expect(read.split(/\s+/), read).toHaveLength(NAMES.length);
    // "Bruno" keeps its sounds: b/p, r, u, n, o in order in the voice's phonemes.
    expect(read.split(/\s+/)[0]!.replace(/['",:]/g, ''), read).toMatch(/^[bp]@?[rR]@?['"]?[uo].*n.*o/);
  });

  it('changes only the Latin words: white space, punctuation and the rest of the line stay; English lines stay whole', async () => {
    const line = 'देखो, Bruno सोफ़े पर Mr. Whiskers का राजा है!';
    const [said] = await nativeNames([line], 'hi');
    expect(said).toBe('देखो, ब्रूनो सोफ़े पर मिस्टर. विस्कर्ज़ का राजा है!');
    expect(said!.split(' ').length).toBe(line.split(' ').length);
    expect(await nativeNames(['Look at Bruno.'], 'en')).toEqual(['Look at Bruno.']);
    expect(await nativeNames(['कोई नाम नहीं।'], 'hi')).toEqual(['कोई नाम नहीं।']);
  });

  it('a Hindi roast naming Bruno renders: the voice reads ब्रूनो, the captions keep "Bruno", word for word in time', async () => {
    const work = await mkdtemp(path.join(tmpdir(), 'latin-names-'));
    const heard: string[] = [];
    const espeak = new EspeakTextToSpeech();
    const tts = {
      synthesize: (text: string, language: LanguageCode, out: string, signal?: AbortSignal): Promise<SpeechResult> => {
        heard.push(text);
        return espeak.synthesize(text, language, out, signal);
      },
    };
    try {
      const line = 'देखो, Bruno सोफ़े पर सो रहा है!';
      const out = await renderRoastVideo({
        media: { path: path.join(PETS_EVAL, 'coco-train2017-000000000394.jpg'), kind: 'image' },
        boxes: [],
        script: { lines: [line], language: 'hi' },
        workDir: work,
        x264Preset: 'ultrafast',
        tts,
      });
      expect(heard).toEqual(['देखो, ब्रूनो सोफ़े पर सो रहा है!']);
      expect(phonemes(heard[0]!, 'hi')).not.toMatch(/\(en\)/);
      const words = out.cues.flatMap((c) => c.words ?? []);
      expect(words.map((w) => w.text)).toEqual(line.split(' '));
      // "Bruno" is highlighted while ब्रूनो is heard: after देखो, before सोफ़े.
      expect(words[1]!.startS).toBeGreaterThan(words[0]!.startS);
      expect(words[2]!.startS).toBeGreaterThan(words[1]!.startS);
    } finally {
      await rm(work, { recursive: true, force: true });
    }
  }, 120_000);
});

