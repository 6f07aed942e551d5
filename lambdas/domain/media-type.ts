import { MIMEType } from 'node:util';

/**
 * Media types (`Content-Type` values) as RFC 9110 §8.3.1 defines them: `type "/" subtype *( OWS ";" OWS
 * parameter )`, where type, subtype and parameter names are case-insensitive. Parsed with Node's
 * `util.MIMEType` (the WHATWG MIME Sniffing parser, which implements that grammar), never with regexes.
 * Every place that matches a Content-Type goes through here: upload types (`POST /api/uploads`), the
 * media kind of a type, and the request body's JSON type and charset (lambdas/http/handler.ts).
 * See docs/media-intake.md §2 "Accepted media types".
 */

export interface MediaType {
  /** `type/subtype`, lower-cased: what allow-lists are matched against. */
  essence: string;
  type: string;
  subtype: string;
  /** Parameters with lower-cased names (values as sent, quotes removed), e.g. `codecs` → `vp8,opus`. */
  params: ReadonlyMap<string, string>;
}

/**
 * Parses a Content-Type value.
 * @returns `undefined` when the value is not a media type (empty, no `/`, bad token characters).
 * @example parseMediaType('video/webm;codecs=vp8,opus')?.essence === 'video/webm'
 * @example parseMediaType('IMAGE/JPEG')?.essence === 'image/jpeg'
 */
export function parseMediaType(value: string): MediaType | undefined {
  let mime: MIMEType;
  try {
    mime = new MIMEType(value.trim());
  } catch {
    return undefined;
  }
  const params = new Map<string, string>();
  for (const [name, v] of mime.params) params.set(name.toLowerCase(), v);
  return { essence: mime.essence.toLowerCase(), type: mime.type.toLowerCase(), subtype: mime.subtype.toLowerCase(), params };
}

/**
 * The essence of `value` when it is in `allowed` (lower-case `type/subtype` entries), parameters
 * ignored for the match; `undefined` otherwise.
 */
export function matchMediaType<T extends string>(value: string, allowed: readonly T[]): T | undefined {
  const essence = parseMediaType(value)?.essence;
  return allowed.find((entry) => entry === essence);
}
