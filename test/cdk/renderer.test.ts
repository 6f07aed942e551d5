import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Annotations, Match } from 'aws-cdk-lib/assertions';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../lib/constructs/node-function.js';
import { RENDERER_DOCKERFILE, RENDERER_ENTRY } from '../../lib/constructs/renderer.js';
import { resolveVideoProvider } from '../../lib/pet-roast-stack.js';
import { REQUIREMENTS } from '../../scripts/setup-system.js';
import { synthStack } from '../support/stack.js';

type Resources = Record<string, { Type: string; Properties: any; Metadata?: any; DependsOn?: unknown }>;

function synth(context: Record<string, unknown> = {}) {
  const { stack, template } = synthStack(context);
  const resources = template.toJSON().Resources as Resources;
  const idOf = (prefix: string, type: string) => Object.keys(resources).find((id) => id.startsWith(prefix) && resources[id]!.Type === type)!;
  const renderId = idOf('RenderWorkerFunction', 'AWS::Lambda::Function');
  const render = resources[renderId]!;
  const nagFindings = [...Annotations.fromStack(stack).findError('*', Match.anyValue()), ...Annotations.fromStack(stack).findWarning('*', Match.anyValue())].map(
    (f) => `${f.id}: ${String(f.entry.data).split('\n')[0]}`,
  );
  return { stack, resources, idOf, renderId, render, nagFindings };
}

/** Every statement of the inline policies attached to a role. */
function statementsOf(resources: Resources, roleRef: string): Array<{ Action: string | string[]; Resource: unknown; Effect: string; Condition?: unknown }> {
  return Object.values(resources)
    .filter((r) => r.Type === 'AWS::IAM::Policy' && JSON.stringify(r.Properties.Roles).includes(`"${roleRef}"`))
    .flatMap((r) => r.Properties.PolicyDocument.Statement);
}
const actionsOf = (statements: Array<{ Action: string | string[] }>) => statements.flatMap((s) => (Array.isArray(s.Action) ? s.Action : [s.Action]));

