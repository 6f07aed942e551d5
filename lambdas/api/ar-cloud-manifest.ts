import { timingSafeEqual } from 'node:crypto';
import { getConfig } from '../domain/config.js';
import { arCloudManifest, MANIFEST_MAX_AGE_S } from '../engines/effects/catalogue.js';
import { errors } from '../domain/errors.js';
import { ArCloudPath } from '../domain/schemas/filters.js';
import { catalogue, effectAssets, effectUrl } from '../adapters/composition.js';
import { httpHandler } from '../http/handler.js';

/** Constant-time comparison of the requested id with the deployment's (case-insensitive, as UUIDs are). */
function sameId(requested: string, expected: string | undefined): boolean {
  if (!expected) return false;
  const a = Buffer.from(requested.toLowerCase());
  const b = Buffer.from(expected.toLowerCase());
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * GET /v1/effects/{uuid}: Banuba's AR Cloud manifest of the published effects (docs/ar-cloud.md). Public,
 * as the SDK sends no credentials; a wrong id (or AR Cloud off) gets the same 404 as a path that does not
 * exist, so the id cannot be probed.
 */
export const handler = httpHandler({ path: ArCloudPath }, async ({ path }) => {
  if (!sameId(path.uuid, getConfig().AR_CLOUD_ID)) throw errors.noSuchRoute();
  const body = await arCloudManifest(await effectAssets().list(), catalogue().ids(), effectUrl);
  return { status: 200, body, headers: { 'cache-control': `private, max-age=${MANIFEST_MAX_AGE_S}` } };
});
