import { z } from 'zod';
import { PetLabel } from './common.js';

/** One entry of the catalogue file (config/banuba-filters.json). */
export const FilterConfigEntry = z.object({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]{0,63}$/),
  name: z.string().min(1).max(80),
  description: z.string().min(1).max(300),
  tags: z.array(z.string().min(1).max(40)).max(20).default([]),
  /** How well the effect suits each pet, 0..1; a pet that is absent is not suited. */
  affinity: z.partialRecord(PetLabel, z.number().min(0).max(1)),
});
export const FilterCatalogueFile = z.object({ filters: z.array(FilterConfigEntry).min(1) }).superRefine((value, ctx) => {
  const seen = new Set<string>();
  for (const f of value.filters) {
    if (seen.has(f.id)) ctx.addIssue({ code: 'custom', message: `duplicate filter id '${f.id}'` });
    seen.add(f.id);
  }
});
export type FilterConfigEntry = z.infer<typeof FilterConfigEntry>;

export const Filter = z
  .object({
    id: z.string(),
    name: z.string(),
    description: z.string(),
    pets: z.array(PetLabel).describe('Pets the effect suits, best first.'),
    tags: z.array(z.string()),
    ar_cloud: z.boolean().describe('Whether the effect is published to AR Cloud (the Banuba SDK can download it from the manifest).'),
    preview_url: z.string().nullable().describe('Time-limited URL of the effect preview PNG when published, else null.'),
  })
  .meta({ id: 'Filter' });

export const FiltersQuery = z.object({
  pet: PetLabel.optional().describe('Only filters suited to this pet, best first.'),
});

export const FiltersResponse = z.object({ filters: z.array(Filter) }).meta({ id: 'FiltersResponse' });

export const ArCloudPath = z.object({
  uuid: z.string().max(64).describe("The deployment's AR Cloud id (AR_CLOUD_ID)."),
});

/** Banuba's AR Cloud manifest, exactly as the SDK reads it (docs/ar-cloud.md). */
export const ArCloudManifest = z
  .object({
    effects: z.array(
      z.object({
        URL: z.string().describe('Time-limited URL of the effect archive (.zip).'),
        Preview: z.string().describe('Time-limited URL of the preview PNG.'),
        ETag: z.string().describe('The archive MD5 in double quotes; changes when the archive changes.'),
      }),
    ),
  })
  .meta({ id: 'ArCloudManifest' });
