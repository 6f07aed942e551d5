import { Duration } from 'aws-cdk-lib';
import type { RestApi } from 'aws-cdk-lib/aws-apigateway';
import { Alarm, ComparisonOperator, Dashboard, GraphWidget, TreatMissingData, type IMetric } from 'aws-cdk-lib/aws-cloudwatch';
import { SnsAction } from 'aws-cdk-lib/aws-cloudwatch-actions';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import { Topic } from 'aws-cdk-lib/aws-sns';
import type { Queue } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import type { WorkQueue } from './queues.js';

/**
 * Alarms (to one SNS topic operators subscribe to) and a dashboard: DLQ depth, oldest message age,
 * queues that stopped deleting while messages are in flight (a broken partial-batch response), function
 * errors and throttles, API 5xx.
 */
export class Monitoring extends Construct {
  readonly alarmTopic: Topic;
  readonly dashboard: Dashboard;
  private readonly action: SnsAction;

  constructor(scope: Construct, id: string) {
    super(scope, id);
    this.alarmTopic = new Topic(this, 'AlarmTopic', { displayName: 'Pet Roast alarms', enforceSSL: true });
    this.action = new SnsAction(this.alarmTopic);
    this.dashboard = new Dashboard(this, 'Dashboard', { dashboardName: `pet-roast-${this.node.addr.slice(0, 8)}` });
  }

  private alarm(id: string, metric: IMetric, threshold: number, description: string, op = ComparisonOperator.GREATER_THAN_THRESHOLD): Alarm {
    const alarm = new Alarm(this, id, {
      metric,
      threshold,
      evaluationPeriods: 1,
      comparisonOperator: op,
      treatMissingData: TreatMissingData.NOT_BREACHING,
      alarmDescription: description,
    });
    alarm.addAlarmAction(this.action);
    return alarm;
  }

  watchQueue(name: string, work: WorkQueue, maxAgeSeconds: number): void {
    this.alarm(`${name}DlqDepth`, work.deadLetterQueue.metricApproximateNumberOfMessagesVisible({ period: Duration.minutes(1) }), 0,
      `${name}: messages reached the dead-letter queue (see README, Operations: redrive).`);
    this.alarm(`${name}OldestMessage`, work.queue.metricApproximateAgeOfOldestMessage({ period: Duration.minutes(5) }), maxAgeSeconds,
      `${name}: the oldest message is older than ${maxAgeSeconds} s; the consumer is stuck or failing.`);
    this.dashboard.addWidgets(
      new GraphWidget({
        title: `${name} queue`,
        left: [work.queue.metricApproximateNumberOfMessagesVisible(), work.queue.metricNumberOfMessagesDeleted()],
        right: [(work.deadLetterQueue as Queue).metricApproximateNumberOfMessagesVisible()],
      }),
    );
  }

  watchFunction(name: string, fn: IFunction): void {
    this.alarm(`${name}Errors`, fn.metricErrors({ period: Duration.minutes(5) }), 0, `${name}: the function threw errors.`);
    this.alarm(`${name}Throttles`, fn.metricThrottles({ period: Duration.minutes(5) }), 0, `${name}: invocations were throttled.`);
  }

  watchApi(api: RestApi): void {
    this.alarm('Api5xx', api.metricServerError({ period: Duration.minutes(5) }), 5, 'The API answered more than five 5xx in 5 minutes.');
    this.dashboard.addWidgets(
      new GraphWidget({ title: 'API', left: [api.metricCount(), api.metricClientError(), api.metricServerError()], right: [api.metricLatency()] }),
    );
  }
}
