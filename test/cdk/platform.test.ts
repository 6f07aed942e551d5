import { CfnResource, Stack, TagManager } from 'aws-cdk-lib';
import { Annotations, Match } from 'aws-cdk-lib/assertions';
import { describe, expect, it } from 'vitest';
import { routeById } from '../../lambdas/domain/routes.js';
import { ERROR_RATE_DATAPOINTS, ERROR_RATE_THRESHOLD_PERCENT, ERROR_RATE_WINDOW } from '../../lib/constructs/monitoring.js';
import { synthStack } from '../support/stack.js';

/**
 * What a platform team checks before accepting the stack (issue 10, items 7–11): stages side by side,
 * tags on everything, no account-wide setting by default, alarms that reach someone, least privilege.
 */
type Resources = Record<string, { Type: string; Properties: any }>;

function synth(context: Record<string, unknown> = {}) {
  const { stack, template } = synthStack(context);
  const resources = template.toJSON().Resources as Resources;
  const ofType = (type: string) => Object.entries(resources).filter(([, r]) => r.Type === type);
  const nagFindings = () =>
    [...Annotations.fromStack(stack).findError('*', Match.anyValue()), ...Annotations.fromStack(stack).findWarning('*', Match.anyValue())].map(
      (f) => `${f.id}: ${String(f.entry.data).split('\n')[0]}`,
    );
  /** Every IAM action granted to the role of the function whose logical id starts with `${id}Function`. */
  const actionsOf = (id: string): string[] => {
    const [, fn] = ofType('AWS::Lambda::Function').find(([logicalId]) => logicalId.startsWith(`${id}Function`))!;
    const roleId = fn.Properties.Role['Fn::GetAtt'][0] as string;
    return ofType('AWS::IAM::Policy')
      .filter(([, p]) => (p.Properties.Roles as Array<{ Ref: string }>).some((r) => r.Ref === roleId))
      .flatMap(([, p]) => p.Properties.PolicyDocument.Statement as Array<{ Action: string | string[] }>)
      .flatMap((st) => (Array.isArray(st.Action) ? st.Action : [st.Action]));
  };
  return { stack, template, resources, ofType, nagFindings, actionsOf };
}

const WRITE_ACTION = /^(dynamodb:(PutItem|UpdateItem|DeleteItem|BatchWriteItem|\*)|s3:(PutObject|DeleteObject|Abort|\*)|sqs:(SendMessage|DeleteMessage|ChangeMessageVisibility|PurgeQueue|\*))/;

