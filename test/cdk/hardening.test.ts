import { Annotations, Match } from 'aws-cdk-lib/assertions';
import { describe, expect, it } from 'vitest';
import { DETECTOR_SERVICE_NAME, METRIC, METRICS_NAMESPACE, SERVICE_NAME } from '../../lambdas/domain/metric-names.js';
import { ROUTES } from '../../lambdas/domain/routes.js';
import { synthStack, nonEmpty } from '../support/stack.js';

type Resources = Record<string, { Type: string; Properties: any; Metadata?: any }>;

function synth(context: Record<string, unknown> = {}) {
  const { stack, template } = synthStack(context);
  const resources = template.toJSON().Resources as Resources;
  const ofType = (type: string) => Object.entries(resources).filter(([, r]) => r.Type === type);
  /** The API method integrating the route's function. */
  const methodOf = (route: (typeof ROUTES)[number]) => {
    const fnId = Object.keys(resources).find((id) => id.startsWith(`${route.id}Function`) && resources[id]!.Type === 'AWS::Lambda::Function');
    return ofType('AWS::ApiGateway::Method').find(
      ([, m]) => m.Properties.HttpMethod === route.method && JSON.stringify(m.Properties.Integration.Uri).includes(`"${fnId}"`),
    )?.[1];
  };
  const nagFindings = () =>
    [...Annotations.fromStack(stack).findError('*', Match.anyValue()), ...Annotations.fromStack(stack).findWarning('*', Match.anyValue())].map(
      (f) => `${f.id}: ${String(f.entry.data).split('\n')[0]}`,
    );
  return { stack, template, resources, ofType, methodOf, nagFindings };
}

const keyed = ROUTES.filter((r) => r.path.startsWith('/api/'));
const publicRoutes = ROUTES.filter((r) => !r.path.startsWith('/api/'));

