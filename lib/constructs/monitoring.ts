import { Duration, RemovalPolicy } from 'aws-cdk-lib';
import type { RestApi } from 'aws-cdk-lib/aws-apigateway';
import {
  Alarm,
  ComparisonOperator,
  Dashboard,
  GraphWidget,
  MathExpression,
  Metric,
  TreatMissingData,
  type IMetric,
} from 'aws-cdk-lib/aws-cloudwatch';
import { SnsAction } from 'aws-cdk-lib/aws-cloudwatch-actions';
import { ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { Key } from 'aws-cdk-lib/aws-kms';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import { FilterPattern, MetricFilter, type ILogGroup } from 'aws-cdk-lib/aws-logs';
import { Topic } from 'aws-cdk-lib/aws-sns';
import { EmailSubscription } from 'aws-cdk-lib/aws-sns-subscriptions';
import type { Queue } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { DETECTOR_SERVICE_NAME, METRIC, METRIC_DIMENSION, METRICS_NAMESPACE, SERVICE_NAME } from '../../lambdas/domain/metric-names.js';
import { PROVIDER_NAMES } from '../../lambdas/engines/translation/types.js';
import { SPEECH_PROVIDER_NAMES } from '../../lambdas/domain/vocabulary.js';
import type { RouteSpec } from '../../lambdas/domain/routes.js';
import type { WorkQueue } from './queues.js';

const FIVE_MINUTES = Duration.minutes(5);

/**
 * Function error alarms: the error *rate* (errors / invocations, in percent) above this in at least
 * `ERROR_RATE_DATAPOINTS` of the last `ERROR_RATE_WINDOW` periods. A lone failed invocation (a
 * client's bad media, one provider hiccup) is retried and does not page anyone; a function failing a
 * steady share of its calls does.
 */
export const ERROR_RATE_THRESHOLD_PERCENT = 5;
export const ERROR_RATE_DATAPOINTS = 3;
export const ERROR_RATE_WINDOW = 5;

export interface MonitoringProps {
  /** Name of the dashboard (the stack name, `PetRoast-<stage>`). */
  name: string;
  /** Subscribed to the alarm topic by e-mail (AWS mails a confirmation link first). */
  alarmEmail?: string;
  /** Of the topic's KMS key. */
  removalPolicy?: RemovalPolicy;
}

export interface WatchFunctionOptions {
  /** Period of the error-rate datapoints; a function that runs every 5 minutes needs 5-minute periods. */
  period?: Duration;
}

/** One of the service's own (Powertools EMF) metrics. */
function serviceMetric(name: string, statistic: string, service = SERVICE_NAME, label?: string): Metric {
  return new Metric({ namespace: METRICS_NAMESPACE, metricName: name, dimensionsMap: { service }, statistic, period: FIVE_MINUTES, label });
}

interface AlarmOptions {
  op?: ComparisonOperator;
  evaluationPeriods?: number;
  datapointsToAlarm?: number;
}

/**
 * Alarms (to one SNS topic operators subscribe to) and a dashboard, per docs/reference/reliability.md F2 and
 * docs/reference/architecture-reference.md §2: DLQ depth, oldest message age, a queue that stopped deleting while messages wait (a
 * broken partial-batch response), callback permanent failures, function errors and throttles, API 5xx
 * and API throttling (429s); the dashboard charts pet detection rate, job success rate, time to
 * completion, detection and endpoint latency, callbacks, translation fail-overs and queues. README, Operations has the runbook.
 */
export class Monitoring extends Construct {
  readonly alarmTopic: Topic;
  readonly dashboard: Dashboard;
  private readonly action: SnsAction;

  constructor(scope: Construct, id: string, props: MonitoringProps) {
    super(scope, id);
    // Encrypted at rest with a customer-managed key: CloudWatch alarms cannot publish to a topic under
    // the AWS-managed SNS key, whose policy cannot grant the cloudwatch.amazonaws.com principal.
    const key = new Key(this, 'AlarmTopicKey', {
      description: `${props.name}: encrypts the alarm topic`,
      enableKeyRotation: true,
      removalPolicy: props.removalPolicy ?? RemovalPolicy.RETAIN,
    });
    key.grant(new ServicePrincipal('cloudwatch.amazonaws.com'), 'kms:Decrypt', 'kms:GenerateDataKey*');
    this.alarmTopic = new Topic(this, 'AlarmTopic', { displayName: `${props.name} alarms`, enforceSSL: true, masterKey: key });
    if (props.alarmEmail) this.alarmTopic.addSubscription(new EmailSubscription(props.alarmEmail));
    this.action = new SnsAction(this.alarmTopic);
    this.dashboard = new Dashboard(this, 'Dashboard', { dashboardName: props.name });
    this.addServiceWidgets();
  }

  private alarm(id: string, metric: IMetric, threshold: number, description: string, options: AlarmOptions = {}): Alarm {
    const alarm = new Alarm(this, id, {
      metric,
      threshold,
      evaluationPeriods: options.evaluationPeriods ?? 1,
      datapointsToAlarm: options.datapointsToAlarm,
      comparisonOperator: options.op ?? ComparisonOperator.GREATER_THAN_THRESHOLD,
      treatMissingData: TreatMissingData.NOT_BREACHING,
      alarmDescription: description,
    });
    alarm.addAlarmAction(this.action);
    return alarm;
  }

  /** Business and delivery metrics: detection rate, job success, time to completion, callbacks. */
  private addServiceWidgets(): void {
    const pets = serviceMetric(METRIC.PetsDetected, 'Sum', DETECTOR_SERVICE_NAME, 'pet found');
    const noPets = serviceMetric(METRIC.NoPetDetected, 'Sum', DETECTOR_SERVICE_NAME, 'no pet');
    const completed = serviceMetric(METRIC.JobsCompleted, 'Sum', SERVICE_NAME, 'completed');
    const failed = serviceMetric(METRIC.JobsFailed, 'Sum', SERVICE_NAME, 'failed');
    this.dashboard.addWidgets(
      new GraphWidget({
        title: 'Pet detection rate (%)',
        left: [new MathExpression({ expression: '100 * pets / (pets + nopets)', usingMetrics: { pets, nopets: noPets }, label: 'pet detection rate', period: FIVE_MINUTES })],
        right: [pets, noPets],
      }),
      new GraphWidget({
        title: 'Job success rate (%)',
        left: [new MathExpression({ expression: '100 * ok / (ok + failed)', usingMetrics: { ok: completed, failed }, label: 'job success rate', period: FIVE_MINUTES })],
        right: [completed, failed],
      }),
      new GraphWidget({
        title: 'Time to completion (s)',
        left: ['p50', 'p90', 'p99'].map((p) => serviceMetric(METRIC.TimeToCompletion, p, SERVICE_NAME, p)),
      }),
      new GraphWidget({
        title: 'Detection latency (ms)',
        left: ['p50', 'p90', 'p99'].map((p) => serviceMetric(METRIC.DetectionLatency, p, DETECTOR_SERVICE_NAME, p)),
      }),
      new GraphWidget({
        title: 'Callbacks',
        left: [serviceMetric(METRIC.CallbackAttempts, 'Sum', SERVICE_NAME, 'attempts')],
        right: [serviceMetric(METRIC.CallbackFailures, 'Sum', SERVICE_NAME, 'permanent failures')],
      }),
      new GraphWidget({
        title: 'Video provider fallbacks (re-rendered by the built-in renderer)',
        left: [serviceMetric(METRIC.VideoProviderFallbacks, 'Sum', SERVICE_NAME, 'fallbacks')],
      }),
      new GraphWidget({
        title: 'Translation fail-overs, by the provider that failed',
        left: PROVIDER_NAMES.map(
          (provider) =>
            new Metric({
              namespace: METRICS_NAMESPACE,
              metricName: METRIC.TranslationFailovers,
              dimensionsMap: { service: SERVICE_NAME, [METRIC_DIMENSION.Provider]: provider },
              statistic: 'Sum',
              period: FIVE_MINUTES,
              label: provider,
            }),
        ),
      }),
    );
    // Narration (docs/voices.md): who spoke, and fail-overs by the provider that failed (whole scripts).
    const speechMetric = (name: string, provider: string) =>
      new Metric({
        namespace: METRICS_NAMESPACE,
        metricName: name,
        dimensionsMap: { service: SERVICE_NAME, [METRIC_DIMENSION.Provider]: provider },
        statistic: 'Sum',
        period: FIVE_MINUTES,
        label: provider,
      });
    this.dashboard.addWidgets(
      new GraphWidget({
        title: 'Narrations by the speech provider that spoke (left), fail-overs by the one that failed (right)',
        left: SPEECH_PROVIDER_NAMES.map((provider) => speechMetric(METRIC.NarrationsSpoken, provider)),
        right: SPEECH_PROVIDER_NAMES.map((provider) => speechMetric(METRIC.SpeechFailovers, provider)),
      }),
    );
    this.alarm('CallbackPermanentFailures', serviceMetric(METRIC.CallbackFailures, 'Sum'), 0,
      'A customer callback exhausted its retry schedule (about 3 days) and was dead-lettered (see README, Operations).');
  }

  watchQueue(name: string, work: WorkQueue, maxAgeSeconds: number): void {
    this.alarm(`${name}DlqDepth`, work.deadLetterQueue.metricApproximateNumberOfMessagesVisible({ period: Duration.minutes(1) }), 0,
      `${name}: messages reached the dead-letter queue (see README, Operations: redrive).`);
    this.alarm(`${name}OldestMessage`, work.queue.metricApproximateAgeOfOldestMessage({ period: FIVE_MINUTES }), maxAgeSeconds,
      `${name}: the oldest message is older than ${maxAgeSeconds} s; the consumer is stuck or failing.`);
    // AWS's signal of a broken partial-batch response (docs/reference/reliability.md §5): messages wait, none are deleted.
    const stalled = new MathExpression({
      expression: 'IF(visible > 0 AND FILL(deleted, 0) == 0, 1, 0)',
      usingMetrics: {
        visible: work.queue.metricApproximateNumberOfMessagesVisible({ period: FIVE_MINUTES, statistic: 'Minimum' }),
        deleted: work.queue.metricNumberOfMessagesDeleted({ period: FIVE_MINUTES, statistic: 'Sum' }),
      },
      label: `${name}: visible but not deleted`,
      period: FIVE_MINUTES,
    });
    this.alarm(`${name}NotDeleting`, stalled, 1,
      `${name}: messages have been waiting for 15 minutes and none were deleted; the consumer fails every batch (or misreports partial failures).`,
      { op: ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD, evaluationPeriods: 3, datapointsToAlarm: 3 });
    this.dashboard.addWidgets(
      new GraphWidget({
        title: `${name} queue`,
        left: [work.queue.metricApproximateNumberOfMessagesVisible(), work.queue.metricNumberOfMessagesDeleted()],
        right: [(work.deadLetterQueue as Queue).metricApproximateNumberOfMessagesVisible()],
      }),
    );
  }

  /**
   * Error-rate and throttle alarms of one function. The rate is `100 * errors / invocations` per period
   * (0 when the function was not invoked), alarming above ERROR_RATE_THRESHOLD_PERCENT in
   * ERROR_RATE_DATAPOINTS of ERROR_RATE_WINDOW periods (default 1 minute).
   */
  watchFunction(name: string, fn: IFunction, options: WatchFunctionOptions = {}): void {
    const period = options.period ?? Duration.minutes(1);
    const errorRate = new MathExpression({
      expression: 'IF(invocations > 0, 100 * errors / invocations, 0)',
      usingMetrics: {
        errors: fn.metricErrors({ period, statistic: 'Sum' }),
        invocations: fn.metricInvocations({ period, statistic: 'Sum' }),
      },
      label: `${name} error rate (%)`,
      period,
    });
    this.alarm(`${name}Errors`, errorRate, ERROR_RATE_THRESHOLD_PERCENT,
      `${name}: more than ${ERROR_RATE_THRESHOLD_PERCENT}% of invocations failed in ${ERROR_RATE_DATAPOINTS} of the last ${ERROR_RATE_WINDOW} periods of ${period.toMinutes()} min (see README, Operations).`,
      { evaluationPeriods: ERROR_RATE_WINDOW, datapointsToAlarm: ERROR_RATE_DATAPOINTS });
    this.alarm(`${name}Throttles`, fn.metricThrottles({ period: FIVE_MINUTES }), 0, `${name}: invocations were throttled.`);
  }

  /**
   * API health: 5xx count, throttled requests (429s, counted from the JSON access log because API
   * Gateway has no 429 metric of its own), and latency per route.
   */
  watchApi(api: RestApi, options: { stage: string; routes: RouteSpec[]; accessLogs: ILogGroup; throttledThreshold?: number }): void {
    this.alarm('Api5xx', api.metricServerError({ period: FIVE_MINUTES }), 5, 'The API answered more than five 5xx in 5 minutes.');
    new MetricFilter(this, 'ApiThrottledFilter', {
      logGroup: options.accessLogs,
      metricNamespace: METRICS_NAMESPACE,
      metricName: METRIC.ApiThrottled,
      filterPattern: FilterPattern.stringValue('$.status', '=', '429'),
      metricValue: '1',
      defaultValue: 0,
    });
    const throttled = new Metric({ namespace: METRICS_NAMESPACE, metricName: METRIC.ApiThrottled, statistic: 'Sum', period: FIVE_MINUTES });
    this.alarm('ApiThrottled', throttled, options.throttledThreshold ?? 50,
      'Callers were answered 429 (usage-plan or stage throttle/quota) more than the threshold in 5 minutes: raise the limits or find the noisy client.');
    const latency = (route: RouteSpec) =>
      new Metric({
        namespace: 'AWS/ApiGateway',
        metricName: 'Latency',
        dimensionsMap: { ApiName: api.restApiName, Method: route.method, Resource: route.path, Stage: options.stage },
        statistic: 'p90',
        period: FIVE_MINUTES,
        label: `${route.method} ${route.path}`,
      });
    this.dashboard.addWidgets(
      new GraphWidget({
        title: 'API',
        left: [api.metricCount(), api.metricClientError(), api.metricServerError(), throttled.with({ label: '429s' })],
        right: [api.metricLatency()],
      }),
      new GraphWidget({ title: 'Endpoint latency p90 (ms)', left: options.routes.map(latency), width: 12 }),
    );
  }
}
