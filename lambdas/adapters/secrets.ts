import { SecretsProvider } from '@aws-lambda-powertools/parameters/secrets';
import { SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import type { SecretSource } from '../domain/ports.js';

/**
 * Secrets Manager through Powertools Parameters with a cache (default 5 minutes), so a warm function
 * reads each secret once per cache period and a rotated secret is picked up without a deploy.
 */
export class SecretsManagerSource implements SecretSource {
  private readonly provider: SecretsProvider;

  constructor(
    client: SecretsManagerClient = new SecretsManagerClient({}),
    private readonly maxAgeSeconds = 300,
  ) {
    this.provider = new SecretsProvider({ awsSdkV3Client: client });
  }

  async get(name: string): Promise<string> {
    const value = await this.provider.get(name, { maxAge: this.maxAgeSeconds });
    if (typeof value !== 'string' || value.length === 0) throw new Error(`Secret ${name} is empty`);
    return value;
  }
}
