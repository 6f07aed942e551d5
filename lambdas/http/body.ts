import type { APIGatewayProxyEvent } from 'aws-lambda';
import { TextDecoder } from 'node:util';
import { AppError, errors } from '../domain/errors.js';
import { parseMediaType } from '../domain/media-type.js';

/**
 * Request text as the client meant it (docs/integration-guide.md
 * "Request bodies"). One place for every endpoint, used by the shared wrapper (handler.ts):
 *
 * - The body's bytes are decoded **strictly** with the charset the `Content-Type` declares (RFC 9110
 *   §8.3.1 parameter, WHATWG Encoding labels via `TextDecoder`), UTF-8 when none is declared (RFC 8259
 *   §8.1). A leading byte order mark of that encoding is allowed and dropped. Bytes that are not valid
 *   in the charset are a `400 invalid_encoding`; a charset we cannot decode is a `415
 *   unsupported_content_type`. No U+FFFD is ever invented.
 * - Every string in the parsed body, the query and the path parameters (keys included) must be
 *   well-formed Unicode (no lone surrogates such as `"\ud83d"`, an emoji cut in half): otherwise a `422
 *   validation_error` naming the field, before any schema or store sees it.
 */

/** A UTF-16 code unit of a surrogate pair standing alone (in `u` mode a valid pair is one code point and never matches). */
const LONE_SURROGATE = /\p{Surrogate}/u;
const LONE_SURROGATES = /\p{Surrogate}/gu;

/** `String.prototype.isWellFormed` (ES2024), spelled for the ES2023 lib this project compiles against. */
export const isWellFormed = (text: string): boolean => !LONE_SURROGATE.test(text);

/** Encodings (`TextDecoder#encoding` names) that never decode to what the client sent. */
const REFUSED_ENCODINGS = new Set(['replacement', 'x-user-defined']);

/** The request body's bytes: API Gateway hands them base64-encoded for binary media types (lib/constructs/api.ts). */
export function bodyBytes(event: Pick<APIGatewayProxyEvent, 'body' | 'isBase64Encoded'>): Buffer {
  if (event.body == null) return Buffer.alloc(0);
  return event.isBase64Encoded ? Buffer.from(event.body, 'base64') : Buffer.from(event.body, 'utf8');
}

/**
 * Decodes body bytes with the charset `contentType` declares (default UTF-8), strictly.
 * @throws AppError 415 `unsupported_content_type` for an unknown charset label; 400 `invalid_encoding`
 *   for bytes that are not valid in that charset.
 */
export function decodeText(bytes: Uint8Array, contentType: string | undefined): string {
  if (bytes.length === 0) return '';
  const declared = contentType ? parseMediaType(contentType)?.params.get('charset') : undefined;
  const label = declared?.trim() || 'utf-8';
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(label, { fatal: true });
  } catch {
    throw unsupportedCharset(label);
  }
  if (REFUSED_ENCODINGS.has(decoder.encoding)) throw unsupportedCharset(label);
  if (decoder.encoding === 'windows-1252') return decodeWindows1252(bytes);
  try {
    return decoder.decode(bytes);
  } catch {
    throw new AppError(
      400,
      'invalid_encoding',
      `The request body is not valid ${decoder.encoding.toUpperCase()}${declared ? ' (the charset its Content-Type declares)' : ''}; send UTF-8 JSON.`,
    );
  }
}

/**
 * WHATWG `windows-1252` (what the labels `iso-8859-1`, `latin1`, `us-ascii` and `windows-1252` decode as in
 * the Encoding Standard): ISO-8859-1 except 0x80–0x9F, which carry € ‚ ƒ „ … † ‡ ˆ ‰ Š ‹ Œ Ž ‘ ’ “ ” • – — ˜ ™
 * š › œ ž Ÿ. Node 20's TextDecoder decodes that range as C1 controls (nodejs/node#56542), so the range is
 * mapped here from the standard's index (https://encoding.spec.whatwg.org/index-windows-1252.txt).
 */
const WINDOWS_1252_HIGH = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
];

function decodeWindows1252(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 8192) {
    const chunk = Array.from(bytes.subarray(i, i + 8192), (b) => (b >= 0x80 && b <= 0x9f ? WINDOWS_1252_HIGH[b - 0x80]! : b));
    out += String.fromCharCode(...chunk);
  }
  return out;
}

function unsupportedCharset(label: string): AppError {
  return new AppError(
    415,
    'unsupported_content_type',
    `The charset '${label.slice(0, 40)}' is not supported; send UTF-8 JSON (or declare a charset from the WHATWG Encoding Standard, e.g. ISO-8859-1).`,
  );
}

/**
 * Paths (`body.text`, `query.pet`, `body.metadata.post_id`) of strings that are not well-formed
 * Unicode, keys included; at most `limit`.
 */
export function illFormedStrings(value: unknown, prefix: string, limit = 20): string[] {
  const found: string[] = [];
  // An explicit stack: JSON nested 100 000 levels deep fits in the 256 KB body cap and would overflow recursion.
  const stack: Array<[unknown, string]> = [[value, prefix]];
  while (stack.length > 0 && found.length < limit) {
    const [v, path] = stack.pop()!;
    if (typeof v === 'string') {
      if (!isWellFormed(v)) found.push(path);
    } else if (Array.isArray(v)) {
      for (let i = v.length - 1; i >= 0; i--) stack.push([v[i], `${path}.${i}`]);
    } else if (v !== null && typeof v === 'object') {
      const entries = Object.entries(v);
      for (let i = entries.length - 1; i >= 0; i--) {
        const [key, item] = entries[i]!;
        if (isWellFormed(key)) stack.push([item, `${path}.${key}`]);
        else found.push(`${path}.${key.replace(LONE_SURROGATES, '\uFFFD')}`);
      }
    }
  }
  return found.slice(0, limit);
}

/**
 * Refuses values that carry ill-formed strings with one 422 naming every field found.
 * @throws AppError 422 `validation_error` with `issues: [{path, message}]`.
 */
export function assertWellFormed(parts: Array<[where: string, value: unknown]>): void {
  const paths = parts.flatMap(([where, value]) => illFormedStrings(value, where));
  if (paths.length === 0) return;
  throw errors.validation(
    paths.map((path) => ({
      path,
      message: 'must be well-formed Unicode text: it contains a lone surrogate (for example half of an emoji cut off by a client)',
    })),
  );
}
