import type { PetClass } from './types.js';

/**
 * Reading the caller's prompt ("Roast my lazy beagle Bruno who steals socks!"): contact details out,
 * then the pet's name, a count, the pet class it mentions and the trait families it hints at.
 * The rules and word lists are documented in docs/writer.md ("Prompt parsing").
 */

/** The trait families the writers know (docs/writer.md, "Phrasebook"). */
export const TRAIT_FAMILIES = [
  'lazy',
  'greedy',
  'loud',
  'grumpy',
  'destructive',
  'clumsy',
  'vain',
  'scaredy',
  'clingy',
  'escape',
] as const;
export type TraitFamily = (typeof TRAIT_FAMILIES)[number];

/** Words that hint at each family: English stems, Hinglish and Hindi (Devanagari). Matched case-insensitively at word starts. */
const TRAIT_WORDS: Record<TraitFamily, string[]> = {
  lazy: ['lazy', 'laz', 'sleep', 'slept', 'nap', 'snooz', 'couch', 'sofa potato', 'lounging', 'tired', 'doze', 'dozing', 'bed all day', 'never moves', 'aalsi', 'alsi', 'sota', 'soti', 'आलसी', 'सोत', 'सोया', 'नींद'],
  greedy: ['greed', 'food', 'eat', 'ate', 'snack', 'treat', 'steal', 'stole', 'thief', 'hungry', 'hunger', 'beg', 'kitchen', 'fridge', 'chonk', 'glutton', 'munch', 'khana', 'khata', 'khati', 'bhukkad', 'खाना', 'खाता', 'खाती', 'भुक्कड़', 'चोर'],
  loud: ['loud', 'bark', 'howl', 'yowl', 'meow', 'scream', 'yell', 'nois', 'squawk', 'screech', 'chirp', 'neigh', 'bray', 'moo', 'bleat', 'whin', 'trumpet', 'roar', 'bhaunk', 'bhonk', 'शोर', 'भौंक', 'चिल्ला'],
  grumpy: ['grump', 'angry', 'mood', 'judg', 'attitude', 'hiss', 'glare', 'stare', 'sass', 'rude', 'cranky', 'annoyed', 'hates everyone', 'gussa', 'naraz', 'गुस्स', 'नाराज़', 'नाराज'],
  destructive: ['destr', 'chew', 'shred', 'ruin', 'rip', 'tore', 'tear', 'wreck', 'scratch', 'knock', 'smash', 'dig up', 'eats shoes', 'shoe', 'sock', 'cushion', 'pillow', 'furniture', 'todta', 'phaad', 'तोड़', 'फाड़', 'चबा'],
  clumsy: ['clums', 'trip', 'fall', 'fell', 'slip', 'bump', 'derp', 'goof', 'wobbl', 'stumbl', 'crash', 'klutz', 'gir ', 'girta', 'girti', 'गिर', 'फिसल'],
  vain: ['vain', 'diva', 'pretty', 'fancy', 'selfie', 'mirror', 'groom', 'princess', 'prince', 'spoil', 'drama', 'camera', 'pose', 'posing', 'model', 'beauty', 'fashion', 'nakhre', 'nakhra', 'नखर', 'हीरो', 'हीरोइन'],
  scaredy: ['scare', 'scary', 'afraid', 'fear', 'coward', 'vacuum', 'thunder', 'jumpy', 'nervous', 'timid', 'cucumber', 'frighten', 'panic', 'spook', 'darpok', 'darr', 'डरपोक', 'डर'],
  clingy: ['cling', 'follow', 'attention', 'needy', 'cuddl', 'velcro', 'shadow', 'lap', 'won\'t leave', 'never leaves', 'jealous', 'chipku', 'चिपकू', 'पीछे'],
  escape: ['escap', 'run away', 'runs away', 'ran away', 'run off', 'runs off', 'fence', 'gate', 'houdini', 'bolt', 'wander', 'jailbreak', 'sneak out', 'sneaks out', 'dig under', 'bhaag', 'bhag jata', 'भाग'],
};

