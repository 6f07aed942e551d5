import { estimateSpeechSeconds } from '../../domain/speaking-rate.js';
import { phrasebookFor } from './phrasebooks/registry.js';
import type { GrammaticalGender, NativePhrasebook } from './phrasebooks/types.js';
import { ENGLISH_FREE_TRAIT_JABS } from './phrasebooks/en.js';
import { freeFormTrait, parsePrompt, roastSubject, type RoastSubject, type TraitFamily } from './prompt.js';
import { joinLines, LINE_BUDGET, scriptDigest, SPEECH_BUDGET_MARGIN, SPEECH_BUDGET_S, type RoastWriter, type WriteRequest, type WrittenScript } from './types.js';

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

/** What fills a line's placeholders. */
export interface Fill {
  name: string;
  noun: string;
  nouns: string;
  count: string;
  /** The subject's grammatical gender: picks among `{m|f}` / `{m|f|n}` alternatives. */
  gender: GrammaticalGender;
}

const capitalize = (s: string): string => s.charAt(0).toLocaleUpperCase() + s.slice(1);

/**
 * Fills `{name}`, `{Name}`, `{noun}`, `{nouns}`, `{count}`, `{Count}` and the `{masculine|feminine}` /
 * `{masculine|feminine|neuter}` alternatives (a neuter subject with two alternatives takes the first;
 * lambdas/engines/writer/phrasebooks/types.ts).
 */
export function fillLine(template: string, fill: Fill): string {
  return template
    .replace(/\{([^{}|]*)\|([^{}|]*)(?:\|([^{}|]*))?\}/g, (_m, masc: string, fem: string, neut: string | undefined) =>
      fill.gender === 'f' ? fem : fill.gender === 'n' && neut !== undefined ? neut : masc,
    )
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

/** The fill of a request's subject in a book: the name (else the unnamed or ringleader phrase), nouns, count, gender. */
export function fillFor(book: NativePhrasebook, subject: RoastSubject, petName: string | undefined): Fill {
  const group = subject.count > 1;
  const noun = subject.mixed ? book.mixedNoun : book.nouns[subject.cls];
  const name = petName ?? (group ? book.gangLeader.text : book.unnamed.text.replace('{noun}', noun.one));
  return {
    name,
    noun: noun.one,
    nouns: noun.many,
    count: book.numbers[subject.count as keyof NativePhrasebook['numbers']] ?? String(subject.count),
    gender: !petName && group ? book.gangLeader.gender : book.nouns[subject.cls].gender,
  };
}

/** Seconds of speech a written script aims for: {@link SPEECH_BUDGET_S} narrowed by {@link SPEECH_BUDGET_MARGIN}. */
export const SPEECH_TARGET_S = {
  min: SPEECH_BUDGET_S.min * (1 + SPEECH_BUDGET_MARGIN),
  max: SPEECH_BUDGET_S.max / (1 + SPEECH_BUDGET_MARGIN),
} as const;

/**
 * The offline writer (docs/writer.md, "Template writer"): an opener, one to three jabs (the prompt's trait
 * families first, in English also a trait in the owner's own words that no family recognises, then the
 * class's own), a closer, written directly in the narration language from its
 * phrasebook (phrasebooks/registry.ts; a language without one gets the English script, which the render
 * worker translates). The pet's name when the prompt gives one, the count when several pets were seen; the
 * prompt's species wins over the detector's class ({@link roastSubject}). No line twice in a script; the
 * script speaks for {@link SPEECH_TARGET_S} seconds at the language's measured rate, dropping class jabs
 * before trait jabs and never the first trait's jab: a trait the prompt gives is always in the roast. Deterministic per seed
 * (the job id); never the script whose digest is `previousDigest`.
 */
export function writeTemplate(request: WriteRequest): WrittenScript {
  const book = phrasebookFor(request.language);
  const language = book.language;
  const parsed = parsePrompt(request.prompt, request.language);
  const rng = rngFrom(`template|${request.seed}`);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(rng() * items.length)]!;

  const subject = roastSubject(request.pets, parsed);
  const petName = request.petName ?? parsed.petName;
  const group = subject.count > 1;
  const fill = fillFor(book, subject, petName);
  const seconds = (lines: string[]): number => estimateSpeechSeconds(joinLines(lines), language);
  const tidy = (line: string): string => fillLine(line, fill).replace(/\s+/g, ' ').trim();

  const traits: TraitFamily[] = parsed.traits.slice(0, 2);
  const classJabs = book.classJabs[subject.cls].map((l) => l.text);
  const takeClassJab = (): string => classJabs.splice(Math.floor(rng() * classJabs.length), 1)[0]!;
  const jabs: string[] = traits.map((t) => pick(book.traitJabs[t]).text);
  // English only: a trait in the owner's own words that no family recognises, verbatim (docs/writer.md, "Free-form traits").
  const free = language === 'en' ? freeFormTrait(request.prompt) : undefined;
  if (free) jabs.push(pick(ENGLISH_FREE_TRAIT_JABS).replace('{trait}', free));
  // The prompt's trait jabs, in the prompt's order, as written into the script.
  const traitLines = jabs.map(tidy);
  while (jabs.length < 2) jabs.push(takeClassJab());
  if (rng() < 0.5) jabs.reverse();
  // Half of the scripts get a third jab from the class's own lines: more variety between jobs.
  if (rng() < 0.5) jabs.push(takeClassJab());

  // A group with a name: the opener is the group's, the name still appears in the jabs and the closer.
  const opener = (group ? pick(book.groupOpeners) : pick(book.openers)).text;
  const closers = (group && !petName ? book.groupClosers : book.closers).map((l) => l.text);
  let closerIndex = Math.floor(rng() * closers.length);
  const lines = [opener, ...jabs, closers[closerIndex]!].map(tidy);

  /**
   * The jab to drop when the script is too long: the last class jab, else the last trait jab other than the
   * first trait's, which is never dropped: a prompt's trait is always roasted (docs/writer.md, "Budget").
   */
  const droppable = (): number => {
    for (let i = lines.length - 2; i >= 1; i--) if (!traitLines.includes(lines[i]!)) return i;
    for (let i = lines.length - 2; i >= 1; i--) if (lines[i] !== traitLines[0]) return i;
    return -1;
  };
  // Speaking-time budget (docs/writer.md, "Budget"): add a class jab when short, drop jabs when long.
  const fit = (): void => {
    while (seconds(lines) < SPEECH_TARGET_S.min && classJabs.length && lines.length < LINE_BUDGET.max) lines.splice(lines.length - 1, 0, tidy(takeClassJab()));
    while (seconds(lines) > SPEECH_TARGET_S.max && lines.length > 3 && droppable() > 0) lines.splice(droppable(), 1);
  };
  fit();
  // Never the same script twice in a row for one prompt: another closer makes it differ.
  if (request.previousDigest !== undefined && scriptDigest(joinLines(lines)) === request.previousDigest) {
    closerIndex = (closerIndex + 1) % closers.length;
    lines[lines.length - 1] = tidy(closers[closerIndex]!);
    fit();
  }
  return { lines, script: joinLines(lines), writer: 'template', language, subject: subject.cls };
}

/** The template writer as a {@link RoastWriter}. */
export class TemplateWriter implements RoastWriter {
  readonly name = 'template' as const;
  async write(request: WriteRequest): Promise<WrittenScript> {
    return writeTemplate(request);
  }
}
