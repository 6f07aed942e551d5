import { FilterCatalogue } from '../core/filters.js';
import { FiltersQuery } from '../core/schemas/filters.js';
import { httpHandler } from '../http/handler.js';

const catalogue = FilterCatalogue.load();

/** GET /api/banuba-filters[?pet=dog] (SPEC 3.7). */
export const handler = httpHandler({ query: FiltersQuery }, async ({ query }) => ({
  status: 200,
  body: { filters: catalogue.list(query.pet) },
}));
