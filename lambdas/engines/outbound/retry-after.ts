/**
 * `Retry-After` parsing for every outbound caller (callbacks, Revid, translation providers): the one
 * parser of the protocol package, shared with the SDKs (packages/protocol/src/retry-after.ts).
 */
export { parseRetryAfter } from '@pet-roast/protocol';
