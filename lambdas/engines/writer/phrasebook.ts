/**
 * The template writer's phrasebooks live in `phrasebooks/` (one file per language, docs/writer.md, "Phrasebooks");
 * `phrasebooks/registry.ts` maps narration languages to them. Re-exported here for existing importers.
 */
export { ENGLISH } from './phrasebooks/en.js';
export { HINDI } from './phrasebooks/hi.js';
export { PHRASEBOOKS, phrasebookFor, PHRASEBOOK_LANGUAGES } from './phrasebooks/registry.js';
export type { NativePhrasebook, PhraseLine, GrammaticalGender } from './phrasebooks/types.js';
