import { errors } from '../errors.js';
import { isLanguageCode, type LanguageCode } from '../languages.js';
import { AMAZON_TRANSLATE_LANGUAGES } from './amazon-translate.js';
import { isProviderName, PROVIDER_NAMES, type ProviderName, type TranslationProvider } from './types.js';

/** The order tried when TRANSLATION_ROUTES does not say otherwise (SPEC 3.2, EXTERNAL-APIS §8.3). */
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

function parseList(value: unknown, where: string): ProviderName[] {
  const names = Array.isArray(value) ? value : typeof value === 'string' ? value.split(',') : undefined;
  if (!names) throw new Error(`TRANSLATION_ROUTES: ${where} must be a list of provider names.`);
  const list = names.map((n) => (typeof n === 'string' ? n.trim() : n)).filter((n) => n !== '');
  for (const name of list) {
    if (!isProviderName(name)) {
      throw new Error(`TRANSLATION_ROUTES: unknown provider '${String(name)}' in ${where}; use ${PROVIDER_NAMES.join(', ')}.`);
    }
  }
  return list as ProviderName[];
}

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

/** Picks the provider for a language pair. */
export interface ProviderRouter {
  /** The first configured provider on the pair's route that supports it; 503 `provider_not_configured` if none. */
  select(source: LanguageCode, target: LanguageCode): TranslationProvider;
  readonly providers: readonly TranslationProvider[];
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
  return {
    providers,
    select(source, target) {
      for (const name of routeFor(table, source, target)) {
        const provider = byName.get(name);
        if (provider && allowed(provider, source, target) && provider.supports(source, target)) return provider;
      }
      throw errors.providerNotConfigured(
        providers.length === 0
          ? 'No translation provider is configured.'
          : `No configured translation provider supports ${source} → ${target}.`,
      );
    },
  };
}