describe('Render function (container image, issue 11 §3)', () => {
  const s = synth();

  it('is an x86_64 image with ≥ 3008 MB, a 15-minute timeout, 2 GB of /tmp and active tracing', () => {
    expect(s.render.Properties.PackageType).toBe('Image');
    expect(s.render.Properties.Architectures).toEqual(['x86_64']);
    expect(s.render.Properties.MemorySize).toBeGreaterThanOrEqual(3008);
    expect(s.render.Properties.Timeout).toBe(900);
    expect(s.render.Properties.EphemeralStorage).toEqual({ Size: 2048 });
    expect(s.render.Properties.TracingConfig).toEqual({ Mode: 'Active' });
    expect(s.render.Metadata['PetRoast:Entry']).toBe(RENDERER_ENTRY);
  });

  it('renders with builtin when no Revid key is configured (no revidApiKey context), with the fallback on, and a render lease longer than its timeout', () => {
    expect(s.render.Properties.Environment.Variables).toMatchObject({ VIDEO_PROVIDER: 'builtin', VIDEO_FALLBACK: 'builtin', RENDER_LEASE_S: '960' });
  });

  it('chooses revid once a Revid key is configured, builtin otherwise; context videoProvider overrides either way', () => {
    expect(resolveVideoProvider({}).provider).toBe('builtin');
    expect(resolveVideoProvider({ revidApiKey: 'none' }).provider).toBe('builtin');
    expect(resolveVideoProvider({ revidApiKey: 'stack' }).provider).toBe('revid');
    expect(resolveVideoProvider({ revidApiKey: 'arn:aws:secretsmanager:eu-west-1:123456789012:secret:revid-AbCdEf' }).provider).toBe('revid');
    expect(resolveVideoProvider({ revidApiKey: 'stack', videoProvider: 'builtin' }).provider).toBe('builtin');
    expect(resolveVideoProvider({ videoProvider: 'revid' }).provider).toBe('revid');
    expect(() => synth({ videoProvider: 'elsewhere' })).toThrow(/videoProvider must be 'revid' or 'builtin'/);
    expect(() => synth({ revidApiKey: 'my-key' })).toThrow(/revidApiKey must be 'stack', 'none' or a Secrets Manager secret ARN/);
  });

  it('narrates with Polly (neural, en/hi) by default; ttsEngine=espeak grants no Polly action', () => {
    expect(s.render.Properties.Environment.Variables.TTS_ENGINE).toBe('polly');
    expect(actionsOf(statementsOf(s.resources, s.render.Properties.Role['Fn::GetAtt'][0])).filter((a) => a.startsWith('polly:'))).toEqual(['polly:SynthesizeSpeech']);
    const espeak = synth({ ttsEngine: 'espeak' });
    expect(espeak.render.Properties.Environment.Variables.TTS_ENGINE).toBe('espeak');
    expect(actionsOf(statementsOf(espeak.resources, espeak.render.Properties.Role['Fn::GetAtt'][0])).filter((a) => a.startsWith('polly:'))).toEqual([]);
    expect(() => synth({ ttsEngine: 'festival' })).toThrow(/ttsEngine must be 'espeak' or 'polly'/);
  });

  it('switches Google and Bhashini voices on by context when their secret is configured: read by the render worker only; the route table is printed at synth', () => {
    const info = (stack: ReturnType<typeof synth>['stack']) =>
      Annotations.fromStack(stack).findInfo('*', Match.stringLikeRegexp('Narration speech routes')).map((f) => String(f.entry.data))[0] ?? '';
    // Default: no speech secrets; Polly for en/hi, espeak-ng elsewhere.
    expect(Object.keys(s.resources).filter((id) => /GoogleTtsKey|BhashiniTtsCredentials/.test(id))).toEqual([]);
    expect(s.render.Properties.Environment.Variables.GOOGLE_TTS_API_KEY_SECRET_ARN).toBeUndefined();
    expect(info(s.stack)).toMatch(/^en polly → espeak$/m);
    expect(info(s.stack)).toMatch(/^pa espeak$/m);

    const arn = 'arn:aws:secretsmanager:ap-south-1:123456789012:secret:google-tts-AbCdEf';
    const on = synth({ googleTts: arn, bhashiniTts: 'stack', ttsRoutes: '{"default":["polly","bhashini","google"],"ur":["google"]}' });
    const env = on.render.Properties.Environment.Variables;
    expect(env.GOOGLE_TTS_API_KEY_SECRET_ARN).toBe(arn);
    expect(env.BHASHINI_TTS_SECRET_ARN).toEqual({ Ref: on.idOf('BhashiniTtsCredentials', 'AWS::SecretsManager::Secret') });
    expect(env.TTS_ROUTES).toBe('{"default":["polly","bhashini","google"],"ur":["google"]}');
    const statements = statementsOf(on.resources, on.render.Properties.Role['Fn::GetAtt'][0]);
    const reads = statements.filter((st) => actionsOf([st]).includes('secretsmanager:GetSecretValue')).map((st) => JSON.stringify(st.Resource));
    expect(reads.some((r) => r.includes(arn))).toBe(true);
    expect(reads.some((r) => r.includes('BhashiniTtsCredentials'))).toBe(true);
    // No other function reads the speech keys.
    for (const [id, r] of Object.entries(on.resources)) {
      if (r.Type === 'AWS::IAM::Policy' && !JSON.stringify(r.Properties.Roles).includes(on.render.Properties.Role['Fn::GetAtt'][0])) {
        expect(JSON.stringify(r.Properties.PolicyDocument), id).not.toMatch(/google-tts|BhashiniTtsCredentials/);
      }
    }
    // With all three keys every language has a natural voice first.
    const table = info(on.stack);
    for (const line of table.split('\n').slice(1)) expect(line, line).not.toMatch(/^[a-z]{2} espeak/);
    expect(table).toMatch(/^ta bhashini → google → espeak$/m);
    expect(table).toMatch(/^ur google → espeak$/m);
    expect(on.nagFindings).toEqual([]);
    expect(() => synth({ googleTts: 'my-key' })).toThrow(/googleTts must be 'stack', 'none' or a Secrets Manager secret ARN/);
    expect(() => synth({ ttsRoutes: 'polly,azure' })).toThrow(/TTS_ROUTES: unknown provider 'azure'/);
  });

  it('with revidApiKey=<secret ARN> and ttsEngine=polly: revid, exactly that secret (none created), polly:SynthesizeSpeech in this Region only', () => {
    const arn = 'arn:aws:secretsmanager:eu-west-1:123456789012:secret:revid/api-key-AbCdEf';
    const existing = synth({ revidApiKey: arn, videoFallback: 'none', ttsEngine: 'polly' });
    expect(existing.render.Properties.Environment.Variables).toMatchObject({ VIDEO_PROVIDER: 'revid', VIDEO_FALLBACK: 'none', REVID_API_KEY_SECRET_ARN: arn, TTS_ENGINE: 'polly' });
    const statements = statementsOf(existing.resources, existing.render.Properties.Role['Fn::GetAtt'][0]);
    const polly = statements.filter((st) => actionsOf([st]).some((a) => a.startsWith('polly:')));
    // (minimizePolicies may merge it with translate:TranslateText, which has the same resource and condition.)
    expect(actionsOf(polly).filter((a) => a.startsWith('polly:'))).toEqual(['polly:SynthesizeSpeech']);
    expect(polly).toEqual([expect.objectContaining({ Effect: 'Allow', Resource: '*', Condition: { StringEquals: { 'aws:RequestedRegion': { Ref: 'AWS::Region' } } } })]);
    // No other function may speak.
    for (const [id, r] of Object.entries(existing.resources)) {
      if (r.Type === 'AWS::IAM::Policy' && !JSON.stringify(r.Properties.Roles).includes(existing.render.Properties.Role['Fn::GetAtt'][0])) {
        expect(JSON.stringify(r.Properties.PolicyDocument), id).not.toContain('polly:');
      }
    }
    expect(Object.keys(existing.resources).filter((id) => id.startsWith('SecretsRevidApiKey'))).toEqual([]);
    const reads = statementsOf(existing.resources, existing.render.Properties.Role['Fn::GetAtt'][0]).filter((st) => actionsOf([st]).includes('secretsmanager:GetSecretValue'));
    expect(reads.map((st) => st.Resource)).toContainEqual(arn);
    expect(existing.nagFindings).toEqual([]);
  });

  it('warns at synth when videoProvider=revid is forced with no Revid key configured', () => {
    const forced = synth({ videoProvider: 'revid' });
    expect(forced.render.Properties.Environment.Variables.VIDEO_PROVIDER).toBe('revid');
    expect(Annotations.fromStack(forced.stack).findWarning('*', Match.stringLikeRegexp('no Revid key is configured'))).toHaveLength(1);
  });

  it('is driven by the render queue, one job per invocation, whose visibility timeout covers the function (×6) with a DLQ', () => {
    const esm = Object.values(s.resources).find((r) => r.Type === 'AWS::Lambda::EventSourceMapping' && r.Properties.FunctionName.Ref === s.renderId)!;
    expect(esm.Properties).toMatchObject({ BatchSize: 1, FunctionResponseTypes: ['ReportBatchItemFailures'] });
    const queue = s.resources[esm.Properties.EventSourceArn['Fn::GetAtt'][0]]!;
    expect(queue.Properties.VisibilityTimeout).toBeGreaterThanOrEqual(s.render.Properties.Timeout);
    expect(queue.Properties.VisibilityTimeout).toBeGreaterThanOrEqual(6 * s.render.Properties.Timeout);
    expect(queue.Properties.RedrivePolicy.maxReceiveCount).toBe(Number(s.render.Properties.Environment.Variables.RENDER_MAX_RECEIVES));
  });

  it('has least privilege: its table, bucket, queues and the Revid key — no signing secret, no detector, no API clients', () => {
    const role = s.render.Properties.Role['Fn::GetAtt'][0];
    const statements = statementsOf(s.resources, role);
    const actions = actionsOf(statements);
    expect(actions).toEqual(expect.arrayContaining(['sqs:ReceiveMessage', 'sqs:DeleteMessage', 'sqs:ChangeMessageVisibility', 'sqs:SendMessage', 'secretsmanager:GetSecretValue']));
    expect(actions.filter((a) => a.startsWith('dynamodb:'))).toEqual(expect.arrayContaining(['dynamodb:GetItem', 'dynamodb:PutItem', 'dynamodb:UpdateItem']));
    expect(actions.some((a) => a.startsWith('s3:PutObject'))).toBe(true);
    expect(actions.filter((a) => a === '*' || a.endsWith(':*'))).toEqual([]);
    expect(actions).not.toContain('lambda:InvokeFunction');
    const secrets = JSON.stringify(statements.filter((st) => actionsOf([st]).includes('secretsmanager:GetSecretValue')).map((st) => st.Resource));
    expect(secrets).toMatch(/RevidApiKey/);
    expect(secrets).not.toMatch(/WebhookSigningSecret|ApiClients/);
  });

  it('keeps cdk-nag clean (AwsSolutions and Serverless packs)', () => {
    expect(s.nagFindings).toEqual([]);
  });
});

