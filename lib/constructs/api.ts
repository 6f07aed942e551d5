import { Duration, Stack } from 'aws-cdk-lib';
import {
  AccessLogFormat,
  ApiKeySourceType,
  AuthorizationType,
  IdentitySource,
  LambdaIntegration,
  LogGroupLogDestination,
  MethodLoggingLevel,
  Period,
  ResponseType,
  RequestAuthorizer,
  RestApi,
  type IApiKey,
  type IResource,
  type UsagePlan,
} from 'aws-cdk-lib/aws-apigateway';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import { RemovalPolicy } from 'aws-cdk-lib';
import { Construct } from 'constructs';
import { AUTH_CACHE_TTL_S } from '../../lambdas/domain/auth/authorizer.js';
import { GATEWAY_ERRORS, GATEWAY_MESSAGE, GATEWAY_STATUS_KEPT, type AppError } from '../../lambdas/domain/errors.js';
import type { RouteSpec } from '../../lambdas/domain/routes.js';

/**
 * How `/api/*` callers authenticate (docs/tenancy.md; AWS: "don't use API keys for authentication").
 * - `authorizer`: a Lambda REQUEST authorizer checks the key (from `x-api-key` or `Authorization:
 *   Bearer`) against hashed client records and hands it back as the usage-plan key
 *   (`apiKeySourceType: AUTHORIZER`). `cache: 'off'` (default) declares no identity source and no
 *   gateway cache, because API Gateway caches a REQUEST authorizer only when *every* identity source is
 *   present and the key arrives in one of two headers; `cache: 'gateway'` names `x-api-key` as the
 *   identity source with a 300 s decision cache, and then Bearer-only requests are refused.
 * - `iam`: SigV4-signed callers inside AWS (`AuthorizationType.IAM`); the API key is still required
 *   (header) as the usage-plan identifier for throttling and quotas, not as a credential.
 */
export type ApiAuth = { mode: 'authorizer'; handler: IFunction; cache: 'off' | 'gateway' } | { mode: 'iam' };

export interface ApiProps {
  /** Name of the REST API, its usage plan and authorizer (the stack name, `PetRoast-<stage>`). */
  name: string;
  stageName: string;
  /**
   * Create API Gateway's account-level CloudWatch Logs role (one per account and region, shared by
   * every API there; kept when this stack is deleted). Off by default: the platform team usually owns it.
   */
  accountRole?: boolean;
  /** Steady-state requests per second per method and per API key. */
  rateLimit: number;
  burstLimit: number;
  dailyQuota: number;
  /** `Access-Control-Allow-Origin` of API Gateway's own error answers (the functions send `CORS_ALLOW_ORIGIN`, the same value). */
  corsAllowOrigin: string;
  auth: ApiAuth;
}

/** API Gateway's decision cache in `authCache=gateway` mode (the same period as the authorizer's registry cache). */
export const AUTHORIZER_CACHE_TTL = Duration.seconds(AUTH_CACHE_TTL_S);

/**
 * The mapping template of a gateway response: the catalogue entry's envelope, with API Gateway's own
 * message (`$context.error.messageString`, already quoted) where the entry holds {@link GATEWAY_MESSAGE}.
 */
export const gatewayResponseTemplate = (error: AppError): string =>
  JSON.stringify({ detail: error.toDetail() }).replace(JSON.stringify(GATEWAY_MESSAGE), '$context.error.messageString');

/**
 * The REST API: one stage with access logs, X-Ray, method throttling, a usage plan with an API key
 * for `/api/*`, and API Gateway's own errors rewritten into the service's `{"detail": …}` envelope.
 * Routes are added from the route table; CORS preflights go to the route's own Lambda.
 */
export class Api extends Construct {
  readonly api: RestApi;
  readonly apiKey: IApiKey;
  readonly usagePlan: UsagePlan;
  /** The stage's access log (JSON, one line per request); the throttling alarm counts its 429s. */
  readonly accessLogs: LogGroup;
  readonly authorizer?: RequestAuthorizer;
  private readonly auth: ApiAuth;

