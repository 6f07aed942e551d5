import { RemovalPolicy } from 'aws-cdk-lib';
import { Secret } from 'aws-cdk-lib/aws-secretsmanager';
import { Construct } from 'constructs';

/**
 * Secrets Manager secrets the functions read through Powertools Parameters (never plain env vars).
 * The Revid key (and translation keys, created with their providers) are filled in by the operator after the first deploy; the
 * webhook signing secret is generated (48 base64-alphabet characters = 36 bytes, read as `whsec_…`).
 */
export class ServiceSecrets extends Construct {
  readonly revidApiKey: Secret;
  readonly webhookSigning: Secret;

  constructor(scope: Construct, id: string) {
    super(scope, id);
    this.revidApiKey = new Secret(this, 'RevidApiKey', {
      description: 'Revid.ai API key (header `key`). Set the secret value to the raw key.',
      removalPolicy: RemovalPolicy.RETAIN,
    });
    this.webhookSigning = new Secret(this, 'WebhookSigningSecret', {
      description: 'Standard Webhooks signing secret for customer callbacks (whsec_ + base64, or the generated value).',
      generateSecretString: { excludePunctuation: true, includeSpace: false, passwordLength: 48 },
      removalPolicy: RemovalPolicy.RETAIN,
    });
  }
}
