/**
 * The simulated "translation" of the local translation simulators (indictrans2.ts, dhruva.ts): the marker
 * `[ⓢⓘⓜ] ` followed by a deterministic letter-by-letter transliteration of the input into the target
 * language's script (romanisation for `*→en`), so script validation passes while nobody can mistake the
 * output for a real translation. The marker uses circled letters, which Unicode classes as symbols, so it
 * never counts for or against script checks.
 */
/** Prefix of every simulated translation. */
export const SIMULATED_MARKER = '[ⓢⓘⓜ] ';

/** ISO codes the simulated model knows: the service's 13 plus a few other scheduled languages. */
export const SIMULATED_LANGUAGES = new Set(['en', 'hi', 'bn', 'ta', 'te', 'ml', 'kn', 'gu', 'mr', 'pa', 'or', 'as', 'ur', 'ne', 'sa', 'kok', 'mai']);

// ---------------------------------------------------------------------------------------------------
// Simulated "translation": transliteration between Latin and the Indic scripts.

/** Start of each Brahmic script's Unicode block; the blocks are laid out in parallel (ISCII order). */
const BLOCK: Record<string, number> = {
  hi: 0x0900, mr: 0x0900, ne: 0x0900, sa: 0x0900, kok: 0x0900, mai: 0x0900,
  bn: 0x0980, as: 0x0980, pa: 0x0a00, gu: 0x0a80, or: 0x0b00, ta: 0x0b80, te: 0x0c00, kn: 0x0c80, ml: 0x0d00,
};
const SCRIPT_OF_BLOCK: Record<number, string> = {
  0x0900: 'Devanagari', 0x0980: 'Bengali', 0x0a00: 'Gurmukhi', 0x0a80: 'Gujarati', 0x0b00: 'Oriya',
  0x0b80: 'Tamil', 0x0c00: 'Telugu', 0x0c80: 'Kannada', 0x0d00: 'Malayalam',
};

/** Latin letter → offsets in the block, best first (fallbacks for scripts lacking a letter, e.g. Tamil). */
const LATIN_TO_OFFSETS: Record<string, number[]> = {
  a: [0x05], b: [0x2c, 0x2a], c: [0x15], d: [0x26, 0x24], e: [0x0f, 0x0e], f: [0x2b, 0x2a], g: [0x17, 0x15],
  h: [0x39, 0x15], i: [0x07], j: [0x1c, 0x1a], k: [0x15], l: [0x32], m: [0x2e], n: [0x28], o: [0x13, 0x12],
  p: [0x2a], q: [0x15], r: [0x30], s: [0x38, 0x37], t: [0x24], u: [0x09], v: [0x35], w: [0x35], x: [0x16, 0x15],
  y: [0x2f], z: [0x1c, 0x1a],
};
const URDU: Record<string, string> = {
  a: 'ا', b: 'ب', c: 'ک', d: 'د', e: 'ے', f: 'ف', g: 'گ', h: 'ہ', i: 'ی', j: 'ج', k: 'ک', l: 'ل', m: 'م',
  n: 'ن', o: 'و', p: 'پ', q: 'ق', r: 'ر', s: 'س', t: 'ت', u: 'و', v: 'و', w: 'و', x: 'خ', y: 'ی', z: 'ز',
};
const ROMAN: Record<number, string> = {
  0x02: 'n', 0x03: 'h', 0x05: 'a', 0x06: 'aa', 0x07: 'i', 0x08: 'ii', 0x09: 'u', 0x0a: 'uu', 0x0b: 'ri', 0x0e: 'e',
  0x0f: 'e', 0x10: 'ai', 0x12: 'o', 0x13: 'o', 0x14: 'au', 0x15: 'k', 0x16: 'kh', 0x17: 'g', 0x18: 'gh', 0x19: 'ng',
  0x1a: 'c', 0x1b: 'ch', 0x1c: 'j', 0x1d: 'jh', 0x1e: 'ny', 0x1f: 't', 0x20: 'th', 0x21: 'd', 0x22: 'dh', 0x23: 'n',
  0x24: 't', 0x25: 'th', 0x26: 'd', 0x27: 'dh', 0x28: 'n', 0x29: 'n', 0x2a: 'p', 0x2b: 'ph', 0x2c: 'b', 0x2d: 'bh',
  0x2e: 'm', 0x2f: 'y', 0x30: 'r', 0x31: 'r', 0x32: 'l', 0x33: 'l', 0x34: 'l', 0x35: 'v', 0x36: 'sh', 0x37: 'sh',
  0x38: 's', 0x39: 'h', 0x3e: 'a', 0x3f: 'i', 0x40: 'i', 0x41: 'u', 0x42: 'u', 0x46: 'e', 0x47: 'e', 0x48: 'ai',
  0x4a: 'o', 0x4b: 'o', 0x4c: 'au', 0x4d: '', 0x64: '.', 0x65: '.',
};
// Reversed so the first Latin letter listed for an Arabic letter wins.
const URDU_ROMAN = new Map<string, string>(Object.entries(URDU).map(([latin, arabic]): [string, string] => [arabic, latin]).reverse());

const assigned = (cp: number, block: number): boolean =>
  new RegExp(`\\p{scx=${SCRIPT_OF_BLOCK[block]}}`, 'u').test(String.fromCodePoint(cp));

const letterTables = new Map<number, Map<string, string>>();
function tableFor(block: number): Map<string, string> {
  let table = letterTables.get(block);
  if (!table) {
    table = new Map();
    for (const [latin, offsets] of Object.entries(LATIN_TO_OFFSETS)) {
      const offset = [...offsets, 0x05].find((o) => assigned(block + o, block)) as number;
      table.set(latin, String.fromCodePoint(block + offset));
    }
    letterTables.set(block, table);
  }
  return table;
}

