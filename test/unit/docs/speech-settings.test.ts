import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONFIG_KEYS } from '../../../lambdas/domain/config-keys.js';
import { REPO_ROOT } from '../../../local/runtime.js';

/**
 * The narration's speech settings are documented once, in docs/configuration.md (docs/voices.md links
 * there); the README only links to the docs and stays small.
 */
const read = (file: string) => readFileSync(path.join(REPO_ROOT, file), 'utf8');

describe('speech settings in the docs', () => {
  const speechKeys = CONFIG_KEYS.filter((k) => /^(TTS_|BHASHINI_TTS_|GOOGLE_TTS_)/.test(k));

  it('every speech variable has its own row in docs/configuration.md, and the contexts and the local switch are named', () => {
    expect(speechKeys).toEqual(expect.arrayContaining(['TTS_ENGINE', 'TTS_ROUTES', 'TTS_SIMULATED', 'BHASHINI_TTS_SECRET_ARN', 'BHASHINI_TTS_CONFIG_URL', 'GOOGLE_TTS_API_KEY_SECRET_ARN', 'GOOGLE_TTS_URL']));
    const doc = read('docs/configuration.md');
    for (const key of speechKeys) expect(doc.match(new RegExp(`^\\| \`${key}\` \\|`, 'gm')) ?? [], key).toHaveLength(1);
    for (const name of ['ttsEngine', 'ttsRoutes', 'bhashiniTts', 'googleTts', 'LOCAL_TTS_SIMULATORS']) expect(doc, name).toContain(`\`${name}\``);
  });

  it('docs/voices.md and the README do not describe them again; the README links to the configuration and stays ≤ 15 KB', () => {
    const voices = read('docs/voices.md');
    expect(voices).toContain('(configuration.md)');
    expect(voices).not.toMatch(/^\| `(TTS_|BHASHINI_TTS_|GOOGLE_TTS_)/m);
    const readme = read('README.md');
    expect(readme).toContain('(docs/configuration.md)');
    for (const key of [...speechKeys, 'LOCAL_TTS_SIMULATORS']) expect(readme, key).not.toContain(key);
    expect(Buffer.byteLength(readme, 'utf8')).toBeLessThanOrEqual(15 * 1024);
  });
});
