/**
 * Publishes a catalogue filter's Banuba effect to AR Cloud, or withdraws it (docs/ar-cloud.md):
 *
 *   npm run effects:add -- <filter-id> <Effect.zip> <preview.png>
 *   npm run effects:remove -- <filter-id>
 *
 * `add` validates the archive (a real zip, at most 50 MB, no absolute or `..` paths, no symlinks, no
 * zip bomb, `config.json`/`config.js` at its root) and the preview (a real PNG), uploads both to the
 * media bucket under `effects/<id>/<md5>/` (a prefix no lifecycle rule expires), checks the stored
 * archive's ETag against its MD5, and records the asset in the table; from then on the AR Cloud
 * manifest lists it and `GET /api/banuba-filters` shows `ar_cloud: true` and its `preview_url`.
 * Publishing a changed archive replaces the previous one (its objects are deleted) and changes the
 * manifest's ETag. `remove` deletes the record, then the objects. The id must be a filter of the
 * deployment's catalogue (`--catalogue`, else `FILTERS_CATALOGUE_PATH`, else config/banuba-filters.json).
 *
 * Where it writes, first match wins:
 *   --table <JobsTableName> --bucket <MediaBucketName> [--region <region>]   a deployed stack, by name
 *   --outputs <cdk-outputs.json> [--stack PetRoast-<stage>]                  `cdk deploy --outputs-file` of a stack
 *   JOBS_TABLE_NAME / MEDIA_BUCKET_NAME (and AWS_ENDPOINT_URL) in the environment
 *   the running `npm start` (its emulator and resources, from .local/runtime.json)
 * AWS credentials and region come from the usual SDK chain (profile, environment, SSO).
 *
 * A summary is printed as JSON on stdout; messages go to stderr. Exit code 2: usage; 1: refused or failed.
 */
