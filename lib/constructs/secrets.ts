import { RemovalPolicy, SecretValue } from 'aws-cdk-lib';
import { Secret, type ISecret } from 'aws-cdk-lib/aws-secretsmanager';
import { Construct } from 'constructs';

/**
 * Secrets Manager secrets the functions read through Powertools Parameters (never plain env vars).
 * The Revid key (and translation keys, created with their providers) are filled in by the operator after the first deploy; the
 * webhook signing secret is generated (48 base64-alphabet characters = 36 bytes, read as `whsec_…`).
 */
export class ServiceSecrets extends Construct {
  /** The Revid key: the stack's own secret, or the existing one named by `revidApiKeySecretArn`. */
  readonly revidApiKey: ISecret;
  readonly webhookSigning: Secret;
  /** API client registry for the REQUEST authorizer (absent in `authMode=iam`). */
  readonly apiClients?: Secret;

  /**
   * @param props.apiClients create the API client registry (authorizer mode)
   * @param props.revidApiKeySecretArn full ARN of an existing secret holding the Revid key (context
   *   `revidApiKey`): used instead of creating one
   */
  constructor(scope: Construct, id: string, props: { apiClients?: boolean; revidApiKeySecretArn?: string } = {}) {
    super(scope, id);
    if (props.apiClients) {
      // Starts empty (a literal with no secret in it); `npm run client:add` appends SHA-256 hashes of
      // issued keys, never the keys themselves (lambdas/domain/auth/clients.ts).
      this.apiClients = new Secret(this, 'ApiClients', {
        description: 'Registered API clients: {"clients":[{"id","sha256"}]} (hashes of API keys only). Managed by npm run client:add.',
        secretStringValue: SecretValue.unsafePlainText('{"clients":[]}'),
        removalPolicy: RemovalPolicy.RETAIN,
      });
    }
    this.revidApiKey = props.revidApiKeySecretArn
      ? Secret.fromSecretCompleteArn(this, 'RevidApiKey', props.revidApiKeySecretArn)
      : new Secret(this, 'RevidApiKey', {
          description: 'Revid.ai API key (header `key`). Set the secret value to the raw key, then deploy with -c revidApiKey=stack.',
          removalPolicy: RemovalPolicy.RETAIN,
        });
    this.webhookSigning = new Secret(this, 'WebhookSigningSecret', {
      description: 'Standard Webhooks signing secret for customer callbacks (whsec_ + base64, or the generated value).',
      generateSecretString: { excludePunctuation: true, includeSpace: false, passwordLength: 48 },
      removalPolicy: RemovalPolicy.RETAIN,
    });
  }
}
