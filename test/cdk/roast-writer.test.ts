import { Annotations, Match } from 'aws-cdk-lib/assertions';
import { describe, expect, it } from 'vitest';
import { nonEmpty, synthStack } from '../support/stack.js';

type Synth = ReturnType<typeof synthStack>;

/** Every IAM statement naming a bedrock: action, with the role it is attached to (hash stripped). */
const bedrockStatements = (template: Synth['template']) =>
  Object.values(template.findResources('AWS::IAM::Policy')).flatMap((p) =>
    (p.Properties.PolicyDocument.Statement as Array<Record<string, unknown>>)
      .filter((st) => JSON.stringify(st.Action).includes('bedrock:'))
      .map((st) => ({ role: (p.Properties.Roles as Array<{ Ref: string }>)[0]!.Ref.replace(/[0-9A-F]{8}$/, ''), statement: st })),
  );

const renderWorkerEnv = (template: Synth['template']): Record<string, unknown> => {
  const [fn] = nonEmpty(
    Object.entries(template.findResources('AWS::Lambda::Function')).filter(([id]) => id.startsWith('RenderWorkerFunction')),
    'render worker',
  );
  return fn![1].Properties.Environment.Variables as Record<string, unknown>;
};

const nagFindings = (stack: Synth['stack']) =>
  [...Annotations.fromStack(stack).findError('*', Match.anyValue()), ...Annotations.fromStack(stack).findWarning('*', Match.anyValue())].map(
    (a) => `${a.id}: ${String(a.entry.data)}`,
  );

const region = { Ref: 'AWS::Region' };
const partition = { Ref: 'AWS::Partition' };
const account = { Ref: 'AWS::AccountId' };

describe('Stack: roast writer settings', () => {
  it('defaults to the bedrock writer: Nova Micro, bedrock:InvokeModel on that one model in this Region, for the render worker only', () => {
    const { stack, template } = synthStack();
    expect(renderWorkerEnv(template)).toMatchObject({ ROAST_WRITER: 'bedrock', BEDROCK_MODEL_ID: 'amazon.nova-micro-v1:0' });
    const statements = bedrockStatements(template);
    expect(statements).toHaveLength(1);
    expect(statements[0]!.role).toMatch(/^RenderWorkerFunctionServiceRole/);
    expect(statements[0]!.statement).toEqual({
      Action: 'bedrock:InvokeModel',
      Effect: 'Allow',
      Resource: { 'Fn::Join': ['', ['arn:', partition, ':bedrock:', region, '::foundation-model/amazon.nova-micro-v1:0']] },
    });
    const json = JSON.stringify(template.toJSON());
    expect(json).not.toContain('bedrock:*');
    expect(json).not.toContain('foundation-model/*');
    expect(nagFindings(stack)).toEqual([]);
  });

  it('an inference profile: the profile ARN, and the model in its destination Regions only through that profile; cdk-nag accepts it', () => {
    const { stack, template } = synthStack({ bedrockModelId: 'apac.amazon.nova-micro-v1:0', bedrockGuardrailId: 'gr-abc123', bedrockGuardrailVersion: '3' });
    expect(renderWorkerEnv(template)).toMatchObject({
      ROAST_WRITER: 'bedrock',
      BEDROCK_MODEL_ID: 'apac.amazon.nova-micro-v1:0',
      BEDROCK_GUARDRAIL_ID: 'gr-abc123',
      BEDROCK_GUARDRAIL_VERSION: '3',
    });
    const profileArn = { 'Fn::Join': ['', ['arn:', partition, ':bedrock:', region, ':', account, ':inference-profile/apac.amazon.nova-micro-v1:0']] };
    expect(bedrockStatements(template).map((s) => s.statement)).toEqual([
      { Action: 'bedrock:InvokeModel', Effect: 'Allow', Resource: profileArn },
      {
        Action: 'bedrock:InvokeModel',
        Effect: 'Allow',
        Resource: { 'Fn::Join': ['', ['arn:', partition, ':bedrock:*::foundation-model/amazon.nova-micro-v1:0']] },
        Condition: { StringEquals: { 'bedrock:InferenceProfileArn': profileArn } },
      },
      {
        Action: 'bedrock:ApplyGuardrail',
        Effect: 'Allow',
        Resource: { 'Fn::Join': ['', ['arn:', partition, ':bedrock:', region, ':', account, ':guardrail/gr-abc123']] },
      },
    ]);
    expect(nagFindings(stack)).toEqual([]);
  });

  it('roastWriter=template: no Bedrock permission and no Bedrock settings at all', () => {
    const { template } = synthStack({ roastWriter: 'template' });
    expect(renderWorkerEnv(template).ROAST_WRITER).toBe('template');
    expect(renderWorkerEnv(template).BEDROCK_MODEL_ID).toBeUndefined();
    expect(bedrockStatements(template)).toEqual([]);
  });

  it('refuses an unknown writer or half a guardrail', () => {
    expect(() => synthStack({ roastWriter: 'gpt' })).toThrow(/roastWriter must be/);
    expect(() => synthStack({ bedrockGuardrailId: 'gr-1' })).toThrow(/go together/);
  });
});