/**
 * Consonants outside the blocks' parallel (ISCII) layout, with their Latin letters: Assamese ৰ (ra) and
 * ৱ (wa), Odia ୱ (wa), Gurmukhi ੜ (rra), Devanagari/Bengali ड़ ढ़ য় (precomposed nukta forms).
 */
const EXTRA_CONSONANTS: Record<number, string> = {
  0x09f0: 'r', 0x09f1: 'w', 0x0b71: 'w', 0x0a5c: 'r', 0x095c: 'r', 0x095d: 'rh', 0x09dc: 'r', 0x09dd: 'rh', 0x09df: 'y', 0x0b5c: 'r', 0x0b5d: 'rh', 0x0b5f: 'y',
};

const isBrahmic = (cp: number): boolean => cp >= 0x0900 && cp <= 0x0d7f;
const isMatraOrVirama = (offset: number): boolean => offset >= 0x3e && offset <= 0x4d;

/** Indic or Urdu text → rough Latin letters (consonants carry their inherent `a`). */
export function romanize(text: string): string {
  const chars = [...text];
  let out = '';
  for (let i = 0; i < chars.length; i += 1) {
    const ch = chars[i] as string;
    const cp = ch.codePointAt(0) as number;
    if (EXTRA_CONSONANTS[cp] !== undefined) {
      out += EXTRA_CONSONANTS[cp];
      const next = chars[i + 1]?.codePointAt(0);
      const nextIsSign = next !== undefined && isBrahmic(next) && isMatraOrVirama((next - 0x0900) % 0x80);
      if (!nextIsSign) out += 'a';
    } else if (isBrahmic(cp)) {
      const offset = (cp - 0x0900) % 0x80;
      if (offset >= 0x66 && offset <= 0x6f) {
        out += String(offset - 0x66);
        continue;
      }
      const roman = ROMAN[offset] ?? (offset >= 0x15 && offset <= 0x39 ? 'k' : '');
      out += roman;
      const next = chars[i + 1]?.codePointAt(0);
      const nextIsSign = next !== undefined && isBrahmic(next) && isMatraOrVirama((next - 0x0900) % 0x80);
      if (offset >= 0x15 && offset <= 0x39 && !nextIsSign) out += 'a';
    } else if (ch === '۔') {
      out += '.';
    } else if (/\p{scx=Arabic}/u.test(ch) && /\p{L}/u.test(ch)) {
      out += URDU_ROMAN.get(ch) ?? 'a';
    } else {
      out += ch;
    }
  }
  return out;
}

/**
 * Latin text → the target's script, letter by letter. A full stop that ends a sentence (before
 * whitespace, a closing quote or the end) becomes the script's own (danda `।`, Urdu `۔`); a full stop
 * inside a number or a word (`2.5`, `e.g`) stays, as in the real model's output.
 */
function fromLatin(text: string, target: string): string {
  const block = BLOCK[target];
  const table = block === undefined ? undefined : tableFor(block);
  const chars = [...text];
  let out = '';
  for (const [i, ch] of chars.entries()) {
    const lower = ch.toLowerCase();
    const sentenceEnd = ch === '.' && (i === chars.length - 1 || /[\s"'”’)\]]/u.test(chars[i + 1] as string));
    if (target === 'ur') out += URDU[lower] ?? (sentenceEnd ? '۔' : ch);
    else if (table?.has(lower)) {
      let mapped = table.get(lower) as string;
      if (target === 'as' && lower === 'r') mapped = 'ৰ';
      if (target === 'as' && (lower === 'v' || lower === 'w')) mapped = 'ৱ';
      out += mapped;
    } else if (sentenceEnd && ['hi', 'mr', 'bn', 'as', 'pa', 'or'].includes(target)) out += '।';
    else out += ch;
  }
  return out;
}

/**
 * What IndicTrans2's own toolkit (IndicTransToolkit `IndicProcessor`) keeps out of the model and puts
 * back unchanged: its `<IDn>` placeholders, URLs, e-mail addresses, @handles, #hashtags and numbers
 * (the real service returns them verbatim; the simulator must not transliterate them).
 */
const KEPT_VERBATIM =
  /<ID\d+>|(?:https?:\/\/|www\.)\S*[^\s.,;:!?)\]]|[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}|(?<![\p{L}\p{N}_])@[\p{L}\p{N}_](?:[\p{L}\p{N}_.]*[\p{L}\p{N}_])?|(?<![\p{L}\p{N}_&])#[\p{L}\p{M}\p{N}_]+|\d+(?:[.,:]\d+)*/gu;

/**
 * The simulator's deterministic stand-in for a translation: `[ⓢⓘⓜ] ` + the text transliterated into the
 * target script (or romanised for `en`), with placeholders, URLs, e-mails, handles, hashtags and numbers
 * kept verbatim.
 */
export function simulateTranslation(text: string, source: string, target: string): string {
  let out = '';
  let last = 0;
  const convert = (piece: string): string => {
    const latin = source === 'en' ? piece : romanize(piece);
    return target === 'en' ? latin : fromLatin(latin, target);
  };
  for (const match of text.matchAll(KEPT_VERBATIM)) {
    out += convert(text.slice(last, match.index)) + match[0];
    last = match.index + match[0].length;
  }
  return SIMULATED_MARKER + out + convert(text.slice(last));
}

