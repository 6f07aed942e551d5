/**
 * Splitting long text into chunks a provider accepts, and putting the translations back together.
 *
 * Sentences end at `.`, `!`, `?`, `…`, the Devanagari danda `।` and double danda `॥`, the Urdu full
 * stop `۔` and question mark `؟` (followed by whitespace or the end), and at every newline. Sentences
 * are packed greedily into chunks within the provider's limits; a chunk never spans a newline, so line
 * structure survives providers that flatten newlines (Dhruva replaces them with spaces). The
 * whitespace between chunks is copied verbatim into the result. A sentence longer than the limit is
 * cut at spaces, and a single over-long word at grapheme boundaries. When a chunk does not end a
 * sentence, a terminator the model added at its end is removed on joining.
 */
import { withoutPlaceholders } from './placeholders.js';

export interface ChunkLimits {
  /** Maximum UTF-16 length of one chunk. */
  maxChars?: number;
  /** Maximum UTF-8 byte length of one chunk. */
  maxBytes?: number;
}

/** One piece of the original text: either a chunk to translate or whitespace/symbols kept verbatim. */
export interface TextPart {
  text: string;
  translate: boolean;
}

const TERMINATORS = new Set(['.', '!', '?', '…', '।', '॥', '۔', '؟']);
const CLOSERS = new Set(['"', "'", '”', '’', ')', ']', '}', '»']);
const WHITESPACE = /\s/u;
const HAS_LETTER = /\p{L}/u;

interface Sentence {
  text: string;
  /** Whitespace that follows the sentence in the original. */
  gap: string;
}

/** Splits `text` into its leading whitespace and sentences, each with the whitespace after it. */
export function splitSentences(text: string): { lead: string; sentences: Sentence[] } {
  let i = 0;
  while (i < text.length && WHITESPACE.test(text[i] as string)) i += 1;
  const lead = text.slice(0, i);
  const sentences: Sentence[] = [];
  while (i < text.length) {
    const start = i;
    let end = text.length;
    for (let j = i; j < text.length; j += 1) {
      const ch = text[j] as string;
      if (ch === '\n' || ch === '\r') {
        end = j;
        break;
      }
      if (TERMINATORS.has(ch)) {
        let k = j + 1;
        while (k < text.length && (TERMINATORS.has(text[k] as string) || CLOSERS.has(text[k] as string))) k += 1;
        if (k === text.length || WHITESPACE.test(text[k] as string)) {
          end = k;
          break;
        }
        j = k - 1;
      }
    }
    // Trailing spaces before a newline belong to the gap, not the sentence.
    let sentenceEnd = end;
    while (sentenceEnd > start && WHITESPACE.test(text[sentenceEnd - 1] as string)) sentenceEnd -= 1;
    let gapEnd = end;
    while (gapEnd < text.length && WHITESPACE.test(text[gapEnd] as string)) gapEnd += 1;
    sentences.push({ text: text.slice(start, sentenceEnd), gap: text.slice(sentenceEnd, gapEnd) });
    i = gapEnd;
  }
  return { lead, sentences };
}

const byteLength = (s: string): number => Buffer.byteLength(s, 'utf8');

function fits(s: string, limits: ChunkLimits): boolean {
  return (limits.maxChars === undefined || s.length <= limits.maxChars) && (limits.maxBytes === undefined || byteLength(s) <= limits.maxBytes);
}

const graphemes = new Intl.Segmenter('und', { granularity: 'grapheme' });

/** Cuts one word that exceeds the limits at grapheme boundaries. */
function cutWord(word: string, limits: ChunkLimits): string[] {
  const pieces: string[] = [];
  let current = '';
  for (const { segment } of graphemes.segment(word)) {
    if (current && !fits(current + segment, limits)) {
      pieces.push(current);
      current = '';
    }
    current += segment;
  }
  if (current) pieces.push(current);
  return pieces;
}

