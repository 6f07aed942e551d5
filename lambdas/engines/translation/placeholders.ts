/**
 * Social text in translation (docs/translation.md "Placeholders"): URLs, e-mail
 * addresses, @handles, #hashtags and numbers must come out exactly as they went in, whatever the
 * provider. Before any provider call each one is replaced by a placeholder `<ID1>`, `<ID2>`, … — the
 * form AI4Bharat's IndicTransToolkit uses for the same purpose, which IndicTrans2 was trained to copy
 * through — and restored afterwards. Placeholders are left out of the script check, so a handle-heavy
 * caption is not mistaken for an English echo. One place, used by every provider (service.ts).
 */

/** Kinds protected, in match priority (a URL may contain an `@`, an e-mail a `.`, a number a `,`). */
const PROTECTED = [
  // An existing placeholder-looking token is protected too, so it is restored verbatim.
  String.raw`<ID\d+>`,
  // URLs: scheme or www., up to whitespace; trailing sentence punctuation stays outside.
  String.raw`(?:https?:\/\/|www\.)[^\s<>"'“”‘’]*[^\s<>"'“”‘’.,;:!?)\]}।॥۔]`,
  // E-mail addresses.
  String.raw`[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}`,
  // @handles (not the @ of an e-mail: no letter or digit before it).
  String.raw`(?<![\p{L}\p{N}_])@[\p{L}\p{N}_](?:[\p{L}\p{N}_.]*[\p{L}\p{N}_])?`,
  // #hashtags.
  String.raw`(?<![\p{L}\p{N}_&])#[\p{L}\p{M}\p{N}_]+`,
  // Numbers with decimal, thousands or time separators, an optional sign and percent (ASCII digits).
  String.raw`(?<![\p{L}\p{N}])[+-]?\d+(?:[.,:]\d+)*%?(?![\p{L}\p{N}])`,
].join('|');

const TOKEN = new RegExp(PROTECTED, 'gu');
/** A placeholder in a provider's output, tolerating the spacing and case changes models make. */
const PLACEHOLDER_OUT = /<\s*id\s*(\d+)\s*>/giu;
/** A placeholder in text this module produced. */
export const PLACEHOLDER = /<ID\d+>/gu;

export interface ProtectedText {
  /** The text with every protected token replaced by `<IDn>`. */
  text: string;
  /** The originals, `tokens[n - 1]` for `<IDn>`. */
  tokens: string[];
}

/** Replaces URLs, e-mails, @handles, #hashtags and numbers with `<ID1>`, `<ID2>`, … in order. */
export function protectTokens(text: string): ProtectedText {
  const tokens: string[] = [];
  const out = text.replace(TOKEN, (match) => {
    tokens.push(match);
    return `<ID${tokens.length}>`;
  });
  return { text: out, tokens };
}

/**
 * Puts the originals back. A placeholder the provider dropped is appended at the end (after a space)
 * so nothing the user wrote is lost; one it invented (an unknown number) is removed.
 */
export function restoreTokens(text: string, tokens: readonly string[]): string {
  if (tokens.length === 0) return text;
  const used = new Set<number>();
  let out = text.replace(PLACEHOLDER_OUT, (_m, n: string) => {
    const index = Number(n) - 1;
    const token = tokens[index];
    if (token === undefined) return '';
    used.add(index);
    return token;
  });
  const missing = tokens.filter((_, i) => !used.has(i));
  if (missing.length > 0) out = `${out.trimEnd()} ${missing.join(' ')}`;
  return out;
}

/** `text` without placeholders: what the script check judges. */
export const withoutPlaceholders = (text: string): string => text.replace(PLACEHOLDER_OUT, ' ');
