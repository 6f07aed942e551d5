/**
 * The request plan of a load run (pure: no I/O, a seed reproduces it). Step 1 of the engine
 * (engine.ts): plan → drive (drive.ts) → settle and audit (audit.ts) → report (report.ts).
 */
import { mulberry32 } from '../prng.js';
import type { MediaFile } from './servers.js';

const TEXTS = [
  'Roast my lazy dog who sleeps all day!',
  'This cat thinks she owns the sofa. Roast her.',
  'My pet ate my homework again, roast him gently.',
  'Roast the fluffiest drama queen in the house.',
];
const LANGUAGES = ['en', 'en', 'hi', 'ta', 'bn'] as const;
const FILTERS = [undefined, 'desi-fire', 'pet-maharaja', 'bollywood-burn'] as const;

/** One POST /api/generate-video of the plan (and its replay, if any). */
export interface PlanItem {
  index: number;
  media: MediaFile;
  /** The Idempotency-Key; absent for requests sent without one. */
  key?: string;
  /** Sent twice with the same key and body: both at once, or the second after the first answer. */
  replay?: 'concurrent' | 'sequential';
  /** Name of the callback receiver the request's `callback_url` points at. */
  receiver: string;
  body: Record<string, unknown>;
}

/** A callback receiver as the plan sees it. */
export interface PlanReceiver {
  name: string;
  /** Relative share of pet requests (see {@link receiverCycle}). */
  weight: number;
  /** Base URL, e.g. `http://127.0.0.1:4100`. */
  url: string;
}

export interface PlanInput {
  /** Requests to plan (replays not included), ≥ 1. */
  jobs: number;
  /** Seed of the PRNG that shuffles shares and picks languages and filters. */
  seed: number;
  /** Prefix of Idempotency-Keys and `metadata.load_run`. */
  runId: string;
  /** The photos served by the media server; at least one pet and one non-pet. */
  media: readonly MediaFile[];
  /** The public URL of a photo on the media server. */
  mediaUrl: (file: string) => string;
  receivers: readonly PlanReceiver[];
  /** Share of requests with a non-pet photo (default 0.2). */
  nonPetShare?: number;
  /** Share of keyed requests replayed with the same Idempotency-Key (default 0.1). */
  duplicateShare?: number;
  /** Share of requests without an Idempotency-Key (default 0.25). */
  noKeyShare?: number;
}

/** A deterministic PRNG (mulberry32) so a seed reproduces a plan; values in [0, 1). */
export const prng = (seed: number): (() => number) => mulberry32(seed);

/**
 * The order receivers are dealt to pet requests: a fixed interleaved cycle in which each receiver has
 * `round(weight × 2)` slots (at least one; a weight of 0.5 is one slot), so even a small run reaches each.
 */
export function receiverCycle<T extends { weight: number }>(receivers: readonly T[]): T[] {
  const slots = receivers.map((r) => Math.max(1, Math.round(r.weight * 2)));
  const total = slots.reduce((a, b) => a + b, 0);
  const cycle: T[] = [];
  for (let round = 0; cycle.length < total; round++) {
    receivers.forEach((r, i) => round < slots[i]! && cycle.push(r));
  }
  return cycle;
}

/**
 * The requests of a run. Shares are exact (rounded), shuffled with the seed: non-pet photos (at least
 * one in a run of ≥ 10), requests without a key, and replays (keyed requests only, alternately
 * concurrent and sequential). Pet requests are dealt receivers by {@link receiverCycle}; non-pet
 * requests use the first receiver.
 */
export function planRequests(input: PlanInput): PlanItem[] {
  const random = prng(input.seed);
  const n = Math.max(1, Math.floor(input.jobs));
  const pets = input.media.filter((f) => f.pet);
  const nonPets = input.media.filter((f) => !f.pet);
  if (!pets.length || !nonPets.length) throw new Error('the plan needs at least one pet and one non-pet photo');
  const cycle = receiverCycle(input.receivers);
  let dealt = 0;
  const pickReceiver = (pet: boolean): PlanReceiver => (pet ? cycle[dealt++ % cycle.length]! : input.receivers[0]!);
  const atLeastOne = (share: number) => (share > 0 ? Math.max(n >= 10 ? 1 : 0, Math.round(n * share)) : 0);
  const shuffle = <T>(list: T[]): T[] => {
    for (let i = list.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [list[i], list[j]] = [list[j]!, list[i]!];
    }
    return list;
  };
  const flags = (k: number) => shuffle(Array.from({ length: n }, (_, i) => i < k));
  const nonPetFlags = flags(atLeastOne(input.nonPetShare ?? 0.2));
  const noKeyFlags = flags(Math.round(n * (input.noKeyShare ?? 0.25)));
  const keyed = [...Array(n).keys()].filter((i) => !noKeyFlags[i]);
  const replayed = new Map<number, 'concurrent' | 'sequential'>();
  shuffle(keyed)
    .slice(0, Math.min(keyed.length, atLeastOne(input.duplicateShare ?? 0.1)))
    .forEach((i, k) => replayed.set(i, k % 2 === 0 ? 'concurrent' : 'sequential'));
  const plan: PlanItem[] = [];
  for (let index = 0; index < n; index++) {
    const nonPet = nonPetFlags[index]!;
    const mediaFile = nonPet ? nonPets[index % nonPets.length]! : pets[index % pets.length]!;
    const replay = replayed.get(index);
    const receiver = pickReceiver(!nonPet);
    const language = LANGUAGES[Math.floor(random() * LANGUAGES.length)]!;
    const filter = FILTERS[Math.floor(random() * FILTERS.length)];
    plan.push({
      index,
      media: mediaFile,
      ...(noKeyFlags[index] ? {} : { key: `${input.runId}-${index}` }),
      ...(replay ? { replay } : {}),
      receiver: receiver.name,
      body: {
        text: TEXTS[index % TEXTS.length],
        image_url: input.mediaUrl(mediaFile.file),
        language,
        source_lang: 'en',
        ...(filter ? { filter_id: filter } : {}),
        callback_url: `${receiver.url}/hooks/${index}`,
        metadata: { load_run: input.runId, index: String(index) },
      },
    });
  }
  return plan;
}
