import { describe, expect, it } from 'vitest';
import { errors } from '../../../lambdas/domain/errors.js';
import { LANGUAGE_CODES } from '../../../lambdas/domain/languages.js';

describe('unsupported_language answers with a suggestion (docs/integration-guide.md §3.4)', () => {
  it.each([
    ['hi-IN', 'hi'],
    ['HI', 'hi'],
    ['ta_IN', 'ta'],
    [' En-gb ', 'en'],
  ])("%s: names the field and suggests '%s'", (value, code) => {
    const detail = errors.unsupportedLanguage('language', value).toDetail();
    expect(detail).toMatchObject({ error: 'unsupported_language', field: 'language' });
    expect(detail.message).toBe(`Language '${value}' in 'language' is not supported.`);
    expect(detail.suggestion).toBe(`Use '${code}' (ISO 639-1 codes, lower case).`);
  });

  it.each(['fr', 'english', '', 'zz-IN'])('%j: lists every supported code', (value) => {
    const detail = errors.unsupportedLanguage('target_lang', value).toDetail();
    expect(detail.field).toBe('target_lang');
    expect(detail.suggestion).toBe(`Use one of: ${LANGUAGE_CODES.join(', ')}.`);
    expect(LANGUAGE_CODES).toHaveLength(13);
  });
});