describe('Stack: stages, tags, account settings, alarms and grants (platform)', () => {
  const dev = synth();

  describe('stages', () => {
    it('names the default stack PetRoast-dev and everything the stack names itself after it', () => {
      expect(dev.stack.stackName).toBe('PetRoast-dev');
      dev.template.hasResourceProperties('AWS::ApiGateway::RestApi', { Name: 'PetRoast-dev' });
      dev.template.hasResourceProperties('AWS::ApiGateway::UsagePlan', { UsagePlanName: 'PetRoast-dev' });
      dev.template.hasResourceProperties('AWS::ApiGateway::Authorizer', { Name: 'PetRoast-dev-clients' });
      dev.template.hasResourceProperties('AWS::CloudWatch::Dashboard', { DashboardName: 'PetRoast-dev' });
      dev.template.hasResourceProperties('AWS::ApiGateway::Stage', { StageName: 'dev' });
    });

    it('refuses destroyOnDelete for prod at synth, with a message that says why', () => {
      expect(() => synthStack({ stage: 'prod', destroyOnDelete: 'true' })).toThrow(/destroyOnDelete is refused for stage 'prod'/);
      expect(() => synthStack({ stage: 'prod-eu', destroyOnDelete: true })).toThrow(/destroyOnDelete is refused/);
    });

    it('refuses a stage name that cannot name a stack', () => {
      expect(() => synthStack({ stage: 'Prod_1' })).toThrow(/stage must be lower-case/);
    });

    it('keeps data of dev stacks unless destroyOnDelete is asked for', () => {
      dev.template.hasResource('AWS::DynamoDB::Table', { DeletionPolicy: 'Retain' });
      dev.template.hasResource('AWS::S3::Bucket', { DeletionPolicy: 'Retain' });
    });
  });

  describe('tags', () => {
    it('puts application, stage and owner on every taggable resource', () => {
      const taggable = dev.stack.node.findAll().filter((c): c is CfnResource => CfnResource.isCfnResource(c) && TagManager.isTaggable(c));
      expect(taggable.length).toBeGreaterThan(50);
      for (const resource of taggable) {
        const logicalId = Stack.of(resource).resolve(resource.logicalId) as string;
        const tags = dev.resources[logicalId]?.Properties?.Tags;
        // Most types take a list of {Key, Value}; a few (e.g. SSM, some serverless types) take a map.
        const asMap: Record<string, string> = Array.isArray(tags) ? Object.fromEntries(tags.map((t: { Key: string; Value: string }) => [t.Key, t.Value])) : (tags ?? {});
        expect(asMap, `${logicalId} (${resource.cfnResourceType})`).toMatchObject({ application: 'pet-roast', stage: 'dev', owner: 'unassigned' });
      }
    });
  });

  describe('API Gateway account role', () => {
    it('creates no account-level CloudWatch role by default', () => {
      dev.template.resourceCountIs('AWS::ApiGateway::Account', 0);
      const managed = dev.ofType('AWS::IAM::Role').flatMap(([, r]) => (r.Properties.ManagedPolicyArns ?? []).map((arn: unknown) => JSON.stringify(arn)));
      expect(managed.filter((arn) => arn.includes('AmazonAPIGatewayPushToCloudWatchLogs'))).toEqual([]);
      expect(managed.length).toBeGreaterThan(10);
    });
  });

  describe('alarms', () => {
    const alarms = dev.ofType('AWS::CloudWatch::Alarm');
    const topicId = dev.ofType('AWS::SNS::Topic')[0]![0];

    it('sends every alarm to the encrypted alarm topic, which has no subscription without alarmEmail', () => {
      expect(alarms.length).toBeGreaterThan(20);
      for (const [id, alarm] of alarms) expect(alarm.Properties.AlarmActions, id).toEqual([{ Ref: topicId }]);
      const [, topic] = dev.ofType('AWS::SNS::Topic')[0]!;
      expect(topic.Properties.KmsMasterKeyId).toEqual({ 'Fn::GetAtt': [expect.stringMatching(/AlarmTopicKey/), 'Arn'] });
      dev.template.hasResourceProperties('AWS::KMS::Key', { EnableKeyRotation: true });
      // CloudWatch must be able to use the key, or alarm notifications are dropped.
      expect(JSON.stringify(dev.ofType('AWS::KMS::Key')[0]![1].Properties.KeyPolicy)).toContain('cloudwatch.amazonaws.com');
      dev.template.resourceCountIs('AWS::SNS::Subscription', 0);
    });

    it('alarms on each function error rate (errors / invocations) over several datapoints, not on one error', () => {
      const errorAlarms = alarms.filter(([id]) => /Errors[A-F0-9]{8}$/.test(id) && id.startsWith('Monitoring'));
      // every route, the authorizer, the detector, and the three workers
      expect(errorAlarms.length).toBeGreaterThanOrEqual(15);
      for (const [id, { Properties: p }] of errorAlarms) {
        expect(p.MetricName, id).toBeUndefined();
        expect(p, id).toMatchObject({
          Threshold: ERROR_RATE_THRESHOLD_PERCENT,
          EvaluationPeriods: ERROR_RATE_WINDOW,
          DatapointsToAlarm: ERROR_RATE_DATAPOINTS,
          ComparisonOperator: 'GreaterThanThreshold',
          TreatMissingData: 'notBreaching',
        });
        expect(ERROR_RATE_DATAPOINTS).toBeGreaterThan(1);
        const expression = p.Metrics.find((m: any) => m.Expression);
        expect(expression.Expression).toBe('IF(invocations > 0, 100 * errors / invocations, 0)');
        const used = Object.fromEntries(p.Metrics.filter((m: any) => m.MetricStat).map((m: any) => [m.Id, m.MetricStat.Metric.MetricName]));
        expect(used).toEqual({ errors: 'Errors', invocations: 'Invocations' });
      }
      const reconciler = errorAlarms.find(([id]) => id.startsWith('MonitoringReconcilerErrors'))![1].Properties;
      expect(reconciler.Metrics.find((m: any) => m.MetricStat).MetricStat.Period).toBe(300);
    });
  });

  describe('least privilege', () => {
    it('gives read-only routes read-only access: no table, bucket or queue writes', () => {
      for (const id of ['Healthz', 'VideoStatus', 'VideoResult', 'BanubaFilters']) {
        const actions = dev.actionsOf(id);
        expect(actions.filter((a) => WRITE_ACTION.test(a)), id).toEqual([]);
      }
      expect(dev.actionsOf('VideoStatus')).toEqual(expect.arrayContaining(['dynamodb:GetItem']));
      expect(dev.actionsOf('Healthz')).toEqual(expect.arrayContaining(['dynamodb:DescribeTable', 'sqs:GetQueueAttributes', 'lambda:InvokeFunction']));
      expect(routeById('Healthz').needs).not.toContain('table');
    });

    it('lets video-result read and presign from the bucket but never put or delete', () => {
      const actions = dev.actionsOf('VideoResult');
      expect(actions).toEqual(expect.arrayContaining(['s3:GetObject*', 'dynamodb:GetItem']));
      expect(actions.filter((a) => /^s3:(PutObject|DeleteObject)/.test(a))).toEqual([]);
    });

    it('lets uploads put objects (the presigned POST) but not read or delete them', () => {
      const s3 = dev.actionsOf('Uploads').filter((a) => a.startsWith('s3:'));
      expect(s3).toContain('s3:PutObject');
      expect(s3.filter((a) => /^s3:(GetObject|DeleteObject)/.test(a))).toEqual([]);
    });

    it('keeps write access where the route writes (generate-video, delete-job)', () => {
      expect(dev.actionsOf('GenerateVideo')).toEqual(expect.arrayContaining(['dynamodb:PutItem', 'sqs:SendMessage']));
      expect(dev.actionsOf('DeleteJob')).toEqual(expect.arrayContaining(['dynamodb:DeleteItem', 's3:DeleteObject*']));
    });
  });

  describe('cdk-nag', () => {
    it('has no unsuppressed findings', () => {
      expect(dev.nagFindings()).toEqual([]);
    });
  });
});

