import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PHRASEBOOK_DOCS_DIR, phrasebookDocs } from '../../../scripts/generate-phrasebook-docs.js';
import { PHRASEBOOK_LANGUAGES } from '../../../lambdas/engines/writer/phrasebooks/registry.js';

/** docs/phrasebooks/<code>.md are generated from the books (npm run docs:phrasebooks): stale pages fail here. */
describe('docs/phrasebooks', () => {
  const root = new URL('../../../', import.meta.url);
  it.each(Object.entries(phrasebookDocs()))('%s is up to date (run `npm run docs:phrasebooks`)', (rel, content) => {
    expect(readFileSync(new URL(rel, root), 'utf8')).toBe(content);
  });

  it('has a page for every registered phrasebook and no other', () => {
    const files = readdirSync(new URL(`${PHRASEBOOK_DOCS_DIR}/`, root)).sort();
    expect(files).toEqual(PHRASEBOOK_LANGUAGES.map((l) => `${l}.md`).sort());
  });

  it('is linked from docs/writer.md', () => {
    const writer = readFileSync(new URL('docs/writer.md', root), 'utf8');
    expect(writer).toContain('phrasebooks/');
  });
});
