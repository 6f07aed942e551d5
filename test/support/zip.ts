import yazl from 'yazl';

/** One entry of {@link zipOf}: a name ending in `/` is a folder; `mode` sets the Unix mode (symlinks: 0o120777). */
export interface ZipEntry {
  name: string;
  data?: Buffer | string;
  mode?: number;
  compress?: boolean;
}

/** A zip archive built in memory with yazl (real deflate), entries in the given order. */
export function zipOf(entries: ZipEntry[] | Record<string, Buffer | string>): Promise<Buffer> {
  const list: ZipEntry[] = Array.isArray(entries) ? entries : Object.entries(entries).map(([name, data]) => ({ name, data }));
  const z = new yazl.ZipFile();
  for (const e of list) {
    if (e.name.endsWith('/')) z.addEmptyDirectory(e.name);
    else z.addBuffer(Buffer.from(e.data ?? 'x'), e.name, { mode: e.mode, compress: e.compress ?? true });
  }
  z.end();
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    z.outputStream.on('data', (c: Buffer) => chunks.push(c)).on('end', () => resolve(Buffer.concat(chunks))).on('error', reject);
  });
}