/** Nouns (and common breeds) that name each class; plural `s`/`es` allowed. Also the Hinglish/Hindi word. */
export const PET_NOUNS: Record<PetClass, string[]> = {
  dog: ['dog', 'doggo', 'doggy', 'doggie', 'pup', 'puppy', 'pupper', 'puppies', 'hound', 'beagle', 'labrador', 'lab', 'retriever', 'husky', 'pug', 'poodle', 'dachshund', 'corgi', 'bulldog', 'shepherd', 'terrier', 'chihuahua', 'boxer', 'rottweiler', 'doberman', 'spaniel', 'pomeranian', 'indie', 'mutt', 'kutta', 'कुत्ता', 'कुत्ते'],
  cat: ['cat', 'kitty', 'kitten', 'kitties', 'kitteh', 'tabby', 'persian', 'siamese', 'tomcat', 'moggy', 'billi', 'बिल्ली'],
  bird: ['bird', 'birdie', 'parrot', 'budgie', 'parakeet', 'cockatiel', 'canary', 'pigeon', 'lovebird', 'macaw', 'cockatoo', 'myna', 'mynah', 'sparrow', 'chicken', 'hen', 'rooster', 'duck', 'tota', 'तोता', 'चिड़िया'],
  horse: ['horse', 'pony', 'ponies', 'mare', 'stallion', 'foal', 'colt', 'ghoda', 'घोड़ा'],
  sheep: ['sheep', 'lamb', 'ewe', 'bhed', 'भेड़'],
  cow: ['cow', 'calf', 'calves', 'bull', 'buffalo', 'ox', 'cattle', 'gaay', 'gai', 'गाय'],
  elephant: ['elephant', 'jumbo', 'haathi', 'hathi', 'हाथी'],
  bear: ['bear', 'cub', 'bhalu', 'भालू'],
  zebra: ['zebra', 'ज़ेबरा', 'जेबरा'],
  giraffe: ['giraffe', 'जिराफ़', 'जिराफ'],
};

const NUMBER_WORDS: Record<string, number> = {
  two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  both: 2, pair: 2, twin: 2, twins: 2, paanch: 5, 'दो': 2, 'तीन': 3, 'चार': 4, 'पाँच': 5,
};

/** Words that look like names at a sentence start but are not (compared in lower case). */
const NOT_NAMES = new Set([
  'my', 'our', 'the', 'this', 'that', 'these', 'those', 'he', 'she', 'it', 'they', 'his', 'her', 'its', 'their', 'who', 'which', 'what',
  'and', 'but', 'or', 'so', 'is', 'was', 'are', 'roast', 'please', 'pls', 'plz', 'make', 'do', 'a', 'an', 'me', 'him', 'them', 'i', 'we',
  'you', 'your', 'always', 'never', 'every', 'all', 'just', 'really', 'very', 'today', 'here', 'there', 'when', 'while', 'because', 'with',
  'lol', 'omg', 'haha', 'hey', 'hi', 'hello', 'ok', 'okay', 'yes', 'no', 'not', 'for', 'from', 'about', 'at', 'in', 'on', 'of', 'to', 'sir', 'madam',
]);

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
}

const escapeRe = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const ALL_NOUNS = Object.values(PET_NOUNS).flat().sort((a, b) => b.length - a.length);
const NOUN_RE = `(?:${ALL_NOUNS.map(escapeRe).join('|')})(?:e?s)?`;
/** The nouns with an optional capital first letter ("Beagle Bruno"), for patterns that are case-sensitive for names. */
const NOUN_RE_CAP = `(?:${ALL_NOUNS.map((n) => (/\p{Ll}/u.test(n[0]!) ? `[${n[0]}${n[0]!.toUpperCase()}]${escapeRe(n.slice(1))}` : escapeRe(n))).join('|')})(?:e?s)?`;
const NAME_RE = "(\\p{Lu}[\\p{Ll}\\p{Lu}'’-]{1,20})";
const ANY_NAME_RE = "([\\p{L}][\\p{L}'’-]{1,20})";
const GAP = "(?:[\\p{L}'’-]+\\s+){0,2}?"; // up to two adjectives: "my lazy old beagle"

