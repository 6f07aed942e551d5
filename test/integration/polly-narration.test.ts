import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DescribeVoicesCommand } from '@aws-sdk/client-polly';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { POLLY_PCM_SAMPLE_RATE, PollyTextToSpeech, pollyClient, pollyNarration, pollySpeaks } from '../../lambdas/adapters/polly-tts.js';
import { LANGUAGE_CODES } from '../../lambdas/domain/languages.js';
import { renderRoastVideo } from '../../lambdas/engines/renderer/index.js';
import { SpeechError } from '../../lambdas/engines/speech/errors.js';
import { wavDurationS } from '../../lambdas/engines/speech/tts.js';
import { LANGUAGE_PROFILES } from '../../lambdas/engines/speech/voices.js';
import { startAwsEmulator, type AwsEmulator } from '../../local/moto.js';
import { startPollySimulator } from '../../local/simulators/speech.js';
import { PETS_EVAL } from '../support/shared-data.js';
import { loudness, probe } from '../unit/providers/builtin/media-checks.js';

/**
 * TTS_ENGINE=polly (docs/renderer.md "Narration"). Two back ends for the real @aws-sdk/client-polly:
 * - moto: its Polly voice catalogue (DescribeVoices) and its SynthesizeSpeech, which validates the
 *   request (voice, output format, sample rate, text) but answers 8 bytes of silence (and refuses word
 *   speech marks for plain text, which real Polly allows, so the words are aligned to the audio instead);
 * - the SIMULATED Polly endpoint (local/simulators/speech.ts) speaking SynthesizeSpeech's REST wire format with real
 *   audio and word speech marks (espeak-ng, word by word), so a whole video can be narrated through the SDK.
 */

let moto: AwsEmulator;
let work: string;
const region = 'us-east-1';
const credentials = { accessKeyId: 'testing', secretAccessKey: 'testing' };

beforeAll(async () => {
  moto = await startAwsEmulator({ useEnv: false });
  work = mkdtempSync(path.join(tmpdir(), 'polly-narration-test-'));
});
afterAll(async () => {
  await moto?.stop();
  rmSync(work, { recursive: true, force: true });
});

describe('Polly voices (against moto’s copy of the Polly voice catalogue)', () => {
  it('every voice we use exists, speaks its language and supports its engine; Polly has none for the languages we give espeak-ng', async () => {
    const client = pollyClient({ endpoint: moto.endpoint, region, credentials });
    const { Voices = [] } = await client.send(new DescribeVoicesCommand({ IncludeAdditionalLanguageCodes: true }));
    expect(Voices.length).toBeGreaterThan(50);
    const spoken = new Set(Voices.flatMap((v) => [v.LanguageCode, ...(v.AdditionalLanguageCodes ?? [])]));
    expect(LANGUAGE_CODES.filter(pollySpeaks).sort()).toEqual(['en', 'hi']);
    for (const language of LANGUAGE_CODES) {
      const voice = LANGUAGE_PROFILES[language].polly;
      if (voice) {
        const entry = Voices.find((v) => v.Id === voice.voiceId);
        expect(entry, voice.voiceId).toBeDefined();
        expect([entry!.LanguageCode, ...(entry!.AdditionalLanguageCodes ?? [])]).toContain(voice.languageCode);
        expect(entry!.SupportedEngines).toContain(voice.engine);
      } else {
        // e.g. ta-IN, bn-IN, ur-IN/ur-PK: no Polly voice, so espeak-ng speaks them.
        expect([...spoken].filter((code) => code?.split('-')[0] === language), language).toEqual([]);
      }
    }
  });
});

