import type { LanguageCode } from '../../domain/languages.js';

/**
 * Per-language voice profiles (the speech engine's, read by the renderer too): the espeak-ng voice that
 * reads the narration, the Amazon Polly voice, and the Noto font (Debian package `fonts-noto-core`) that
 * draws the language's captions. The table is documented in
 * docs/renderer.md "Voices and fonts"; every voice is listed by `espeak-ng --voices` (espeak-ng 1.51)
 * and every font family by `fc-list` on Debian bookworm (test/unit/providers/builtin/languages.test.ts
 * checks both, and that each font shapes its sample text without a missing glyph).
 */
export interface LanguageProfile {
  /** espeak-ng voice name (`espeak-ng -v <voice>`). */
  espeakVoice: string;
  /** ISO 15924 script of the language's own writing system. */
  script: 'Latn' | 'Deva' | 'Beng' | 'Taml' | 'Telu' | 'Mlym' | 'Knda' | 'Gujr' | 'Guru' | 'Orya' | 'Arab';
  /** fontconfig family name libass asks for (bold weight). */
  fontFamily: string;
  /** The file fontconfig resolves `fontFamily:bold` to in fonts-noto-core (checked by the tests). */
  fontFile: string;
  /** Caption size in ASS points on the 720×1280 canvas. Nastaliq is drawn larger: its letters sit small in the em. */
  fontSize: number;
  /** Right-to-left script (libass lays it out with FriBidi). */
  rtl: boolean;
  /**
   * Latin runs inside this language's captions (a pet's name, "OK") are drawn in Noto Sans at this size
   * instead of `fontSize`, when the caption font is sized for a script whose letters sit small in the em.
   * Urdu: at 76 the Nastaliq alif is 26 px tall and a Latin capital 40 px (fontconfig's Latin fallback), so
   * Latin drew about 1.5× the Nastaliq around it; at 50 the capital is 26 px, the alif's height
   * (measured on libass frames; docs/renderer.md "Captions").
   */
  latinFontSize?: number;
  /**
   * The Amazon Polly voice used when `TTS_ENGINE=polly` (docs/renderer.md "Narration"), or absent where
   * Polly has no voice for the language (then espeak-ng speaks it). Polly's Indian voices: Kajal
   * (neural; en-IN, and hi-IN as an additional language), Aditi and Raveena (standard only); no voice for
   * the other eleven languages (Amazon Polly Developer Guide, "Available voices").
   */
  polly?: PollyVoice;
}

/** An Amazon Polly voice as SynthesizeSpeech takes it. */
export interface PollyVoice {
  /** `VoiceId`. */
  voiceId: string;
  /** `LanguageCode` (BCP-47): needed for a bilingual voice's additional language (Kajal in hi-IN). */
  languageCode: string;
  /** `Engine`: neural voices sound natural; they cost more per character than standard ones. */
  engine: 'neural' | 'standard';
}

/** Kajal, Polly's neural Indian voice, bilingual: Indian English and Hindi. */
const kajal = (languageCode: 'en-IN' | 'hi-IN'): PollyVoice => ({ voiceId: 'Kajal', languageCode, engine: 'neural' });

const noto = (family: string, file: string, script: LanguageProfile['script'], fontSize = 50) => ({
  fontFamily: family,
  fontFile: file,
  script,
  fontSize,
  rtl: script === 'Arab',
});

/** Voice and caption font per supported language (13 codes of lambdas/domain/languages.ts). */
export const LANGUAGE_PROFILES: Readonly<Record<LanguageCode, LanguageProfile>> = Object.freeze({
  en: { espeakVoice: 'en-us', ...noto('Noto Sans', 'NotoSans-Bold.ttf', 'Latn'), polly: kajal('en-IN') },
  hi: { espeakVoice: 'hi', ...noto('Noto Sans Devanagari', 'NotoSansDevanagari-Bold.ttf', 'Deva'), polly: kajal('hi-IN') },
  mr: { espeakVoice: 'mr', ...noto('Noto Sans Devanagari', 'NotoSansDevanagari-Bold.ttf', 'Deva') },
  bn: { espeakVoice: 'bn', ...noto('Noto Sans Bengali', 'NotoSansBengali-Bold.ttf', 'Beng') },
  as: { espeakVoice: 'as', ...noto('Noto Sans Bengali', 'NotoSansBengali-Bold.ttf', 'Beng') },
  ta: { espeakVoice: 'ta', ...noto('Noto Sans Tamil', 'NotoSansTamil-Bold.ttf', 'Taml', 46) },
  te: { espeakVoice: 'te', ...noto('Noto Sans Telugu', 'NotoSansTelugu-Bold.ttf', 'Telu') },
  ml: { espeakVoice: 'ml', ...noto('Noto Sans Malayalam', 'NotoSansMalayalam-Bold.ttf', 'Mlym', 46) },
  kn: { espeakVoice: 'kn', ...noto('Noto Sans Kannada', 'NotoSansKannada-Bold.ttf', 'Knda') },
  gu: { espeakVoice: 'gu', ...noto('Noto Sans Gujarati', 'NotoSansGujarati-Bold.ttf', 'Gujr') },
  pa: { espeakVoice: 'pa', ...noto('Noto Sans Gurmukhi', 'NotoSansGurmukhi-Bold.ttf', 'Guru') },
  or: { espeakVoice: 'or', ...noto('Noto Sans Oriya', 'NotoSansOriya-Bold.ttf', 'Orya') },
  ur: { espeakVoice: 'ur', ...noto('Noto Nastaliq Urdu', 'NotoNastaliqUrdu-Bold.ttf', 'Arab', 76), latinFontSize: 50 },
});
