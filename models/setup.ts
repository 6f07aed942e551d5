/**
 * Puts the ONNX models the service needs into `models/files/` (or `MODEL_DIR`), verified by sha256.
 *
 *   npx tsx models/setup.ts          # the models of the production configuration
 *   npx tsx models/setup.ts --all    # every model of the manifest (tests of all decoders, benchmark)
 *
 * Source: `MODEL_SOURCE_DIR`, else `../shared/models` next to the repository. Files already present
 * with the right hash are left alone. Model binaries are never committed (see models/README.md).
 */
import { createHash, randomUUID } from 'node:crypto';
import { createReadStream } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ManifestSchema, type ModelEntry } from '../lambdas/engines/detection/manifest.js';
import rawManifest from './manifest.json' with { type: 'json' };

const here = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(here, '..');

export interface EnsureModelsOptions {
  /** Copy every manifest model, not only the production stages. */
  all?: boolean;
  /** Copy exactly these models (manifest names); wins over `all`. */
  names?: string[];
  /** Where the files come from (default `MODEL_SOURCE_DIR`, else `<repo>/../shared/models`). */
  sourceDir?: string;
  /** Where they go (default `MODEL_DIR`, else `models/files`). */
  targetDir?: string;
  /** One line per file (default console.log). */
  log?: (line: string) => void;
}

export interface EnsuredModel {
  name: string;
  path: string;
  status: 'present' | 'copied';
}

/** The error `ensureModels` throws when a file cannot be found or does not match the manifest. */
export class ModelSetupError extends Error {
  override name = 'ModelSetupError';
}

export const defaultSourceDir = (): string =>
  process.env.MODEL_SOURCE_DIR ? path.resolve(process.env.MODEL_SOURCE_DIR) : path.resolve(repoRoot, '..', 'shared', 'models');

export const defaultTargetDir = (): string =>
  process.env.MODEL_DIR ? path.resolve(process.env.MODEL_DIR) : path.join(repoRoot, 'models', 'files');

async function sha256(file: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

async function matches(file: string, entry: ModelEntry): Promise<boolean> {
  const stat = await fs.stat(file).catch(() => undefined);
  return stat?.isFile() === true && stat.size === entry.bytes && (await sha256(file)) === entry.sha256;
}

function howToObtain(entries: ModelEntry[], sourceDir: string): string {
  const lines = entries.map((e) => `  - ${e.file} (${e.licence}): ${e.source.url}\n      sha256 ${e.sha256}`);
  return [
    `Model source not usable: ${sourceDir}`,
    'Download each file below and save it under the name shown, all in one directory',
    '(repository, path and commit of each are in models/manifest.json and models/README.md):',
    ...lines,
    'then run again with MODEL_SOURCE_DIR=/that/directory (or put the files in ../shared/models).',
  ].join('\n');
}

/**
 * The models the service uses, which `ensureModels` copies by default (the README's "Models" section names
 * their files): the cascade's stages in order, then the second opinion on grayscale input
 * (`service.stages` and `service.grey` of models/manifest.json).
 */
export function productionModels(): Array<{ name: string; file: string }> {
  const manifest = ManifestSchema.parse(rawManifest);
  const names = [...manifest.service.stages.map((s) => s.model), ...(manifest.service.grey ? [manifest.service.grey.model] : [])];
  return names.map((name) => {
    const entry = manifest.models.find((m) => m.name === name);
    if (!entry) throw new ModelSetupError(`Unknown model '${name}' (not in models/manifest.json)`);
    return { name, file: entry.file };
  });
}

/**
 * Makes sure the requested model files are present in the target directory with the manifest's
 * sha256, copying them from the source directory when needed. Throws `ModelSetupError` with download
 * instructions when the source lacks a file or holds a different one.
 */
export async function ensureModels(options: EnsureModelsOptions = {}): Promise<EnsuredModel[]> {
  const manifest = ManifestSchema.parse(rawManifest);
  const wanted = options.names ?? (options.all ? manifest.models.map((m) => m.name) : productionModels().map((m) => m.name));
  const entries = wanted.map((name) => {
    const entry = manifest.models.find((m) => m.name === name);
    if (!entry) throw new ModelSetupError(`Unknown model '${name}' (not in models/manifest.json)`);
    return entry;
  });
  const sourceDir = options.sourceDir ?? defaultSourceDir();
  const targetDir = options.targetDir ?? defaultTargetDir();
  const log = options.log ?? ((line: string) => console.log(line));
  await fs.mkdir(targetDir, { recursive: true });

  const result: EnsuredModel[] = [];
  for (const entry of entries) {
    const target = path.join(targetDir, entry.file);
    if (await matches(target, entry)) {
      log(`model ${entry.file}: present, sha256 ok (${target})`);
      result.push({ name: entry.name, path: target, status: 'present' });
      continue;
    }
    const source = path.join(sourceDir, entry.file);
    if (!(await matches(source, entry))) {
      const exists = await fs.stat(source).catch(() => undefined);
      const why = exists ? `${source} does not match the manifest sha256/size` : `${source} is missing`;
      throw new ModelSetupError(`${why}.\n${howToObtain(entries, sourceDir)}`);
    }
    // Copy under a unique name, then rename: concurrent setups (parallel test workers) never see a partial file.
    const partial = `${target}.${randomUUID()}.partial`;
    await fs.copyFile(source, partial);
    if ((await sha256(partial)) !== entry.sha256) {
      await fs.rm(partial, { force: true });
      throw new ModelSetupError(`Copy of ${source} changed while copying; try again.`);
    }
    await fs.rename(partial, target);
    log(`model ${entry.file}: copied from ${source}, sha256 ok`);
    result.push({ name: entry.name, path: target, status: 'copied' });
  }
  return result;
}

const invokedDirectly = process.argv[1] !== undefined && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (invokedDirectly) {
  ensureModels({ all: process.argv.includes('--all') }).catch((err: unknown) => {
    console.error(err instanceof ModelSetupError ? err.message : err);
    process.exit(1);
  });
}
