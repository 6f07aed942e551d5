import { describe, expect, it } from 'vitest';
import { ConfigSchema, parseConfig, validateConfigAtColdStart } from '../../../lambdas/domain/config.js';
import { CONFIG_KEYS, ENV } from '../../../lambdas/domain/config-keys.js';

/** Config has one door: every name the stack may set is a schema key, and a bad value fails at cold start naming it. */
describe('Module: config', () => {
  it('validates exactly the names the stack uses (config-keys.ts)', () => {
    expect(Object.keys(ConfigSchema.shape).sort()).toEqual([...CONFIG_KEYS].sort());
    expect(ENV.JOBS_TABLE_NAME).toBe('JOBS_TABLE_NAME');
  });

  it('names every bad setting', () => {
    expect(() => parseConfig({ DETECTION_THRESHOLD: '2', MIRROR_VIDEOS: 'maybe' })).toThrow(
      /^Invalid configuration: DETECTION_THRESHOLD: .*; MIRROR_VIDEOS: /,
    );
    expect(() => validateConfigAtColdStart({ MEDIA_URL_TTL_S: '10' })).toThrow(/MEDIA_URL_TTL_S/);
  });

  it('applies the defaults, including the settings that used to be read around the schema', () => {
    const config = parseConfig({});
    expect(config).toMatchObject({ CORS_ALLOW_ORIGIN: '*', MEDIA_URL_TTL_S: 6 * 3600, VIDEO_URL_TTL_S: 24 * 3600, OUTBOUND_ALLOWED_HOSTS: [] });
    expect(config.FILTERS_CATALOGUE_PATH).toBeUndefined();
    expect(parseConfig({ CORS_ALLOW_ORIGIN: 'https://app.example.com' }).CORS_ALLOW_ORIGIN).toBe('https://app.example.com');
  });
});
