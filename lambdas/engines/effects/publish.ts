import { validateEffectArchive, type EffectArchiveInfo } from './archive.js';
import { assetFor, type EffectAsset, type EffectAssetStore } from './catalogue.js';
import { validatePreviewPng } from './preview.js';

/** What publishing needs; the `effects:add` script builds it for the emulator or a deployed stack. */
export interface EffectPublishDeps {
  store: EffectAssetStore;
  /** Filter ids of the deployment's catalogue (config/banuba-filters.json or FILTERS_CATALOGUE_PATH). */
  catalogueIds: string[];
  /**
   * Stores an object (never-expiring `effects/` prefix) and resolves with the ETag the store reports:
   * S3's ETag of a single-part upload to an SSE-S3 bucket is the quoted MD5 of the bytes.
   */
  putObject: (key: string, body: Buffer, contentType: string) => Promise<string | undefined>;
  deleteObjects: (keys: string[]) => Promise<void>;
  now?: () => Date;
}

/**
 * Publishes a filter's effect to AR Cloud (docs/ar-cloud.md): validates the archive and the preview
 * (throws `EffectArchiveError` or an `AppError` with the reason), uploads both under their
 * content-addressed keys (checking the archive's stored ETag against its MD5), records the asset, then
 * deletes the previous archive's objects (a re-publish replaces it, and the manifest's ETag changes
 * with the archive's MD5). The id must be a filter of the catalogue (else an `Error` naming the known ids).
 * Publishing the same archive again rewrites the same keys and record and deletes nothing.
 */
export async function publishEffect(
  input: { id: string; archive: Buffer; preview: Buffer },
  deps: EffectPublishDeps,
): Promise<{ asset: EffectAsset; archive: EffectArchiveInfo; replaced?: EffectAsset }> {
  if (!deps.catalogueIds.includes(input.id)) {
    throw new Error(`'${input.id}' is not a filter of the catalogue (known: ${deps.catalogueIds.join(', ')}); add it to the catalogue first.`);
  }
  const archive = await validateEffectArchive(input.archive);
  await validatePreviewPng(input.preview);
  const asset = assetFor(input.id, archive, deps.now?.() ?? new Date());
  const previous = (await deps.store.list()).find((a) => a.id === input.id);
  const etag = await deps.putObject(asset.zip_key, input.archive, 'application/zip');
  // The manifest's ETag is the MD5 computed here; the stored object must agree (a corrupted upload does not).
  if (etag !== undefined && etag !== `"${archive.md5}"`) {
    await deps.deleteObjects([asset.zip_key]);
    throw new Error(`The stored archive's ETag ${etag} is not its MD5 "${archive.md5}"; nothing was published.`);
  }
  await deps.putObject(asset.preview_key, input.preview, 'image/png');
  await deps.store.put(asset);
  if (previous && previous.zip_key !== asset.zip_key) await deps.deleteObjects([previous.zip_key, previous.preview_key]);
  return { asset, archive, replaced: previous };
}

/** Undoes {@link publishEffect}: removes the record, then the objects. Returns what was removed. */
export async function unpublishEffect(id: string, deps: Pick<EffectPublishDeps, 'store' | 'deleteObjects'>): Promise<EffectAsset | undefined> {
  const removed = await deps.store.remove(id);
  if (removed) await deps.deleteObjects([removed.zip_key, removed.preview_key]);
  return removed;
}
