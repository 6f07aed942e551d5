import { createHash } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, startTestRuntime } from '../support/runtime.js';
import { runScript } from '../support/scripts.js';
import { zipOf } from '../support/zip.js';

/**
 * Banuba AR Cloud through the whole local runtime (docs/ar-cloud.md): effects published with the
 * operator script `npm run effects:add` (moto S3 and DynamoDB), the public manifest in Banuba's exact
 * shape, its URLs serving the stored bytes, and the filter listing's `ar_cloud`/`preview_url`.
 */
let runtime: Awaited<ReturnType<typeof startTestRuntime>>;
let dir: string;
let manifestPath: string;

const zip = zipOf;
const md5 = (bytes: Buffer) => createHash('md5').update(bytes).digest('hex');

/** Writes `bytes` to a file of the scratch folder and returns its path. */
async function file(name: string, bytes: Buffer): Promise<string> {
  const p = path.join(dir, name);
  await writeFile(p, bytes);
  return p;
}

const effects = (...args: string[]) => runScript('scripts/effects.ts', args);
const manifest = () => call(runtime, 'GET', manifestPath, { key: null });
const bytesAt = async (url: string) => {
  const res = await fetch(url);
  return { status: res.status, headers: res.headers, body: Buffer.from(await res.arrayBuffer()) };
};

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'ar-cloud-'));
  runtime = await startTestRuntime({ pollers: false, simulators: false });
  manifestPath = new URL(runtime.arCloudManifestUrl).pathname;
}, 120_000);
afterAll(async () => {
  await runtime?.stop();
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('Banuba AR Cloud through the local runtime', () => {
  it('the manifest is public; a wrong id gets exactly the answer of a path that does not exist', async () => {
    const empty = await manifest();
    expect(empty.status).toBe(200);
    expect(empty.body).toStrictEqual({ effects: [] });
    const unknownRoute = await call(runtime, 'GET', '/v1/nothing-here', { key: null });
    expect(unknownRoute.status).toBe(404);
    for (const wrong of ['00000000-0000-4000-8000-000000000000', manifestPath.split('/').pop()!.slice(0, -1), 'not-a-uuid']) {
      const res = await call(runtime, 'GET', `/v1/effects/${wrong}`, { key: null });
      expect({ status: res.status, body: res.body }, wrong).toStrictEqual({ status: 404, body: unknownRoute.body });
      // A key does not change that.
      expect((await call(runtime, 'GET', `/v1/effects/${wrong}`)).status).toBe(404);
    }
    expect(unknownRoute.body).toStrictEqual({ detail: { error: 'not_found', message: 'No such route.' } });
  });

  it('effects:add publishes a real archive: exact manifest shape, ETag = quoted MD5, URLs that serve the bytes, cache headers; filters show it', async () => {
    const before = await call(runtime, 'GET', '/api/banuba-filters?pet=dog');
    expect(before.status).toBe(200);
    for (const f of before.body.filters) expect(f).toMatchObject({ ar_cloud: false, preview_url: null });

    const archive = await zip({ 'config.json': '{"frames":[]}', 'images/flame.png': Buffer.alloc(2048, 7), 'script.js': '// effect' });
    const preview = await sharp({ create: { width: 96, height: 96, channels: 4, background: '#ff7a00' } }).png().toBuffer();
    const added = await effects('add', 'desi-fire', await file('DesiFire.zip', archive), await file('desi-fire.png', preview));
    expect(added.code, added.stderr).toBe(0);
    expect(JSON.parse(added.stdout)).toMatchObject({ published: 'desi-fire', etag: `"${md5(archive)}"` });

    const res = await manifest();
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    expect(res.headers.get('cache-control')).toBe('private, max-age=300');
    expect(res.body).toStrictEqual({ effects: [{ URL: expect.any(String), Preview: expect.any(String), ETag: `"${md5(archive)}"` }] });
    // Banuba's key order and nothing else, as the SDK's parser reads it.
    expect(res.text).toMatch(/^\{"effects":\[\{"URL":"[^"]+","Preview":"[^"]+","ETag":"\\"[0-9a-f]{32}\\""\}\]\}$/);
    const entry = res.body.effects[0];
    expect(new URL(entry.URL).pathname).toMatch(/\/desi-fire\.zip$/);
    const zipGot = await bytesAt(entry.URL);
    expect(zipGot.status).toBe(200);
    expect(zipGot.body.equals(archive)).toBe(true);
    expect(zipGot.headers.get('etag')).toBe(`"${md5(archive)}"`);
    expect(zipGot.headers.get('content-type')).toBe('application/zip');
    expect(zipGot.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    const pngGot = await bytesAt(entry.Preview);
    expect(pngGot.body.equals(preview)).toBe(true);
    expect(pngGot.headers.get('content-type')).toBe('image/png');

    // The listing keeps its fields and ranking; only the published filter gains a preview.
    const after = await call(runtime, 'GET', '/api/banuba-filters?pet=dog');
    expect(after.body.filters.map((f: { id: string }) => f.id)).toEqual(before.body.filters.map((f: { id: string }) => f.id));
    for (const [i, f] of after.body.filters.entries()) {
      const { ar_cloud: _a, preview_url: _p, ...fields } = f;
      const { ar_cloud: _b, preview_url: _q, ...was } = before.body.filters[i];
      expect(fields).toStrictEqual(was);
      if (f.id !== 'desi-fire') expect(f).toMatchObject({ ar_cloud: false, preview_url: null });
    }
    const desi = after.body.filters.find((f: { id: string }) => f.id === 'desi-fire');
    expect(desi.ar_cloud).toBe(true);
    expect((await bytesAt(desi.preview_url)).body.equals(preview)).toBe(true);
  }, 120_000);

  it('a changed archive changes the ETag and the URL; the old objects go', async () => {
    const old = (await manifest()).body.effects[0];
    const archive = await zip({ 'config.json': '{"frames":[1]}', 'images/flame.png': Buffer.alloc(4096, 9) });
    const preview = await sharp({ create: { width: 64, height: 64, channels: 3, background: '#202020' } }).png().toBuffer();
    const again = await effects('add', 'desi-fire', await file('DesiFire2.zip', archive), await file('desi-fire2.png', preview));
    expect(again.code, again.stderr).toBe(0);
    const now = (await manifest()).body.effects;
    expect(now).toHaveLength(1);
    expect(now[0].ETag).toBe(`"${md5(archive)}"`);
    expect(now[0].ETag).not.toBe(old.ETag);
    // The object path changes (content-addressed), not only the signature, which moves with the clock anyway.
    expect(new URL(now[0].URL).pathname).not.toBe(new URL(old.URL).pathname);
    expect((await bytesAt(now[0].URL)).body.equals(archive)).toBe(true);
    expect((await bytesAt(old.URL)).status).toBe(404);
  }, 120_000);

  it('refuses hostile or wrong input with the reason and changes nothing', async () => {
    // What is published: ETags and object paths (the URLs' signatures change with the clock).
    const published = async () =>
      ((await manifest()).body.effects as Array<Record<string, string>>).map((e) => ({ etag: e.ETag, zip: new URL(e.URL!).pathname, png: new URL(e.Preview!).pathname }));
    const before = await published();
    expect(before).toHaveLength(1);
    const png = await sharp({ create: { width: 8, height: 8, channels: 3, background: '#000' } }).png().toBuffer();
    const jpeg = await sharp({ create: { width: 8, height: 8, channels: 3, background: '#000' } }).jpeg().toBuffer();
    // Zip slip: a same-length placeholder patched into the headers (yazl refuses to write '..').
    const slip = await zip({ 'config.json': '{}', qqqqqqqqqqqqqqqq: 'x' });
    const patched = Buffer.from(slip.toString('latin1').split('qqqqqqqqqqqqqqqq').join('../../escape.txt'), 'latin1');
    const cases: Array<[string[], RegExp]> = [
      [['add', 'desi-fire', await file('slip.zip', patched), await file('ok.png', png)], /leaves the archive folder/],
      [['add', 'desi-fire', await file('text.zip', Buffer.from('not a zip at all')), await file('ok2.png', png)], /Not a zip archive/],
      [['add', 'desi-fire', await file('nested.zip', await zip({ 'Desi/config.json': '{}' })), await file('ok3.png', png)], /inside the folder 'Desi\/'/],
      [['add', 'desi-fire', await file('good.zip', await zip({ 'config.json': '{}' })), await file('photo.png', jpeg)], /must be a PNG/],
      [['add', 'no-such-filter', await file('good2.zip', await zip({ 'config.json': '{}' })), await file('ok4.png', png)], /not a filter of the catalogue/],
      [['add', 'desi-fire'], /usage:\s+npm run effects:add/],
    ];
    for (const [args, reason] of cases) {
      const out = await effects(...args);
      expect(out.code, args.join(' ')).not.toBe(0);
      expect(out.stderr, args.join(' ')).toMatch(reason);
    }
    expect(await published()).toStrictEqual(before);
  }, 180_000);

  it('effects:remove withdraws the effect and its objects', async () => {
    const published = (await manifest()).body.effects[0];
    const removed = await effects('remove', 'desi-fire');
    expect(removed.code, removed.stderr).toBe(0);
    expect(JSON.parse(removed.stdout)).toEqual({ removed: 'desi-fire' });
    expect((await manifest()).body).toStrictEqual({ effects: [] });
    expect((await bytesAt(published.URL)).status).toBe(404);
    const filters = await call(runtime, 'GET', '/api/banuba-filters');
    for (const f of filters.body.filters) expect(f).toMatchObject({ ar_cloud: false, preview_url: null });
    const twice = await effects('remove', 'desi-fire');
    expect(JSON.parse(twice.stdout)).toEqual({ removed: null });
  }, 120_000);
});
