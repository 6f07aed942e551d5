import { Duration, Stack } from 'aws-cdk-lib';
import {
  AccessLogFormat,
  ApiKeySourceType,
  LambdaIntegration,
  LogGroupLogDestination,
  MethodLoggingLevel,
  Period,
  ResponseType,
  RestApi,
  type IApiKey,
  type IResource,
} from 'aws-cdk-lib/aws-apigateway';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import { RemovalPolicy } from 'aws-cdk-lib';
import { Construct } from 'constructs';
import type { RouteSpec } from '../../lambdas/core/routes.js';

export interface ApiProps {
  stageName: string;
  /** Steady-state requests per second per method and per API key. */
  rateLimit: number;
  burstLimit: number;
  dailyQuota: number;
}

const envelope = (code: string, message: string) =>
  JSON.stringify({ detail: { error: code, message } }).replace('"MSG"', '$context.error.messageString');

/**
 * The REST API: one stage with access logs, X-Ray, method throttling, a usage plan with an API key
 * for `/api/*`, and API Gateway's own errors rewritten into the service's `{"detail": …}` envelope.
 * Routes are added from the route table; CORS preflights go to the route's own Lambda.
 */
export class Api extends Construct {
  readonly api: RestApi;
  readonly apiKey: IApiKey;

  constructor(scope: Construct, id: string, props: ApiProps) {
    super(scope, id);
    const accessLogs = new LogGroup(this, 'AccessLogs', {
      retention: RetentionDays.THREE_MONTHS,
      removalPolicy: RemovalPolicy.DESTROY,
    });
    this.api = new RestApi(this, 'RestApi', {
      restApiName: `pet-roast-${props.stageName}`,
      description: 'Pet Roast AI',
      apiKeySourceType: ApiKeySourceType.HEADER,
      cloudWatchRole: true,
      deployOptions: {
        stageName: props.stageName,
        tracingEnabled: true,
        metricsEnabled: true,
        loggingLevel: MethodLoggingLevel.ERROR,
        dataTraceEnabled: false,
        accessLogDestination: new LogGroupLogDestination(accessLogs),
        accessLogFormat: AccessLogFormat.jsonWithStandardFields(),
        throttlingRateLimit: props.rateLimit,
        throttlingBurstLimit: props.burstLimit,
      },
    });

    const responses: Array<[ResponseType, string, string, string]> = [
      [ResponseType.INVALID_API_KEY, '403', 'forbidden', 'Missing or invalid API key.'],
      [ResponseType.ACCESS_DENIED, '403', 'forbidden', 'Forbidden.'],
      [ResponseType.UNAUTHORIZED, '403', 'forbidden', 'Missing or invalid credentials.'],
      [ResponseType.MISSING_AUTHENTICATION_TOKEN, '404', 'not_found', 'No such route.'],
      [ResponseType.THROTTLED, '429', 'rate_limited', 'Too many requests; slow down and retry.'],
      [ResponseType.QUOTA_EXCEEDED, '429', 'rate_limited', 'The API key quota is used up for this period.'],
      [ResponseType.REQUEST_TOO_LARGE, '413', 'payload_too_large', 'The request body is too large.'],
      [ResponseType.INTEGRATION_TIMEOUT, '504', 'timeout', 'The request took too long; it is safe to retry.'],
      [ResponseType.DEFAULT_4XX, '400', 'bad_request', 'MSG'],
      [ResponseType.DEFAULT_5XX, '502', 'internal_error', 'Something went wrong on our side; it is safe to retry.'],
    ];
    for (const [type, statusCode, code, message] of responses) {
      this.api.addGatewayResponse(`${type.responseType}Response`, {
        type,
        statusCode: type === ResponseType.DEFAULT_4XX ? undefined : statusCode,
        responseHeaders: {
          'Access-Control-Allow-Origin': "'*'",
          'x-request-id': 'context.requestId',
        },
        templates: { 'application/json': envelope(code, message) },
      });
    }

    this.apiKey = this.api.addApiKey('DefaultApiKey', { description: 'Default key for the app backend.' });
    const plan = this.api.addUsagePlan('UsagePlan', {
      name: `pet-roast-${props.stageName}`,
      throttle: { rateLimit: props.rateLimit, burstLimit: props.burstLimit },
      quota: { limit: props.dailyQuota, period: Period.DAY },
    });
    plan.addApiKey(this.apiKey);
    plan.addApiStage({ stage: this.api.deploymentStage });
  }

  /** Adds one route (and its CORS preflight) integrated with `fn`. */
  addRoute(route: RouteSpec, fn: IFunction): void {
    const resource = this.resourceFor(route.path);
    const integration = new LambdaIntegration(fn, { proxy: true, timeout: Duration.seconds(29) });
    resource.addMethod(route.method, integration, {
      apiKeyRequired: route.auth === 'api-key',
      operationName: route.id,
    });
    if (!resource.node.tryFindChild('OPTIONS')) resource.addMethod('OPTIONS', integration, { apiKeyRequired: false });
  }

  private resourceFor(path: string): IResource {
    let resource: IResource = this.api.root;
    for (const part of path.split('/').filter(Boolean)) resource = resource.getResource(part) ?? resource.addResource(part);
    return resource;
  }

  get url(): string {
    return this.api.url;
  }

  get region(): string {
    return Stack.of(this).region;
  }
}