describe('Render image Dockerfile (static facts; the image is built by cdk deploy, not here)', () => {
  const dockerfile = readFileSync(path.join(REPO_ROOT, RENDERER_DOCKERFILE), 'utf8');
  const lines = dockerfile.split('\n').filter((l) => !l.trimStart().startsWith('#'));
  const text = lines.join('\n').replace(/\\\n/g, ' ');

  it('builds every stage from one Debian bookworm base pinned by digest', () => {
    const base = /^ARG BASE_IMAGE=(\S+)$/m.exec(text)?.[1];
    expect(base).toMatch(/^node:22-bookworm-slim@sha256:[0-9a-f]{64}$/);
    const froms = lines.filter((l) => l.startsWith('FROM '));
    expect(froms.length).toBeGreaterThanOrEqual(2);
    for (const from of froms) expect(from).toMatch(/^FROM \$\{BASE_IMAGE\}( AS \w+)?$/);
  });

  it('installs ffmpeg, espeak-ng, fonts-noto-core and fontconfig from Debian in the final stage and builds the font cache', () => {
    const final = text.slice(text.lastIndexOf('FROM '));
    const install = /apt-get install -y --no-install-recommends ([^&]+)/.exec(final)?.[1]!.trim().split(/\s+/);
    expect(install).toEqual(expect.arrayContaining(['ffmpeg', 'espeak-ng', 'fonts-noto-core', 'fontconfig']));
    // The same Debian packages the local set-up installs: identical binaries locally, in CI and in Lambda.
    for (const pkg of ['ffmpeg', 'espeak-ng', 'fonts-noto-core']) expect(REQUIREMENTS.map((r) => r.package)).toContain(pkg);
    expect(final).toMatch(/fc-cache -f/);
    expect(final.indexOf('fc-cache -f')).toBeGreaterThan(final.indexOf('fonts-noto-core'));
  });

  it('sends every cache to /tmp (the only writable place in Lambda)', () => {
    const env = /^ENV (.+)$/m.exec(text.slice(text.lastIndexOf('FROM ')))?.[1] ?? '';
    expect(env).toMatch(/\bHOME=\/tmp\b/);
    expect(env).toMatch(/\bXDG_CACHE_HOME=\/tmp\//);
  });

  it('bundles the render worker entry the template records, and runs it through the runtime interface client', () => {
    const esbuild = /npx esbuild (\S+) .*--outfile=dist\/(\w+)\.mjs/.exec(text);
    expect(esbuild?.[1]).toBe(RENDERER_ENTRY);
    expect(existsSync(path.join(REPO_ROOT, RENDERER_ENTRY))).toBe(true);
    expect(/npm install [^&]*aws-lambda-ric@\d+\.\d+\.\d+/.test(text)).toBe(true);
    expect(lines).toContain('ENTRYPOINT ["/var/task/node_modules/.bin/aws-lambda-ric"]');
    const cmd = /^CMD \["(\w+)\.(\w+)"\]$/m.exec(text);
    expect(cmd?.[1]).toBe(esbuild?.[2]);
    expect(cmd?.[2]).toBe('handler');
    expect(readFileSync(path.join(REPO_ROOT, RENDERER_ENTRY), 'utf8')).toMatch(/export const handler\b/);
    expect(/COPY --from=build \/build\/dist\/ \.\//.test(text)).toBe(true);
    expect(/^WORKDIR \/var\/task$/m.test(text.slice(text.lastIndexOf('FROM ')))).toBe(true);
  });
});
