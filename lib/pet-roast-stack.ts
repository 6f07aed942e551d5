import { CfnOutput, Duration, RemovalPolicy, Stack, type StackProps } from 'aws-cdk-lib';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import type { Construct } from 'constructs';
import { ROUTES, type Need } from '../lambdas/core/routes.js';
import { Api } from './constructs/api.js';
import { Detector } from './constructs/detector.js';
import { JobsTable } from './constructs/jobs.js';
import { MediaBucket } from './constructs/media.js';
import { Monitoring } from './constructs/monitoring.js';
import { PetRoastFunction } from './constructs/node-function.js';
import { WorkQueue } from './constructs/queues.js';
import { ServiceSecrets } from './constructs/secrets.js';

/** Deployment settings (cdk.json context or props); every one has a safe default. */
export interface PetRoastSettings {
  stage: string;
  retentionDays: number;
  detectionThreshold: number;
  defaultCallbackUrl?: string;
  revidBaseUrl: string;
  mirrorVideos: boolean;
  rateLimit: number;
  burstLimit: number;
  dailyQuota: number;
  /** Destroy data on stack deletion (dev stages only). */
  destroyOnDelete: boolean;
}

export const DEFAULT_SETTINGS: PetRoastSettings = {
  stage: 'dev',
  retentionDays: 30,
  detectionThreshold: 0.5,
  revidBaseUrl: 'https://www.revid.ai',
  mirrorVideos: true,
  rateLimit: 50,
  burstLimit: 100,
  dailyQuota: 100_000,
  destroyOnDelete: false,
};

export interface PetRoastStackProps extends StackProps {
  settings?: Partial<PetRoastSettings>;
}

/** Timeouts of the queue consumers (the queues' visibility timeouts are six times these). */
export const RENDER_WORKER_TIMEOUT = Duration.seconds(60);
export const NOTIFY_WORKER_TIMEOUT = Duration.seconds(30);

/** Pet Roast AI: API, detector, jobs table, queues, media bucket, secrets and monitoring. */
export class PetRoastStack extends Stack {
  readonly settings: PetRoastSettings;
  readonly functions = new Map<string, IFunction>();

  constructor(scope: Construct, id: string, props: PetRoastStackProps = {}) {
    super(scope, id, props);
    const settings = (this.settings = { ...DEFAULT_SETTINGS, ...props.settings });
    const removalPolicy = settings.destroyOnDelete ? RemovalPolicy.DESTROY : RemovalPolicy.RETAIN;

    const jobs = new JobsTable(this, 'Jobs', { removalPolicy });
    const media = new MediaBucket(this, 'Media', { retentionDays: settings.retentionDays, removalPolicy });
    const render = new WorkQueue(this, 'RenderQueue', { consumerTimeout: RENDER_WORKER_TIMEOUT, maxReceiveCount: 5 });
    // Callback attempts: 8 on the Svix schedule, each a receive; the margin absorbs throttled receives.
    const notify = new WorkQueue(this, 'NotifyQueue', { consumerTimeout: NOTIFY_WORKER_TIMEOUT, maxReceiveCount: 12 });
    const secrets = new ServiceSecrets(this, 'Secrets');
    const monitoring = new Monitoring(this, 'Monitoring');

    const common: Record<string, string> = {
      STAGE: settings.stage,
      RETENTION_DAYS: String(settings.retentionDays),
      DETECTION_THRESHOLD: String(settings.detectionThreshold),
    };
    const detector = new Detector(this, 'Detector', {
      environment: { ...common, MEDIA_BUCKET_NAME: media.bucket.bucketName },
    });
    media.bucket.grantReadWrite(detector.function);
    monitoring.watchFunction('Detector', detector.function);
    this.functions.set('Detector', detector.function);

    const api = new Api(this, 'Api', {
      stageName: settings.stage,
      rateLimit: settings.rateLimit,
      burstLimit: settings.burstLimit,
      dailyQuota: settings.dailyQuota,
    });

    /** Grants what a function needs and sets the matching environment, in one place. */
    const bind = (fn: PetRoastFunction, needs: Need[]): void => {
      for (const need of needs) {
        switch (need) {
          case 'table':
            jobs.table.grantReadWriteData(fn);
            fn.addEnvironment('JOBS_TABLE_NAME', jobs.table.tableName);
            break;
          case 'bucket':
            media.bucket.grantReadWrite(fn);
            media.bucket.grantDelete(fn);
            fn.addEnvironment('MEDIA_BUCKET_NAME', media.bucket.bucketName);
            break;
          case 'render-queue':
            render.queue.grantSendMessages(fn);
            fn.addEnvironment('RENDER_QUEUE_URL', render.queue.queueUrl);
            break;
          case 'notify-queue':
            notify.queue.grantSendMessages(fn);
            fn.addEnvironment('NOTIFY_QUEUE_URL', notify.queue.queueUrl);
            break;
          case 'detector':
            detector.function.grantInvoke(fn);
            fn.addEnvironment('DETECTOR_MODE', 'lambda');
            fn.addEnvironment('DETECTOR_FUNCTION_NAME', detector.function.functionName);
            break;
          case 'revid-secret':
            secrets.revidApiKey.grantRead(fn);
            fn.addEnvironment('REVID_API_KEY_SECRET_ARN', secrets.revidApiKey.secretArn);
            fn.addEnvironment('REVID_BASE_URL', settings.revidBaseUrl);
            break;
          case 'signing-secret':
            secrets.webhookSigning.grantRead(fn);
            fn.addEnvironment('WEBHOOK_SIGNING_SECRET_ARN', secrets.webhookSigning.secretArn);
            break;
          case 'translation':
            break;
        }
      }
    };

    for (const route of ROUTES) {
      const fn = new PetRoastFunction(this, `${route.id}Function`, {
        entry: route.entry,
        description: `${route.method} ${route.path}`,
        timeout: route.timeoutSeconds ? Duration.seconds(route.timeoutSeconds) : undefined,
        memorySize: route.memoryMb,
        environment: common,
      });
      bind(fn, route.needs ?? []);
      api.addRoute(route, fn);
      monitoring.watchFunction(route.id, fn);
      this.functions.set(route.id, fn);
    }

    monitoring.watchQueue('Render', render, 15 * 60);
    monitoring.watchQueue('Notify', notify, 12 * 60 * 60);
    monitoring.watchApi(api.api);

    new CfnOutput(this, 'ApiUrl', { value: api.url, description: 'Base URL of the API stage.' });
    new CfnOutput(this, 'ApiKeyId', {
      value: api.apiKey.keyId,
      description: 'aws apigateway get-api-key --api-key <id> --include-value',
    });
    new CfnOutput(this, 'JobsTableName', { value: jobs.table.tableName });
    new CfnOutput(this, 'MediaBucketName', { value: media.bucket.bucketName });
    new CfnOutput(this, 'RenderQueueUrl', { value: render.queue.queueUrl });
    new CfnOutput(this, 'NotifyQueueUrl', { value: notify.queue.queueUrl });
    new CfnOutput(this, 'RevidApiKeySecretArn', { value: secrets.revidApiKey.secretArn });
    new CfnOutput(this, 'WebhookSigningSecretArn', { value: secrets.webhookSigning.secretArn });
    new CfnOutput(this, 'AlarmTopicArn', { value: monitoring.alarmTopic.topicArn });
  }
}
