import { Annotations, Match } from 'aws-cdk-lib/assertions';
import { describe, expect, it } from 'vitest';
import { nonEmpty, synthStack } from '../support/stack.js';

type Synth = ReturnType<typeof synthStack>;

const ID = '3f2b8c1e-7a4d-4e5f-9b6a-0c1d2e3f4a5b';

/** The function of a route (by its id stem) with its logical id. */
const functionOf = (template: Synth['template'], stem: string) => {
  const [fn] = nonEmpty(
    Object.entries(template.findResources('AWS::Lambda::Function')).filter(([id]) => id.startsWith(`${stem}Function`)),
    `${stem} function`,
  );
  return fn!;
};

/** Every IAM statement attached to the role of the function `stem` (its service role and default policy). */
const statementsOf = (template: Synth['template'], stem: string): Array<Record<string, any>> =>
  Object.values(template.findResources('AWS::IAM::Policy'))
    .filter((p) => (p.Properties.Roles as Array<{ Ref: string }>).some((r) => r.Ref.startsWith(`${stem}FunctionServiceRole`)))
    .flatMap((p) => p.Properties.PolicyDocument.Statement as Array<Record<string, any>>);

const mediaBucketId = (template: Synth['template']) =>
  nonEmpty(
    Object.keys(template.findResources('AWS::S3::Bucket')).filter((id) => /^MediaBucket[0-9A-F]{8}$/.test(id)),
    'media bucket',
  )[0]!;

describe('Stack: Banuba AR Cloud (docs/ar-cloud.md)', () => {
  const on = synthStack({ arCloudId: ID });

  it('the manifest route is public (no authorizer, no API key) and cdk-nag accepts it with the documented reason', () => {
    const { template, stack } = on;
    const fnId = functionOf(template, 'ArCloudManifest')[0];
    const methods = Object.values(template.findResources('AWS::ApiGateway::Method')).filter((m) =>
      JSON.stringify(m.Properties.Integration?.Uri ?? '').includes(`"${fnId}"`),
    );
    // GET, ANY (the 405 with Allow) and the CORS preflight; the preflight has the shared OPTIONS reason.
    expect(nonEmpty(methods, 'manifest method').map((m) => m.Properties.HttpMethod).sort()).toEqual(['ANY', 'GET', 'OPTIONS']);
    for (const m of methods) {
      expect(m.Properties.AuthorizationType).toBe('NONE');
      expect(m.Properties.ApiKeyRequired ?? false).toBe(false);
      if (m.Properties.HttpMethod === 'OPTIONS') continue;
      const suppressed = (m.Metadata?.cdk_nag?.rules_to_suppress ?? []) as Array<{ id: string; reason: string }>;
      expect(suppressed.find((r) => r.id === 'AwsSolutions-APIG4')?.reason).toMatch(/AR Cloud manifest \(docs\/ar-cloud\.md\).*UUID/);
    }
    const findings = [...Annotations.fromStack(stack).findError('*', Match.anyValue()), ...Annotations.fromStack(stack).findWarning('*', Match.anyValue())];
    expect(findings.map((f) => `${f.id}: ${String(f.entry.data).split('\n')[0]}`)).toEqual([]);
  });

  it('the manifest function reads EFFECT# items by key and effects/* objects only, nothing else of the table or bucket', () => {
    const { template } = on;
    const table = nonEmpty(Object.keys(template.findResources('AWS::DynamoDB::Table')), 'table')[0]!;
    const data = statementsOf(template, 'ArCloudManifest').filter((s) => /dynamodb:|s3:/.test(JSON.stringify(s.Action)));
    expect(data).toEqual([
      {
        Action: ['dynamodb:BatchGetItem', 'dynamodb:GetItem'],
        Effect: 'Allow',
        Resource: { 'Fn::GetAtt': [table, 'Arn'] },
        Condition: { 'ForAllValues:StringLike': { 'dynamodb:LeadingKeys': ['EFFECT#*'] } },
      },
      { Action: 's3:GetObject', Effect: 'Allow', Resource: { 'Fn::Join': ['', [{ 'Fn::GetAtt': [mediaBucketId(template), 'Arn'] }, '/effects/*']] } },
    ]);
    // The filter listing keeps nothing more than that either.
    expect(statementsOf(template, 'BanubaFilters').filter((s) => /dynamodb:|s3:/.test(JSON.stringify(s.Action)))).toEqual(data);
  });

  it('passes AR_CLOUD_ID and the bucket/table names to both functions, and outputs the manifest URL', () => {
    const { template } = on;
    for (const stem of ['ArCloudManifest', 'BanubaFilters']) {
      expect(functionOf(template, stem)[1].Properties.Environment.Variables).toMatchObject({
        AR_CLOUD_ID: ID,
        JOBS_TABLE_NAME: expect.anything(),
        MEDIA_BUCKET_NAME: expect.anything(),
      });
    }
    const output = template.toJSON().Outputs.ArCloudManifestUrl;
    expect(JSON.stringify(output.Value)).toContain(`v1/effects/${ID}`);
  });

  it('keeps effects/ out of every expiring lifecycle rule of the media bucket', () => {
    const { template } = on;
    const rules = template.toJSON().Resources[mediaBucketId(template)].Properties.LifecycleConfiguration.Rules as Array<Record<string, any>>;
    const expiring = nonEmpty(rules.filter((r) => r.ExpirationInDays !== undefined), 'expiring rule');
    for (const rule of expiring) {
      expect(rule.Prefix, rule.Id).toBeDefined();
      expect('effects/'.startsWith(rule.Prefix), rule.Id).toBe(false);
    }
  });

  it('without arCloudId the route still exists (answering 404) and the output says it is off; a malformed id is refused at synth', () => {
    const { template } = synthStack();
    expect(functionOf(template, 'ArCloudManifest')[1].Properties.Environment.Variables.AR_CLOUD_ID).toBeUndefined();
    expect(template.toJSON().Outputs.ArCloudManifestUrl.Value).toMatch(/^off/);
    expect(() => synthStack({ arCloudId: 'not-a-uuid' })).toThrow(/arCloudId must be a UUID/);
  });
});
