import { startAwsEmulator, type AwsEmulator } from '../../local/moto.js';

/**
 * moto with DynamoDB actions serialised, so racing conditional writes behave as on DynamoDB. Every
 * emulator the project starts is launched that way (local/moto.ts); this name stays for the tests that
 * depend on it. `useEnv` (default true) points this process's SDK at it.
 */
export async function startAtomicMoto(options: { useEnv?: boolean } = {}): Promise<AwsEmulator> {
  const saved = process.env.AWS_ENDPOINT_URL;
  const emulator = await startAwsEmulator({ useEnv: false });
  if (options.useEnv === false) {
    if (saved === undefined) delete process.env.AWS_ENDPOINT_URL;
    else process.env.AWS_ENDPOINT_URL = saved;
  }
  return emulator;
}
