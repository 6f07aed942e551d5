import { ENV, type FunctionEnvironment } from '../lambdas/domain/config-keys.js';
import { Annotations, CfnOutput, Duration, RemovalPolicy, Stack, type StackProps } from 'aws-cdk-lib';
import { Rule, Schedule } from 'aws-cdk-lib/aws-events';
import { LambdaFunction } from 'aws-cdk-lib/aws-events-targets';
import { PolicyStatement } from 'aws-cdk-lib/aws-iam';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import { SqsEventSource } from 'aws-cdk-lib/aws-lambda-event-sources';
import { Secret } from 'aws-cdk-lib/aws-secretsmanager';
import type { Construct } from 'constructs';
import path from 'node:path';
import { deployedRoutes, type Need } from '../lambdas/domain/routes.js';
import { EFFECT_KEY_PREFIX } from '../lambdas/adapters/table-layout.js';
import { describeCoverage } from '../lambdas/engines/translation/routing.js';
import { formatSpeechCoverage, parseSpeechRoutes, speechCoverage } from '../lambdas/engines/speech/routing.js';
import type { SpeechProviderName } from '../lambdas/engines/speech/types.js';
import type { ProviderName } from '../lambdas/engines/translation/types.js';
import { Api } from './constructs/api.js';
import { Detector } from './constructs/detector.js';
import { JobsTable } from './constructs/jobs.js';
import { MEDIA_PREFIXES, MediaBucket } from './constructs/media.js';
import { Monitoring } from './constructs/monitoring.js';
import { PetRoastFunction } from './constructs/node-function.js';
import { RENDERER_TIMEOUT, RenderFunction } from './constructs/renderer.js';
import { WorkQueue } from './constructs/queues.js';
import { ServiceSecrets } from './constructs/secrets.js';
import { bindRoastWriter, type RoastWriterSettings } from './constructs/roast-writer.js';

