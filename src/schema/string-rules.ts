import * as z from "zod";
import { quote } from "../describe-value";

// The rules every string of an article follows, checked by this package itself rather than by
// zod's own string checks, whose semantics changed within the supported zod versions (zod 4.0
// counts a string's length in UTF-16 code units, later versions in code points; its URL check
// accepted `https:x` in 4.0 and refuses it later). Each schema also carries the same rules as
// JSON Schema keywords (`maxLength`, `pattern`) for `article.schema.json`.

/** The longest id, in UTF-16 code units. */
export const MAX_ID_LENGTH = 100;
/** The longest text, note or quote, in UTF-16 code units: far above any paragraph. */
export const MAX_TEXT_LENGTH = 10_000;
/** The longest URL, in UTF-16 code units. */
export const MAX_URL_LENGTH = 2_048;
/** The longest external identifier (such as a Wikidata id), in UTF-16 code units. */
export const MAX_IDENTIFIER_LENGTH = 20;

/**
 * The characters no text, note or quote may hold: the C0 and C1 control characters (U+0000–U+001F,
 * U+007F–U+009F, so also tabs and line breaks), the line and paragraph separators (U+2028,
 * U+2029), the bidirectional embeddings and overrides (U+202A–U+202E) and isolates
 * (U+2066–U+2069), and surrogates. In a regular expression with the `u` flag a surrogate pair is
 * one character, so only a lone surrogate is refused.
 */
const forbidden = String.raw`\u0000-\u001F\u007F-\u009F\u2028-\u202E\u2066-\u2069\uD800-\uDFFF`;
const forbiddenCharacter = new RegExp(`[${forbidden}]`, "u");

/** A text or note as JSON Schema says it: not empty, no outer whitespace, no forbidden character. */
export const TEXT_PATTERN = String.raw`^[^\s${forbidden}](?:[^${forbidden}]*[^\s${forbidden}])?$`;
/** A quote as JSON Schema says it: no forbidden character. */
export const QUOTE_PATTERN = `^[^${forbidden}]*$`;

const unreserved = String.raw`A-Za-z0-9\-._~`;
const subDelimiters = "!$&'()*+,;=";
const percentEncoded = "%[0-9A-Fa-f]{2}";
const port = "(?:[0-9]{1,4}|[1-5][0-9]{4}|6[0-4][0-9]{3}|65[0-4][0-9]{2}|655[0-2][0-9]|6553[0-5])";

/**
 * An absolute http(s) URL in RFC 3986 syntax, in ASCII: the scheme in lowercase, a host (a name,
 * or an IP address in brackets), an optional port of at most 65535, no user name or password, then
 * an optional path, query and fragment, with every other character percent-encoded.
 */
export const URL_PATTERN = String.raw`^https?://(?:(?:[${unreserved}${subDelimiters}]|${percentEncoded})+|\[[0-9A-Fa-f:.]+\])(?::${port}?)?(?:[/?#](?:[${unreserved}${subDelimiters}:@/?#]|${percentEncoded})*)?$`;
// Stryker disable next-line StringLiteral: the pattern is ASCII, so the u flag (Ajv's reading) changes nothing
const urlPattern = new RegExp(URL_PATTERN, "u");

/** The problem with `text`'s length, or `undefined`: at most `max` UTF-16 code units. */
export function lengthProblem(text: string, max: number): string | undefined {
  if (text.length <= max) return undefined;
  return `must be at most ${max} characters (UTF-16 code units); it has ${text.length}`;
}

/**
 * The first forbidden character in `text` (see the README's Data model), as a message, or
 * `undefined`.
 */
export function characterProblem(text: string): string | undefined {
  const found = forbiddenCharacter.exec(text);
  if (found === null) return undefined;
  const code = text.charCodeAt(found.index);
  const name = `U+${code.toString(16).toUpperCase().padStart(4, "0")}`;
  // The surrogates are the only forbidden characters above U+2069.
  if (code >= 0xd800) {
    return `must be well-formed Unicode: a lone surrogate (${name}) stands at ${found.index}, as where a span splits a surrogate pair`;
  }
  const kind =
    code < 0x2028
      ? "control character"
      : code < 0x202a
        ? "line or paragraph separator"
        : "bidirectional formatting character";
  return `must not contain the ${kind} ${name} (at ${found.index})`;
}

/**
 * The problem with `url`, or `undefined`: it must match {@link URL_PATTERN}, name no user or
 * password, and be one that the WHATWG URL parser (`new URL`, which browsers use) accepts.
 */
export function urlProblem(url: string): string | undefined {
  const scheme = /^https?:\/\//u.exec(url);
  if (scheme === null)
    return `must be an http or https URL, starting http:// or https://; got ${quote(url)}`;
  const afterScheme = url.slice(scheme[0].length);
  const authorityEnd = afterScheme.search(/[/?#]/u);
  const authority = authorityEnd === -1 ? afterScheme : afterScheme.slice(0, authorityEnd);
  if (authority.includes("@")) {
    return "must not contain credentials (a user name or password before the host)";
  }
  if (!urlPattern.test(url)) {
    return `must be a URL in RFC 3986 syntax, in ASCII, with a host and a port of at most 65535 (percent-encode other characters); got ${quote(url)}`;
  }
  try {
    new URL(url);
  } catch {
    return `is not a URL that the WHATWG URL parser accepts (check its host); got ${quote(url)}`;
  }
  return undefined;
}

/** A refinement that reports `problem(value)` when it is not `undefined`. */
function rule(problem: (value: string) => string | undefined) {
  return (value: string, ctx: z.RefinementCtx) => {
    const message = problem(value);
    if (message !== undefined) ctx.addIssue({ code: "custom", message });
  };
}

/** A string of at most `max` UTF-16 code units. */
const capped = (max: number) => z.string().superRefine(rule((value) => lengthProblem(value, max)));

// Each schema ends with the JSON Schema keywords that say the same (`.regex()` and `.min()` add
// their own).

/** An id: lowercase kebab-case, at most {@link MAX_ID_LENGTH} characters. */
export const idString = capped(MAX_ID_LENGTH)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/u, "must be lowercase kebab-case, such as `central-asia`")
  .meta({ maxLength: MAX_ID_LENGTH });

/**
 * A text or note: not empty, at most {@link MAX_TEXT_LENGTH} characters, no outer whitespace,
 * no forbidden character.
 */
export const textString = capped(MAX_TEXT_LENGTH)
  .min(1)
  .refine((text) => text === text.trim(), "must have no leading or trailing whitespace")
  .superRefine(rule(characterProblem))
  .meta({ maxLength: MAX_TEXT_LENGTH, pattern: TEXT_PATTERN });

/** A quote: not empty, at most {@link MAX_TEXT_LENGTH} characters, no forbidden character. */
export const quoteString = capped(MAX_TEXT_LENGTH)
  .min(1)
  .superRefine(rule(characterProblem))
  .meta({ maxLength: MAX_TEXT_LENGTH, pattern: QUOTE_PATTERN });

/** An external identifier in `format`, at most {@link MAX_IDENTIFIER_LENGTH} characters. */
export const identifierString = (format: RegExp) =>
  capped(MAX_IDENTIFIER_LENGTH).regex(format).meta({ maxLength: MAX_IDENTIFIER_LENGTH });

/** An absolute http(s) URL ({@link urlProblem}), at most {@link MAX_URL_LENGTH} characters. */
export const urlString = capped(MAX_URL_LENGTH)
  .superRefine(rule(urlProblem))
  .meta({ maxLength: MAX_URL_LENGTH, pattern: URL_PATTERN });
