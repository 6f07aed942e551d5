import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { EffectArchiveError, validateEffectArchive } from '../../../lambdas/engines/effects/archive.js';
import { zipOf } from '../../support/zip.js';
import { arCloudManifest, effectKeys, type EffectAsset } from '../../../lambdas/engines/effects/catalogue.js';

const zip = zipOf;

const refusal = (bytes: Buffer) => validateEffectArchive(bytes).then(() => undefined, (e: unknown) => e as Error);

describe('Banuba effect archive validation', () => {
  it('accepts an effect with config.json (or config.js) at the root and reports the MD5', async () => {
    const flat = await zip([{ name: 'config.json', data: '{}' }, { name: 'preview.png', data: 'png' }, { name: 'images/a.png' }]);
    const info = await validateEffectArchive(flat);
    expect(info).toMatchObject({ files: ['config.json', 'preview.png', 'images/a.png'], bytes: flat.length });
    expect(info.md5).toBe(createHash('md5').update(flat).digest('hex'));
    expect((await validateEffectArchive(await zip([{ name: 'config.js', data: '' }]))).files).toEqual(['config.js']);
  });

  it('refuses an effect zipped with its folder, saying how to fix it', async () => {
    const nested = await zip([{ name: 'DogEars/' }, { name: 'DogEars/config.json', data: '{}' }, { name: 'DogEars/mask.png' }]);
    expect((await refusal(nested))?.message).toMatch(/inside the folder 'DogEars\/'.*root of the archive/);
  });

  it.each([
    ['../escape.txt', /leaves the archive folder/],
    ['effect/../../escape.txt', /leaves the archive folder/],
    ['/etc/cron.d/evil', /absolute path/],
    ['C:/Windows/evil.dll', /absolute path/],
    ['dir\\evil.txt', /backslash/],
  ])('refuses the entry name %s', async (name, reason) => {
    // yazl refuses to write such names, so a same-length placeholder is patched in the local and central headers.
    const placeholder = 'q'.repeat(name.length);
    const bytes = await zip([{ name: 'config.json' }, { name: placeholder, compress: false }]);
    const patched = Buffer.from(bytes.toString('latin1').split(placeholder).join(name), 'latin1');
    expect(patched.equals(bytes)).toBe(false);
    const err = await refusal(patched);
    expect(err).toBeInstanceOf(EffectArchiveError);
    expect(err?.message).toMatch(reason);
  });

  it('refuses a symbolic link', async () => {
    const err = await refusal(await zip([{ name: 'config.json' }, { name: 'link', data: '/etc/passwd', mode: 0o120777 }]));
    expect(err?.message).toMatch(/symbolic link/);
  });

  it('refuses a zip bomb by inflating, not by trusting the headers', async () => {
    // 150 MB of zeros deflates to ~150 KB: a ratio of ~1000.
    const err = await refusal(await zip([{ name: 'config.json' }, { name: 'zeros.bin', data: Buffer.alloc(150 * 1024 * 1024) }]));
    expect(err?.message).toMatch(/inflates more than 100×|more than 200 MB/);
  });

  it('refuses what is not a zip, an empty file, and an archive that is not an effect', async () => {
    expect((await refusal(Buffer.from('PK\u0003\u0004 not really')))?.message).toMatch(/Not a zip archive/);
    expect((await refusal(Buffer.alloc(0)))?.message).toMatch(/empty/);
    expect((await refusal(await zip([{ name: 'readme.txt' }])))?.message).toMatch(/no config\.json/);
    expect((await refusal(await zip([{ name: 'a/config.json' }, { name: 'b/x.png' }])))?.message).toMatch(/no config\.json/);
  });
});

describe('AR Cloud manifest', () => {
  it("has Banuba's exact shape, in catalogue order, with the quoted MD5 as ETag", async () => {
    const asset = (id: string, md5: string): EffectAsset => ({ id, ...effectKeys(id, md5), md5, zip_bytes: 10, updated_at: '2026-11-30T00:00:00Z' });
    const manifest = await arCloudManifest([asset('b', 'bb'), asset('a', 'aa'), asset('gone', 'cc')], ['a', 'b'], async (key) => `https://cdn.test/${key}`);
    expect(manifest).toStrictEqual({
      effects: [
        { URL: 'https://cdn.test/effects/a/aa/a.zip', Preview: 'https://cdn.test/effects/a/aa/a.png', ETag: '"aa"' },
        { URL: 'https://cdn.test/effects/b/bb/b.zip', Preview: 'https://cdn.test/effects/b/bb/b.png', ETag: '"bb"' },
      ],
    });
  });
});
