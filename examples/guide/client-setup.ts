/**
 * Integration guide example: creating the client. Quoted verbatim by docs/integration-guide.md and
 * executed by test/unit/examples/guide.test.ts.
 */
// #region setup
import { PetRoastClient } from '@pet-roast/client';

/**
 * One client per process: it holds no connection state and is safe to share. The key comes from
 * the environment (in AWS: from Secrets Manager), never from source code.
 */
export function createClient(env: Record<string, string | undefined> = process.env): PetRoastClient {
  const apiKey = env.PET_ROAST_API_KEY;
  if (!apiKey) throw new Error('Set PET_ROAST_API_KEY');
  return new PetRoastClient({
    baseUrl: env.PET_ROAST_API_URL ?? 'http://localhost:8000', // the stack's ApiUrl output in AWS
    apiKey,
    retries: { max: 4, baseDelayMs: 250, maxDelayMs: 8000 }, // the defaults, spelled out
    timeoutMs: 30_000, // per attempt
    onRetry: ({ method, path, attempt, delayMs, error }) =>
      console.warn(`pet-roast: ${method} ${path} attempt ${attempt} failed (${error.code}); retrying in ${delayMs} ms`),
  });
}
// #endregion setup
