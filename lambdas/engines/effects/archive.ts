import { createHash } from 'node:crypto';
import yauzl from 'yauzl';

/**
 * Checks on a Banuba effect archive before it is published to AR Cloud (docs/ar-cloud.md).
 *
 * A Banuba effect is a folder whose root holds `config.json` (or `config.js` in newer effects) and its
 * resources; AR Cloud serves it zipped, with the folder's contents at the archive root. The archive
 * comes from an operator's disk but ends up on every phone that downloads it, so it is treated as
 * hostile: every entry is inflated (sizes in the headers are not trusted), with caps on the archive,
 * the entry count, the total inflated size and the inflation ratio (zip bombs); names must be
 * relative, without `..`, backslashes or drive letters (zip slip, CVE-2018-1002200 class); symlinks and encrypted entries are refused.
 */
export const EFFECT_ARCHIVE_LIMITS = {
  /** Largest archive accepted, bytes (Banuba's own effects are a few MB). */
  maxArchiveBytes: 50 * 1024 * 1024,
  /** Largest total of inflated entries, bytes. */
  maxInflatedBytes: 200 * 1024 * 1024,
  /** Most entries (files and folders). */
  maxEntries: 2000,
  /** Largest inflated/compressed ratio for the whole archive (zip-bomb guard; real effects stay under 10). */
  maxRatio: 100,
} as const;

/** Why an effect archive was refused; `message` is written for the operator running `effects:add`. */
export class EffectArchiveError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'EffectArchiveError';
  }
}

/** What a valid archive holds. */
export interface EffectArchiveInfo {
  /** Hex MD5 of the archive bytes (Banuba's manifest ETag is this, in double quotes). */
  md5: string;
  bytes: number;
  inflatedBytes: number;
  /** File entries (folders excluded), as stored. */
  files: string[];
}

const S_IFMT = 0o170000;
const S_IFLNK = 0o120000;

/** Refuses names that could leave the extraction folder or mean different things on other systems. */
function checkName(name: string): void {
  if (name.length === 0 || name.length > 512) throw new EffectArchiveError(`An entry has an empty or over-long name.`);
  if (name.includes('\\')) throw new EffectArchiveError(`Entry '${name}' uses a backslash; zip names use '/'.`);
  if (name.startsWith('/') || /^[A-Za-z]:/.test(name)) throw new EffectArchiveError(`Entry '${name}' has an absolute path.`);
  if (name.split('/').some((segment) => segment === '..')) throw new EffectArchiveError(`Entry '${name}' leaves the archive folder ('..').`);
  if (/[\u0000-\u001f]/.test(name)) throw new EffectArchiveError(`An entry name contains control characters.`);
}

/** yauzl's refusals of entry names ("invalid relative path: …"), in the words of {@link checkName}. */
function nameProblem(message: string): EffectArchiveError | undefined {
  const name = message.replace(/^[^:]*:\s*/, '');
  if (message.startsWith('invalid relative path')) return new EffectArchiveError(`Entry '${name}' leaves the archive folder ('..').`);
  if (message.startsWith('absolute path')) return new EffectArchiveError(`Entry '${name}' has an absolute path.`);
  if (message.startsWith('invalid characters in fileName')) return new EffectArchiveError(`Entry '${name}' uses a backslash; zip names use '/'.`);
  return undefined;
}

function open(bytes: Buffer): Promise<yauzl.ZipFile> {
  return new Promise((resolve, reject) =>
    // strictFileNames: no backslash rewriting (yauzl refuses them); validateEntrySizes makes a lying header
    // an error while inflating. yauzl's own name checks run first; nameProblem words them for the operator.
    yauzl.fromBuffer(bytes, { lazyEntries: true, strictFileNames: true, validateEntrySizes: true, decodeStrings: true }, (err, zip) =>
      err || !zip ? reject(new EffectArchiveError(`Not a zip archive (${err?.message ?? 'unreadable'}).`)) : resolve(zip),
    ),
  );
}