const NAME_PATTERNS: RegExp[] = [
  // "my dog named bruno", "a cat called Luna" (the name may be lower case after named/called)
  new RegExp(`\\b(?:named|called|naam)\\s+${ANY_NAME_RE}`, 'u'),
  // "my (lazy) beagle Bruno", "our cat, Luna"
  new RegExp(`(?<![\\p{L}])(?:[Mm]y|[Oo]ur|[Mm]er[aie])\\s+${GAP}${NOUN_RE_CAP}\\s*,?\\s+${NAME_RE}`, 'u'),
  // "Bruno, my cat", "Bruno - our beagle"
  new RegExp(`${NAME_RE}\\s*[,–—-]\\s*(?:[Mm]y|[Oo]ur)\\s+${GAP}${NOUN_RE_CAP}\\b`, 'u'),
  // "Bruno is my dog", "Bruno the beagle", "Bruno, the cat"
  new RegExp(`${NAME_RE},?\\s+(?:is\\s+(?:my|our|a|an)|the)\\s+${GAP}${NOUN_RE_CAP}\\b`, 'u'),
  // "Roast Bruno", "roast Luna who…"
  new RegExp(`\\b[Rr]oast\\s+${NAME_RE}`, 'u'),
];

/** The name after a pattern matched, or undefined when the word is not a plausible name. */
function plausibleName(word: string | undefined): string | undefined {
  if (!word) return undefined;
  const clean = word.replace(/['’]s$/u, '').replace(/[-'’]+$/u, '');
  const lower = clean.toLowerCase();
  if (clean.length < 2 || NOT_NAMES.has(lower)) return undefined;
  if (ALL_NOUNS.includes(lower) || ALL_NOUNS.includes(lower.replace(/e?s$/, ''))) return undefined;
  if (Object.values(TRAIT_WORDS).flat().some((w) => lower.startsWith(w) && w.length >= 4)) return undefined;
  return clean.charAt(0).toLocaleUpperCase() + clean.slice(1);
}

const CLASS_RES = (Object.entries(PET_NOUNS) as Array<[PetClass, string[]]>).map(
  ([cls, nouns]) => [cls, new RegExp(`(?<![\\p{L}])(?:${nouns.map(escapeRe).join('|')})(?:e?s)?(?![\\p{L}\\p{M}])`, 'u')] as const,
);
const TRAIT_RES = TRAIT_FAMILIES.map((trait) => [trait, new RegExp(`(?<![\\p{L}\\p{M}])(?:${TRAIT_WORDS[trait].map(escapeRe).join('|')})`, 'u')] as const);

function findClass(lower: string): PetClass | undefined {
  let best: { cls: PetClass; at: number } | undefined;
  for (const [cls, re] of CLASS_RES) {
    const m = re.exec(lower);
    if (m && (!best || m.index < best.at)) best = { cls, at: m.index };
  }
  return best?.cls;
}

function findCount(lower: string): number | undefined {
  const m = new RegExp(`(?<![\\p{L}\\p{N}])(\\d{1,2}|${Object.keys(NUMBER_WORDS).map(escapeRe).join('|')})\\s+(?:of\\s+)?${GAP}${NOUN_RE}(?![\\p{L}])`, 'u').exec(lower);
  if (!m) return undefined;
  const n = /^\d+$/.test(m[1]!) ? Number(m[1]) : NUMBER_WORDS[m[1]!];
  return n !== undefined && n >= 2 && n <= 20 ? n : undefined;
}

function findTraits(lower: string): TraitFamily[] {
  const found: Array<{ trait: TraitFamily; at: number }> = [];
  for (const [trait, re] of TRAIT_RES) {
    const m = re.exec(lower);
    if (m) found.push({ trait, at: m.index });
  }
  return found.sort((a, b) => a.at - b.at).map((f) => f.trait);
}

/**
 * Parses a prompt (docs/writer.md, "Prompt parsing"). Contact details are removed first, so a name,
 * a count or a trait can never come from one.
 */
export function parsePrompt(prompt: string): ParsedPrompt {
  const { text, removed } = stripContactDetails(prompt);
  const lower = text.toLowerCase();
  let petName: string | undefined;
  for (const pattern of NAME_PATTERNS) {
    petName = plausibleName(pattern.exec(text)?.[1]);
    if (petName) break;
  }
  return {
    text,
    contactDetailsRemoved: removed,
    petName,
    mentionedClass: findClass(lower),
    count: findCount(lower),
    traits: findTraits(lower),
  };
}
