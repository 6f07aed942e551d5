import { Annotations, Match } from 'aws-cdk-lib/assertions';
import { describe, expect, it } from 'vitest';
import { nonEmpty, synthStack } from '../support/stack.js';

type Template = ReturnType<typeof synthStack>['template'];

/** The IAM statements that grant translate:TranslateText, with the logical id of their policy. */
const translateStatements = (template: Template) =>
  Object.entries(template.findResources('AWS::IAM::Policy')).flatMap(([id, p]) =>
    (p.Properties.PolicyDocument.Statement as Array<Record<string, unknown>>)
      .filter((st) => JSON.stringify(st.Action).includes('translate:'))
      .map((st) => ({ id, statement: st })),
  );

/** Function logical ids (without the hash) whose environment has `name`=`value`. */
const functionsWith = (template: Template, name: string, value: unknown): string[] =>
  Object.entries(template.findResources('AWS::Lambda::Function'))
    .filter(([, f]) => JSON.stringify(f.Properties.Environment?.Variables?.[name]) === JSON.stringify(value))
    .map(([id]) => id.replace(/[0-9A-F]{8}$/, ''))
    .sort();

/** Role logical ids each translate policy is attached to. */
const rolesOf = (template: Template, policyId: string): string[] =>
  (template.findResources('AWS::IAM::Policy')[policyId]?.Properties.Roles as Array<{ Ref: string }>).map((r) => r.Ref.replace(/[0-9A-F]{8}$/, ''));

describe('Stack: translation settings', () => {
  it('turns Amazon Translate on by default, for exactly the two functions that translate, with TranslateText only', () => {
    const { template } = synthStack();
    expect(functionsWith(template, 'AMAZON_TRANSLATE', 'on')).toEqual(['RenderWorkerFunction', 'TranslateTextFunction']);
    const statements = translateStatements(template);
    expect(statements).toHaveLength(2);
    for (const { id, statement } of statements) {
      // One Translate action, no wildcard action, no Comprehend (the service never asks for language detection).
      // The render worker's statement may also carry polly:SynthesizeSpeech (same resource and condition, merged by
      // minimizePolicies; the stack's default narration, test/cdk/renderer.test.ts).
      const role = rolesOf(template, id)[0]!;
      expect(role).toMatch(/^(TranslateTextFunction|RenderWorkerFunction)ServiceRole/);
      const actions = [statement.Action].flat() as string[];
      expect(actions.filter((a) => !a.startsWith('polly:'))).toEqual(['translate:TranslateText']);
      expect(actions.filter((a) => a.startsWith('polly:'))).toEqual(role.startsWith('RenderWorker') ? ['polly:SynthesizeSpeech'] : []);
      expect({ ...statement, Action: undefined }).toEqual({
        Action: undefined,
        Effect: 'Allow',
        Resource: '*',
        Condition: { StringEquals: { 'aws:RequestedRegion': { Ref: 'AWS::Region' } } },
      });
    }
    // No function other than the two translating ones may call Translate.
    const json = JSON.stringify(template.toJSON());
    expect(json).not.toContain('translate:*');
    expect(json).not.toContain('comprehend:');
    // And no provider secret nor URL is invented for the HTTP providers.
    expect(Object.keys(template.findResources('AWS::SecretsManager::Secret')).filter((id) => /IndicTrans2|Dhruva|Bhashini/.test(id))).toEqual([]);
    expect(functionsWith(template, 'INDICTRANS2_URL', undefined)).toHaveLength(Object.keys(template.findResources('AWS::Lambda::Function')).length);
  });

  it('prints which languages work: an output and a synth-time Info annotation (default: ten languages, or/as need a setting)', () => {
    const { stack, template } = synthStack();
    const output = template.findOutputs('TranslationLanguages').TranslationLanguages?.Value as string;
    expect(output).toBe(
      'en↔hi,bn,ta,te,ml,kn,gu,mr,pa,ur via amazon-translate; NOT AVAILABLE: or,as (Amazon Translate does not support them; set -c indictrans2Url=…, -c dhruvaUrl=… or -c bhashiniConfigUrl=…)',
    );
    const infos = Annotations.fromStack(stack).findInfo('*', Match.stringLikeRegexp('^Translation: '));
    expect(infos.map((i) => i.entry.data)).toEqual([`Translation: ${output}`]);
  });

  it('opts out with -c amazonTranslate=false: no grant, AMAZON_TRANSLATE=off, and the output says nothing translates', () => {
    const { template } = synthStack({ amazonTranslate: 'false' });
    expect(translateStatements(template)).toEqual([]);
    expect(functionsWith(template, 'AMAZON_TRANSLATE', 'off')).toEqual(['RenderWorkerFunction', 'TranslateTextFunction']);
    expect(template.findOutputs('TranslationLanguages').TranslationLanguages?.Value).toMatch(/^NOT AVAILABLE: hi,bn,ta,te,ml,kn,gu,mr,pa,ur \(set .*-c amazonTranslate=true\); NOT AVAILABLE: or,as/);
  });

  it('wires configured providers with one secret each, and the output lists the fail-over order per language', () => {
    const { template } = synthStack({ indictrans2Url: 'https://nmt.example.com', dhruvaUrl: 'https://dhruva.example.com' });
    const secrets = Object.keys(template.findResources('AWS::SecretsManager::Secret'));
    expect(secrets.filter((id) => /IndicTrans2Key|DhruvaKey/.test(id))).toHaveLength(2);
    expect(functionsWith(template, 'INDICTRANS2_URL', 'https://nmt.example.com')).toEqual(['RenderWorkerFunction', 'TranslateTextFunction']);
    const functions = template.findResources('AWS::Lambda::Function');
    for (const [id, f] of nonEmpty(Object.entries(functions), 'function')) {
      const vars = f.Properties.Environment?.Variables ?? {};
      if (/^(RenderWorker|TranslateText)Function/.test(id)) {
        expect(vars.AMAZON_TRANSLATE).toBe('on');
        expect(vars.INDICTRANS2_API_KEY_SECRET_ARN).toEqual({ Ref: expect.stringMatching(/^IndicTrans2Key/) });
      }
    }
    expect(translateStatements(template)).toHaveLength(2);
    expect(template.findOutputs('TranslationLanguages').TranslationLanguages?.Value).toBe(
      'en↔hi,bn,ta,te,ml,kn,gu,mr,pa,ur via indictrans2 > dhruva > amazon-translate; en↔or,as via indictrans2 > dhruva',
    );
  });

  it('honours translationRoutes in the printed matrix and fails synth on an invalid one', () => {
    const { template } = synthStack({ translationRoutes: 'amazon-translate' });
    expect(template.findOutputs('TranslationLanguages').TranslationLanguages?.Value).toMatch(/via amazon-translate; NOT AVAILABLE: or,as/);
    expect(() => synthStack({ translationRoutes: 'google' })).toThrow(/TRANSLATION_ROUTES: unknown provider 'google'/);
  });
});