/** Deployment settings (cdk.json context or props); every one has a safe default. */
export interface PetRoastSettings {
  /**
   * The stage (`dev`, `prod`, …): names the stack `PetRoast-<stage>` and the API stage, and tags every
   * resource. Lower-case letters, digits and hyphens, starting with a letter, at most 20 characters.
   */
  stage: string;
  /** The `owner` tag of every resource (team or cost centre). */
  owner: string;
  /** E-mail address subscribed to the alarm topic (confirms by the link AWS mails it). */
  alarmEmail?: string;
  /**
   * Create API Gateway's account-level CloudWatch Logs role (`AWS::ApiGateway::Account`). Off by
   * default: it is one setting per account and region, shared by every API there. Access and
   * execution logging need it set once per account/region (by this opt-in or by the platform team).
   */
  apiGatewayAccountRole: boolean;
  retentionDays: number;
  detectionThreshold: number;
  defaultCallbackUrl?: string;
  revidBaseUrl: string;
  mirrorVideos: boolean;
  rateLimit: number;
  burstLimit: number;
  dailyQuota: number;
  /** Destroy data on stack deletion (dev stages only: refused for `prod*` stages). */
  destroyOnDelete: boolean;
  /** Concurrent render batches towards Revid (its rate limit). */
  revidMaxConcurrency: number;
  /**
   * Translation providers: for each pair the configured ones on its route that support it, in order,
   * with fail-over (docs/translation.md). Amazon Translate is on by default (`-c amazonTranslate=false`
   * opts out) and serves en + 10 Indian languages; Odia and Assamese need one of the three URLs.
   */
  indictrans2Url?: string;
  dhruvaUrl?: string;
  bhashiniConfigUrl?: string;
  amazonTranslate: boolean;
  /** Optional provider order, e.g. `dhruva,indictrans2,amazon-translate`. */
  translationRoutes?: string;
  callbackRetrySchedule: 'standard-webhooks' | 'svix';
  /** How `/api/*` callers authenticate: the Lambda REQUEST authorizer (default) or IAM/SigV4 (callers inside AWS). */
  authMode: 'authorizer' | 'iam';
  /**
   * Authorizer decision caching: `off` (default; x-api-key or Bearer, the function runs per request)
   * or `gateway` (identity source x-api-key, 300 s API Gateway cache, Bearer refused). See lib/constructs/api.ts.
   */
  authCache: 'off' | 'gateway';
  /** Roast writer (docs/writer.md): `bedrock` (default; Converse on `bedrockModelId`, template fallback) or `template`. */
  roastWriter: RoastWriterSettings['roastWriter'];
  /** Bedrock model or inference profile id of the `bedrock` writer. */
  bedrockModelId: string;
  /** Optional Bedrock Guardrail applied to generated roasts (id or ARN, with its version). */
  bedrockGuardrailId?: string;
  bedrockGuardrailVersion?: string;
  /**
   * Who renders new jobs' videos (docs/video-providers.md): `revid` or `builtin` (the render function
   * itself). Unset: `revid` when a Revid key is configured (`revidApiKey`), else `builtin`
   * ({@link resolveVideoProvider}).
   */
  videoProvider?: 'revid' | 'builtin';
  /**
   * Where the Revid API key is, which is what "a Revid key is configured" means at synth time (the stack
   * cannot read a secret's value): `stack` = the stack's own `RevidApiKey` secret, filled in by the
   * operator after the first deploy; an `arn:…:secretsmanager:…` = an existing secret holding the key
   * (the stack creates none); unset or `none` = no Revid key.
   */
  revidApiKey?: string;
  /** A job Revid cannot render is re-rendered by `builtin` (default) or fails (`none`). */
  videoFallback: 'builtin' | 'none';
  /**
   * Narration of built-in renders (docs/renderer.md "Narration"): `espeak` (default; espeak-ng inside the
   * render image) or `polly` (Amazon Polly's neural voice for English and Hindi, espeak-ng for the other
   * languages). Only `polly` grants the render function polly:SynthesizeSpeech.
   */
  ttsEngine: 'espeak' | 'polly';
  /**
   * Google Cloud Text-to-Speech for the narration (docs/voices.md "AWS"): `stack` = the stack's own
   * `GoogleTtsKey` secret (filled in by the operator), an `arn:…:secretsmanager:…` = an existing secret
   * holding the API key; unset or `none` = off. Google adds natural voices for Punjabi and Urdu.
   */
  googleTts?: string;
  /**
   * Bhashini / AI4Bharat IndicTTS (ULCA pipeline) for the narration: `stack` = the stack's own
   * `BhashiniTtsCredentials` secret (`{"userID","ulcaApiKey"}`), a secret ARN = an existing one; unset or
   * `none` = off. IndicTTS has natural voices for as, bn, gu, hi, kn, ml, mr, or, ta, te and en.
   */
  bhashiniTts?: string;
  /** TTS_ROUTES: the speech route per language (docs/voices.md "Routes"); unset = polly, bhashini, google, espeak. */
  ttsRoutes?: string;
  /**
   * Serve the playground page at `GET /playground` (docs/playground.md). Off by default; the local runtime
   * always turns it on. The page is public HTML; its API calls need the key the user enters.
   */
  playground: boolean;
  /**
   * `Access-Control-Allow-Origin` of every API answer: the functions' (`CORS_ALLOW_ORIGIN`) and API
   * Gateway's own error answers alike. Default `*` (the API authenticates by key, not by cookie).
   */
  corsAllowOrigin: string;
  /**
   * Banuba AR Cloud: the per-deployment UUID in the manifest URL `<ApiUrl>v1/effects/<arCloudId>` that
   * the app's Banuba SDK is configured with (docs/ar-cloud.md). Unset: the manifest route answers 404.
   * Generate one per stage (`node -e "console.log(crypto.randomUUID())"`) and keep it stable.
   */
  arCloudId?: string;
}

export const DEFAULT_SETTINGS: PetRoastSettings = {
  stage: 'dev',
  owner: 'unassigned',
  apiGatewayAccountRole: false,
  retentionDays: 30,
  detectionThreshold: 0.5,
  revidBaseUrl: 'https://www.revid.ai',
  mirrorVideos: true,
  rateLimit: 50,
  burstLimit: 100,
  dailyQuota: 100_000,
  destroyOnDelete: false,
  revidMaxConcurrency: 5,
  amazonTranslate: true,
  callbackRetrySchedule: 'standard-webhooks',
  authMode: 'authorizer',
  authCache: 'off',
  roastWriter: 'bedrock',
  bedrockModelId: 'amazon.nova-micro-v1:0',
  videoFallback: 'builtin',
  // Polly's neural Kajal for English and Hindi by default (docs/voices.md "Cost per video").
  ttsEngine: 'polly',
  playground: false,
  corsAllowOrigin: '*',
};