describe('Stack: prod with owner, alarm e-mail, account role and Amazon Translate', () => {
  const prod = synth({ stage: 'prod', owner: 'team-pets', alarmEmail: 'oncall@example.com', apiGatewayAccountRole: 'true', amazonTranslate: 'true' });

  it('is PetRoast-prod, tagged with its stage and owner', () => {
    expect(prod.stack.stackName).toBe('PetRoast-prod');
    prod.template.hasResourceProperties('AWS::DynamoDB::Table', {
      Tags: Match.arrayWith([{ Key: 'owner', Value: 'team-pets' }, { Key: 'stage', Value: 'prod' }]),
    });
  });

  it('subscribes the alarm e-mail to the alarm topic', () => {
    const topicId = prod.ofType('AWS::SNS::Topic')[0]![0];
    prod.template.resourceCountIs('AWS::SNS::Subscription', 1);
    prod.template.hasResourceProperties('AWS::SNS::Subscription', { Protocol: 'email', Endpoint: 'oncall@example.com', TopicArn: { Ref: topicId } });
  });

  it('creates the account-level CloudWatch role only when asked, and keeps it when the stack is deleted', () => {
    prod.template.resourceCountIs('AWS::ApiGateway::Account', 1);
    prod.template.hasResource('AWS::ApiGateway::Account', { DeletionPolicy: 'Retain' });
    prod.template.hasResourceProperties('AWS::IAM::Role', {
      ManagedPolicyArns: [{ 'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, ':iam::aws:policy/service-role/AmazonAPIGatewayPushToCloudWatchLogs']] }],
    });
  });

  it('grants translate:TranslateText on "*" (no resource type exists for it) but only in the stack region', () => {
    const statements = prod
      .ofType('AWS::IAM::Policy')
      .flatMap(([, p]) => p.Properties.PolicyDocument.Statement as Array<{ Action: string | string[]; Resource: unknown; Condition?: unknown }>)
      .filter((st) => [st.Action].flat().includes('translate:TranslateText'));
    expect(statements.length).toBeGreaterThan(0);
    for (const st of statements) {
      expect(st.Resource).toBe('*');
      expect(st.Condition).toEqual({ StringEquals: { 'aws:RequestedRegion': { Ref: 'AWS::Region' } } });
    }
  });

  it('has no unsuppressed cdk-nag findings', () => {
    expect(prod.nagFindings()).toEqual([]);
  });
});