describe('Stack: authentication (issue 7 §3, docs/reference/reliability.md E8)', () => {
  describe('default: Lambda REQUEST authorizer', () => {
    const s = synth();

    it('protects every /api/* method with the REQUEST authorizer (and the usage-plan key), and leaves public routes and preflights open', () => {
      const authorizerId = s.ofType('AWS::ApiGateway::Authorizer')[0]![0];
      expect(keyed.length).toBeGreaterThanOrEqual(8);
      for (const route of nonEmpty(keyed, 'keyed')) {
        const method = s.methodOf(route);
        expect(method, `${route.method} ${route.path}`).toBeDefined();
        expect(method!.Properties).toMatchObject({ AuthorizationType: 'CUSTOM', AuthorizerId: { Ref: authorizerId }, ApiKeyRequired: true });
      }
      expect(publicRoutes.map((r) => r.path).sort()).toEqual(['/docs', '/docs/{asset}', '/healthz', '/openapi.json', '/v1/effects/{uuid}', '/webhooks/revid']);
      for (const route of nonEmpty(publicRoutes, 'publicRoutes')) {
        const method = s.methodOf(route)!;
        expect(method.Properties.AuthorizationType, route.path).toBe('NONE');
        expect(method.Properties.AuthorizerId).toBeUndefined();
      }
      for (const [, m] of nonEmpty(s.ofType('AWS::ApiGateway::Method').filter(([, m]) => m.Properties.HttpMethod === 'OPTIONS'), 'AWS::ApiGateway::Method')) {
        expect(m.Properties.AuthorizationType).toBe('NONE');
      }
    });

    it('uses a REQUEST authorizer without identity sources and without the gateway cache (x-api-key or Bearer), taking the usage key from it', () => {
      const authorizers = s.ofType('AWS::ApiGateway::Authorizer');
      expect(authorizers).toHaveLength(1);
      const [, authorizer] = authorizers[0]!;
      expect(authorizer.Properties).toMatchObject({ Type: 'REQUEST', AuthorizerResultTtlInSeconds: 0 });
      expect(authorizer.Properties.IdentitySource ?? '').toBe('');
      expect(JSON.stringify(authorizer.Properties.AuthorizerUri)).toMatch(/AuthorizerFunction/);
      s.template.hasResourceProperties('AWS::ApiGateway::RestApi', { ApiKeySourceType: 'AUTHORIZER' });
      s.template.hasResourceProperties('AWS::Lambda::Permission', {
        Action: 'lambda:InvokeFunction',
        Principal: 'apigateway.amazonaws.com',
        FunctionName: { 'Fn::GetAtt': [Match.stringLikeRegexp('^AuthorizerFunction'), 'Arn'] },
      });
    });

    it('keeps client keys only as hashes in the ApiClients secret, readable by the authorizer and (for per-client callback settings) the callback worker alone', () => {
      const [secretId, secret] = s.ofType('AWS::SecretsManager::Secret').filter(([id]) => /ApiClients/.test(id))[0]!;
      expect(JSON.parse(secret.Properties.SecretString)).toEqual({ clients: [] });
      const [, fn] = s.ofType('AWS::Lambda::Function').find(([id]) => id.startsWith('AuthorizerFunction'))!;
      expect(fn.Properties.Environment.Variables.API_CLIENTS_SECRET_ARN).toEqual({ Ref: secretId });
      const readers = s
        .ofType('AWS::IAM::Policy')
        .filter(([, p]) => JSON.stringify(p.Properties.PolicyDocument).includes(`"Ref":"${secretId}"`))
        .map(([, p]) => JSON.stringify(p.Properties.Roles));
      expect(readers).toHaveLength(2);
      expect(readers.join(' ')).toMatch(/AuthorizerFunction/);
      expect(readers.join(' ')).toMatch(/NotifyWorkerFunction/);
      const [, notify] = s.ofType('AWS::Lambda::Function').find(([id]) => id.startsWith('NotifyWorkerFunction'))!;
      expect(notify.Properties.Environment.Variables.API_CLIENTS_SECRET_ARN).toEqual({ Ref: secretId });
      expect(Object.keys(s.template.toJSON().Outputs)).toEqual(expect.arrayContaining(['ApiClientsSecretArn', 'UsagePlanId']));
    });

    it('answers denied and unauthenticated requests with the 403 forbidden envelope', () => {
      for (const type of ['ACCESS_DENIED', 'UNAUTHORIZED', 'INVALID_API_KEY']) {
        s.template.hasResourceProperties('AWS::ApiGateway::GatewayResponse', {
          ResponseType: type,
          StatusCode: '403',
          ResponseTemplates: { 'application/json': Match.stringLikeRegexp('^\\{"detail":\\{"error":"forbidden","message":"[^"]+"\\}\\}$') },
        });
      }
    });
  });

  describe('authCache=gateway', () => {
    const s = synth({ authCache: 'gateway' });

    it('names x-api-key as the identity source and caches decisions for 300 s', () => {
      s.template.hasResourceProperties('AWS::ApiGateway::Authorizer', {
        Type: 'REQUEST',
        IdentitySource: 'method.request.header.x-api-key',
        AuthorizerResultTtlInSeconds: 300,
      });
      expect(s.nagFindings()).toEqual([]);
    });
  });

  describe('authMode=iam', () => {
    const s = synth({ authMode: 'iam' });

    it('switches every /api/* method to IAM (SigV4) with the header key kept for the usage plan, and drops the authorizer', () => {
      for (const route of nonEmpty(keyed, 'keyed')) expect(s.methodOf(route)!.Properties).toMatchObject({ AuthorizationType: 'AWS_IAM', ApiKeyRequired: true });
      for (const route of nonEmpty(publicRoutes, 'publicRoutes')) expect(s.methodOf(route)!.Properties.AuthorizationType).toBe('NONE');
      s.template.resourceCountIs('AWS::ApiGateway::Authorizer', 0);
      s.template.hasResourceProperties('AWS::ApiGateway::RestApi', { ApiKeySourceType: 'HEADER' });
      expect(s.ofType('AWS::Lambda::Function').filter(([id]) => id.startsWith('AuthorizerFunction'))).toEqual([]);
      expect(s.ofType('AWS::SecretsManager::Secret').filter(([id]) => /ApiClients/.test(id))).toEqual([]);
      expect(s.nagFindings()).toEqual([]);
    });

    it('refuses an unknown mode at synth', () => {
      expect(() => synthStack({ authMode: 'cognito' })).toThrow(/authMode/);
    });
  });
});