  constructor(scope: Construct, id: string, props: ApiProps) {
    super(scope, id);
    this.auth = props.auth;
    const accessLogs = (this.accessLogs = new LogGroup(this, 'AccessLogs', {
      retention: RetentionDays.THREE_MONTHS,
      removalPolicy: RemovalPolicy.DESTROY,
    }));
    this.api = new RestApi(this, 'RestApi', {
      restApiName: props.name,
      description: 'Pet Roast AI',
      // With the authorizer, the usage-plan key is the one it validated (one credential, either header).
      apiKeySourceType: props.auth.mode === 'authorizer' ? ApiKeySourceType.AUTHORIZER : ApiKeySourceType.HEADER,
      // Access and execution logging need the account's CloudWatch role set once per account/region
      // (README, Deploy); creating it here would overwrite an account-wide setting, so it is opt-in.
      cloudWatchRole: props.accountRole ?? false,
      ...(props.accountRole ? { cloudWatchRoleRemovalPolicy: RemovalPolicy.RETAIN } : {}),
      // Every request body reaches the function as its exact bytes (base64 in the proxy event): without
      // a binary media type API Gateway treats a body as UTF-8 text, and a Latin-1 body would arrive with
      // invented U+FFFD. The shared wrapper decodes the declared charset strictly (lambdas/http/body.ts).
      binaryMediaTypes: ['*/*'],
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

    // API Gateway's own errors, from the one error catalogue (lambdas/domain/errors.ts GATEWAY_ERRORS).
    for (const [type, error] of Object.entries(GATEWAY_ERRORS) as Array<[keyof typeof GATEWAY_ERRORS, AppError]>) {
      this.api.addGatewayResponse(`${type}Response`, {
        type: ResponseType.of(type),
        statusCode: GATEWAY_STATUS_KEPT.includes(type) ? undefined : String(error.status),
        responseHeaders: {
          'Access-Control-Allow-Origin': `'${props.corsAllowOrigin}'`,
          'x-request-id': 'context.requestId',
        },
        templates: { 'application/json': gatewayResponseTemplate(error) },
      });
    }

    this.apiKey = this.api.addApiKey('DefaultApiKey', { description: 'Default key for the app backend.' });
    const plan = this.api.addUsagePlan('UsagePlan', {
      name: props.name,
      throttle: { rateLimit: props.rateLimit, burstLimit: props.burstLimit },
      quota: { limit: props.dailyQuota, period: Period.DAY },
    });
    plan.addApiKey(this.apiKey);
    plan.addApiStage({ stage: this.api.deploymentStage });
    this.usagePlan = plan;

    if (props.auth.mode === 'authorizer') {
      const gatewayCache = props.auth.cache === 'gateway';
      this.authorizer = new RequestAuthorizer(this, 'Authorizer', {
        handler: props.auth.handler,
        authorizerName: `${props.name}-clients`,
        identitySources: gatewayCache ? [IdentitySource.header('x-api-key')] : [],
        resultsCacheTtl: gatewayCache ? AUTHORIZER_CACHE_TTL : Duration.seconds(0),
      });
    }
  }

  /** Adds one route (and its CORS preflight) integrated with `fn`. */
  addRoute(route: RouteSpec, fn: IFunction): void {
    const resource = this.resourceFor(route.path);
    const integration = new LambdaIntegration(fn, { proxy: true, timeout: Duration.seconds(29) });
    const keyed = route.auth === 'api-key';
    const auth = {
      // The usage plan meters the key in both modes; it authenticates nobody on its own.
      apiKeyRequired: keyed,
      ...(!keyed
        ? { authorizationType: AuthorizationType.NONE }
        : this.auth.mode === 'iam'
          ? { authorizationType: AuthorizationType.IAM }
          : { authorizationType: AuthorizationType.CUSTOM, authorizer: this.authorizer }),
    };
    resource.addMethod(route.method, integration, { ...auth, operationName: route.id });
    if (!resource.node.tryFindChild('OPTIONS')) {
      resource.addMethod('OPTIONS', integration, { apiKeyRequired: false, authorizationType: AuthorizationType.NONE });
    }
    // Any other method on a known path: API Gateway would answer MISSING_AUTHENTICATION_TOKEN (our 404).
    // ANY sends it, behind the same authentication, to the route's function, whose shared wrapper
    // answers 405 with `Allow` (lambdas/http/handler.ts; docs/integration-guide.md).
    if (!resource.node.tryFindChild('ANY')) resource.addMethod('ANY', integration, auth);
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