/** A Secrets Manager secret ARN (the form `revidApiKey` accepts besides `stack` and `none`). */
const SECRET_ARN = /^arn:aws[a-z-]*:secretsmanager:[a-z0-9-]+:\d{12}:secret:[\w/+=.@-]+$/;

/**
 * The video provider of new jobs (docs/video-providers.md "Selection"): the `videoProvider` context when
 * given; otherwise `revid` when a Revid key is configured (`revidApiKey` is `stack` or a secret ARN) and
 * `builtin` when it is not (unset or `none`), so a stack deployed without a Revid key renders every video
 * itself instead of sending each job to Revid to be refused.
 */
export function resolveVideoProvider(settings: Pick<PetRoastSettings, 'videoProvider' | 'revidApiKey'>): { provider: 'revid' | 'builtin'; reason: string } {
  const keyConfigured = settings.revidApiKey !== undefined && settings.revidApiKey !== 'none';
  if (settings.videoProvider) return { provider: settings.videoProvider, reason: 'context videoProvider' };
  return keyConfigured
    ? { provider: 'revid', reason: `a Revid key is configured (revidApiKey=${settings.revidApiKey === 'stack' ? 'stack' : 'secret ARN'})` }
    : { provider: 'builtin', reason: 'no Revid key is configured (context revidApiKey unset or none)' };
}

/** The translation providers a deployment with these settings enables (the functions' environment follows the same rule). */
export function configuredTranslationProviders(settings: Pick<PetRoastSettings, 'indictrans2Url' | 'dhruvaUrl' | 'bhashiniConfigUrl' | 'amazonTranslate'>): ProviderName[] {
  const out: ProviderName[] = [];
  if (settings.indictrans2Url) out.push('indictrans2');
  if (settings.dhruvaUrl) out.push('dhruva');
  if (settings.bhashiniConfigUrl) out.push('bhashini');
  if (settings.amazonTranslate) out.push('amazon-translate');
  return out;
}

export interface PetRoastStackProps extends StackProps {
  settings?: Partial<PetRoastSettings>;
}

/**
 * Timeouts of the queue consumers (the queues' visibility timeouts are six times these). The render
 * worker is the render container (lib/constructs/renderer.ts): a built-in render runs inside it.
 */
export const RENDER_WORKER_TIMEOUT = RENDERER_TIMEOUT;
export const CALLBACK_WORKER_TIMEOUT = Duration.seconds(30);
export const RENDER_MAX_RECEIVES = 5;
/** 10 attempts (Standard Webhooks) + up to 3 extra hops for steps over 12 h + a margin for throttled receives. */
export const CALLBACK_MAX_RECEIVES = 20;

/** Stage names: they go into the stack name, the API stage and resource names. */
const STAGE_PATTERN = /^[a-z][a-z0-9-]{0,19}$/;

/** A production stage (`prod`, `prod-eu`, `production`): its data is never destroyed with the stack. */
export const isProductionStage = (stage: string): boolean => stage.startsWith('prod');

/** @throws Error when `stage` cannot name a stack, an API stage and resources (STAGE_PATTERN). */
export function validateStage(stage: string): void {
  if (!STAGE_PATTERN.test(stage)) {
    throw new Error(`stage must be lower-case letters, digits and hyphens, starting with a letter, at most 20 characters, not '${stage}'`);
  }
}

/**
 * Refuses settings that must not reach CloudFormation.
 * @throws Error naming the setting, the value and the way out.
 */