import { DeleteObjectsCommand, PutObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { newDocumentClient, newS3Client } from '../lambdas/adapters/aws-clients.js';
import { DynamoEffectAssetStore } from '../lambdas/adapters/effects-store.js';
import { publishEffect, unpublishEffect, type EffectPublishDeps } from '../lambdas/engines/effects/publish.js';
import { FilterCatalogue } from '../lambdas/domain/filters.js';
import { configureSdkEnv } from '../local/moto.js';
import { LOCAL_STATE_FILE, readLocalState } from '../local/state.js';

/**
 * `Cache-Control` of stored archives and previews: their keys are content-addressed (a changed archive
 * gets a new key), so a copy never goes stale; S3 returns it on every presigned GET.
 */
export const EFFECT_OBJECT_CACHE_CONTROL = 'public, max-age=31536000, immutable';

/** The table and bucket to write, and how they were found. */
export interface EffectsTarget {
  tableName: string;
  bucketName: string;
  /** Human description for the log: `npm start at …`, `stack outputs …`. */
  source: string;
  /** The manifest URL, when known (stack output or local runtime). */
  manifestUrl?: string;
  cataloguePath?: string;
}

/**
 * Resolves where to write (see the file comment for the order). For the local runtime it also points
 * this process's SDK clients at its emulator.
 * @throws Error saying what to pass when nothing is found.
 */
export function resolveTarget(
  flags: { table?: string; bucket?: string; region?: string; outputs?: string; stack?: string },
  env = process.env,
  stateFile = LOCAL_STATE_FILE,
): EffectsTarget {
  if (flags.region) {
    env.AWS_REGION = flags.region;
    env.AWS_DEFAULT_REGION = flags.region;
  }
  if (flags.table || flags.bucket) {
    if (!flags.table || !flags.bucket) throw new Error('Pass both --table and --bucket (the stack outputs JobsTableName and MediaBucketName).');
    return { tableName: flags.table, bucketName: flags.bucket, source: `--table ${flags.table} --bucket ${flags.bucket}` };
  }
  if (flags.outputs) {
    const all = JSON.parse(readFileSync(flags.outputs, 'utf8')) as Record<string, Record<string, string>>;
    const stacks = Object.keys(all).filter((name) => !flags.stack || name === flags.stack);
    if (stacks.length !== 1) throw new Error(`${flags.outputs} holds ${stacks.length === 0 ? 'no matching stack' : `stacks ${stacks.join(', ')}`}; name one with --stack.`);
    const outputs = all[stacks[0]!]!;
    if (!outputs.JobsTableName || !outputs.MediaBucketName) throw new Error(`Stack ${stacks[0]} in ${flags.outputs} has no JobsTableName/MediaBucketName outputs.`);
    return {
      tableName: outputs.JobsTableName,
      bucketName: outputs.MediaBucketName,
      source: `stack ${stacks[0]} (${flags.outputs})`,
      manifestUrl: outputs.ArCloudManifestUrl?.startsWith('http') ? outputs.ArCloudManifestUrl : undefined,
    };
  }
  if (env.JOBS_TABLE_NAME && env.MEDIA_BUCKET_NAME) {
    return {
      tableName: env.JOBS_TABLE_NAME,
      bucketName: env.MEDIA_BUCKET_NAME,
      source: `JOBS_TABLE_NAME/MEDIA_BUCKET_NAME${env.AWS_ENDPOINT_URL ? ` at ${env.AWS_ENDPOINT_URL}` : ''}`,
    };
  }
  const local = readLocalState(stateFile);
  if (local) {
    env.AWS_REGION = local.region;
    configureSdkEnv(local.awsEndpoint);
    return {
      tableName: local.tableName,
      bucketName: local.bucketName,
      source: `npm start (pid ${local.pid}, emulator ${local.awsEndpoint})`,
      manifestUrl: local.arCloudManifestUrl,
      cataloguePath: local.filtersCataloguePath,
    };
  }
  throw new Error('No target: start the local runtime (npm start), or pass --table and --bucket (or --outputs) of a deployed stack.');
}

/** The publishing dependencies for a table and bucket, through the service's own adapters. */
export function effectDeps(target: EffectsTarget, catalogue: FilterCatalogue, s3: S3Client = newS3Client(process.env.AWS_S3_FORCE_PATH_STYLE === 'true')): EffectPublishDeps {
  return {
    store: new DynamoEffectAssetStore(target.tableName, () => catalogue.ids(), newDocumentClient()),
    catalogueIds: catalogue.ids(),
    putObject: async (key, body, contentType) => {
      const md5 = createHash('md5').update(body).digest('base64');
      // Content-MD5: S3 refuses bytes that arrive altered.
      const out = await s3.send(
        new PutObjectCommand({ Bucket: target.bucketName, Key: key, Body: body, ContentType: contentType, ContentMD5: md5, CacheControl: EFFECT_OBJECT_CACHE_CONTROL }),
      );
      return out.ETag;
    },
    deleteObjects: async (keys) => {
      if (keys.length === 0) return;
      await s3.send(new DeleteObjectsCommand({ Bucket: target.bucketName, Delete: { Objects: keys.map((Key) => ({ Key })), Quiet: true } }));
    },
  };
}

const USAGE = `usage:
  npm run effects:add -- <filter-id> <Effect.zip> <preview.png> [target]
  npm run effects:remove -- <filter-id> [target]
target (default: the running npm start):
  --table <JobsTableName> --bucket <MediaBucketName> [--region <region>]
  --outputs <cdk-outputs.json> [--stack PetRoast-<stage>]
  --catalogue <filters.json>   the deployment's catalogue when it is not the bundled one`;

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      table: { type: 'string' },
      bucket: { type: 'string' },
      region: { type: 'string' },
      outputs: { type: 'string' },
      stack: { type: 'string' },
      catalogue: { type: 'string' },
      help: { type: 'boolean', default: false },
    },
  });
  const [command, id, zipPath, pngPath] = positionals;
  const arity = command === 'add' ? 4 : command === 'remove' ? 2 : -1;
  if (values.help || positionals.length !== arity) {
    console.error(USAGE);
    process.exitCode = values.help ? 0 : 2;
    return;
  }
  const target = resolveTarget(values);
  const cataloguePath = values.catalogue ?? process.env.FILTERS_CATALOGUE_PATH ?? target.cataloguePath;
  const catalogue = FilterCatalogue.load(cataloguePath);
  const deps = effectDeps(target, catalogue);
  console.error(`target: ${target.source}; table ${target.tableName}, bucket ${target.bucketName}`);

  if (command === 'add') {
    const { asset, archive, replaced } = await publishEffect({ id: id!, archive: readFileSync(zipPath!), preview: readFileSync(pngPath!) }, deps);
    console.error(`published '${id}': ${archive.files.length} files, ${asset.zip_bytes} bytes, ETag "${asset.md5}"`);
    if (replaced && replaced.md5 !== asset.md5) console.error(`replaced the previous archive (ETag "${replaced.md5}")`);
    if (target.manifestUrl) console.error(`manifest: ${target.manifestUrl}`);
    process.stdout.write(`${JSON.stringify({ published: id, etag: `"${asset.md5}"`, zip_key: asset.zip_key, preview_key: asset.preview_key, replaced: replaced?.md5 ?? null }, null, 2)}\n`);
  } else {
    const removed = await unpublishEffect(id!, deps);
    console.error(removed ? `removed '${id}' (ETag "${removed.md5}") and its objects` : `'${id}' was not published; nothing to remove`);
    process.stdout.write(`${JSON.stringify({ removed: removed ? id : null }, null, 2)}\n`);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((err: Error) => {
    console.error(`effects: ${err.message}`);
    process.exitCode = 1;
  });
}
