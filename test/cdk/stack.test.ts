import { Annotations, Match } from 'aws-cdk-lib/assertions';
import { describe, expect, it } from 'vitest';
import { ROUTES } from '../../lambdas/domain/routes.js';
import { GATEWAY_ERRORS } from '../../lambdas/domain/errors.js';
import { gatewayResponseTemplate } from '../../lib/constructs/api.js';
import { TABLE_LAYOUT } from '../../lambdas/adapters/table-layout.js';
import { synthStack, nonEmpty } from '../support/stack.js';

const { stack, template } = synthStack();
const resources = template.toJSON().Resources as Record<string, { Type: string; Properties: any; Metadata?: any }>;
const ofType = (type: string) => Object.entries(resources).filter(([, r]) => r.Type === type);

describe('Stack: PetRoast-dev', () => {
  describe('jobs table', () => {
    it('is on-demand with PITR, TTL, encryption and the sparse active-jobs index', () => {
      template.hasResourceProperties('AWS::DynamoDB::Table', {
        BillingMode: 'PAY_PER_REQUEST',
        KeySchema: [{ AttributeName: TABLE_LAYOUT.partitionKey, KeyType: 'HASH' }],
        PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
        TimeToLiveSpecification: { AttributeName: TABLE_LAYOUT.ttlAttribute, Enabled: true },
        SSESpecification: { SSEEnabled: true },
        GlobalSecondaryIndexes: [
          Match.objectLike({
            IndexName: TABLE_LAYOUT.activeIndex.name,
            KeySchema: [
              { AttributeName: TABLE_LAYOUT.activeIndex.partitionKey, KeyType: 'HASH' },
              { AttributeName: TABLE_LAYOUT.activeIndex.sortKey, KeyType: 'RANGE' },
            ],
          }),
        ],
      });
    });
  });

  describe('media bucket', () => {
    it('is private, encrypted, SSL-only and expires uploads after 2 days and media with the jobs', () => {
      template.hasResourceProperties('AWS::S3::Bucket', {
        PublicAccessBlockConfiguration: {
          BlockPublicAcls: true,
          BlockPublicPolicy: true,
          IgnorePublicAcls: true,
          RestrictPublicBuckets: true,
        },
        BucketEncryption: { ServerSideEncryptionConfiguration: [{ ServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' } }] },
        LifecycleConfiguration: {
          Rules: Match.arrayWith([
            Match.objectLike({ Id: 'Uploads', Prefix: 'uploads/', ExpirationInDays: 2, Status: 'Enabled' }),
            Match.objectLike({ Id: 'ValidatedMedia', Prefix: 'media/', ExpirationInDays: 30 }),
            Match.objectLike({ Id: 'MirroredVideos', Prefix: 'videos/', ExpirationInDays: 30 }),
          ]),
        },
      });
      const policies = ofType('AWS::S3::BucketPolicy');
      expect(policies.length).toBeGreaterThanOrEqual(1);
      for (const [, policy] of nonEmpty(policies, 'policies')) {
        expect(JSON.stringify(policy.Properties.PolicyDocument)).toContain('"aws:SecureTransport":"false"');
      }
    });
  });

  describe('queues', () => {
    const queues = ofType('AWS::SQS::Queue');
    const sources = queues.filter(([, q]) => q.Properties.RedrivePolicy);
    const dlqs = queues.filter(([, q]) => !q.Properties.RedrivePolicy);

    it('has a render and a callback queue (deployed id NotifyQueue), each with its own DLQ kept 14 days', () => {
      expect(sources.map(([id]) => id).sort()).toEqual([expect.stringMatching(/^NotifyQueue/), expect.stringMatching(/^RenderQueue/)]);
      expect(dlqs).toHaveLength(2);
      for (const [, dlq] of nonEmpty(dlqs, 'dlqs')) expect(dlq.Properties.MessageRetentionPeriod).toBe(14 * 24 * 3600);
      for (const [, q] of nonEmpty(queues, 'queues')) {
        expect(q.Properties.SqsManagedSseEnabled).toBe(true);
      }
      const targets = new Set(sources.map(([, q]) => q.Properties.RedrivePolicy.deadLetterTargetArn['Fn::GetAtt'][0]));
      expect(targets.size).toBe(2);
      for (const [, q] of nonEmpty(sources, 'sources')) {
        expect(q.Properties.RedrivePolicy.maxReceiveCount).toBeGreaterThanOrEqual(5);
        expect(q.Properties.MessageRetentionPeriod).toBeLessThan(14 * 24 * 3600);
      }
    });

    it('requires SSL on every queue', () => {
      const policies = ofType('AWS::SQS::QueuePolicy');
      expect(policies).toHaveLength(queues.length);
      for (const [, p] of nonEmpty(policies, 'policies')) expect(JSON.stringify(p.Properties.PolicyDocument)).toContain('"aws:SecureTransport":"false"');
    });

    it('gives every SQS-triggered function a visibility timeout of at least 6 × its timeout and partial batch responses', () => {
      const mappings = ofType('AWS::Lambda::EventSourceMapping');
      expect(mappings).toHaveLength(2);
      for (const [, esm] of nonEmpty(mappings, 'mappings')) {
        const queueId = esm.Properties.EventSourceArn['Fn::GetAtt'][0];
        const fnId = esm.Properties.FunctionName.Ref;
        expect(resources[queueId]!.Properties.VisibilityTimeout).toBeGreaterThanOrEqual(6 * resources[fnId]!.Properties.Timeout);
        expect(esm.Properties.FunctionResponseTypes).toEqual(['ReportBatchItemFailures']);
      }
    });
  });

  describe('workers', () => {
    it('caps concurrency towards Revid on the render queue and redrives the callback queue only after every callback attempt', () => {
      const mappings = ofType('AWS::Lambda::EventSourceMapping').map(([, m]) => m.Properties);
      const renderEsm = mappings.find((m) => m.EventSourceArn['Fn::GetAtt'][0].startsWith('RenderQueue'));
      expect(renderEsm.ScalingConfig).toEqual({ MaximumConcurrency: 5 });
      const notifyQueue = ofType('AWS::SQS::Queue').find(([id, q]) => id.startsWith('NotifyQueue') && q.Properties.RedrivePolicy);
      // 10 attempts (Standard Webhooks schedule) + hops for steps over 12 h: the redrive must come later.
      expect(notifyQueue![1].Properties.RedrivePolicy.maxReceiveCount).toBeGreaterThan(10 + 3);
    });

    it('runs the reconciler on a schedule', () => {
      template.hasResourceProperties('AWS::Events::Rule', {
        ScheduleExpression: 'rate(5 minutes)',
        Targets: [Match.objectLike({ Arn: { 'Fn::GetAtt': [Match.stringLikeRegexp('^ReconcilerFunction'), 'Arn'] } })],
      });
    });

    it('reads secrets from Secrets Manager by ARN, never as plain values', () => {
      for (const [, fn] of nonEmpty(ofType('AWS::Lambda::Function'), 'AWS::Lambda::Function')) {
        const env = fn.Properties.Environment?.Variables ?? {};
        expect(Object.keys(env).filter((k) => /KEY$|SECRET$|TOKEN$/.test(k))).toEqual([]);
      }
      const render = ofType('AWS::Lambda::Function').find(([id]) => id.startsWith('RenderWorkerFunction'))![1];
      expect(render.Properties.Environment.Variables.REVID_API_KEY_SECRET_ARN).toEqual({ Ref: expect.stringMatching(/RevidApiKey/) });
    });
  });

  describe('secrets', () => {
    it('keeps the Revid key and a generated webhook signing secret in Secrets Manager', () => {
      const secrets = ofType('AWS::SecretsManager::Secret').map(([id]) => id);
      expect(secrets).toEqual(expect.arrayContaining([expect.stringMatching(/RevidApiKey/), expect.stringMatching(/WebhookSigningSecret/)]));
      template.hasResourceProperties('AWS::SecretsManager::Secret', {
        GenerateSecretString: Match.objectLike({ PasswordLength: 48, ExcludePunctuation: true }),
      });
    });
  });

  describe('functions', () => {
    const zipFunctions = ofType('AWS::Lambda::Function').filter(([, f]) => f.Properties.Runtime);

    it('runs every zip function on Node.js 22 with tracing, a log group with retention, and its handler entry recorded', () => {
      expect(zipFunctions.length).toBeGreaterThanOrEqual(ROUTES.length);
      for (const [, fn] of nonEmpty(zipFunctions, 'zipFunctions')) {
        expect(fn.Properties.Runtime).toBe('nodejs22.x');
        // Explicit memory and timeouts (never the 128 MB / 3 s defaults).
        expect(fn.Properties.MemorySize).toBeGreaterThanOrEqual(512);
        expect(fn.Properties.Timeout).toBeGreaterThanOrEqual(29);
        expect(fn.Properties.TracingConfig).toEqual({ Mode: 'Active' });
        expect(fn.Properties.LoggingConfig.LogGroup).toBeDefined();
        expect(fn.Metadata['PetRoast:Entry']).toMatch(/^lambdas\/.+\.ts$/);
      }
      for (const [, group] of nonEmpty(ofType('AWS::Logs::LogGroup'), 'AWS::Logs::LogGroup')) expect(group.Properties.RetentionInDays).toBeGreaterThan(0);
    });

    it('runs the detector as an x86_64 container image with at least 1536 MB', () => {
      const images = ofType('AWS::Lambda::Function').filter(([, f]) => f.Properties.PackageType === 'Image');
      // The detector and the render worker (test/cdk/renderer.test.ts).
      expect(images.map(([id]) => id.replace(/[0-9A-F]{8}$/, '')).sort()).toEqual(['DetectorFunction', 'RenderWorkerFunction']);
      const [, detector] = images.find(([id]) => id.startsWith('DetectorFunction'))!;
      expect(detector.Properties.Architectures).toEqual(['x86_64']);
      expect(detector.Properties.MemorySize).toBeGreaterThanOrEqual(1536);
    });

    it('never sets the test-only outbound allow-list', () => {
      for (const [, fn] of nonEmpty(ofType('AWS::Lambda::Function'), 'AWS::Lambda::Function')) {
        expect(Object.keys(fn.Properties.Environment?.Variables ?? {})).not.toContain('OUTBOUND_ALLOWED_HOSTS');
      }
      expect(JSON.stringify(template.toJSON())).not.toContain('OUTBOUND_ALLOWED_HOSTS');
    });
  });

  describe('API', () => {
    it('has a stage with access logs, tracing and throttling', () => {
      template.hasResourceProperties('AWS::ApiGateway::Stage', {
        TracingEnabled: true,
        AccessLogSetting: Match.objectLike({ DestinationArn: Match.anyValue() }),
        MethodSettings: Match.arrayWith([
          Match.objectLike({ ThrottlingRateLimit: Match.anyValue(), ThrottlingBurstLimit: Match.anyValue() }),
        ]),
      });
    });

    it('has a usage plan with throttle and quota and an API key bound to it', () => {
      template.hasResourceProperties('AWS::ApiGateway::UsagePlan', {
        Throttle: { RateLimit: 50, BurstLimit: 100 },
        Quota: { Limit: 100000, Period: 'DAY' },
      });
      template.resourceCountIs('AWS::ApiGateway::ApiKey', 1);
      template.resourceCountIs('AWS::ApiGateway::UsagePlanKey', 1);
    });

    it('has no playground unless the deployment opts in (context playground=true; test/cdk/playground.test.ts)', () => {
      expect(ofType('AWS::ApiGateway::Resource').map(([, r]) => r.Properties.PathPart)).not.toContain('playground');
      expect(ofType('AWS::Lambda::Function').filter(([, r]) => r.Metadata?.['PetRoast:Entry'] === 'lambdas/api/playground.ts')).toEqual([]);
    });

    it('requires the API key on every /api/* method except CORS preflights, and not on the public routes', () => {
      const methods = ofType('AWS::ApiGateway::Method');
      const byRoute = ROUTES.map((route) => ({ route, fnId: Object.keys(resources).find((id) => id.startsWith(`${route.id}Function`) && resources[id]!.Type === 'AWS::Lambda::Function') }));
      for (const { route, fnId } of nonEmpty(byRoute, 'byRoute')) {
        const method = methods.find(([, m]) => m.Properties.HttpMethod === route.method && JSON.stringify(m.Properties.Integration.Uri).includes(`"${fnId}"`));
        expect(method, `${route.method} ${route.path}`).toBeDefined();
        expect(method![1].Properties.ApiKeyRequired === true).toBe(route.path.startsWith('/api/'));
        expect(method![1].Properties.Integration.Type).toBe('AWS_PROXY');
      }
      for (const [, m] of nonEmpty(methods.filter(([, m]) => m.Properties.HttpMethod === 'OPTIONS'), 'OPTIONS method')) {
        expect(m.Properties.ApiKeyRequired ?? false).toBe(false);
      }
    });

    it('answers API Gateway errors in the service envelope', () => {
      for (const [type, status, code] of [
        ['INVALID_API_KEY', '403', 'forbidden'],
        ['THROTTLED', '429', 'rate_limited'],
        ['REQUEST_TOO_LARGE', '413', 'payload_too_large'],
        ['MISSING_AUTHENTICATION_TOKEN', '404', 'not_found'],
      ]) {
        template.hasResourceProperties('AWS::ApiGateway::GatewayResponse', {
          ResponseType: type,
          StatusCode: status,
          ResponseTemplates: { 'application/json': Match.stringLikeRegexp(`"error":"${code}"`) },
        });
      }
    });

    it('derives every gateway response from the error catalogue, and has no other', () => {
      const responses = ofType('AWS::ApiGateway::GatewayResponse').map(([, r]) => r.Properties);
      expect(responses.map((r) => r.ResponseType).sort()).toEqual(Object.keys(GATEWAY_ERRORS).sort());
      for (const [type, error] of Object.entries(GATEWAY_ERRORS)) {
        const response = responses.find((r) => r.ResponseType === type)!;
        expect(response.StatusCode, type).toBe(type === 'DEFAULT_4XX' ? undefined : String(error.status));
        const body = response.ResponseTemplates['application/json'] as string;
        expect(body, type).toBe(gatewayResponseTemplate(error));
        // The envelope is the functions' own: the catalogue entry's code and sentence.
        const parsed = JSON.parse(body.replace('$context.error.messageString', '"gateway says"')) as { detail: Record<string, unknown> };
        expect(parsed.detail, type).toEqual({ ...error.toDetail(), ...(type === 'DEFAULT_4XX' ? { message: 'gateway says' } : {}) });
      }
      expect(responses.find((r) => r.ResponseType === 'DEFAULT_4XX')!.ResponseTemplates['application/json']).toContain('"message":$context.error.messageString');
    });
  });

  describe('monitoring', () => {
    it('alarms on DLQ depth and oldest message age for both queues, and on function errors', () => {
      const alarms = ofType('AWS::CloudWatch::Alarm').map(([, a]) => a.Properties);
      const dlqAlarms = alarms.filter((a) => a.MetricName === 'ApproximateNumberOfMessagesVisible' && a.Threshold === 0);
      expect(dlqAlarms).toHaveLength(2);
      expect(alarms.filter((a) => a.MetricName === 'ApproximateAgeOfOldestMessage')).toHaveLength(2);
      // Function errors are alarmed as a rate (errors / invocations); test/cdk/platform.test.ts checks the expression.
      const errorAlarms = alarms.filter((a) => (a.Metrics ?? []).some((m: any) => m.MetricStat?.Metric.MetricName === 'Errors'));
      expect(errorAlarms.length).toBeGreaterThanOrEqual(ROUTES.length + 1);
      for (const a of nonEmpty(alarms, 'alarms')) expect(a.AlarmActions).toHaveLength(1);
    });

    it('exports the API URL, table, queues and bucket', () => {
      const outputs = Object.keys(template.toJSON().Outputs);
      expect(outputs).toEqual(expect.arrayContaining(['ApiUrl', 'JobsTableName', 'RenderQueueUrl', 'NotifyQueueUrl', 'MediaBucketName']));
    });
  });

  describe('cdk-nag', () => {
    it('has no unsuppressed AwsSolutions errors or warnings', () => {
      const findings = [
        ...Annotations.fromStack(stack).findError('*', Match.stringLikeRegexp('AwsSolutions-.*')),
        ...Annotations.fromStack(stack).findWarning('*', Match.stringLikeRegexp('AwsSolutions-.*')),
      ].map((f) => `${f.id}: ${String(f.entry.data).split('\n')[0]}`);
      expect(findings).toEqual([]);
    });

    it('has no unsuppressed Serverless errors or warnings, nor rule failures (docs/reference/reliability.md F1)', () => {
      const findings = [
        ...Annotations.fromStack(stack).findError('*', Match.stringLikeRegexp('(Serverless-|CdkNagValidationFailure).*')),
        ...Annotations.fromStack(stack).findWarning('*', Match.stringLikeRegexp('(Serverless-|CdkNagValidationFailure).*')),
      ].map((f) => `${f.id}: ${String(f.entry.data).split('\n')[0]}`);
      expect(findings).toEqual([]);
    });
  });

  describe('SAM compatibility', () => {
    it('records asset metadata on every function so sam local can find its code', () => {
      for (const [id, fn] of nonEmpty(ofType('AWS::Lambda::Function'), 'AWS::Lambda::Function')) {
        expect(fn.Metadata?.['aws:asset:path'], id).toBeDefined();
        expect(fn.Metadata?.['aws:asset:property'], id).toBe(fn.Properties.PackageType === 'Image' ? 'Code.ImageUri' : 'Code');
      }
    });

    it('integrates every API method with a function in the same template', () => {
      for (const [, m] of nonEmpty(ofType('AWS::ApiGateway::Method'), 'AWS::ApiGateway::Method')) {
        const ref = /"Fn::GetAtt":\["([A-Za-z0-9]+)","Arn"\]/.exec(JSON.stringify(m.Properties.Integration.Uri));
        expect(ref).not.toBeNull();
        expect(resources[ref![1]!]?.Type).toBe('AWS::Lambda::Function');
      }
    });
  });
});
