import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, validateSettings } from '../../lib/pet-roast-stack.js';
import { corsAllowOriginOf } from '../../local/gateway.js';
import type { CfnTemplate } from '../../local/template.js';
import { nonEmpty, synthStack } from '../support/stack.js';

/** `corsAllowOrigin` reaches the functions (`CORS_ALLOW_ORIGIN`) and API Gateway's own error answers alike. */
describe('CORS origin (setting corsAllowOrigin)', () => {
  const origins = (template: CfnTemplate) => {
    const resources = Object.values(template.Resources ?? {}) as Array<{ Type: string; Properties?: any }>;
    const gateway = nonEmpty(resources.filter((r) => r.Type === 'AWS::ApiGateway::GatewayResponse'), 'gateway response').map(
      (r) => r.Properties.ResponseParameters['gatewayresponse.header.Access-Control-Allow-Origin'] as string,
    );
    const functions = nonEmpty(
      resources.filter((r) => r.Type === 'AWS::Lambda::Function' && r.Properties?.Environment?.Variables?.STAGE !== undefined),
      'service function',
    ).map((r) => r.Properties.Environment.Variables.CORS_ALLOW_ORIGIN as string);
    return { gateway: [...new Set(gateway)], functions: [...new Set(functions)] };
  };

  it('is * by default', () => {
    const template = synthStack().template.toJSON() as CfnTemplate;
    expect(origins(template)).toEqual({ gateway: ["'*'"], functions: ['*'] });
    expect(corsAllowOriginOf(template)).toBe('*');
  });

  it('is the configured origin everywhere, and the local gateway reads it from the template', () => {
    const template = synthStack({ corsAllowOrigin: 'https://app.example.com' }).template.toJSON() as CfnTemplate;
    expect(origins(template)).toEqual({ gateway: ["'https://app.example.com'"], functions: ['https://app.example.com'] });
    expect(corsAllowOriginOf(template)).toBe('https://app.example.com');
  });

  it('refuses a value that is not * or an origin', () => {
    for (const bad of ['', "https://x.example'", 'https://x.example/path', 'app.example.com']) {
      expect(() => validateSettings({ ...DEFAULT_SETTINGS, corsAllowOrigin: bad }), bad).toThrow(/corsAllowOrigin/);
    }
  });
});
