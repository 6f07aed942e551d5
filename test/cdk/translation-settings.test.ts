import { describe, expect, it } from 'vitest';
import { synthStack } from '../support/stack.js';

describe('Stack: translation settings', () => {
  it('creates no translation secret and grants no Translate permission by default', () => {
    const { template } = synthStack();
    const json = JSON.stringify(template.toJSON());
    expect(json).not.toContain('translate:TranslateText');
    expect(Object.keys(template.findResources('AWS::SecretsManager::Secret')).filter((id) => /IndicTrans2|Dhruva|Bhashini/.test(id))).toEqual([]);
  });

  it('wires configured providers with one secret each and Translate only for the functions that translate', () => {
    const { template } = synthStack({ amazonTranslate: 'true', indictrans2Url: 'https://nmt.example.com', dhruvaUrl: 'https://dhruva.example.com' });
    const secrets = Object.keys(template.findResources('AWS::SecretsManager::Secret'));
    expect(secrets.filter((id) => /IndicTrans2Key|DhruvaKey/.test(id))).toHaveLength(2);
    const functions = template.findResources('AWS::Lambda::Function');
    const translating = Object.entries(functions)
      .filter(([, f]) => f.Properties.Environment?.Variables?.INDICTRANS2_URL === 'https://nmt.example.com')
      .map(([id]) => id.replace(/[0-9A-F]{8}$/, ''));
    expect(translating.sort()).toEqual(['RenderWorkerFunction', 'TranslateTextFunction']);
    for (const [id, f] of Object.entries(functions)) {
      const vars = f.Properties.Environment?.Variables ?? {};
      if (translating.some((t) => id.startsWith(t))) {
        expect(vars.AMAZON_TRANSLATE).toBe('on');
        expect(vars.INDICTRANS2_API_KEY_SECRET_ARN).toEqual({ Ref: expect.stringMatching(/^IndicTrans2Key/) });
      }
    }
    const policies = Object.values(template.findResources('AWS::IAM::Policy')).filter((p) => JSON.stringify(p).includes('translate:TranslateText'));
    expect(policies).toHaveLength(2);
  });
});
