import { describe, expect, it } from 'vitest';
import { OPTIONAL_ROUTES } from '../../lambdas/domain/routes.js';
import { nonEmpty, synthStack } from '../support/stack.js';

/**
 * The playground route is an opt-in of the deployment (docs/playground.md): present only with context
 * `playground=true` (its absence by default is asserted in stack.test.ts), public HTML like /docs.
 */
describe('Stack with -c playground=true', () => {
  const { template } = synthStack({ playground: true });
  const resources = template.toJSON().Resources as Record<string, { Type: string; Properties: any; Metadata?: any }>;

  it('serves GET /playground from its own function, without key or authorizer (the page asks for the key)', () => {
    const resource = Object.entries(resources).find(([, r]) => r.Type === 'AWS::ApiGateway::Resource' && r.Properties.PathPart === 'playground');
    expect(resource).toBeDefined();
    const fnId = Object.keys(resources).find((id) => resources[id]!.Type === 'AWS::Lambda::Function' && resources[id]!.Metadata?.['PetRoast:Entry'] === 'lambdas/api/playground.ts');
    expect(fnId).toBeDefined();
    const methods = nonEmpty(
      Object.values(resources).filter((r) => r.Type === 'AWS::ApiGateway::Method' && r.Properties.ResourceId?.Ref === resource![0]),
      'method on /playground',
    );
    const get = methods.find((m) => m.Properties.HttpMethod === 'GET')!;
    expect(get.Properties).toMatchObject({ AuthorizationType: 'NONE', ApiKeyRequired: false });
    expect(JSON.stringify(get.Properties.Integration.Uri)).toContain(`"${fnId}"`);
    // Other methods reach the function's wrapper, which answers 405 with Allow.
    expect(methods.map((m) => m.Properties.HttpMethod).sort()).toEqual(['ANY', 'GET', 'OPTIONS']);
    expect(OPTIONAL_ROUTES.map((r) => r.path)).toEqual(['/playground']);
  });
});
