import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { productionModels } from '../../../models/setup.js';
import { CALLBACK_INBOX_PATH } from '../../../local/callback-inbox.js';
import { PLAYGROUND_SETTINGS_PATH } from '../../../playground/src/local-settings.js';

/**
 * The README is the entry page (at most 15 KB) and every relative link in it and in docs/ resolves:
 * the file exists and, when the link names an anchor, a heading of that file produces it (GitHub's
 * slug rule: lower case, punctuation dropped, spaces to hyphens).
 */
const ROOT = path.resolve(import.meta.dirname, '..', '..', '..');

const slug = (heading: string): string =>
  heading
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\- _]/gu, '')
    .replace(/ /g, '-');

function anchorsOf(file: string): Set<string> {
  const text = readFileSync(file, 'utf8').replace(/```[\s\S]*?```/g, '');
  return new Set([...text.matchAll(/^#{1,6} (.+)$/gm)].map((m) => slug(m[1]!.replace(/`/g, ''))));
}

/** Relative links of a Markdown file that do not resolve, as `file: target`. */
export function brokenLinks(file: string): string[] {
  const text = readFileSync(file, 'utf8').replace(/```[\s\S]*?```/g, '');
  const broken: string[] = [];
  for (const [, target] of text.matchAll(/\]\(([^)\s]+)\)/g)) {
    if (/^[a-z][a-z0-9+.-]*:/i.test(target!)) continue;
    const [pathPart, anchor] = target!.split('#') as [string, string | undefined];
    const resolved = pathPart === '' ? file : path.resolve(path.dirname(file), decodeURI(pathPart));
    if (!existsSync(resolved)) {
      broken.push(`${path.relative(ROOT, file)}: ${target}`);
      continue;
    }
    if (anchor && statSync(resolved).isFile() && resolved.endsWith('.md') && !anchorsOf(resolved).has(anchor)) broken.push(`${path.relative(ROOT, file)}: ${target}`);
  }
  return broken;
}

describe('documents a newcomer can navigate', () => {
  it('the README is at most 15 KB and maps docs/', () => {
    const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
    expect(Buffer.byteLength(readme)).toBeLessThanOrEqual(15 * 1024);
    for (const doc of readdirSync(path.join(ROOT, 'docs')).filter((f) => f.endsWith('.md'))) expect(readme, doc).toContain(`docs/${doc}`);
  });

  it('the README names exactly the model files `npm run setup:models` copies', () => {
    const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
    const section = readme.slice(readme.indexOf('## Models'), readme.indexOf('\n## ', readme.indexOf('## Models') + 1));
    const copied = productionModels().map((m) => m.file);
    const named = [...new Set([...section.matchAll(/`([\w.-]+\.onnx)`/g)].map((m) => m[1]!))];
    expect(copied).toHaveLength(3);
    expect(named.sort()).toEqual([...copied].sort());
    expect(section).toContain('copies the three the service uses');
  });

  it('docs/endpoints.md lists every path the local runtime serves under /_local/, with its methods', () => {
    // Every `/_local/…` path literal in the local runtime and the playground is one of the two it serves.
    const sources = ['local', 'playground/src'].flatMap((dir) =>
      readdirSync(path.join(ROOT, dir), { recursive: true }).map(String).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts')).map((f) => readFileSync(path.join(ROOT, dir, f), 'utf8')),
    );
    const literals = new Set(sources.flatMap((text) => [...text.matchAll(/'(\/_local\/[\w.-]+)'/g)].map((m) => m[1]!)));
    expect([...literals].sort()).toEqual([CALLBACK_INBOX_PATH, PLAYGROUND_SETTINGS_PATH].sort());
    const doc = readFileSync(path.join(ROOT, 'docs', 'endpoints.md'), 'utf8');
    const section = doc.slice(doc.indexOf('### Local runtime only'));
    const rows = [...section.matchAll(/^\| `(GET|POST|DELETE) (\/_local\/[\w.-]+)` \|/gm)].map((m) => `${m[1]} ${m[2]}`);
    expect(rows.sort()).toEqual([`GET ${PLAYGROUND_SETTINGS_PATH}`, `POST ${CALLBACK_INBOX_PATH}`, `GET ${CALLBACK_INBOX_PATH}`, `DELETE ${CALLBACK_INBOX_PATH}`].sort());
  });

  it('finds a broken link, so the check can fail', () => {
    const probe = path.join(ROOT, 'docs', 'reference', 'README.md');
    expect(brokenLinks(probe)).toEqual([]);
    expect(anchorsOf(path.join(ROOT, 'README.md')).has('quick-start')).toBe(true);
    expect(anchorsOf(path.join(ROOT, 'README.md')).has('no-such-heading')).toBe(false);
  });

  it('every relative link of the README and docs/ resolves', () => {
    const files = [path.join(ROOT, 'README.md'), ...readdirSync(path.join(ROOT, 'docs'), { recursive: true }).map(String).filter((f) => f.endsWith('.md')).map((f) => path.join(ROOT, 'docs', f))];
    expect(files.flatMap(brokenLinks)).toEqual([]);
  });
});
