import { errors } from '../../domain/errors.js';
import { isLanguageCode, LANGUAGE_CODES, LANGUAGES, type LanguageCode } from '../../domain/languages.js';
import { AMAZON_TRANSLATE_LANGUAGES } from './amazon-translate.js';
import { PROVIDER_NAMES, type ProviderName, type TranslationProvider } from './types.js';

/** The order tried when TRANSLATION_ROUTES does not say otherwise (docs/reference/spec.md §3.2, docs/reference/external-apis.md §8.3). */
export const DEFAULT_ROUTE_ORDER: readonly ProviderName[] = PROVIDER_NAMES;

/**
 * Which providers to try, in order, per language pair. Parsed from `TRANSLATION_ROUTES`:
 *
 * - unset or empty: {@link DEFAULT_ROUTE_ORDER} for every pair;
 * - a comma-separated list, e.g. `dhruva,indictrans2`: that order for every pair;
 * - a JSON array of names: the same;
 * - a JSON object whose keys are `default` (or `*-*`), `src-tgt`, `src-*` or `*-tgt` and whose values
 *   are arrays (or comma-separated strings) of provider names, e.g.
 *   `{"default":["indictrans2","dhruva"],"*-pa":["bhashini"],"en-ur":["bhashini","amazon-translate"]}`.
 *   The most specific key wins: `src-tgt`, then `src-*`, then `*-tgt`, then `default`.
 *
 * A list is exhaustive: providers it does not name are not used for those pairs. Names are
 * `indictrans2`, `dhruva`, `bhashini`, `amazon-translate`; anything else fails at start-up.
 */
export interface RouteTable {
  default: readonly ProviderName[];
  pairs: ReadonlyMap<string, readonly ProviderName[]>;
}

/**
 * One route of a `*_ROUTES` variable: an array of names or a comma-separated string, each one of `names`
 * (trimmed; empty entries dropped). Shared by TRANSLATION_ROUTES and TTS_ROUTES (engines/speech/routing.ts).
 * @throws Error naming `variable` and `where` for anything else.
 */
export function parseNameList<N extends string>(value: unknown, where: string, names: readonly N[], variable: string): N[] {
  const items = Array.isArray(value) ? value : typeof value === 'string' ? value.split(',') : undefined;
  if (!items) throw new Error(`${variable}: ${where} must be a list of provider names.`);
  const list = items.map((n) => (typeof n === 'string' ? n.trim() : n)).filter((n) => n !== '');
  for (const name of list) {
    if (!(names as readonly unknown[]).includes(name)) {
      throw new Error(`${variable}: unknown provider '${String(name)}' in ${where}; use ${names.join(', ')}.`);
    }
  }
  return list as N[];
}

const parseList = (value: unknown, where: string): ProviderName[] => parseNameList(value, where, PROVIDER_NAMES, 'TRANSLATION_ROUTES');

const PAIR_KEY = /^([a-z]{2}|\*)-([a-z]{2}|\*)$/;

/** Parses TRANSLATION_ROUTES (format above); throws an Error naming the variable when it is invalid. */
export function parseTranslationRoutes(value: string | undefined): RouteTable {
  const trimmed = value?.trim() ?? '';
  if (trimmed === '') return { default: DEFAULT_ROUTE_ORDER, pairs: new Map() };
  if (!trimmed.startsWith('{') && !trimmed.startsWith('[')) return { default: parseList(trimmed, 'the list'), pairs: new Map() };
  let json: unknown;
  try {
    json = JSON.parse(trimmed);
  } catch {
    throw new Error('TRANSLATION_ROUTES: not valid JSON.');
  }
  if (Array.isArray(json)) return { default: parseList(json, 'the list'), pairs: new Map() };
  if (!json || typeof json !== 'object') throw new Error('TRANSLATION_ROUTES: must be a list or an object.');
  let defaults: readonly ProviderName[] = DEFAULT_ROUTE_ORDER;
  const pairs = new Map<string, ProviderName[]>();
  for (const [key, list] of Object.entries(json)) {
    if (key === 'default' || key === '*-*') {
      defaults = parseList(list, `'${key}'`);
      continue;
    }
    const match = PAIR_KEY.exec(key);
    const [, source, target] = match ?? [];
    if (!match || (source !== '*' && !isLanguageCode(source)) || (target !== '*' && !isLanguageCode(target))) {
      throw new Error(`TRANSLATION_ROUTES: '${key}' is not a language pair like 'en-hi', 'en-*' or '*-hi'.`);
    }
    pairs.set(key, parseList(list, `'${key}'`));
  }
  return { default: defaults, pairs };
}