describe('Stack: observability (issue 7 §4, docs/reference/reliability.md F2)', () => {
  const s = synth();
  const alarms = s.ofType('AWS::CloudWatch::Alarm');
  const alarm = (prefix: string) => alarms.filter(([id]) => id.startsWith(`Monitoring${prefix}`)).map(([, a]) => a.Properties);

  it('alarms when a queue has visible messages but deleted none for 15 minutes (broken partial-batch response)', () => {
    for (const queue of ['Render', 'Notify']) {
      const [props] = alarm(`${queue}NotDeleting`);
      expect(props, queue).toBeDefined();
      expect(props).toMatchObject({ EvaluationPeriods: 3, DatapointsToAlarm: 3, Threshold: 1, ComparisonOperator: 'GreaterThanOrEqualToThreshold' });
      const expression = props.Metrics.find((m: any) => m.Expression);
      expect(expression.Expression).toBe('IF(visible > 0 AND FILL(deleted, 0) == 0, 1, 0)');
      const names = props.Metrics.filter((m: any) => m.MetricStat).map((m: any) => m.MetricStat.Metric.MetricName).sort();
      expect(names).toEqual(['ApproximateNumberOfMessagesVisible', 'NumberOfMessagesDeleted']);
    }
  });

  it('alarms on callback permanent failures, API throttling (429s from the access log), 5xx, DLQ depth and oldest message', () => {
    expect(alarm('CallbackPermanentFailures')[0]).toMatchObject({
      Namespace: METRICS_NAMESPACE,
      MetricName: METRIC.CallbackFailures,
      Dimensions: [{ Name: 'service', Value: SERVICE_NAME }],
      Statistic: 'Sum',
      Threshold: 0,
    });
    s.template.hasResourceProperties('AWS::Logs::MetricFilter', {
      FilterPattern: '{ $.status = "429" }',
      MetricTransformations: [Match.objectLike({ MetricNamespace: METRICS_NAMESPACE, MetricName: METRIC.ApiThrottled, MetricValue: '1' })],
    });
    expect(alarm('ApiThrottled')[0]).toMatchObject({ MetricName: METRIC.ApiThrottled, Namespace: METRICS_NAMESPACE });
    expect(alarm('Api5xx')[0]).toMatchObject({ MetricName: '5XXError' });
    expect(alarm('AuthorizerErrors')).toHaveLength(1);
    for (const queue of ['Render', 'Notify']) {
      expect(alarm(`${queue}DlqDepth`)).toHaveLength(1);
      expect(alarm(`${queue}OldestMessage`)).toHaveLength(1);
    }
  });

  it('has a dashboard with pet detection rate, job success rate, time to completion and endpoint latency', () => {
    const dashboard = s.ofType('AWS::CloudWatch::Dashboard')[0]![1];
    const body = JSON.stringify(dashboard.Properties.DashboardBody);
    for (const title of ['Pet detection rate', 'Job success rate', 'Time to completion', 'Detection latency', 'Endpoint latency', 'Callbacks']) {
      expect(body).toContain(title);
    }
    for (const name of nonEmpty(Object.values(METRIC).filter((m) => m !== METRIC.ApiThrottled), 'metric name')) expect(body, name).toContain(name);
    expect(body).toContain('100 * pets / (pets + nopets)');
    expect(body).toContain('100 * ok / (ok + failed)');
  });

  it('emits metrics under the namespace and service names the alarms and dashboard read', () => {
    for (const [id, fn] of nonEmpty(s.ofType('AWS::Lambda::Function'), 'AWS::Lambda::Function')) {
      const env = fn.Properties.Environment?.Variables ?? {};
      expect(env.POWERTOOLS_METRICS_NAMESPACE, id).toBe(METRICS_NAMESPACE);
      // The detector image has its own service; every other function (the render image included) is 'pet-roast'.
      expect(env.POWERTOOLS_SERVICE_NAME, id).toBe(id.startsWith('DetectorFunction') ? DETECTOR_SERVICE_NAME : SERVICE_NAME);
    }
  });
});