export function validateSettings(settings: PetRoastSettings): void {
  validateStage(settings.stage);
  if (settings.destroyOnDelete && isProductionStage(settings.stage)) {
    throw new Error(
      `destroyOnDelete is refused for stage '${settings.stage}': production data (jobs table, media bucket) is retained when the stack is deleted. Remove -c destroyOnDelete=true, or use a dev stage.`,
    );
  }
  if (!['authorizer', 'iam'].includes(settings.authMode)) throw new Error(`authMode must be 'authorizer' or 'iam', not '${settings.authMode}'`);
  if (!['off', 'gateway'].includes(settings.authCache)) throw new Error(`authCache must be 'off' or 'gateway', not '${settings.authCache}'`);
  if (settings.videoProvider !== undefined && !['revid', 'builtin'].includes(settings.videoProvider)) {
    throw new Error(`videoProvider must be 'revid' or 'builtin', not '${settings.videoProvider}'`);
  }
  if (settings.revidApiKey !== undefined && !['stack', 'none'].includes(settings.revidApiKey) && !SECRET_ARN.test(settings.revidApiKey)) {
    throw new Error(`revidApiKey must be 'stack', 'none' or a Secrets Manager secret ARN, not '${settings.revidApiKey}'`);
  }
  if (!['espeak', 'polly'].includes(settings.ttsEngine)) throw new Error(`ttsEngine must be 'espeak' or 'polly', not '${settings.ttsEngine}'`);
  for (const key of ['googleTts', 'bhashiniTts'] as const) {
    const value = settings[key];
    if (value !== undefined && !['stack', 'none'].includes(value) && !SECRET_ARN.test(value)) {
      throw new Error(`${key} must be 'stack', 'none' or a Secrets Manager secret ARN, not '${value}'`);
    }
  }
  if (settings.ttsRoutes !== undefined) parseSpeechRoutes(settings.ttsRoutes);
  if (!['builtin', 'none'].includes(settings.videoFallback)) throw new Error(`videoFallback must be 'builtin' or 'none', not '${settings.videoFallback}'`);
  if (settings.arCloudId !== undefined && !/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(settings.arCloudId)) {
    throw new Error(`arCloudId must be a UUID (e.g. from crypto.randomUUID()), not '${settings.arCloudId}'`);
  }
  if (!/^(\*|https?:\/\/[^\s'"/]+)$/.test(settings.corsAllowOrigin)) {
    throw new Error(`corsAllowOrigin must be '*' or an origin such as https://app.example.com, not '${settings.corsAllowOrigin}'`);
  }
  if (settings.alarmEmail !== undefined && !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(settings.alarmEmail)) {
    throw new Error(`alarmEmail must be an e-mail address, not '${settings.alarmEmail}'`);
  }
}

/** Pet Roast AI: API, detector, jobs table, queues, media bucket, secrets and monitoring. */
export class PetRoastStack extends Stack {
  readonly settings: PetRoastSettings;
  readonly functions = new Map<string, IFunction>();

  constructor(scope: Construct, id: string, props: PetRoastStackProps = {}) {
    super(scope, id, props);
    const settings = (this.settings = { ...DEFAULT_SETTINGS, ...props.settings });
    validateSettings(settings);
    const removalPolicy = settings.destroyOnDelete ? RemovalPolicy.DESTROY : RemovalPolicy.RETAIN;

    const jobs = new JobsTable(this, 'Jobs', { removalPolicy });
    const media = new MediaBucket(this, 'Media', { retentionDays: settings.retentionDays, removalPolicy });
    const render = new WorkQueue(this, 'RenderQueue', { consumerTimeout: RENDER_WORKER_TIMEOUT, maxReceiveCount: RENDER_MAX_RECEIVES });
    // The completion-callback queue and worker keep their deployed ids (`NotifyQueue`, `NotifyWorkerFunction`,
    // output `NotifyQueueUrl`, alarms `Notify…`, env `NOTIFY_QUEUE_URL`/`NOTIFY_DLQ_URL`): renaming a construct id
    // replaces the queue (and the messages on it) and the function (docs/architecture.md "Names").
    const callbackQueue = new WorkQueue(this, 'NotifyQueue', { consumerTimeout: CALLBACK_WORKER_TIMEOUT, maxReceiveCount: CALLBACK_MAX_RECEIVES });
    const secrets = new ServiceSecrets(this, 'Secrets', {
      apiClients: settings.authMode === 'authorizer',
      revidApiKeySecretArn: settings.revidApiKey && SECRET_ARN.test(settings.revidApiKey) ? settings.revidApiKey : undefined,
    });
    const video = resolveVideoProvider(settings);
    Annotations.of(this).addInfo(`Video provider of new jobs: ${video.provider} (${video.reason}); fallback: ${settings.videoFallback}`);
    if (video.provider === 'revid' && (settings.revidApiKey === undefined || settings.revidApiKey === 'none')) {
      Annotations.of(this).addWarning(
        'videoProvider=revid but no Revid key is configured (context revidApiKey): Revid will refuse every job, which the fallback then re-renders with builtin. Set -c revidApiKey=stack once the key is in the RevidApiKey secret.',
      );
    }
    const monitoring = new Monitoring(this, 'Monitoring', { name: this.stackName, alarmEmail: settings.alarmEmail, removalPolicy });

    const common: FunctionEnvironment = {
      STAGE: settings.stage,
      RETENTION_DAYS: String(settings.retentionDays),
      DETECTION_THRESHOLD: String(settings.detectionThreshold),
      MIRROR_VIDEOS: settings.mirrorVideos ? 'on' : 'off',
      CORS_ALLOW_ORIGIN: settings.corsAllowOrigin,
      ...(settings.defaultCallbackUrl ? { DEFAULT_CALLBACK_URL: settings.defaultCallbackUrl } : {}),
    };
    // Translation provider keys, one secret per configured provider (filled in by the operator).
    const translationSecrets: Array<[string, string, Secret]> = [];
    const translationEnv: FunctionEnvironment = { AMAZON_TRANSLATE: settings.amazonTranslate ? 'on' : 'off' };
    if (settings.translationRoutes) translationEnv.TRANSLATION_ROUTES = settings.translationRoutes;
    for (const [name, url, urlVar, secretVar] of [
      ['IndicTrans2', settings.indictrans2Url, ENV.INDICTRANS2_URL, ENV.INDICTRANS2_API_KEY_SECRET_ARN],
      ['Dhruva', settings.dhruvaUrl, ENV.DHRUVA_URL, ENV.DHRUVA_API_KEY_SECRET_ARN],
      ['Bhashini', settings.bhashiniConfigUrl, ENV.BHASHINI_CONFIG_URL, ENV.BHASHINI_SECRET_ARN],
    ] as const) {
      if (!url) continue;
      translationEnv[urlVar] = url;
      const secret = new Secret(this, `${name}Key`, {
        description: `${name} credentials for translation (see README, Configuration).`,
        removalPolicy: RemovalPolicy.RETAIN,
      });
      translationSecrets.push([name, secretVar, secret]);
    }
    const detector = new Detector(this, 'Detector', {
      environment: { ...common, MEDIA_BUCKET_NAME: media.bucket.bucketName },
    });
    media.bucket.grantReadWrite(detector.function);
    monitoring.watchFunction('Detector', detector.function);
    this.functions.set('Detector', detector.function);

    let authorizer: PetRoastFunction | undefined;
    if (settings.authMode === 'authorizer') {
      authorizer = new PetRoastFunction(this, 'AuthorizerFunction', {
        entry: 'lambdas/auth/authorizer.ts',
        description: 'REQUEST authorizer for /api/*: hashed client keys, constant-time compare',
        environment: { ...common, API_CLIENTS_SECRET_ARN: secrets.apiClients!.secretArn },
      });
      secrets.apiClients!.grantRead(authorizer);
      monitoring.watchFunction('Authorizer', authorizer);
      this.functions.set('Authorizer', authorizer);
    }
    const api = new Api(this, 'Api', {
      name: this.stackName,
      stageName: settings.stage,
      accountRole: settings.apiGatewayAccountRole,
      rateLimit: settings.rateLimit,
      burstLimit: settings.burstLimit,
      dailyQuota: settings.dailyQuota,
      corsAllowOrigin: settings.corsAllowOrigin,
      auth: authorizer ? { mode: 'authorizer', handler: authorizer, cache: settings.authCache } : { mode: 'iam' },
    });

    /** Grants what a function needs and sets the matching environment, in one place. */
    const bind = (fn: PetRoastFunction | RenderFunction, needs: Need[]): void => {
      for (const need of needs) {
        switch (need) {
          case 'table':
            jobs.table.grantReadWriteData(fn);
            fn.addEnvironment(ENV.JOBS_TABLE_NAME, jobs.table.tableName);
            break;
          case 'table:read':
            jobs.table.grantReadData(fn);
            fn.addEnvironment(ENV.JOBS_TABLE_NAME, jobs.table.tableName);
            break;
          case 'bucket':
            media.bucket.grantReadWrite(fn);
            media.bucket.grantDelete(fn);
            fn.addEnvironment(ENV.MEDIA_BUCKET_NAME, media.bucket.bucketName);
            break;
          case 'bucket:read':
            // Presigned GET URLs carry the signer's rights: reading is all they need.
            media.bucket.grantRead(fn);
            fn.addEnvironment(ENV.MEDIA_BUCKET_NAME, media.bucket.bucketName);
            break;
          case 'bucket:put':
            // A presigned POST is signed with the role's credentials: s3:PutObject is what it uses.
            media.bucket.grantPut(fn);
            fn.addEnvironment(ENV.MEDIA_BUCKET_NAME, media.bucket.bucketName);
            break;
          case 'queues:read':
            for (const [queue, variable] of [[render.queue, ENV.RENDER_QUEUE_URL], [callbackQueue.queue, ENV.NOTIFY_QUEUE_URL]] as const) {
              queue.grant(fn, 'sqs:GetQueueAttributes', 'sqs:GetQueueUrl');
              fn.addEnvironment(variable, queue.queueUrl);
            }
            break;
          case 'render-queue':
            render.queue.grantSendMessages(fn);
            fn.addEnvironment(ENV.RENDER_QUEUE_URL, render.queue.queueUrl);
            break;
          case 'callback-queue':
            callbackQueue.queue.grantSendMessages(fn);
            fn.addEnvironment(ENV.NOTIFY_QUEUE_URL, callbackQueue.queue.queueUrl);
            break;
          case 'detector':
            detector.function.grantInvoke(fn);
            fn.addEnvironment(ENV.DETECTOR_MODE, 'lambda');
            fn.addEnvironment(ENV.DETECTOR_FUNCTION_NAME, detector.function.functionName);
            break;
          case 'revid-secret':
            secrets.revidApiKey.grantRead(fn);
            fn.addEnvironment(ENV.REVID_API_KEY_SECRET_ARN, secrets.revidApiKey.secretArn);
            fn.addEnvironment(ENV.REVID_BASE_URL, settings.revidBaseUrl);
            break;
          case 'signing-secret':
            secrets.webhookSigning.grantRead(fn);
            fn.addEnvironment(ENV.WEBHOOK_SIGNING_SECRET_ARN, secrets.webhookSigning.secretArn);
            break;
          case 'effects':
            // Published AR effects (docs/ar-cloud.md): point reads of EFFECT# items only (no Scan/Query,
            // no job items), and s3:GetObject on effects/* only (what a presigned GET of an effect uses).
            fn.addToRolePolicy(
              new PolicyStatement({
                actions: ['dynamodb:BatchGetItem', 'dynamodb:GetItem'],
                resources: [jobs.table.tableArn],
                conditions: { 'ForAllValues:StringLike': { 'dynamodb:LeadingKeys': [`${EFFECT_KEY_PREFIX}*`] } },
              }),
            );
            fn.addToRolePolicy(new PolicyStatement({ actions: ['s3:GetObject'], resources: [media.bucket.arnForObjects(`${MEDIA_PREFIXES.effects}*`)] }));
            fn.addEnvironment(ENV.JOBS_TABLE_NAME, jobs.table.tableName);
            fn.addEnvironment(ENV.MEDIA_BUCKET_NAME, media.bucket.bucketName);
            if (settings.arCloudId) fn.addEnvironment(ENV.AR_CLOUD_ID, settings.arCloudId);
            break;
          case 'translation':
            for (const [k, v] of Object.entries(translationEnv)) fn.addEnvironment(k, v);
            for (const [, secretVar, secret] of translationSecrets) {
              secret.grantRead(fn);
              fn.addEnvironment(secretVar, secret.secretArn);
            }
            if (settings.amazonTranslate) {
              // The narrowest grant Amazon Translate allows (Service Authorization Reference, Amazon
              // Translate): TranslateText's only resource type is an optional `terminology`, which
              // applies only to calls that name a custom terminology; a plain call has no resource, so
              // Resource must be "*", and the action has no service-specific condition keys. What can be
              // narrowed is narrowed: this one action (no translate:*, no comprehend:DetectDominantLanguage
              // since the service never sends SourceLanguageCode=auto) and the global key
              // aws:RequestedRegion, so the role cannot call Translate in another region.
              fn.addToRolePolicy(
                new PolicyStatement({
                  actions: ['translate:TranslateText'],
                  resources: ['*'],
                  conditions: { StringEquals: { 'aws:RequestedRegion': Stack.of(this).region } },
                }),
              );
            }
            break;
        }
      }
    };

    const routes = deployedRoutes({ playground: settings.playground });
    for (const route of routes) {
      const fn = new PetRoastFunction(this, `${route.id}Function`, {
        entry: route.entry,
        description: `${route.method} ${route.path}`,
        timeout: route.timeoutSeconds ? Duration.seconds(route.timeoutSeconds) : undefined,
        memorySize: route.memoryMb,
        environment: common,
        ...(route.assets?.length || route.buildScript
          ? {
              bundling: {
                // Files the handler reads at run time, copied (RouteSpec.assets) or generated (RouteSpec.buildScript) beside the bundle.
                commandHooks: {
                  beforeBundling: () => [],
                  beforeInstall: () => [],
                  afterBundling: (inputDir: string, outputDir: string) => [
                    ...(route.assets ?? []).map((asset) => `cp "${inputDir}/node_modules/${asset}" "${outputDir}/${path.basename(asset)}"`),
                    ...(route.buildScript ? [`"${inputDir}/node_modules/.bin/tsx" "${inputDir}/${route.buildScript}" "${outputDir}"`] : []),
                  ],
                },
              },
            }
          : {}),
      });
      bind(fn, route.needs ?? []);
      api.addRoute(route, fn);
      monitoring.watchFunction(route.id, fn);
      this.functions.set(route.id, fn);
    }

    // Workers: render (SQS → built-in renderer or Revid), callback (SQS → customer completion callback), reconcile (schedule).
    const renderWorker = new RenderFunction(this, 'RenderWorkerFunction', {
      description: 'Render queue: renders videos (built-in) or submits them to Revid and applies its status',
      environment: {
        ...common,
        PUBLIC_BASE_URL: api.url,
        RENDER_MAX_RECEIVES: String(RENDER_MAX_RECEIVES),
        REVID_MAX_CONCURRENCY: String(settings.revidMaxConcurrency),
        VIDEO_PROVIDER: video.provider,
        VIDEO_FALLBACK: settings.videoFallback,
        TTS_ENGINE: settings.ttsEngine,
        ...(settings.ttsRoutes ? { TTS_ROUTES: settings.ttsRoutes } : {}),
      },
    });
    // Natural voices beyond Polly: one secret per provider switched on by context (docs/voices.md "AWS").
    const speechProviders: SpeechProviderName[] = settings.ttsEngine === 'polly' ? ['polly'] : [];
    for (const [key, id, variable, provider, description] of [
      ['bhashiniTts', 'BhashiniTtsCredentials', ENV.BHASHINI_TTS_SECRET_ARN, 'bhashini', 'Bhashini ULCA account for the narration: {"userID":"…","ulcaApiKey":"…"} (docs/voices.md).'],
      ['googleTts', 'GoogleTtsKey', ENV.GOOGLE_TTS_API_KEY_SECRET_ARN, 'google', 'Google Cloud Text-to-Speech API key for the narration (docs/voices.md).'],
    ] as const) {
      const value = settings[key];
      if (value === undefined || value === 'none') continue;
      const secret =
        value === 'stack'
          ? new Secret(this, id, { description, removalPolicy: RemovalPolicy.RETAIN })
          : Secret.fromSecretCompleteArn(this, id, value);
      secret.grantRead(renderWorker);
      renderWorker.addEnvironment(variable, secret.secretArn);
      speechProviders.push(provider);
      if (value === 'stack') new CfnOutput(this, `${id}SecretArn`, { value: secret.secretArn });
    }
    Annotations.of(this).addInfo(
      `Narration speech routes (language: providers in fail-over order):\n${formatSpeechCoverage(speechCoverage(speechProviders, parseSpeechRoutes(settings.ttsRoutes)))}`,
    );
    if (settings.ttsEngine === 'polly') {
      // Narration by Amazon Polly (lambdas/adapters/polly-tts.ts). SynthesizeSpeech's only resource type
      // is `lexicon`, which applies to calls naming lexicons; the renderer names none, so Resource is "*"
      // (Service Authorization Reference, Amazon Polly), narrowed to this one action and this Region.
      renderWorker.addToRolePolicy(
        new PolicyStatement({
          actions: ['polly:SynthesizeSpeech'],
          resources: ['*'],
          conditions: { StringEquals: { 'aws:RequestedRegion': Stack.of(this).region } },
        }),
      );
    }
    bind(renderWorker, ['table', 'bucket', 'render-queue', 'callback-queue', 'revid-secret', 'translation']);
    // The render worker writes the roast before any provider call (docs/writer.md).
    bindRoastWriter(renderWorker, settings);
    render.queue.grantConsumeMessages(renderWorker);
    renderWorker.addEventSource(
      new SqsEventSource(render.queue, {
        // One job per invocation: the 15-minute timeout then covers a whole built-in render.
        batchSize: 1,
        reportBatchItemFailures: true,
        maxConcurrency: Math.max(2, settings.revidMaxConcurrency),
      }),
    );
    const callbackWorker = new PetRoastFunction(this, 'NotifyWorkerFunction', {
      entry: 'lambdas/workers/callback.ts',
      description: 'Callback queue: delivers signed completion callbacks with retries',
      timeout: CALLBACK_WORKER_TIMEOUT,
      environment: {
        ...common,
        NOTIFY_DLQ_URL: callbackQueue.deadLetterQueue.queueUrl,
        CALLBACK_RETRY_SCHEDULE: settings.callbackRetrySchedule,
      },
    });
    bind(callbackWorker, ['table', 'bucket', 'signing-secret']);
    if (secrets.apiClients) {
      // Per-client callback URL and signing secret live in the client registry (docs/tenancy.md).
      callbackWorker.addEnvironment(ENV.API_CLIENTS_SECRET_ARN, secrets.apiClients.secretArn);
      secrets.apiClients.grantRead(callbackWorker);
    }
    callbackQueue.queue.grantConsumeMessages(callbackWorker);
    callbackQueue.deadLetterQueue.grantSendMessages(callbackWorker);
    callbackWorker.addEventSource(new SqsEventSource(callbackQueue.queue, { batchSize: 10, reportBatchItemFailures: true, maxConcurrency: 10 }));
    const reconciler = new PetRoastFunction(this, 'ReconcilerFunction', {
      entry: 'lambdas/workers/reconcile.ts',
      description: 'Re-drives jobs and callbacks that stopped moving',
      timeout: Duration.seconds(60),
      environment: common,
    });
    bind(reconciler, ['table', 'render-queue', 'callback-queue']);
    new Rule(this, 'ReconcileSchedule', {
      schedule: Schedule.rate(Duration.minutes(5)),
      targets: [new LambdaFunction(reconciler, { retryAttempts: 2 })],
    });
    for (const [id, fn] of [['RenderWorker', renderWorker], ['NotifyWorker', callbackWorker], ['Reconciler', reconciler]] as const) {
      // The reconciler runs once per 5 minutes: its error rate is judged per 5-minute period.
      monitoring.watchFunction(id, fn, fn === reconciler ? { period: Duration.minutes(5) } : {});
      this.functions.set(id, fn);
    }

    monitoring.watchQueue('Render', render, 15 * 60);
    monitoring.watchQueue('Notify', callbackQueue, 12 * 60 * 60);
    monitoring.watchApi(api.api, { stage: settings.stage, routes, accessLogs: api.accessLogs });

    new CfnOutput(this, 'ApiUrl', { value: api.url, description: 'Base URL of the API stage.' });
    new CfnOutput(this, 'ApiKeyId', {
      value: api.apiKey.keyId,
      description: 'aws apigateway get-api-key --api-key <id> --include-value',
    });
    new CfnOutput(this, 'JobsTableName', { value: jobs.table.tableName });
    new CfnOutput(this, 'MediaBucketName', { value: media.bucket.bucketName });
    new CfnOutput(this, 'RenderQueueUrl', { value: render.queue.queueUrl });
    new CfnOutput(this, 'NotifyQueueUrl', { value: callbackQueue.queue.queueUrl });
    new CfnOutput(this, 'RevidApiKeySecretArn', { value: secrets.revidApiKey.secretArn });
    new CfnOutput(this, 'WebhookSigningSecretArn', { value: secrets.webhookSigning.secretArn });
    new CfnOutput(this, 'AlarmTopicArn', { value: monitoring.alarmTopic.topicArn });
    new CfnOutput(this, 'UsagePlanId', { value: api.usagePlan.usagePlanId, description: 'npm run client:add -- --usage-plan-id <id> …' });
    new CfnOutput(this, 'AuthMode', { value: settings.authMode });
    new CfnOutput(this, 'ArCloudManifestUrl', {
      value: settings.arCloudId ? `${api.url}v1/effects/${settings.arCloudId}` : 'off (set -c arCloudId=<uuid>)',
      description: "Banuba SDK AR Cloud URL (docs/ar-cloud.md); effects are published with npm run effects:add.",
    });
    // Which languages translate with these settings, printed at synth (an Info annotation) and after deploy.
    const coverage = describeCoverage(configuredTranslationProviders(settings), settings.translationRoutes);
    new CfnOutput(this, 'TranslationLanguages', {
      value: coverage,
      description: 'Languages POST /api/translate-text and narration can use with these settings (docs/translation.md).',
    });
    Annotations.of(this).addInfo(`Translation: ${coverage}`);
    if (secrets.apiClients) {
      new CfnOutput(this, 'ApiClientsSecretArn', { value: secrets.apiClients.secretArn, description: 'Hashed API client registry (npm run client:add).' });
    }
  }
}
