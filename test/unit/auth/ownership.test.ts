import type { APIGatewayProxyEvent } from 'aws-lambda';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { iamClientId, isOwnedBy, isUploadOf, ownerTag, UPLOAD_KEY, uploadKeyOf, uploadPrefixOf } from '../../../lambdas/domain/auth/ownership.js';
import { AppError } from '../../../lambdas/domain/errors.js';
import { callerClientId } from '../../../lambdas/http/caller.js';

const ULID = '01JD3YQ5Z8M2W4V6T7R9P0K1C3';
const eventWith = (requestContext: Record<string, unknown>) => ({ requestContext }) as unknown as Pick<APIGatewayProxyEvent, 'requestContext'>;

describe('Function: callerClientId', () => {
  it("reads the REQUEST authorizer's clientId (principalId as a fallback)", () => {
    expect(callerClientId(eventWith({ authorizer: { principalId: 'partner-a', clientId: 'partner-a' }, identity: {} }))).toBe('partner-a');
    expect(callerClientId(eventWith({ authorizer: { principalId: 'partner-b' }, identity: {} }))).toBe('partner-b');
  });

  it("reads an IAM caller's ARN, keeping the role and dropping an assumed role's session name", () => {
    const user = 'arn:aws:iam::123456789012:user/ci-bot';
    expect(callerClientId(eventWith({ authorizer: null, identity: { userArn: user, caller: 'AIDAEXAMPLE' } }))).toBe(user);
    const sessionA = eventWith({ identity: { userArn: 'arn:aws:sts::123456789012:assumed-role/AppBackend/i-0abc' } });
    const sessionB = eventWith({ identity: { userArn: 'arn:aws:sts::123456789012:assumed-role/AppBackend/i-0def' } });
    expect(callerClientId(sessionA)).toBe('arn:aws:sts::123456789012:assumed-role/AppBackend');
    expect(callerClientId(sessionB)).toBe(callerClientId(sessionA));
    expect(callerClientId(eventWith({ identity: { caller: 'AROAEXAMPLE:session' } }))).toBe('AROAEXAMPLE:session');
  });

  it('refuses (403, never anonymous) a request that carries no caller identity', () => {
    for (const context of [{}, { authorizer: null, identity: { apiKey: 'prk-some-key-value-123456' } }, { authorizer: { clientId: '' }, identity: { userArn: '' } }]) {
      let thrown: unknown;
      try {
        callerClientId(eventWith(context));
      } catch (err) {
        thrown = err;
      }
      expect(thrown).toBeInstanceOf(AppError);
      expect((thrown as AppError).status).toBe(403);
    }
  });
});

describe('Upload keys', () => {
  it('carry the owner tag of the client they were issued to, and only that client uses them', () => {
    const key = uploadKeyOf('partner-a', ULID, 'image');
    expect(key).toBe(`uploads/${ownerTag('partner-a')}/${ULID}/image`);
    expect(key.startsWith(uploadPrefixOf('partner-a'))).toBe(true);
    expect(UPLOAD_KEY.test(key)).toBe(true);
    expect(isUploadOf(key, 'partner-a')).toBe(true);
    expect(isUploadOf(key, 'partner-b')).toBe(false);
    expect(isUploadOf(`uploads/${ULID}/image`, 'partner-a')).toBe(false);
    expect(isUploadOf(`${key}/../x`, 'partner-a')).toBe(false);
  });

  it('gives distinct, path-safe tags to distinct client ids (IAM ARNs included)', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 80 }), fc.string({ minLength: 1, maxLength: 80 }), (a, b) => {
        fc.pre(a !== b);
        expect(ownerTag(a)).toMatch(/^[0-9a-f]{32}$/);
        expect(ownerTag(a)).not.toBe(ownerTag(b));
        expect(isUploadOf(uploadKeyOf(a, ULID, 'video'), b)).toBe(false);
      }),
    );
    expect(UPLOAD_KEY.test(uploadKeyOf(iamClientId('arn:aws:sts::123456789012:assumed-role/R/s'), ULID, 'video'))).toBe(true);
  });
});

describe('Function: isOwnedBy', () => {
  it("is true only for the object's own client; an object without an owner belongs to nobody", () => {
    expect(isOwnedBy({ client_id: 'partner-a' }, 'partner-a')).toBe(true);
    expect(isOwnedBy({ client_id: 'partner-a' }, 'partner-b')).toBe(false);
    expect(isOwnedBy({}, 'partner-a')).toBe(false);
    expect(isOwnedBy(undefined, 'partner-a')).toBe(false);
  });
});
