import type { EffectArchiveInfo } from './archive.js';

/**
 * Effect assets of the AR filter catalogue, and Banuba's AR Cloud manifest built from them
 * (docs/ar-cloud.md). The catalogue's names, descriptions and ranking stay in
 * config/banuba-filters.json; a filter whose effect was published with `npm run effects:add` also has
 * an archive and a preview in the media bucket under `effects/` (a prefix no lifecycle rule expires).
 */
export interface EffectAsset {
  /** The filter id of config/banuba-filters.json. */
  id: string;
  /** Bucket key of the effect archive: `effects/<id>/<md5>/<id>.zip` (a new archive gets a new key). */
  zip_key: string;
  /** Bucket key of the preview PNG, beside the archive. */
  preview_key: string;
  /** Hex MD5 of the archive. */
  md5: string;
  zip_bytes: number;
  updated_at: string;
}

/** Reads and writes the published effect assets (one record per filter id). */
export interface EffectAssetStore {
  list(): Promise<EffectAsset[]>;
  put(asset: EffectAsset): Promise<void>;
  /** Removes the record; returns what was there. */
  remove(id: string): Promise<EffectAsset | undefined>;
}

/**
 * Lifetime of the URLs handed out for effect archives and previews, seconds: 2 hours, long enough to
 * outlive any download the SDK starts from a manifest it fetched (the manifest itself is cacheable for
 * {@link MANIFEST_MAX_AGE_S}), short enough that a leaked manifest stops working the same day
 * (docs/ar-cloud.md "What this service serves").
 */
export const EFFECT_URL_TTL_S = 2 * 3600;

/** `Cache-Control: private, max-age` of the AR Cloud manifest, seconds (docs/ar-cloud.md). */
export const MANIFEST_MAX_AGE_S = 300;

/** Bucket prefix of published effects (not expiring: see lib/constructs/media.ts). */
export const EFFECTS_PREFIX = 'effects/';

/** Where an archive and its preview are stored: content-addressed, so a changed archive never reuses a cached URL. */
export function effectKeys(id: string, md5: string): { zip_key: string; preview_key: string } {
  const base = `${EFFECTS_PREFIX}${id}/${md5}/`;
  return { zip_key: `${base}${id}.zip`, preview_key: `${base}${id}.png` };
}

/** The record `effects:add` stores for a validated archive. */
export function assetFor(id: string, archive: Pick<EffectArchiveInfo, 'md5' | 'bytes'>, now: Date): EffectAsset {
  return { id, ...effectKeys(id, archive.md5), md5: archive.md5, zip_bytes: archive.bytes, updated_at: now.toISOString() };
}

/** One entry of Banuba's AR Cloud manifest (field names and the quoted-MD5 ETag are Banuba's). */
export interface ArCloudManifestEntry {
  URL: string;
  Preview: string;
  ETag: string;
}

/**
 * Banuba's AR Cloud manifest, `{"effects":[{"URL","Preview","ETag"}]}`, for the published effects in
 * catalogue order. `urlOf` turns a bucket key into a URL the SDK can download (presigned or CDN).
 */
export async function arCloudManifest(
  assets: EffectAsset[],
  order: string[],
  urlOf: (key: string) => Promise<string>,
): Promise<{ effects: ArCloudManifestEntry[] }> {
  const rank = new Map(order.map((id, i) => [id, i]));
  const published = assets.filter((a) => rank.has(a.id)).sort((a, b) => rank.get(a.id)! - rank.get(b.id)!);
  const effects = await Promise.all(
    published.map(async (a) => ({ URL: await urlOf(a.zip_key), Preview: await urlOf(a.preview_key), ETag: `"${a.md5}"` })),
  );
  return { effects };
}
