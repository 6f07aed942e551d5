import { isLanguageCode, LANGUAGE_CODES, type LanguageCode } from '../../domain/languages.js';
import { parseNameList } from '../translation/index.js';
import { SPEECH_PROVIDER_NAMES, type SpeechProviderName } from './types.js';

/**
 * The order tried when TTS_ROUTES does not say otherwise (docs/voices.md "Routes"): Polly's neural voice
 * where it has one (en, hi), then Bhashini's IndicTTS (11 languages), then Google (adds pa, ur), then
 * espeak-ng.
 */
export const DEFAULT_SPEECH_ROUTE: readonly SpeechProviderName[] = ['polly', 'bhashini', 'google', 'espeak'];

/**
 * Languages each speech provider has a voice for (docs/voices.md "Providers"):
 * - Polly: Kajal (neural), en-IN and hi-IN only (Amazon Polly Developer Guide, "Available voices");
 * - Bhashini / AI4Bharat IndicTTS: as, bn, gu, hi, kn, ml, mr, or, ta, te, en (AI4Bharat Indic-TTS model
 *   list; no Punjabi or Urdu model);
 * - Google Cloud Text-to-Speech: the -IN voices of its voice list, which has no Odia or Assamese;
 * - espeak-ng: all 13 (engines/speech/voices.ts).
 */
export const SPEECH_PROVIDER_LANGUAGES: Readonly<Record<SpeechProviderName, ReadonlySet<LanguageCode>>> = {
  polly: new Set<LanguageCode>(['en', 'hi']),
  bhashini: new Set<LanguageCode>(['as', 'bn', 'gu', 'hi', 'kn', 'ml', 'mr', 'or', 'ta', 'te', 'en']),
  google: new Set<LanguageCode>(['en', 'hi', 'bn', 'ta', 'te', 'ml', 'kn', 'gu', 'mr', 'pa', 'ur']),
  espeak: new Set(LANGUAGE_CODES),
};

/**
 * Which speech providers to try, in order, per language. Parsed from `TTS_ROUTES`:
 *
 * - unset or empty: {@link DEFAULT_SPEECH_ROUTE} for every language;
 * - a comma-separated list or a JSON array, e.g. `google,bhashini`: that order for every language;
 * - a JSON object whose keys are `default` or a language code and whose values are lists, e.g.
 *   `{"default":["bhashini","google"],"hi":["polly","bhashini"]}`.
 *
 * espeak-ng is the offline last resort: a route that does not name `espeak` gets it appended.
 * @throws Error naming TTS_ROUTES when the value is invalid (unknown provider or language, bad JSON).
 */
export interface SpeechRouteTable {
  default: readonly SpeechProviderName[];
  languages: ReadonlyMap<LanguageCode, readonly SpeechProviderName[]>;
}

const VARIABLE = 'TTS_ROUTES';
const withEspeak = (list: SpeechProviderName[]): SpeechProviderName[] => (list.includes('espeak') ? list : [...list, 'espeak']);
const parseList = (value: unknown, where: string): SpeechProviderName[] => withEspeak(parseNameList(value, where, SPEECH_PROVIDER_NAMES, VARIABLE));

/** Parses TTS_ROUTES (format on {@link SpeechRouteTable}). */
export function parseSpeechRoutes(value: string | undefined): SpeechRouteTable {
  const trimmed = value?.trim() ?? '';
  if (trimmed === '') return { default: DEFAULT_SPEECH_ROUTE, languages: new Map() };
  if (!trimmed.startsWith('{') && !trimmed.startsWith('[')) return { default: parseList(trimmed, 'the list'), languages: new Map() };
  let json: unknown;
  try {
    json = JSON.parse(trimmed);
  } catch {
    throw new Error(`${VARIABLE}: not valid JSON.`);
  }
  if (Array.isArray(json)) return { default: parseList(json, 'the list'), languages: new Map() };
  if (!json || typeof json !== 'object') throw new Error(`${VARIABLE}: must be a list or an object.`);
  let defaults: readonly SpeechProviderName[] = DEFAULT_SPEECH_ROUTE;
  const languages = new Map<LanguageCode, SpeechProviderName[]>();
  for (const [key, list] of Object.entries(json)) {
    if (key === 'default' || key === '*') defaults = parseList(list, `'${key}'`);
    else if (isLanguageCode(key)) languages.set(key, parseList(list, `'${key}'`));
    else throw new Error(`${VARIABLE}: '${key}' is not 'default' or a language code (${LANGUAGE_CODES.join(', ')}).`);
  }
  return { default: defaults, languages };
}

/** The route of one language (its own entry, else the default). */
export const speechRouteFor = (table: SpeechRouteTable, language: LanguageCode): readonly SpeechProviderName[] =>
  table.languages.get(language) ?? table.default;

/**
 * The providers that would speak each language with the given configured providers, in fail-over order:
 * the route filtered to configured providers that have a voice for the language. Printed at synth
 * (lib/) and in docs/voices.md "Routes".
 */
export function speechCoverage(
  configured: readonly SpeechProviderName[],
  table: SpeechRouteTable,
  gender: 'female' | 'male' = 'female',
): Array<{ language: LanguageCode; providers: SpeechProviderName[] }> {
  return LANGUAGE_CODES.map((language) => ({
    language,
    providers: speechRouteFor(table, language).filter(
      (name) => (name === 'espeak' || configured.includes(name)) && SPEECH_PROVIDER_LANGUAGES[name].has(language) && !(name === 'polly' && gender === 'male'),
    ),
  }));
}

/** The coverage as a fixed-width text table (one line per language), for logs and synth output. */
export function formatSpeechCoverage(rows: ReturnType<typeof speechCoverage>): string {
  return rows.map((row) => `${row.language.padEnd(3)}${row.providers.join(' → ')}`).join('\n');
}
