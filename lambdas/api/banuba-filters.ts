import { FiltersQuery } from '../domain/schemas/filters.js';
import { catalogue, effectAssets, effectUrl } from '../adapters/composition.js';
import { httpHandler } from '../http/handler.js';

/**
 * GET /api/banuba-filters[?pet=dog] (docs/endpoints.md "GET /api/banuba-filters"): the catalogue, best first for a pet, each
 * filter with `ar_cloud` (published to AR Cloud, docs/ar-cloud.md) and its `preview_url` when published.
 */
export const handler = httpHandler({ query: FiltersQuery }, async ({ query }) => {
  const published = new Map((await effectAssets().list()).map((a) => [a.id, a]));
  const filters = await Promise.all(
    catalogue()
      .list(query.pet)
      .map(async (f) => {
        const asset = published.get(f.id);
        return { ...f, ar_cloud: asset !== undefined, preview_url: asset ? await effectUrl(asset.preview_key) : null };
      }),
  );
  return { status: 200, body: { filters } };
});
