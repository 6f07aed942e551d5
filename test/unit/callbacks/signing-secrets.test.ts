import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseSigningSecrets, SigningSecretError } from '../../../lambdas/domain/callbacks/signing.js';

/**
 * Field case 11 (issue 13): a signing-secret value with one entry that is not valid base64 used to make
 * every delivery throw. Every entry is validated once, when the callback worker starts; the error names
 * the entry and never prints a secret.
 */

const CURRENT = 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw';
const PREVIOUS = 'whsec_C2FVsBQIhrscChlQIMV+b5sSYspob7oD';

describe('Function: parseSigningSecrets', () => {
  it('the field case: a rotation list whose second entry is not base64 → an error naming entry 2, without any secret', () => {
    // Prepare
    const broken = 'whsec_C2FVsBQIhrscChlQIMV+b5sSYspob7oD!!';

    // Act
    const act = () => parseSigningSecrets(`${CURRENT} ${broken}`);

    // Assess
    expect(act).toThrow(SigningSecretError);
    expect(act).toThrow('Entry 2 of 2 in the webhook signing secret (the previous secret) is unusable: Webhook secret must be base64, optionally prefixed with whsec_.');
    const message = (() => {
      try {
        act();
      } catch (err) {
        return (err as Error).message;
      }
      return '';
    })();
    expect(message).not.toContain('MfKQ9r8');
    expect(message).not.toContain('C2FVsBQ');
  });

  it.each([
    ['a bare whsec_ prefix as the current secret', 'whsec_', /Entry 1 of 1 .*\(the current secret\).*can't be empty/],
    ['a URL-safe base64 entry (- and _) third in the list', `${CURRENT} ${PREVIOUS} whsec_ab-_cd`, /Entry 3 of 3 .*\(an extra secret\).*must be base64/],
    ['a secret pasted with its JSON quotes', `"${CURRENT}"`, /Entry 1 of 1 .*must be base64/],
    ['an empty value', '  \n ', /holds no secret/],
  ])('sibling: %s → a clear error', (_name, value, expected) => {
    expect(() => parseSigningSecrets(value)).toThrow(expected);
  });

  it('keeps a valid rotation list in order (current first), with any whitespace between entries', () => {
    expect(parseSigningSecrets(`  ${CURRENT}\n\t${PREVIOUS} `)).toEqual([CURRENT, PREVIOUS]);
    expect(parseSigningSecrets('MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw')).toEqual(['MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw']);
  });
});

describe('Callback worker start', () => {
  afterEach(() => {
    vi.resetModules();
    vi.doUnmock('../../../lambdas/adapters/secrets.js');
  });

  const startWith = async (value: string) => {
    process.env.WEBHOOK_SIGNING_SECRET_ARN = 'arn:aws:secretsmanager:us-east-1:123456789012:secret:signing';
    const reads: string[] = [];
    vi.doMock('../../../lambdas/adapters/secrets.js', () => ({
      SecretsManagerSource: class {
        async get(name: string): Promise<string> {
          reads.push(name);
          return value;
        }
      },
    }));
    const { resetServices } = await import('../../../lambdas/adapters/composition.js');
    resetServices();
    const started = import('../../../lambdas/workers/callback.js').then(
      () => undefined,
      (err: unknown) => err as Error,
    );
    return { error: await started, reads };
  };

  it('fails at start (Lambda init), naming the bad entry, when one entry is malformed', async () => {
    const { error, reads } = await startWith(`${CURRENT} not*base64`);
    expect(reads).toEqual(['arn:aws:secretsmanager:us-east-1:123456789012:secret:signing']);
    expect(error).toBeInstanceOf(SigningSecretError);
    expect(error!.message).toMatch(/^Entry 2 of 2 in the webhook signing secret \(the previous secret\) is unusable/);
    expect(error!.message).not.toContain('not*base64');
  });

  it('starts when every entry is valid', async () => {
    const { error } = await startWith(`${CURRENT} ${PREVIOUS}`);
    expect(error).toBeUndefined();
  });
});

describe('Local runtime start (npm start)', () => {
  const saved = process.env.WEBHOOK_SIGNING_SECRET;
  afterEach(() => {
    if (saved === undefined) delete process.env.WEBHOOK_SIGNING_SECRET;
    else process.env.WEBHOOK_SIGNING_SECRET = saved;
  });

  it.each([
    ['not base64', 'whsec_not*base64', /^Entry 1 of 1 in WEBHOOK_SIGNING_SECRET \(the current secret\) is unusable: Webhook secret must be base64/],
    ['a bare prefix', 'whsec_', /^Entry 1 of 1 in WEBHOOK_SIGNING_SECRET \(the current secret\) is unusable: .*can't be empty/],
    ['a bad previous secret in a rotation list', `${CURRENT} whsec_MfKQ9r8GKY!!`, /^Entry 2 of 2 in WEBHOOK_SIGNING_SECRET \(the previous secret\)/],
  ])('a malformed WEBHOOK_SIGNING_SECRET (%s) stops the start, naming the variable, before anything is started', async (_case, value, message) => {
    // Prepare
    process.env.WEBHOOK_SIGNING_SECRET = value;
    const { startLocalRuntime } = await import('../../../local/runtime.js');
    const logged: string[] = [];

    // Act
    const started = startLocalRuntime({ apiKey: 'prk_local_test_key_0123456789', log: (line) => logged.push(line) });

    // Assess: refused with the parser's message, and no emulator or simulator was started (nothing logged).
    // (by name: the notify-worker tests above reset the module registry, so the class may be another copy)
    await expect(started).rejects.toMatchObject({ name: 'SigningSecretError', message: expect.stringMatching(message) });
    await started.catch((err: Error) => expect(err.message).not.toContain('MfKQ9r8'));
    expect(logged).toEqual([]);
  });
});