/** The ordered provider names for one pair (most specific rule first). */
export function routeFor(table: RouteTable, source: LanguageCode, target: LanguageCode): readonly ProviderName[] {
  return (
    table.pairs.get(`${source}-${target}`) ?? table.pairs.get(`${source}-*`) ?? table.pairs.get(`*-${target}`) ?? table.default
  );
}

/** Picks the providers for a language pair. */
export interface ProviderRouter {
  /**
   * The configured providers on the pair's route that support it, in route order: the first is asked
   * first, the others are the fail-over order. Throws 503 `provider_not_configured` when there is none,
   * with a message naming the setting to add ({@link notConfiguredMessage}).
   */
  candidates(source: LanguageCode, target: LanguageCode): TranslationProvider[];
  /** The first of {@link candidates}. */
  select(source: LanguageCode, target: LanguageCode): TranslationProvider;
  readonly providers: readonly TranslationProvider[];
}

/**
 * Languages each provider serves (docs/translation.md, "Providers"). IndicTrans2, Dhruva and Bhashini
 * serve all 13 codes; Amazon Translate has neither Odia (`or`) nor Assamese (`as`).
 */
export const PROVIDER_LANGUAGES: Readonly<Record<ProviderName, ReadonlySet<LanguageCode>>> = {
  indictrans2: new Set(LANGUAGE_CODES),
  dhruva: new Set(LANGUAGE_CODES),
  bhashini: new Set(LANGUAGE_CODES),
  'amazon-translate': AMAZON_TRANSLATE_LANGUAGES,
};

/** Whether `provider` can translate `source` → `target` at all (by the table above). */
export const providerServes = (provider: ProviderName, source: LanguageCode, target: LanguageCode): boolean =>
  source !== target && PROVIDER_LANGUAGES[provider].has(source) && PROVIDER_LANGUAGES[provider].has(target);

/** The setting that turns each provider on: environment variable (with its credential) and CDK context. */
export const PROVIDER_SETTINGS: Readonly<Record<ProviderName, { env: string; secret?: string; context: string }>> = {
  indictrans2: { env: 'INDICTRANS2_URL', context: 'indictrans2Url=…' },
  dhruva: { env: 'DHRUVA_URL', secret: 'DHRUVA_API_KEY_SECRET_ARN', context: 'dhruvaUrl=…' },
  bhashini: { env: 'BHASHINI_CONFIG_URL', secret: 'BHASHINI_SECRET_ARN', context: 'bhashiniConfigUrl=…' },
  'amazon-translate': { env: 'AMAZON_TRANSLATE=on', context: 'amazonTranslate=true' },
};

const settingOf = (name: ProviderName): string => {
  const setting = PROVIDER_SETTINGS[name];
  return `${setting.env}${setting.secret ? ` with ${setting.secret}` : ''} (cdk: -c ${setting.context})`;
};

