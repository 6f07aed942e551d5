import { ENGLISH, HINDI, type Phrasebook } from './phrasebook.js';
import { parsePrompt, type TraitFamily } from './prompt.js';
import { countWords, joinLines, scriptDigest, WORD_BUDGET, type PetClass, type RoastWriter, type WriteRequest, type WrittenScript } from './types.js';

/** FNV-1a 32-bit hash of a string (the seed of {@link rngFrom}). */
function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** mulberry32: a small deterministic PRNG; the same seed always gives the same script. */
export function rngFrom(seed: string): () => number {
  let a = fnv1a(seed);
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Fill {
  name: string;
  noun: string;
  nouns: string;
  count: string;
  gender: 'm' | 'f';
}

const capitalize = (s: string): string => s.charAt(0).toLocaleUpperCase() + s.slice(1);

/** Fills `{name}`, `{Name}`, `{noun}`, `{nouns}`, `{count}`, `{Count}` and `{masculine|feminine}` alternatives. */
export function fillLine(template: string, fill: Fill): string {
  return template
    .replace(/\{([^{}|]*)\|([^{}|]*)\}/g, (_m, masc: string, fem: string) => (fill.gender === 'f' ? fem : masc))
    .replace(/\{(name|Name|noun|nouns|count|Count)\}/g, (_m, key: string) => {
      switch (key) {
        case 'name':
          return fill.name;
        case 'Name':
          return capitalize(fill.name);
        case 'noun':
          return fill.noun;
        case 'nouns':
          return fill.nouns;
        case 'count':
          return fill.count;
        default:
          return capitalize(fill.count);
      }
    });
}

/**
 * The offline writer (docs/writer.md, "Template writer"): an opener, one to three jabs (the prompt's
 * trait families first, then the class's own), a closer; the pet's name when the prompt gives one, the
 * count when several pets were seen. English and Hindi are written natively; other languages get the
 * English script (the render worker translates it). Deterministic per seed (the job id).
 */
export function writeTemplate(request: WriteRequest): WrittenScript {
  const book: Phrasebook = request.language === 'hi' ? HINDI : ENGLISH;
  const language = request.language === 'hi' ? 'hi' : 'en';
  const parsed = parsePrompt(request.prompt);
  const rng = rngFrom(`template|${request.seed}`);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(rng() * items.length)]!;

  const cls: PetClass = request.pets[0]?.label ?? parsed.mentionedClass ?? 'dog';
  const seen = request.pets.reduce((n, p) => n + Math.max(1, p.count), 0);
  const count = Math.min(10, Math.max(seen, parsed.count ?? 1));
  const mixed = new Set(request.pets.map((p) => p.label)).size > 1;
  const noun = book.nouns[cls];
  const petName = request.petName ?? parsed.petName;
  const group = count > 1;
  const subject = petName ?? (group ? book.gangLeader.text : book.unnamed.replace('{noun}', noun.one));
  const fill: Fill = {
    name: subject,
    noun: mixed ? (language === 'hi' ? 'जानवर' : 'pet') : noun.one,
    nouns: mixed ? (language === 'hi' ? 'जानवर' : 'pets') : noun.many,
    count: book.numbers[count] ?? String(count),
    gender: !petName && group ? book.gangLeader.gender : noun.gender,
  };

  const traits: TraitFamily[] = parsed.traits.slice(0, 2);
  const classJabs = [...book.classJabs[cls]];
  const takeClassJab = (): string => classJabs.splice(Math.floor(rng() * classJabs.length), 1)[0]!;
  const jabs: string[] = traits.map((t) => pick(book.traitJabs[t]));
  while (jabs.length < 2) jabs.push(takeClassJab());
  if (rng() < 0.5) jabs.reverse();
  // Half of the scripts get a third jab from the class's own lines: more variety between jobs.
  if (rng() < 0.5) jabs.push(takeClassJab());

  // A group with a name: the opener is the group's, the name still appears in the jabs and the closer.
  const opener = group ? pick(book.groupOpeners) : pick(book.openers);
  const closers = group && !petName ? book.groupClosers : book.closers;
  let closerIndex = Math.floor(rng() * closers.length);
  let lines = [opener, ...jabs, closers[closerIndex]!].map((l) => fillLine(l, fill));

  // Word budget (docs/writer.md): add a class jab when short, drop jabs when long.
  while (countWords(joinLines(lines)) < WORD_BUDGET.min && classJabs.length && lines.length < 5) {
    lines.splice(lines.length - 1, 0, fillLine(takeClassJab(), fill));
  }
  while (countWords(joinLines(lines)) > WORD_BUDGET.max && lines.length > 3) lines.splice(lines.length - 2, 1);
  lines = lines.map((l) => l.replace(/\s+/g, ' ').trim());
  // Never the same script twice in a row for one prompt: another closer makes it differ.
  if (request.previousDigest !== undefined && scriptDigest(joinLines(lines)) === request.previousDigest) {
    closerIndex = (closerIndex + 1) % closers.length;
    lines[lines.length - 1] = fillLine(closers[closerIndex]!, fill).replace(/\s+/g, ' ').trim();
    while (countWords(joinLines(lines)) > WORD_BUDGET.max && lines.length > 3) lines.splice(lines.length - 2, 1);
  }
  return { lines, script: joinLines(lines), writer: 'template', language };
}

/** The template writer as a {@link RoastWriter}. */
export class TemplateWriter implements RoastWriter {
  readonly name = 'template' as const;
  async write(request: WriteRequest): Promise<WrittenScript> {
    return writeTemplate(request);
  }
}
