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

/**
 * The media bucket's CORS rules as S3 applies them to a browser's request (the first rule whose
 * AllowedOrigins and AllowedMethods both match; docs.aws.amazon.com/AmazonS3/latest/userguide/cors.html).
 * The local emulator does not match methods, so this is where a missing GET rule shows: without it, the
 * playground's WebVTT captions track (docs/playground.md) would not load from a deployed bucket.
 */
describe('Media bucket CORS', () => {
  const template = synthStack().template.toJSON() as CfnTemplate;
  const buckets = Object.values(template.Resources ?? {}).filter((r: any) => r.Type === 'AWS::S3::Bucket' && r.Properties?.CorsConfiguration) as Array<{ Properties: any }>;
  const rules = nonEmpty(buckets, 'bucket with CORS rules')[0]!.Properties.CorsConfiguration.CorsRules as Array<{ AllowedMethods: string[]; AllowedOrigins: string[] }>;
  const allows = (origin: string, method: string) =>
    rules.some((r) => r.AllowedMethods.includes(method) && r.AllowedOrigins.some((o) => o === '*' || o === origin));

  it('lets a web page POST uploads and GET or HEAD what a presigned URL hands out, and nothing else', () => {
    expect(buckets).toHaveLength(1);
    for (const method of ['POST', 'GET', 'HEAD']) expect(allows('https://app.example.com', method), method).toBe(true);
    for (const method of ['PUT', 'DELETE']) expect(allows('https://app.example.com', method), method).toBe(false);
  });
});