const orList = (items: readonly string[]): string =>
  items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`;

/**
 * The sentence of the 503 `provider_not_configured` for a pair no configured provider serves. It names
 * exactly what to add:
 * - a provider that serves the pair is configured but `TRANSLATION_ROUTES` leaves it out → the route to extend;
 * - otherwise the settings of the providers that serve the pair (for `or`/`as`: IndicTrans2, Dhruva or
 *   Bhashini, since Amazon Translate does not have them).
 */
export function notConfiguredMessage(
  source: LanguageCode,
  target: LanguageCode,
  configured: readonly ProviderName[],
  route: readonly ProviderName[],
): string {
  const pair = `${source} → ${target}`;
  const serving = PROVIDER_NAMES.filter((name) => providerServes(name, source, target));
  const offRoute = serving.filter((name) => configured.includes(name) && !route.includes(name));
  if (offRoute.length > 0) {
    return `No translation provider on the route for ${pair}: TRANSLATION_ROUTES sends it to ${route.join(', ') || 'no provider'}; add ${orList(offRoute)} (configured) to that route.`;
  }
  const missing = serving.filter((name) => !configured.includes(name));
  const unsupported = [source, target].filter((lang) => !AMAZON_TRANSLATE_LANGUAGES.has(lang));
  const why = unsupported.length > 0 ? ` Amazon Translate does not support ${unsupported.map((lang) => `${LANGUAGES[lang]} (${lang})`).join(' or ')}.` : '';
  return `No translation provider is configured for ${pair}.${why} Set ${orList(missing.map(settingOf))}.`;
}

/** Never route a language Amazon Translate does not have (`or`, `as`) to it, whatever a provider claims. */
const allowed = (provider: TranslationProvider, source: LanguageCode, target: LanguageCode): boolean =>
  provider.name !== 'amazon-translate' || (AMAZON_TRANSLATE_LANGUAGES.has(source) && AMAZON_TRANSLATE_LANGUAGES.has(target));

/**
 * A router over the configured providers. `routes` is a parsed table or the raw TRANSLATION_ROUTES
 * value; without it, the providers are tried in the default order.
 */
export function createProviderRouter(providers: readonly TranslationProvider[], routes?: RouteTable | string): ProviderRouter {
  const table = typeof routes === 'object' ? routes : parseTranslationRoutes(routes);
  const byName = new Map<ProviderName, TranslationProvider>();
  for (const provider of providers) if (!byName.has(provider.name)) byName.set(provider.name, provider);
  const candidates = (source: LanguageCode, target: LanguageCode): TranslationProvider[] => {
    const route = routeFor(table, source, target);
    const out: TranslationProvider[] = [];
    for (const name of route) {
      const provider = byName.get(name);
      if (provider && !out.includes(provider) && allowed(provider, source, target) && provider.supports(source, target)) out.push(provider);
    }
    if (out.length === 0) throw errors.providerNotConfigured(notConfiguredMessage(source, target, [...byName.keys()], route));
    return out;
  };
  return {
    providers,
    candidates,
    select: (source, target) => candidates(source, target)[0] as TranslationProvider,
  };
}

/** What one language gets with a given configuration: the providers, in fail-over order, per direction. */
export interface LanguageCoverage {
  language: LanguageCode;
  /** en → language. */
  fromEnglish: ProviderName[];
  /** language → en. */
  toEnglish: ProviderName[];
}

/**
 * Which languages will work, and through which providers, for a set of configured providers and a
 * TRANSLATION_ROUTES value, without building any client: used by the CDK stack to print the matrix at
 * synth/deploy time (lib/pet-roast-stack.ts) and by the docs. Pairs between two Indian languages follow
 * the same rule (a provider serves a pair when it has both languages).
 */
export function translationCoverage(configured: readonly ProviderName[], routes?: string): LanguageCoverage[] {
  const table = parseTranslationRoutes(routes);
  const serving = (source: LanguageCode, target: LanguageCode): ProviderName[] =>
    routeFor(table, source, target).filter((name, i, list) => list.indexOf(name) === i && configured.includes(name) && providerServes(name, source, target));
  return LANGUAGE_CODES.filter((lang) => lang !== 'en').map((language) => ({
    language,
    fromEnglish: serving('en', language),
    toEnglish: serving(language, 'en'),
  }));
}

/**
 * One line for people: e.g. `en↔hi,bn,ta,te,ml,kn,gu,mr,pa,ur via amazon-translate; NOT AVAILABLE:
 * or,as (Amazon Translate does not support them; set -c indictrans2Url=…, -c dhruvaUrl=… or -c bhashiniConfigUrl=…)`.
 */
export function describeCoverage(configured: readonly ProviderName[], routes?: string): string {
  const coverage = translationCoverage(configured, routes);
  const groups = new Map<string, LanguageCode[]>();
  const missing: LanguageCode[] = [];
  for (const c of coverage) {
    if (c.fromEnglish.length === 0 || c.toEnglish.length === 0) {
      missing.push(c.language);
      continue;
    }
    const via = c.fromEnglish.join(' > ') + (c.toEnglish.join(' > ') === c.fromEnglish.join(' > ') ? '' : ` (to en: ${c.toEnglish.join(' > ')})`);
    groups.set(via, [...(groups.get(via) ?? []), c.language]);
  }
  const parts = [...groups].map(([via, langs]) => `en↔${langs.join(',')} via ${via}`);
  const contextOf = (names: readonly ProviderName[]) => orList(names.filter((n) => !configured.includes(n)).map((n) => `-c ${PROVIDER_SETTINGS[n].context}`));
  const amazonCould = missing.filter((lang) => AMAZON_TRANSLATE_LANGUAGES.has(lang));
  const onlyIndic = missing.filter((lang) => !AMAZON_TRANSLATE_LANGUAGES.has(lang));
  if (amazonCould.length > 0) parts.push(`NOT AVAILABLE: ${amazonCould.join(',')} (set ${contextOf(PROVIDER_NAMES) || 'TRANSLATION_ROUTES to include a configured provider'})`);
  if (onlyIndic.length > 0) {
    parts.push(`NOT AVAILABLE: ${onlyIndic.join(',')} (Amazon Translate does not support them; set ${contextOf(['indictrans2', 'dhruva', 'bhashini']) || 'TRANSLATION_ROUTES to include a configured provider'})`);
  }
  return parts.join('; ');
}
