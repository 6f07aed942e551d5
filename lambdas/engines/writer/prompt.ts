import type { LanguageCode } from '../../domain/languages.js';
import type { NativePhrasebook } from './phrasebooks/types.js';
import { PHRASEBOOKS, phrasebookFor } from './phrasebooks/registry.js';
import type { PetClass } from './types.js';
import { findInappropriate } from './safety.js';

/**
 * Reading the caller's prompt ("Roast my lazy beagle Bruno who steals socks!"): contact details out,
 * then the pet's name, a count, the pet class it mentions and the trait families it hints at.
 * The rules and word lists are documented in docs/writer.md ("Prompt parsing").
 */

import { TRAIT_FAMILIES, type TraitFamily } from './types.js';

export { TRAIT_FAMILIES, type TraitFamily };

/**
 * Contact details: e-mail addresses, URLs (with a scheme, `www.`, or a bare domain with a path),
 * phone numbers (7+ digits, with spaces, dots, dashes, parentheses or a leading +) and @handles.
 */
const CONTACT_PATTERNS: RegExp[] = [
  /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.[\p{L}]{2,}/gu, // e-mail (before handles)
  /\b(?:https?:\/\/|www\.)\S+/giu, // URL with a scheme or www.
  /\b[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.(?:com|net|org|io|in|co|me|ly|app|dev|info|biz|xyz|gg|tv|link|page|site|online|shop)(?:\/\S*)?\b/giu, // bare domain
  /(?<![\p{L}\p{N}])\+?\d[\d\s().-]{5,}\d(?![\p{L}\p{N}])/gu, // phone: 7+ digits with separators
  /(?<![\p{L}\p{N}_])@[\p{L}\p{N}_.]{2,}/gu, // @handle
];

/**
 * Removes contact details from a text (docs/writer.md, "Safety"): they never reach a narration,
 * whatever the writer. Returns the cleaned text (whitespace collapsed) and whether anything was removed.
 */
export function stripContactDetails(text: string): { text: string; removed: number } {
  let removed = 0;
  let out = text;
  for (const pattern of CONTACT_PATTERNS) {
    out = out.replace(pattern, (match) => {
      // A phone pattern must hold at least 7 digits (years, "2 dogs 3 cats" are not phone numbers).
      if (/^\+?\d/.test(match) && (match.match(/\d/g)?.length ?? 0) < 7) return match;
      removed++;
      return ' ';
    });
  }
  out = out
    .replace(/\(\s*\)/g, ' ')
    .replace(/[ \t]+([,.!?;:])/g, '$1')
    .replace(/[ \t]{2,}/g, ' ')
    .replace(/ *\n */g, '\n')
    .trim();
  return { text: out, removed };
}

/** True when a text still holds a contact detail (used to validate generated scripts). */
export const hasContactDetails = (text: string): boolean => stripContactDetails(text).removed > 0;

/** What the prompt says about the pet. */
export interface ParsedPrompt {
  /** The prompt without contact details. */
  text: string;
  /** How many contact details were removed. */
  contactDetailsRemoved: number;
  petName?: string;
  /** The first pet class the prompt names ("beagle" → dog). */
  mentionedClass?: PetClass;
  /** A count the prompt states ("my two cats" → 2). */
  count?: number;
  /** Trait families in order of first mention, without duplicates. */
  traits: TraitFamily[];
  /**
   * The prompt speaks of one named pet in the singular ("Roast my dog Sheru", "मेरा कुत्ता शेरू"): a name,
   * no count, no second capitalised name joined by and/&/with, no plural Latin pet word ("dogs", "pets") and
   * pet words of one class at most
   * (docs/writer.md, "Prompt parsing"). The roast is then about one pet, whatever the detector counted.
   */
  oneNamedPet: boolean;
}


/**
 * Honorifics and titles that may open a pet's name ("Mr. Biscuit", "Sir Barks", "Captain Fluffy", "Shri
 * Bruno"): kept as part of the name (lower case, without the dot).
 */
export const NAME_TITLES: ReadonlySet<string> = new Set([
  'mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'doctor', 'sir', 'lady', 'lord', 'dame', 'madam', 'madame', 'master', 'captain', 'capt', 'major', 'general',
  'colonel', 'col', 'sergeant', 'sgt', 'officer', 'agent', 'professor', 'prof', 'king', 'queen', 'prince', 'princess', 'duke', 'duchess', 'baron',
  'count', 'countess', 'emperor', 'empress', 'chief', 'chef', 'saint', 'st', 'don', 'baby', 'little', 'big', 'lil', 'uncle', 'aunty', 'auntie',
  'shri', 'sri', 'shree', 'sree', 'smt', 'shrimati', 'kumari', 'kumar', 'thiru', 'thirumathi', 'selvi', 'babu', 'raja', 'rani', 'nawab', 'begum',
  'sahib', 'saheb', 'sahab', 'ji', 'श्री', 'श्रीमती', 'श्रीमान',
]);

/** Words that stand for the pet in "my lazy pet Bruno", "my baby Bruno", "our good boy Max": not a class, never the name. */
export const NAME_NOUNS: ReadonlySet<string> = new Set(['pet', 'pets', 'baby', 'babies', 'boy', 'girl', 'buddy', 'furbaby', 'fur-baby', 'floof', 'fluff', 'friend', 'bestie', 'bro', 'sis']);

/**
 * Romanised possessives that may stand right before a pet's name ("Mera Bruno bahut aalsi hai", "my Bruno"):
 * English, Hinglish, Banglish, Tanglish, Tenglish, Manglish, Kanglish, Marathi, Gujarati, Punjabi, Odia,
 * Assamese and Urdu as people type them (lower case).
 */
export const ROMAN_POSSESSIVES: ReadonlySet<string> = new Set([
  'my', 'our', 'mera', 'meri', 'mere', 'hamara', 'hamari', 'hamare', 'apna', 'apni', 'apne', 'amar', 'aamar', 'amader', 'amaar', 'en', 'enn', 'ennoda',
  'ennudaya', 'engal', 'enga', 'naa', 'na', 'maa', 'ente', 'njangalude', 'nanna', 'namma', 'nam', 'maza', 'maja', 'majha', 'mazi', 'mazha', 'amcha',
  'amchi', 'maro', 'mari', 'maru', 'amaro', 'mhara', 'mharo', 'mor', 'mora', 'mur', 'amar', 'mero', 'humara',
]);

/** Longest name kept, in characters: a longer multi-word name is shortened at a word boundary; a single word is never cut. */
export const MAX_NAME_CHARS = 60;

/** The prompt vocabulary of a set of phrasebooks, as matchers. */
interface Vocabulary {
  /** Class words: Latin-script words whole (with a plural -s/-es), other scripts at word starts (case and stem suffixes follow). */
  classRes: Array<readonly [PetClass, RegExp]>;
  traitRes: Array<readonly [TraitFamily, RegExp]>;
  /** True when a token names a class. */
  isPetWord(token: string): boolean;
  /** True when a token is a trait word (or starts with one of at least four characters). */
  isTraitWord(token: string): boolean;
  numbers: ReadonlyMap<string, number>;
  notNames: ReadonlySet<string>;
}

const escapeRe = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const nfkc = (s: string): string => s.normalize('NFKC');
const isLatin = (word: string): boolean => /^[\p{Script=Latin}\s'’-]+$/u.test(word);
const alternation = (words: string[]): string =>
  [...new Set(words.map((w) => nfkc(w).toLowerCase()))].sort((a, b) => b.length - a.length).map(escapeRe).join('|') || '(?!)';

/** Matcher for class words: Latin words whole with an optional plural, other scripts as stems at a word start. */
function classPattern(words: string[], anchored: boolean): RegExp {
  const latin = words.filter(isLatin);
  const script = words.filter((w) => !isLatin(w));
  const body = `(?:(?:${alternation(latin)})(?:e?s)?(?![\\p{L}\\p{M}])|(?:${alternation(script)}))`;
  return new RegExp(anchored ? `^${body}` : `(?<![\\p{L}\\p{M}])${body}`, 'u');
}

function vocabularyOf(books: readonly NativePhrasebook[]): Vocabulary {
  const classWords = (cls: PetClass) => books.flatMap((b) => b.petWords[cls] ?? []);
  const traitWords = (t: TraitFamily) => books.flatMap((b) => b.traitWords[t] ?? []);
  const classes = Object.keys(books[0]?.petWords ?? {}) as PetClass[];
  const anyPet = classPattern(classes.flatMap(classWords), true);
  const allTraits = TRAIT_FAMILIES.flatMap(traitWords).map((w) => nfkc(w).toLowerCase().trim());
  const numbers = new Map<string, number>();
  for (const b of books) for (const [w, n] of Object.entries(b.numberWords)) numbers.set(nfkc(w).toLowerCase(), n);
  return {
    classRes: classes.map((cls) => [cls, classPattern(classWords(cls), false)] as const),
    traitRes: TRAIT_FAMILIES.map((t) => [t, new RegExp(`(?<![\\p{L}\\p{M}])(?:${alternation(traitWords(t))})`, 'u')] as const),
    isPetWord: (token) => anyPet.test(token.toLowerCase()),
    isTraitWord: (token) => {
      const lower = token.toLowerCase();
      return allTraits.some((w) => lower === w || (w.length >= 4 && lower.startsWith(w)));
    },
    numbers,
    notNames: new Set(books.flatMap((b) => b.notNames.map((w) => nfkc(w).toLowerCase()))),
  };
}

const ALL_BOOKS = (): NativePhrasebook[] => Object.values(PHRASEBOOKS);
let allVocabulary: Vocabulary | undefined;
const ownVocabulary = new Map<LanguageCode, Vocabulary>();
/** Every registered book's vocabulary (built once). */
function everyBook(): Vocabulary {
  return (allVocabulary ??= vocabularyOf(ALL_BOOKS()));
}
/** The narration language's own vocabulary (built once per language), or undefined when no language is given. */
function ownBook(language: LanguageCode | undefined): Vocabulary | undefined {
  if (!language) return undefined;
  if (!ownVocabulary.has(language)) ownVocabulary.set(language, vocabularyOf([phrasebookFor(language)]));
  return ownVocabulary.get(language);
}

/** A word of the prompt, with what stands between it and the previous word. */
interface Token {
  word: string;
  lower: string;
  /** The text between the previous token and this one (spaces, a comma…). */
  before: string;
  latin: boolean;
  capitalised: boolean;
}

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const re = /[\p{L}\p{M}\p{N}](?:[\p{L}\p{M}\p{N}'’-]|\.(?=\p{L}))*\.?/gu;
  let last = 0;
  for (const m of text.matchAll(re)) {
    let word = m[0];
    const bare = word.replace(/\.$/, '').toLowerCase();
    // A final dot is a sentence end, except after a title ("Mr. Biscuit").
    if (word.endsWith('.') && !NAME_TITLES.has(bare)) word = word.slice(0, -1);
    const lower = word.toLowerCase();
    tokens.push({ word, lower, before: text.slice(last, m.index), latin: /\p{Script=Latin}/u.test(word), capitalised: /^\p{Lu}/u.test(word) });
    last = m.index + m[0].length;
    if (word.length < m[0].length) last--;
  }
  return tokens;
}

const isTitle = (t: Token): boolean => NAME_TITLES.has(t.lower.replace(/\.$/, ''));
/** Only spaces (and at most a comma or a dash) between two words of one phrase. */
const joined = (t: Token | undefined): boolean => !!t && /^\s*[,–—-]?\s+$|^\s*,\s*$/u.test(t.before) && !/[.!?।۔\n]/u.test(t.before);
const tight = (t: Token | undefined): boolean => !!t && /^[ \t]+$/.test(t.before);

/** True when a token cannot start a name: a pet or trait word, a number, a possessive or filler. */
function isVocabulary(t: Token, v: Vocabulary, traitsToo: boolean): boolean {
  const bare = t.lower.replace(/['’]s$/u, '');
  return (
    v.notNames.has(bare) || ROMAN_POSSESSIVES.has(bare) || NAME_NOUNS.has(bare) || v.isPetWord(bare) || v.numbers.has(bare) || /^\p{N}+$/u.test(bare) || (traitsToo && v.isTraitWord(bare))
  );
}

/**
 * The name starting at token `i`, or undefined. Latin script: an optional title, then capitalised words
 * (a lower-case first word only when `anyCase`, after "named"/"called"); other scripts (no letter case):
 * one word that is not vocabulary. Multi-word names longer than {@link MAX_NAME_CHARS} lose their last words.
 */
function nameAt(tokens: Token[], i: number, v: Vocabulary, opts: { anyCase?: boolean; traitsToo?: boolean } = {}): string | undefined {
  const first = tokens[i];
  if (!first) return undefined;
  if (!first.latin) {
    if (!/^\p{L}/u.test(first.word) || [...first.word].length < 2 || isVocabulary(first, v, true)) return undefined;
    return first.word;
  }
  const words: string[] = [];
  let j = i;
  while (tokens[j] && isTitle(tokens[j]!) && (tokens[j]!.capitalised || opts.anyCase) && words.length < 3) {
    if (j > i && !tight(tokens[j])) break;
    words.push(tokens[j]!.word);
    j++;
  }
  const titles = words.length;
  while (tokens[j] && words.length < 6) {
    const t = tokens[j]!;
    if (j > i && !tight(t)) break;
    const lowerOk = opts.anyCase && words.length === 0;
    if (!t.latin || !(t.capitalised || lowerOk) || isVocabulary(t, v, (opts.traitsToo ?? true) && words.length === 0)) break;
    words.push(t.word);
    j++;
  }
  if (words.length === titles) {
    // Only a title: a name in itself when written as a word ("Captain", "Baby"), not an abbreviation ("Mr.").
    if (titles !== 1 || words[0]!.endsWith('.') || ['mr', 'mrs', 'ms', 'dr', 'st', 'sgt', 'capt', 'col', 'prof', 'smt'].includes(words[0]!.toLowerCase())) return undefined;
  }
  while (words.length > 1 && words.join(' ').length > MAX_NAME_CHARS) words.pop();
  const name = words.join(' ').replace(/['’]s$/u, '').replace(/[-'’]+$/u, '');
  if ([...name].length < 2) return undefined;
  return name.charAt(0).toLocaleUpperCase() + name.slice(1);
}

/** The pet's name (docs/writer.md, "Prompt parsing"), trying the patterns in order. */
function findName(tokens: Token[], v: Vocabulary): string | undefined {
  const isNoun = (t: Token | undefined): boolean => !!t && (NAME_NOUNS.has(t.lower) || v.isPetWord(t.lower));
  const isPossessive = (t: Token | undefined): boolean => !!t && (ROMAN_POSSESSIVES.has(t.lower) || (!t.latin && v.notNames.has(t.lower)));
  // 1. "a dog named bruno", "called Luna", "naam Sheru", "name is Max" (any case).
  for (let i = 0; i < tokens.length - 1; i++) {
    const w = tokens[i]!.lower;
    const next = w === 'name' && ['is', "'s"].includes(tokens[i + 1]!.lower) ? i + 2 : ['named', 'called', 'naam', 'नाम'].includes(w) ? i + 1 : -1;
    if (next > 0 && tight(tokens[next])) {
      const name = nameAt(tokens, next, v, { anyCase: true, traitsToo: false });
      if (name) return name;
    }
  }
  // 2. "my (lazy) beagle Bruno", "our cat, Luna", "my lazy pet Bruno", "Mera kutta Sheru", "என் நாய் ராஜா".
  for (let i = 0; i < tokens.length - 1; i++) {
    const t = tokens[i]!;
    if (!isNoun(t) || !joined(tokens[i + 1])) continue;
    const next = tokens[i + 1]!;
    if (next.latin) {
      const name = nameAt(tokens, i + 1, v, { traitsToo: false });
      if (name) return name;
    } else if (i === 0 || isPossessive(tokens[i - 1]) || v.notNames.has(tokens[i - 1]!.lower)) {
      const name = nameAt(tokens, i + 1, v);
      if (name) return name;
    }
  }
  // 3. "Bruno, my cat", "Bruno - our beagle"; 4. "Bruno is my dog", "Bruno the beagle".
  for (let i = 0; i < tokens.length - 2; i++) {
    const name = tokens[i]!.capitalised ? nameAt(tokens, i, v) : undefined;
    if (!name) continue;
    const after = i + name.split(' ').length;
    const rest = tokens.slice(after, after + 5);
    const a = rest[0];
    if (a && /[,–—-]/.test(a.before) && ['my', 'our'].includes(a.lower) && rest.slice(1, 4).some(isNoun)) return name;
    if (a && ((a.lower === 'is' && ['my', 'our', 'a', 'an'].includes(rest[1]?.lower ?? '')) || a.lower === 'the') && rest.slice(1, 5).some(isNoun)) return name;
  }
  // 5. "Roast Bruno", "Roast Mr. Biscuit who…".
  for (let i = 0; i < tokens.length - 1; i++) {
    if (tokens[i]!.lower === 'roast' && tight(tokens[i + 1])) {
      const name = nameAt(tokens, i + 1, v);
      if (name) return name;
    }
  }
  // 6. A possessive right before a capitalised name: "Mera Bruno bahut aalsi hai", "my Bruno".
  for (let i = 0; i < tokens.length - 1; i++) {
    if (isPossessive(tokens[i]) && tokens[i]!.latin && tight(tokens[i + 1]) && tokens[i + 1]!.capitalised) {
      const name = nameAt(tokens, i + 1, v);
      if (name) return name;
    }
  }
  return undefined;
}

function findClass(lower: string, v: Vocabulary): PetClass | undefined {
  let best: { cls: PetClass; at: number } | undefined;
  for (const [cls, re] of v.classRes) {
    const m = re.exec(lower);
    if (m && (!best || m.index < best.at)) best = { cls, at: m.index };
  }
  return best?.cls;
}

function findCount(tokens: Token[], v: Vocabulary): number | undefined {
  for (let i = 0; i < tokens.length - 1; i++) {
    const w = tokens[i]!.lower;
    const n = /^\d{1,2}$/.test(w) ? Number(w) : v.numbers.get(w);
    if (n === undefined) continue;
    // "my two cats", "3 dogs", "two of my dogs", "இரண்டு நாய்கள்": a pet word within the next three words.
    if (tokens.slice(i + 1, i + 4).some((t) => v.isPetWord(t.lower))) return n >= 2 && n <= 20 ? n : undefined;
  }
  return undefined;
}

/** Pet-nouns in the plural: "pets", "babies", "boys"… ({@link NAME_NOUNS}). */
const PLURAL_NAME_NOUNS: ReadonlySet<string> = new Set(['pets', 'babies', 'boys', 'girls', 'buddies', 'furbabies', 'friends', 'besties', 'bros', 'sisters', 'kids', 'gang']);

/**
 * True when the prompt's pet words are all singular and of one class at most: no Latin class word with a
 * plural ending ("dogs", "beagles"; the Latin words of the books are singular) and no plural pet-noun.
 * Scripts without a plural spelling of their own here (Hindi कुत्ते is also the oblique singular) are not
 * read for plurality: a stated number is what makes them several.
 */
function singularPetWords(tokens: Token[], v: Vocabulary): boolean {
  const classes = new Set<PetClass>();
  for (const t of tokens) {
    if (PLURAL_NAME_NOUNS.has(t.lower)) return false;
    if (!v.isPetWord(t.lower)) continue;
    const cls = findClass(t.lower, v);
    if (cls) classes.add(cls);
    // A Latin pet word whose stem without -s/-es is itself a pet word ("dogs", "beagles", "foxes"): a plural.
    if (t.latin && [/s$/u, /es$/u].some((end) => end.test(t.lower) && v.isPetWord(t.lower.replace(end, '')))) return false;
  }
  return classes.size <= 1;
}

function findTraits(lower: string, v: Vocabulary): TraitFamily[] {
  const found: Array<{ trait: TraitFamily; at: number }> = [];
  for (const [trait, re] of v.traitRes) {
    const m = re.exec(lower);
    if (m) found.push({ trait, at: m.index });
  }
  return found.sort((a, b) => a.at - b.at).map((f) => f.trait);
}

/** Adverbs and modals that may open a free-form trait before its verb ("always thinks…", "never stops…"). */
const TRAIT_OPENERS: ReadonlySet<string> = new Set(['always', 'never', 'still', 'only', 'really', 'literally', 'just', 'often', 'sometimes', 'secretly', 'clearly', 'truly']);

/**
 * The first trait an English prompt states in its own words that no trait family recognises (docs/writer.md,
 * "Free-form traits"): a part of a relative clause ("who thinks he is a wolf", "that chases his own tail"),
 * split at "and" and commas, of 2–8 Latin-script words, starting with a third-person verb of a behaviour (a word
 * ending in -s: "thinks", "chases"; not "is", "has", "does"; after an adverb such as "always"), with no trait word of any book, no contact detail and
 * nothing on the word lists ({@link findInappropriate}). Undefined when there is none.
 */
export function freeFormTrait(prompt: string): string | undefined {
  // Read before contact details are removed: a part that held one goes whole ("texts me at +91…" is no trait).
  const text = nfkc(prompt);
  const all = everyBook();
  for (const clause of text.matchAll(/\b(?:who|that|which)\s+([^.!?;:()\n]+)/giu)) {
    for (const part of clause[1]!.split(/\s*,\s*|\s+(?:and|but|or)\s+/iu)) {
      if (hasContactDetails(part)) continue;
      const phrase = part.trim().replace(/[{}|"“”]/gu, '');
      const words = phrase.split(/\s+/u);
      if (words.length < 2 || words.length > 8 || !/^[\p{Script=Latin}\p{N}\s'’-]+$/u.test(phrase)) continue;
      const verb = TRAIT_OPENERS.has(words[0]!.toLowerCase()) ? words[1]! : words[0]!;
      // A behaviour, not a description: "is 3 years old", "has a blue collar" are no roast material.
      if (!/[a-z]s$/u.test(verb.toLowerCase()) || /^(?:is|has|was|does|his|hers|its|this|us|yes)$/iu.test(verb)) continue;
      if (findTraits(phrase.toLowerCase(), all).length || words.some((w) => all.isTraitWord(w.toLowerCase()))) continue;
      if (findInappropriate(phrase) || hasContactDetails(phrase)) continue;
      return phrase;
    }
  }
  return undefined;
}

/**
 * Parses a prompt (docs/writer.md, "Prompt parsing"). The text is NFKC-normalised first (fancy letters such
 * as "Ⓑⓡⓤⓝⓞ" or "𝐁𝐫𝐮𝐧𝐨" read as the name they spell), and contact details are removed, so a name, a count
 * or a trait can never come from one. Class, count and traits are read with the narration language's
 * phrasebook first and, when it finds nothing, with every phrasebook; a name is never a word of any book.
 *
 * @param prompt the caller's `text`.
 * @param language the narration language (its phrasebook's vocabulary is tried first).
 */
export function parsePrompt(prompt: string, language?: LanguageCode): ParsedPrompt {
  const { text, removed } = stripContactDetails(nfkc(prompt));
  const lower = text.toLowerCase();
  const all = everyBook();
  const own = ownBook(language);
  const tokens = tokenize(text);
  const first = <T>(read: (v: Vocabulary) => T, empty: (value: T) => boolean): T => {
    const mine = own ? read(own) : undefined;
    return mine !== undefined && !empty(mine) ? mine : read(all);
  };
  const parsed = {
    text,
    contactDetailsRemoved: removed,
    petName: findName(tokens, all),
    mentionedClass: first((v) => findClass(lower, v), (c) => c === undefined),
    count: first((v) => findCount(tokens, v), (c) => c === undefined),
    traits: first((v) => findTraits(lower, v), (t) => t.length === 0),
  };
  // "Bruno and Luna", "Sheru & Moti", "Sheru with Tiger": a second name joined to the first is a second pet.
  const secondName = /(?:\band|&|\bwith|\baur)\s+(?:(?:my|our|his|her)\s+)?(?:\p{Lu}\p{Ll}|\p{Lu}{2})/u.test(text);
  return { ...parsed, oneNamedPet: parsed.petName !== undefined && parsed.count === undefined && !secondName && singularPetWords(tokens, all) };
}

/** What a roast is about: its pet class, how many pets, and whether several classes were seen. */
export interface RoastSubject {
  /** The class roasted: the species the prompt names, else the detector's best class, else `dog`. */
  cls: PetClass;
  /** Pets in the roast (1..10): the larger of the detector's count and the prompt's. */
  count: number;
  /** Several classes were detected: lines say "pets" rather than a class noun. */
  mixed: boolean;
}

/**
 * The user's species wins (docs/writer.md, "Prompt parsing"): when the prompt names a species, the roast is
 * about it even when the detector saw another class (a beagle thumbnail detected as a bear is still roasted
 * as a dog); the detector's count still wins when larger than the prompt's, except when the prompt speaks of
 * one named pet in the singular (`oneNamedPet`): then the roast is about that one pet.
 */
export function roastSubject(
  pets: ReadonlyArray<{ label: PetClass; count: number }>,
  parsed: Pick<ParsedPrompt, 'mentionedClass' | 'count'> & Partial<Pick<ParsedPrompt, 'oneNamedPet'>>,
): RoastSubject {
  const seen = pets.reduce((n, p) => n + Math.max(1, p.count), 0);
  const cls = parsed.mentionedClass ?? pets[0]?.label ?? 'dog';
  // One named pet in the singular: one pet, whatever the detector counted (a plush toy, a second box).
  if (parsed.oneNamedPet) return { cls, count: 1, mixed: false };
  return {
    cls,
    count: Math.min(10, Math.max(seen, parsed.count ?? 1)),
    mixed: new Set(pets.map((p) => p.label)).size > 1,
  };
}
