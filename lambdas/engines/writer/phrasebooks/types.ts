import type { LanguageCode } from '../../../domain/languages.js';
import type { PetClass, TraitFamily } from '../types.js';

/**
 * One phrasebook line: the native text and its English back-translation (docs/writer.md, "Phrasebooks"),
 * kept side by side so a reviewer who cannot read the script can judge tone and safety.
 *
 * Placeholders in `text`: `{name}` / `{Name}` the subject (the pet's name, else the language's `unnamed`
 * or `gangLeader` phrase), `{noun}` / `{nouns}` the class noun (singular / plural), `{count}` / `{Count}`
 * the number word. `{masculine|feminine}` or `{masculine|feminine|neuter}` picks by the subject's grammatical
 * gender (`nouns[cls].gender`, `gangLeader.gender` or `mixedNoun.gender`); a neuter subject with only two
 * alternatives takes the first. A line never attaches a case ending or suffix to `{name}`: sentence shapes keep
 * the name unchanged (nominative, or followed by a separate word), because a foreign name ("Bruno") cannot
 * take a Dravidian or Bengali case suffix.
 */
export interface PhraseLine {
  /** The line in the language's own script. */
  text: string;
  /** Its English back-translation (meaning and tone, not a literal gloss). */
  en: string;
}

/** Grammatical gender of a class noun or subject: masculine, feminine or neuter. */
export type GrammaticalGender = 'm' | 'f' | 'n';

/**
 * A language's native phrasebook for the template writer (docs/writer.md, "Phrasebooks") and its prompt
 * vocabulary (docs/writer.md, "Prompt parsing"). Written natively in the language, never translated from
 * English. Every line roasts the pet, never the owner or any person, caste, religion, region or body type.
 */
export interface NativePhrasebook {
  language: LanguageCode;
  /** Class nouns in the script: singular, plural, and grammatical gender used for `{m|f}` / `{m|f|n}` agreement. */
  nouns: Record<PetClass, { one: string; many: string; gender: GrammaticalGender }>;
  /** The subject when the prompt names no pet; `{noun}` is the class noun (e.g. Hindi "{noun} जी"). */
  unnamed: PhraseLine;
  /** The subject when several pets were seen and none is named. */
  gangLeader: PhraseLine & { gender: GrammaticalGender };
  /**
   * The video's opening title (docs/renderer.md "Opener and end card"): `named` holds `{name}`, the pet's name as
   * the prompt gives it, never with a case ending or suffix attached (it stands as a label, or before a separate
   * word such as Hindi का); `generic` is the title when the prompt names no pet.
   */
  title: { named: PhraseLine; generic: PhraseLine };
  /** Number words 2..10 in the script (or the digits the language writes). */
  numbers: Record<2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10, string>;
  /** Word used for `{noun}`/`{nouns}` when the pets are of mixed classes ("pet"/"pets"). */
  mixedNoun: { one: string; many: string; gender: GrammaticalGender };
  openers: PhraseLine[];
  groupOpeners: PhraseLine[];
  classJabs: Record<PetClass, PhraseLine[]>;
  traitJabs: Record<TraitFamily, PhraseLine[]>;
  closers: PhraseLine[];
  groupClosers: PhraseLine[];
  /**
   * Prompt vocabulary: words that name each class, in the script and in the romanised forms people type
   * (Tanglish, Banglish, Hinglish…). Matched case-insensitively at word starts (stems allowed).
   */
  petWords: Record<PetClass, string[]>;
  /** Words hinting at each trait family, in the script and romanised. Matched at word starts (stems allowed). */
  traitWords: Record<TraitFamily, string[]>;
  /** Number words (script and romanised) → value, 2..10. */
  numberWords: Record<string, number>;
  /**
   * Possessives and fillers that stand before or around a pet's name in a prompt and are never the name
   * ("என்", "என்னுடைய", "amar", "mera"…), script and romanised, lower case.
   */
  notNames: string[];
}
