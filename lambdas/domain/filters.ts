import { readFileSync } from 'node:fs';
import defaultCatalogue from '../../config/banuba-filters.json' with { type: 'json' };
import type { z } from 'zod';
import { FilterCatalogueFile, type Filter, type FilterConfigEntry } from './schemas/filters.js';
import type { DetectedPet } from './ports.js';

/** A catalogue entry as listed; the AR Cloud fields (`ar_cloud`, `preview_url`) are added by the handler from the published assets. */
export type FilterView = Omit<z.infer<typeof Filter>, 'ar_cloud' | 'preview_url'>;

/**
 * The AR filter catalogue (docs/reference/spec.md §3.7). It is configuration: config/banuba-filters.json by default, or
 * the file named by FILTERS_CATALOGUE_PATH, validated with the same schema either way.
 */
export class FilterCatalogue {
  private constructor(private readonly entries: FilterConfigEntry[]) {}

  static from(json: unknown): FilterCatalogue {
    return new FilterCatalogue(FilterCatalogueFile.parse(json).filters);
  }

  /** The catalogue at `path` (`FILTERS_CATALOGUE_PATH`, passed by the caller), else the bundled one. */
  static load(path?: string): FilterCatalogue {
    return FilterCatalogue.from(path ? JSON.parse(readFileSync(path, 'utf8')) : defaultCatalogue);
  }

  /** Every filter id, in catalogue order. */
  ids(): string[] {
    return this.entries.map((f) => f.id);
  }

  has(id: string): boolean {
    return this.entries.some((f) => f.id === id);
  }

  /** Every filter, or only those suited to `pet`, best first (ties by id, so the order is stable). */
  list(pet?: string): FilterView[] {
    const scored = this.entries
      .map((entry) => ({ entry, score: pet ? (entry.affinity as Record<string, number | undefined>)[pet] ?? 0 : 1 }))
      .filter((x) => x.score > 0);
    if (pet) scored.sort((a, b) => b.score - a.score || a.entry.id.localeCompare(b.entry.id));
    return scored.map(({ entry }) => toView(entry));
  }

  /**
   * Filters for a set of detected pets: each filter scores the sum over pets of affinity × confidence,
   * so the same ranking as `list(pet)` decides for a single pet.
   */
  recommend(pets: Array<Pick<DetectedPet, 'label' | 'confidence'>>, limit = 3): string[] {
    const scores = this.entries.map((entry) => {
      const affinity = entry.affinity as Record<string, number | undefined>;
      const score = pets.reduce((sum, p) => sum + (affinity[p.label] ?? 0) * p.confidence, 0);
      return { id: entry.id, score };
    });
    return scores
      .filter((s) => s.score > 0)
      .sort((a, b) => b.score - a.score || a.id.localeCompare(b.id))
      .slice(0, limit)
      .map((s) => s.id);
  }
}

function toView(entry: FilterConfigEntry): FilterView {
  const affinity = Object.entries(entry.affinity) as Array<[FilterView['pets'][number], number]>;
  const pets = affinity.filter(([, v]) => v > 0).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([k]) => k);
  return { id: entry.id, name: entry.name, description: entry.description, pets, tags: entry.tags };
}
