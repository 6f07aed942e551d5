import { CreateTableCommand, DynamoDBClient, UpdateTimeToLiveCommand } from '@aws-sdk/client-dynamodb';
import { CreateQueueCommand, GetQueueAttributesCommand, SetQueueAttributesCommand, SQSClient } from '@aws-sdk/client-sqs';
import { CreateBucketCommand, PutBucketCorsCommand, S3Client } from '@aws-sdk/client-s3';
import { CreateSecretCommand, SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import type { CfnTemplate } from './template.js';
import { resourcesOfType } from './template.js';

/** What each logical id became on the emulator, for resolving Ref / Fn::GetAtt. */
export interface Provisioned {
  refs: Record<string, string>;
  attrs: Record<string, Record<string, string>>;
}

const REGION = () => process.env.AWS_REGION ?? 'us-east-1';
const ACCOUNT = '123456789012';

/**
 * Creates the template's tables, queues, bucket and secrets on the emulator, with the properties the
 * template gives them (keys, indexes, TTL, visibility, retention, redrive). Secret values come from
 * `secretValues` by logical id (the local runtime supplies them), else a placeholder.
 */
export async function provision(
  template: CfnTemplate,
  options: { prefix: string; secretValues?: Record<string, string> },
): Promise<Provisioned> {
  const out: Provisioned = { refs: {}, attrs: {} };
  const ddb = new DynamoDBClient({});
  for (const [id, resource] of resourcesOfType(template, 'AWS::DynamoDB::Table')) {
    const p = resource.Properties ?? {};
    const TableName = `${options.prefix}-${id}`;
    await ddb.send(
      new CreateTableCommand({
        TableName,
        KeySchema: p.KeySchema,
        AttributeDefinitions: p.AttributeDefinitions,
        BillingMode: 'PAY_PER_REQUEST',
        GlobalSecondaryIndexes: p.GlobalSecondaryIndexes?.map((g: Record<string, unknown>) => ({
          IndexName: g.IndexName,
          KeySchema: g.KeySchema,
          Projection: g.Projection,
        })),
      }),
    );
    if (p.TimeToLiveSpecification?.Enabled) {
      await ddb.send(
        new UpdateTimeToLiveCommand({
          TableName,
          TimeToLiveSpecification: { AttributeName: p.TimeToLiveSpecification.AttributeName, Enabled: true },
        }),
      );
    }
    out.refs[id] = TableName;
    out.attrs[id] = { Arn: `arn:aws:dynamodb:${REGION()}:${ACCOUNT}:table/${TableName}` };
  }

  const sqs = new SQSClient({});
  const queues = resourcesOfType(template, 'AWS::SQS::Queue');
  for (const [id, resource] of queues) {
    const p = resource.Properties ?? {};
    const attributes: Record<string, string> = {};
    if (p.VisibilityTimeout !== undefined) attributes.VisibilityTimeout = String(p.VisibilityTimeout);
    if (p.MessageRetentionPeriod !== undefined) attributes.MessageRetentionPeriod = String(p.MessageRetentionPeriod);
    const created = await sqs.send(new CreateQueueCommand({ QueueName: `${options.prefix}-${id}`, Attributes: attributes }));
    const arn = await sqs.send(new GetQueueAttributesCommand({ QueueUrl: created.QueueUrl, AttributeNames: ['QueueArn'] }));
    out.refs[id] = created.QueueUrl!;
    out.attrs[id] = { Arn: arn.Attributes!.QueueArn!, QueueName: `${options.prefix}-${id}`, QueueUrl: created.QueueUrl! };
  }
  // Redrive after every queue exists, since a policy names its DLQ's ARN.
  for (const [id, resource] of queues) {
    const redrive = resource.Properties?.RedrivePolicy;
    if (!redrive) continue;
    const dlq = resolve(redrive.deadLetterTargetArn, out);
    await sqs.send(
      new SetQueueAttributesCommand({
        QueueUrl: out.refs[id],
        Attributes: { RedrivePolicy: JSON.stringify({ deadLetterTargetArn: dlq, maxReceiveCount: redrive.maxReceiveCount }) },
      }),
    );
  }

  const s3 = new S3Client({ forcePathStyle: true });
  for (const [id, bucket] of resourcesOfType(template, 'AWS::S3::Bucket')) {
    const Bucket = `${options.prefix}-${id}`.toLowerCase().replace(/[^a-z0-9-]/g, '-').slice(0, 63);
    await s3.send(new CreateBucketCommand({ Bucket }));
    // The template's CORS rules (browser uploads with the presigned form, e.g. from the playground).
    const cors = bucket.Properties?.CorsConfiguration?.CorsRules as Array<Record<string, any>> | undefined;
    if (cors?.length) {
      const CORSRules = cors.map((r) => ({ AllowedMethods: r.AllowedMethods, AllowedOrigins: r.AllowedOrigins, AllowedHeaders: r.AllowedHeaders, ExposedHeaders: r.ExposedHeaders, MaxAgeSeconds: r.MaxAge }));
      await s3.send(new PutBucketCorsCommand({ Bucket, CORSConfiguration: { CORSRules } }));
    }
    out.refs[id] = Bucket;
    out.attrs[id] = { Arn: `arn:aws:s3:::${Bucket}` };
  }

  const sm = new SecretsManagerClient({});
  for (const [id] of resourcesOfType(template, 'AWS::SecretsManager::Secret')) {
    const created = await sm.send(
      new CreateSecretCommand({ Name: `${options.prefix}-${id}`, SecretString: options.secretValues?.[id] ?? 'local-placeholder' }),
    );
    out.refs[id] = created.ARN!;
    out.attrs[id] = { Arn: created.ARN! };
  }

  for (const [id] of resourcesOfType(template, 'AWS::Lambda::Function')) {
    out.refs[id] = id;
    out.attrs[id] = { Arn: `arn:aws:lambda:${REGION()}:${ACCOUNT}:function:${id}` };
  }
  return out;
}

/** Resolves the intrinsic functions the stack's environment variables use. */
export function resolve(value: unknown, p: Provisioned): any {
  if (typeof value !== 'object' || value === null) return value;
  if (Array.isArray(value)) return value.map((v) => resolve(v, p));
  const obj = value as Record<string, any>;
  if ('Ref' in obj) {
    if (obj.Ref === 'AWS::Region') return process.env.AWS_REGION ?? 'us-east-1';
    if (obj.Ref === 'AWS::AccountId') return ACCOUNT;
    if (obj.Ref === 'AWS::Partition') return 'aws';
    if (obj.Ref === 'AWS::URLSuffix') return 'amazonaws.com';
    return p.refs[obj.Ref] ?? `unresolved:${obj.Ref}`;
  }
  if ('Fn::GetAtt' in obj) {
    const [id, attr] = obj['Fn::GetAtt'] as [string, string];
    return p.attrs[id]?.[attr] ?? `unresolved:${id}.${attr}`;
  }
  if ('Fn::Join' in obj) {
    const [sep, parts] = obj['Fn::Join'] as [string, unknown[]];
    return parts.map((x) => resolve(x, p)).join(sep);
  }
  if ('Fn::Select' in obj) {
    const [index, list] = obj['Fn::Select'] as [number, unknown];
    return (resolve(list, p) as unknown[])[index];
  }
  if ('Fn::Split' in obj) {
    const [sep, s] = obj['Fn::Split'] as [string, unknown];
    return String(resolve(s, p)).split(sep);
  }
  return Object.fromEntries(Object.entries(obj).map(([k, v]) => [k, resolve(v, p)]));
}
