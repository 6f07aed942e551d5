/**
 * Signature Version 4 checking for the LOCAL SIMULATORS of AWS services that moto lacks (Amazon
 * Translate). The real services refuse a request whose `Authorization` header does not verify; so do
 * the simulators, so that a client signing for the wrong service, region or body fails here as it
 * would in AWS (docs/translation.md "Local simulators").
 *
 * The expected signature is recomputed with Smithy's `SignatureV4` (the SDK's own signer) over the
 * request as received, restricted to the headers the client listed in `SignedHeaders`, at the client's
 * `X-Amz-Date`; then compared in constant time. A signed `x-amz-content-sha256` must be the body's hash. Error codes as AWS answers them:
 * `MissingAuthenticationTokenException` (no SigV4 header), `UnrecognizedClientException` (unknown
 * access key id), `InvalidSignatureException` (anything else that does not verify).
 */
import { createHash, createHmac, timingSafeEqual, type Hash, type Hmac } from 'node:crypto';
import type http from 'node:http';
import { SignatureV4 } from '@smithy/signature-v4';
import type { SourceData } from '@smithy/types';

const toBytes = (data: SourceData): string | Uint8Array =>
  typeof data === 'string' ? data : ArrayBuffer.isView(data) ? new Uint8Array(data.buffer, data.byteOffset, data.byteLength) : new Uint8Array(data);

/** The key pair the simulator accepts (the local runtime's, from AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY). */
export interface SimulatorCredentials {
  accessKeyId: string;
  secretAccessKey: string;
}

/** Why a request did not verify: the AWS error type and its message. */
export interface SigV4Refusal {
  type: 'MissingAuthenticationTokenException' | 'UnrecognizedClientException' | 'InvalidSignatureException';
  message: string;
}

/** Node's SHA-256 / HMAC-SHA-256 in the shape SignatureV4 takes (`Checksum`). */
class NodeSha256 {
  private hash: Hash | Hmac;
  constructor(secret?: SourceData) {
    this.hash = secret === undefined ? createHash('sha256') : createHmac('sha256', toBytes(secret));
  }
  update(data: SourceData): void {
    this.hash.update(toBytes(data));
  }
  digest(): Promise<Uint8Array> {
    return Promise.resolve(new Uint8Array(this.hash.digest()));
  }
  reset(): void {
    throw new Error('not used');
  }
}

const AUTH = /^AWS4-HMAC-SHA256 Credential=([^/,\s]+)\/(\d{8})\/([^/]+)\/([^/]+)\/aws4_request,\s*SignedHeaders=([a-z0-9;-]+),\s*Signature=([0-9a-f]{64})$/;

/**
 * Checks the SigV4 `Authorization` header of a request the simulator received.
 * @param request method, path with query, headers as Node received them, and the raw body text.
 * @param expected the service signing name (`translate`) and the accepted credentials.
 * @returns undefined when the signature verifies, else the refusal to answer with (HTTP 403).
 */
export async function verifySigV4(
  request: { method: string; url: string; headers: http.IncomingHttpHeaders; body: string },
  expected: { service: string; credentials: SimulatorCredentials },
): Promise<SigV4Refusal | undefined> {
  const header = String(request.headers.authorization ?? '');
  const match = AUTH.exec(header);
  if (!match) return { type: 'MissingAuthenticationTokenException', message: 'Missing Authentication Token' };
  const [, accessKeyId, day, region, service, signedHeaders, signature] = match as unknown as string[];
  if (accessKeyId !== expected.credentials.accessKeyId) {
    return { type: 'UnrecognizedClientException', message: 'The security token included in the request is invalid.' };
  }
  const amzDate = String(request.headers['x-amz-date'] ?? '');
  const when = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(amzDate);
  if (!when || amzDate.slice(0, 8) !== day || service !== expected.service) {
    return { type: 'InvalidSignatureException', message: 'Credential should be scoped to a valid date, region and service.' };
  }
  // The SDK also sends (and signs) the body's hash: the signature then covers the header, so the
  // header must match the body actually received.
  const declared = request.headers['x-amz-content-sha256'];
  if (declared !== undefined && declared !== createHash('sha256').update(request.body, 'utf8').digest('hex')) {
    return { type: 'InvalidSignatureException', message: "The provided 'x-amz-content-sha256' header does not match what was computed." };
  }
  const headers: Record<string, string> = {};
  for (const name of signedHeaders!.split(';')) {
    const value = request.headers[name];
    if (value === undefined) return { type: 'InvalidSignatureException', message: `Signed header ${name} is missing.` };
    headers[name] = Array.isArray(value) ? value.join(',') : value;
  }
  const url = new URL(request.url, 'http://simulator');
  const query: Record<string, string> = {};
  url.searchParams.forEach((value, key) => (query[key] = value));
  const signer = new SignatureV4({ service: service!, region: region!, credentials: expected.credentials, sha256: NodeSha256, uriEscapePath: true });
  const signed = await signer.sign(
    { method: request.method, protocol: 'http:', hostname: String(headers.host ?? '').replace(/:\d+$/, ''), path: url.pathname, query, headers, body: request.body },
    { signingDate: new Date(Date.UTC(+when[1]!, +when[2]! - 1, +when[3]!, +when[4]!, +when[5]!, +when[6]!)) },
  );
  const recomputed = /Signature=([0-9a-f]{64})/.exec(String(signed.headers.authorization ?? ''))?.[1] ?? '';
  if (recomputed.length !== 64 || !timingSafeEqual(Buffer.from(recomputed), Buffer.from(signature!))) {
    return {
      type: 'InvalidSignatureException',
      message: 'The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method.',
    };
  }
  return undefined;
}