/** Cuts an over-long sentence at whitespace into pieces within the limits, each with its following gap. */
function cutSentence(sentence: Sentence, limits: ChunkLimits): Sentence[] {
  const tokens = sentence.text.split(/(\s+)/u);
  const out: Sentence[] = [];
  for (let t = 0; t < tokens.length; t += 2) {
    const word = tokens[t] as string;
    const gap = t + 1 < tokens.length ? (tokens[t + 1] as string) : sentence.gap;
    if (word === '') continue;
    if (fits(word, limits)) {
      out.push({ text: word, gap });
    } else {
      const pieces = cutWord(word, limits);
      // Pieces of one word are re-joined without a space.
      pieces.forEach((piece, p) => out.push({ text: piece, gap: p === pieces.length - 1 ? gap : '' }));
    }
  }
  return out;
}

/**
 * Splits `text` into parts: chunks to translate (each within `limits`) and verbatim separators.
 * Concatenating every part's `text` gives back `text` exactly.
 */
export function planChunks(text: string, limits: ChunkLimits = {}): TextPart[] {
  const { lead, sentences } = splitSentences(text);
  const units = sentences.flatMap((s) => (fits(s.text, limits) ? [s] : cutSentence(s, limits)));
  const parts: TextPart[] = [];
  if (lead) parts.push({ text: lead, translate: false });
  let chunk = '';
  let pendingGap = '';
  const flush = (): void => {
    if (chunk) parts.push({ text: chunk, translate: HAS_LETTER.test(withoutPlaceholders(chunk)) });
    if (pendingGap) parts.push({ text: pendingGap, translate: false });
    chunk = '';
    pendingGap = '';
  };
  for (const unit of units) {
    const hardBreak = /[\n\r]/u.test(pendingGap);
    const candidate = chunk + pendingGap + unit.text;
    if (chunk && (hardBreak || !fits(candidate, limits) || pendingGap === '')) {
      // A piece of a cut word (empty gap) is never glued to the chunk before it by the provider.
      flush();
    }
    chunk = chunk ? chunk + pendingGap + unit.text : unit.text;
    pendingGap = unit.gap;
  }
  flush();
  return mergeVerbatim(parts);
}

function mergeVerbatim(parts: TextPart[]): TextPart[] {
  const out: TextPart[] = [];
  for (const part of parts) {
    const last = out[out.length - 1];
    if (last && !last.translate && !part.translate) last.text += part.text;
    else out.push({ ...part });
  }
  return out;
}

/** The texts of the parts to translate, in order. */
export const chunksToTranslate = (parts: readonly TextPart[]): string[] => parts.filter((p) => p.translate).map((p) => p.text);

/** Puts translations (one per translatable part, in order) back between the verbatim parts. */
export function joinChunks(parts: readonly TextPart[], translations: readonly string[]): string {
  let next = 0;
  let out = '';
  for (const part of parts) {
    if (!part.translate) {
      out += part.text;
      continue;
    }
    const translated = translations[next];
    if (translated === undefined) throw new RangeError('Fewer translations than chunks.');
    next += 1;
    // A chunk cut inside a sentence (a long unpunctuated caption) does not end one: a full stop or
    // danda the model added there is removed, so the joined text has no sentence break the user did not write.
    out += endsSentence(part.text) ? translated.trim() : withoutAddedMark(translated.trim());
  }
  return out;
}

/** True when `text` ends with a sentence terminator (closing quotes and brackets after it allowed). */
export function endsSentence(text: string): boolean {
  const chars = [...text.trimEnd()];
  while (chars.length > 0 && CLOSERS.has(chars[chars.length - 1] as string)) chars.pop();
  return chars.length > 0 && TERMINATORS.has(chars[chars.length - 1] as string);
}

/** `text` without the sentence terminators at its very end. */
function withoutAddedMark(text: string): string {
  const chars = [...text];
  while (chars.length > 0 && TERMINATORS.has(chars[chars.length - 1] as string)) chars.pop();
  return chars.join('').trimEnd();
}
