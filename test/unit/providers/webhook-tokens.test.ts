import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { hashToken, newWebhookToken, tokenMatches } from '../../../lambdas/domain/providers/webhook-tokens.js';

describe('Function: newWebhookToken', () => {
  it('returns 43 url-safe characters (256 random bits), distinct every time', () => {
    const tokens = new Set(Array.from({ length: 1000 }, newWebhookToken));
    expect(tokens.size).toBe(1000);
    for (const token of tokens) {
      expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
      expect(Buffer.from(token, 'base64url')).toHaveLength(32);
      expect(encodeURIComponent(token)).toBe(token);
    }
  });
});

describe('Function: hashToken', () => {
  it('is the lower-case hex SHA-256 of the token', () => {
    const token = newWebhookToken();
    expect(hashToken(token)).toBe(createHash('sha256').update(token).digest('hex'));
    expect(hashToken('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });

  it('does not contain the token', () => {
    const token = newWebhookToken();
    expect(hashToken(token)).not.toContain(token);
  });

  it('refuses an empty token', () => {
    expect(() => hashToken('')).toThrow(TypeError);
  });
});

describe('Function: tokenMatches', () => {
  const token = newWebhookToken();
  const stored = hashToken(token);

  it('accepts the token whose hash is stored, and an upper-case stored hash', () => {
    expect(tokenMatches(token, stored)).toBe(true);
    expect(tokenMatches(token, stored.toUpperCase())).toBe(true);
  });

  it.each([
    ['another token', newWebhookToken()],
    ['the token minus its last character', token.slice(0, -1)],
    ['the token plus a character', `${token}A`],
    ['the stored hash itself', stored],
    ['an empty token', ''],
    ['a missing token', undefined],
    ['a null token', null],
    ['an oversized token', 'x'.repeat(10_000)],
  ])('rejects %s', (_name, candidate) => {
    expect(tokenMatches(candidate as string | undefined, stored)).toBe(false);
  });

  it.each([
    ['a missing stored hash', undefined],
    ['an empty stored hash', ''],
    ['a truncated stored hash', stored.slice(0, 63)],
    ['a non-hex stored hash', 'z'.repeat(64)],
    ['the raw token stored by mistake', token],
  ])('is false (never throws) for %s', (_name, storedHash) => {
    expect(tokenMatches(token, storedHash)).toBe(false);
  });
});
