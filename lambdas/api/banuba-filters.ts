import { getConfig } from '../core/config.js';
import { FilterCatalogue } from '../core/filters.js';
import { FiltersQuery } from '../core/schemas/filters.js';
import { httpHandler } from '../http/handler.js';

/** Loaded once per container, on the first request (`FILTERS_CATALOGUE_PATH`, else the bundled file). */
let catalogue: FilterCatalogue | undefined;

/** GET /api/banuba-filters[?pet=dog] (SPEC 3.7). */
export const handler = httpHandler({ query: FiltersQuery }, async ({ query }) => ({
  status: 200,
  body: { filters: (catalogue ??= FilterCatalogue.load(getConfig().FILTERS_CATALOGUE_PATH)).list(query.pet) },
}));
