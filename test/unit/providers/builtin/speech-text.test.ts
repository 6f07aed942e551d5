import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LANGUAGE_CODES } from '../../../../lambdas/domain/languages.js';
import { exitDescription, runTool } from '../../../../lambdas/engines/process/runner.js';
import { narrationLines, spokenForm } from '../../../../lambdas/engines/renderer/text.js';
import { EspeakTextToSpeech } from '../../../../lambdas/engines/speech/tts.js';
import { renderRoastVideo } from '../../../../lambdas/engines/renderer/index.js';
import { PETS_EVAL } from '../../../support/shared-data.js';
import { LANGUAGE_PROFILES } from '../../../../lambdas/engines/speech/voices.js';

/**
 * What goes to a voice (docs/renderer.md "Text"): compatibility forms and symbols a voice cannot read are
 * normalised in one place, and every espeak-ng voice survives each class of odd characters afterwards.
 */

/** Classes of odd characters people paste from social media and keyboards (one sample string each). */
const ODD_TEXT: Record<string, string> = {
  circled: 'Stay weird, ⓜⓡ. Ⓑⓡⓤⓝⓞ ⓜⓜⓜ',
  'enclosed alphanumerics': '① ⑳ ⒜ ⒝ 🄰 🅐 🅰 ⓿',
  'mathematical alphanumerics': '𝐁𝐫𝐮𝐧𝐨 𝓑𝓻𝓾𝓷𝓸 𝔅𝔯𝔲𝔫𝔬 𝕭𝖗𝖚𝖓𝖔 𝙱𝚛𝚞𝚗𝚘 𝟏𝟐𝟑',
  'full-width': 'Ｂｒｕｎｏ ｉｓ ＬＡＺＹ １２３！',
  emoji: 'so lazy 😴🐶💤 👍🏽 1️⃣ #️⃣ 🇮🇳 🏴󠁧󠁢󠁳󠁣󠁴󠁿',
  'ZWJ sequences': '👨‍👩‍👧‍👦 🧑🏽‍💻 🐕‍🦺 🏳️‍🌈 ‍ ‌',
  'isolated combining marks': '\u0301\u0302 a \u093F\u094D \u09BE \u0BCD \u0654 x\u20DD',
  'RTL and bidi marks': '\u200Fhello\u200E \u061Cword \u202Bembedded\u202C \u2067iso\u2069',
  'symbols and dingbats': '★☆♥♦✓✔✗☺☹⚡☂♻⌘⌥ → ⇒ ∞ ≠ © ® ™ ° § ¶ † ‡',
  'superscripts and ligatures': 'x² H₂O ﬁne ﬂow ½ ¾ Ⅻ ㎏ ㍻',
  'Arabic presentation forms': 'ﷺ ﻻ ﺑﺮﻭﻧﻮ',
  'private use and unassigned': '\uE000\uF8FF \u{F0000} \u0378 \uFFFF',
};

describe('Function: spokenForm', () => {
  it('turns compatibility forms into the letters they spell and drops what no voice reads', () => {
    expect(spokenForm('Stay weird, ⓜⓡ. Ⓑⓡⓤⓝⓞ!')).toBe('Stay weird, mr. Bruno!');
    expect(spokenForm('𝐁𝐫𝐮𝐧𝐨 and Ｂｒｕｎｏ')).toBe('Bruno and Bruno');
    expect(spokenForm('lazy 😴 dog 👨‍👩‍👧 🇮🇳 ★ \u200Fok')).toBe('lazy dog ok');
    expect(spokenForm('\u0301abc')).toBe('abc');
  });

  it('keeps what Indic and Arabic words need: ZWJ/ZWNJ inside words, vowel signs on their letters', () => {
    expect(spokenForm('क्‍ष')).toBe('क्‍ष');
    expect(spokenForm('ഞാന്‍')).toBe('ഞാന്‍');
    expect(spokenForm('मेरा कुत्ता')).toBe('मेरा कुत्ता');
    expect(spokenForm('میرا کتا')).toBe('میرا کتا');
  });

  it('a line written only in circled letters is still narrated; the caption keeps it as written', () => {
    expect(narrationLines(['Ⓑⓡⓤⓝⓞ', '★★★'])).toEqual(['Ⓑⓡⓤⓝⓞ']);
  });
});

describe('espeak-ng and odd characters', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'speech-text-'));
  });
  afterAll(async () => rm(dir, { recursive: true, force: true }));

  it('the field case: U+24DC makes the Bengali voice abort; the failure names the signal', async () => {
    const raw = await runTool('espeak', ['-v', LANGUAGE_PROFILES.bn.espeakVoice, '-b', '1', '-q', '--stdin'], { timeoutMs: 20_000, input: 'ⓜ' });
    expect(raw).toMatchObject({ code: null, signal: 'SIGABRT' });
    expect(exitDescription(raw)).toBe('killed by SIGABRT');
    const err = await new EspeakTextToSpeech().synthesize('ⓜ', 'bn', path.join(dir, 'raw.wav')).catch((e: unknown) => e as Error);
    expect(String((err as Error).message)).toBe('espeak-ng failed (killed by SIGABRT).');
  });

  it.each(LANGUAGE_CODES.map((code) => [code, LANGUAGE_PROFILES[code].espeakVoice]))(
    'the %s voice (%s) speaks every class of odd characters after spokenForm, without aborting',
    async (code) => {
      const tts = new EspeakTextToSpeech();
      for (const [kind, text] of Object.entries(ODD_TEXT)) {
        const spoken = spokenForm(`${text} ${text.slice(0, 4)}`);
        const out = await tts.synthesize(spoken || 'ok', code, path.join(dir, `${code}.wav`)).catch((e: unknown) => e as Error);
        expect(out, `${code} ${kind}: ${JSON.stringify(spoken)}`).not.toBeInstanceOf(Error);
        expect((out as { durationS: number }).durationS, `${code} ${kind}`).toBeGreaterThan(0);
      }
    },
    60_000,
  );
});

describe('The renderer and the field case', () => {
  it('a Bengali and a Marathi roast with U+24DC render; the captions keep the circled letter as written', async () => {
    const work = await mkdtemp(path.join(tmpdir(), 'speech-render-'));
    try {
      for (const [language, line] of [['bn', 'ⓜⓡ বিস্কুট, তুমি খুব অলস!'], ['mr', 'ⓜⓡ बिस्किट, तू खूप आळशी आहेस!']] as const) {
        const out = await renderRoastVideo({
          media: { path: path.join(PETS_EVAL, 'coco-train2017-000000000394.jpg'), kind: 'image' },
          boxes: [],
          script: { lines: [line], language },
          workDir: work,
          x264Preset: 'ultrafast',
        });
        expect(out.durationS).toBeGreaterThan(1);
        expect(out.lines).toEqual([line]);
        expect(out.cues.map((c) => c.text).join(' ')).toContain('ⓜⓡ');
      }
    } finally {
      await rm(work, { recursive: true, force: true });
    }
  }, 120_000);
});
