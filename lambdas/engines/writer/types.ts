import { createHash } from 'node:crypto';
import type { LanguageCode } from '../../domain/languages.js';
import type { PET_LABELS } from '../../domain/schemas/common.js';
import { TEXT_MODES, type TextMode, WRITER_NAMES, type WriterName } from '../../domain/vocabulary.js';

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

/** A pet class the detector reports (COCO animal classes, lambdas/domain/schemas/common.ts). */
export type PetClass = (typeof PET_LABELS)[number];

/** Who wrote a narration, and how `text` is used: the API's vocabulary (lambdas/domain/vocabulary.ts; docs/writer.md). */
export { TEXT_MODES, type TextMode, WRITER_NAMES, type WriterName };

/** A detected pet class with how many of them were seen together (the best image or frame). */
export interface PetSighting {
  label: PetClass;
  /** Animals of this class seen in one image or frame (≥ 1). */
  count: number;
  /** Calibrated detector confidence, 0..1. */
  confidence: number;
}

/** What a writer is asked for (docs/writer.md, "The port"). */
export interface WriteRequest {
  /** The caller's instruction (`text`), contact details already stripped (see prompt.ts). */
  prompt: string;
  /** Detected pets, best first; the first one is the roast's target. */
  pets: PetSighting[];
  /** The pet's name when the prompt gives one ("my beagle Bruno", "Bruno, my cat"). */
  petName?: string;
  /**
   * The narration language: written natively when it has a phrasebook (phrasebooks/registry.ts), else
   * written in English and translated by the render worker.
   */
  language: LanguageCode;
  /** Seeds every choice; the job id, so a job always gets the same template script. */
  seed: string;
  /**
   * SHA-256 (hex, {@link scriptDigest}) of the script last written for the same prompt, when known:
   * the template writer never writes that script again (docs/writer.md, "Template writer").
   */
  previousDigest?: string;
}

/** A written roast: 2–5 lines (opener, jabs, closer), 12–30 s of speech (docs/writer.md, "Budget"). */
export interface WrittenScript {
  lines: string[];
  /** The lines joined with spaces: what is narrated. */
  script: string;
  writer: WriterName;
  /** The model that wrote it (Bedrock model id); absent for template and verbatim. */
  model?: string;
  /** The language the lines are in (the narration language when it has a phrasebook, else `en`; the source language for verbatim ones). */
  language: LanguageCode;
  /**
   * The pet class the roast is about: the species the prompt names when it names one, else the detector's
   * best class (docs/writer.md, "Prompt parsing"); absent for verbatim scripts.
   */
  subject?: PetClass;
}

/** The writer port: turns a prompt and the detected pets into a short roast of the pet. */
export interface RoastWriter {
  readonly name: WriterName;
  /** Never throws for content reasons: a writer that cannot produce a valid script falls back (bedrock → template). */
  write(request: WriteRequest): Promise<WrittenScript>;
}

/**
 * Speaking-time budget of a written script, in seconds of narration at the slowest voice of its language
 * (`estimateSpeechSeconds`, lambdas/domain/speaking-rate.ts): 12–30 s, so a roast fits a short video in
 * every language (docs/writer.md, "Budget").
 */
export const SPEECH_BUDGET_S = { min: 12, max: 30 } as const;
/**
 * How far inside {@link SPEECH_BUDGET_S} the template writer aims (10 %): the rate table is an estimate that
 * its own test lets drift by up to 10 % from espeak-ng's measured audio, so a script aimed at 13.2–27.3 s
 * still speaks in 12–30 s.
 */
export const SPEECH_BUDGET_MARGIN = 0.1;
/** Line budget: an opener, one to three jabs, a closer. */
export const LINE_BUDGET = { min: 2, max: 5 } as const;

/** Words of a line or script (whitespace-separated tokens with at least one letter or digit). */
export function countWords(text: string): number {
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

/** Joins lines into the narrated script. */
export const joinLines = (lines: readonly string[]): string => lines.map((l) => l.trim()).filter(Boolean).join(' ');

/** SHA-256 (hex) of a script's text: how the last script of a prompt is remembered without storing it. */
export const scriptDigest = (script: string): string => createHash('sha256').update(script, 'utf8').digest('hex');