describe('PollyTextToSpeech over the real SDK (moto)', () => {
  it('sends a SynthesizeSpeech request moto accepts and wraps the PCM it gets into a WAV file', async () => {
    const tts = new PollyTextToSpeech(pollyClient({ endpoint: moto.endpoint, region, credentials }));
    const out = path.join(work, 'moto.wav');
    const { durationS } = await tts.synthesize('तुम्हारा कुत्ता सोचता है कि सोफ़ा उसका सिंहासन है।', 'hi', out);
    // moto answers 8 bytes: 4 samples of 16-bit PCM at 16 kHz.
    expect(durationS).toBeCloseTo(4 / POLLY_PCM_SAMPLE_RATE, 9);
    expect(await wavDurationS(out)).toBeCloseTo(durationS, 9);
    const wav = readFileSync(out);
    expect(wav.toString('ascii', 0, 4)).toBe('RIFF');
    expect(wav.readUInt32LE(24)).toBe(POLLY_PCM_SAMPLE_RATE);
    expect(wav.length).toBe(44 + 8);
  });

  it('turns a refusal into a retryable SpeechError naming Polly (moto: a text over Polly’s 3000-character limit)', async () => {
    const tts = new PollyTextToSpeech(pollyClient({ endpoint: moto.endpoint, region, credentials, maxAttempts: 1 }));
    const err = await tts.synthesize('a'.repeat(3001), 'en', path.join(work, 'refused.wav')).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(SpeechError);
    expect((err as SpeechError).retryable).toBe(true);
    expect((err as SpeechError).message).toMatch(/Amazon Polly could not speak the narration \(TextLengthExceededException\)/);
  });

  it('routes languages Polly has no voice for to espeak-ng (real audio), and refuses them on Polly itself', async () => {
    const narration = pollyNarration(pollyClient({ endpoint: moto.endpoint, region, credentials }));
    const { durationS } = await narration.synthesize('உங்கள் நாய் சோபாவை தனது சிம்மாசனம் என்று நினைக்கிறது.', 'ta', path.join(work, 'ta.wav'));
    expect(durationS).toBeGreaterThan(1); // espeak-ng's speech, not moto's 4 samples
    const direct = new PollyTextToSpeech(pollyClient({ endpoint: moto.endpoint, region, credentials }));
    await expect(direct.synthesize('x', 'ta', path.join(work, 'no.wav'))).rejects.toThrow(/no voice for language 'ta'/);
  });
});

describe('a Hindi roast narrated through Polly (SIMULATED Polly endpoint, real SDK, real render)', () => {
  it('sends each line to Kajal (neural, hi-IN) as plain text and renders a video with audible narration at −16 LUFS', async () => {
    const polly = await startPollySimulator({ credentials, log: () => {} });
    try {
      const lines = ['देखो इस कुत्ते को।', 'यह साइकिल का चौकीदार है।'];
      const out = await renderRoastVideo({
        media: { path: path.join(PETS_EVAL, 'darknet-dog-bicycle-truck.jpg'), kind: 'image' },
        boxes: [{ x: 131, y: 220, width: 177, height: 319 }],
        script: { lines, language: 'hi' },
        workDir: work,
        tts: pollyNarration(pollyClient({ endpoint: polly.url, region, credentials }), { simulated: true }),
      });
      // Per line: the audio (pcm), then the word speech marks (json) of the same text and voice.
      expect(polly.requests.map((r) => r.body)).toEqual(
        lines.flatMap((Text) => [
          { Engine: 'neural', VoiceId: 'Kajal', LanguageCode: 'hi-IN', OutputFormat: 'pcm', SampleRate: '16000', TextType: 'text', Text },
          { Engine: 'neural', VoiceId: 'Kajal', LanguageCode: 'hi-IN', OutputFormat: 'json', SpeechMarkTypes: ['word'], TextType: 'text', Text },
        ]),
      );
      expect(out.narration).toEqual({ language: 'hi', provider: 'polly', voice: 'Kajal', simulated: true });
      // Word timings reach the renderer: every word of each line, inside the line's audio.
      expect(out.speech.map((s) => s.words?.map((w) => w.word))).toEqual([['देखो', 'इस', 'कुत्ते', 'को'], ['यह', 'साइकिल', 'का', 'चौकीदार', 'है']]);
      for (const s of out.speech) expect(s.words!.at(-1)!.endS).toBeLessThanOrEqual(s.durationS);
      const probed = await probe(out.videoPath);
      expect(probed.streams.find((s) => s.codec_type === 'audio')).toMatchObject({ codec_name: 'aac' });
      // Two spoken lines: each cue lasts as long as Polly's audio for it.
      expect(out.cues.length).toBeGreaterThanOrEqual(2);
      const { integrated, truePeak } = await loudness(out.videoPath);
      expect(Math.abs(integrated + 16)).toBeLessThanOrEqual(2);
      expect(truePeak).toBeLessThanOrEqual(-1);
    } finally {
      await polly.close();
    }
  });
});