/** Inflates one entry, counting bytes; stops at `budget` so a bomb never inflates past the cap. */
function inflate(zip: yauzl.ZipFile, entry: yauzl.Entry, budget: number): Promise<number> {
  return new Promise((resolve, reject) => {
    zip.openReadStream(entry, (err, stream) => {
      if (err || !stream) return reject(new EffectArchiveError(`Entry '${entry.fileName}' cannot be read (${err?.message ?? 'no stream'}).`));
      let n = 0;
      stream.on('data', (chunk: Buffer) => {
        n += chunk.length;
        if (n > budget) {
          stream.destroy();
          reject(new EffectArchiveError(`The archive inflates to more than ${EFFECT_ARCHIVE_LIMITS.maxInflatedBytes / 1024 / 1024} MB.`));
        }
      });
      stream.on('error', (e: Error) => reject(new EffectArchiveError(`Entry '${entry.fileName}' is corrupt (${e.message}).`)));
      stream.on('end', () => resolve(n));
    });
  });
}

/**
 * Validates a Banuba effect archive. Resolves with its MD5 and listing; rejects with
 * {@link EffectArchiveError} naming the first problem found.
 */
export async function validateEffectArchive(bytes: Buffer): Promise<EffectArchiveInfo> {
  if (bytes.length === 0) throw new EffectArchiveError('The archive is empty.');
  if (bytes.length > EFFECT_ARCHIVE_LIMITS.maxArchiveBytes) {
    throw new EffectArchiveError(`The archive is ${(bytes.length / 1024 / 1024).toFixed(1)} MB; the limit is ${EFFECT_ARCHIVE_LIMITS.maxArchiveBytes / 1024 / 1024} MB.`);
  }
  const zip = await open(bytes);
  const files: string[] = [];
  let inflated = 0;
  let entries = 0;
  try {
    await new Promise<void>((resolve, reject) => {
      zip.on('error', (e: Error) => reject(e instanceof EffectArchiveError ? e : nameProblem(e.message) ?? new EffectArchiveError(`The archive is corrupt (${e.message}).`)));
      zip.on('end', () => resolve());
      zip.on('entry', (entry: yauzl.Entry) => {
        void (async () => {
          entries++;
          if (entries > EFFECT_ARCHIVE_LIMITS.maxEntries) throw new EffectArchiveError(`The archive has more than ${EFFECT_ARCHIVE_LIMITS.maxEntries} entries.`);
          checkName(entry.fileName);
          const mode = (entry.externalFileAttributes >>> 16) & S_IFMT;
          if (mode === S_IFLNK) throw new EffectArchiveError(`Entry '${entry.fileName}' is a symbolic link.`);
          if (entry.isEncrypted()) throw new EffectArchiveError(`Entry '${entry.fileName}' is encrypted.`);
          if (!entry.fileName.endsWith('/')) {
            inflated += await inflate(zip, entry, EFFECT_ARCHIVE_LIMITS.maxInflatedBytes - inflated);
            if (inflated > bytes.length * EFFECT_ARCHIVE_LIMITS.maxRatio && inflated > 1024 * 1024) {
              throw new EffectArchiveError(`The archive inflates more than ${EFFECT_ARCHIVE_LIMITS.maxRatio}× its size (a zip bomb?).`);
            }
            files.push(entry.fileName);
          }
          zip.readEntry();
        })().catch(reject);
      });
      zip.readEntry();
    });
  } finally {
    zip.close();
  }
  checkEffectLayout(files);
  return { md5: createHash('md5').update(bytes).digest('hex'), bytes: bytes.length, inflatedBytes: inflated, files };
}

/**
 * The effect's files must sit at the archive root: the SDK unpacks the archive as the effect folder, and
 * Banuba's AR Cloud tooling requires "all effect's files in the root of archive" (docs/ar-cloud.md).
 * An archive holding one folder with the effect inside is refused with how to fix it.
 */
function checkEffectLayout(files: string[]): void {
  const isConfig = (name: string, root: string) => name === `${root}config.json` || name === `${root}config.js`;
  if (files.some((f) => isConfig(f, ''))) return;
  const tops = new Set(files.map((f) => (f.includes('/') ? `${f.split('/')[0]}/` : '')));
  const [top] = [...tops];
  if (tops.size === 1 && top && files.some((f) => isConfig(f, top))) {
    throw new EffectArchiveError(`The effect is inside the folder '${top}'; its files must be at the root of the archive (zip the folder's contents, not the folder).`);
  }
  throw new EffectArchiveError('Not a Banuba effect: no config.json (or config.js) at the root of the archive.');
}
