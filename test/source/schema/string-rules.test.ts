// The rules every string follows (src/schema/string-rules.ts): lengths in UTF-16 code units,
// the characters a text may hold, http(s) URLs; each reported at its field, and each said the
// same way by the JSON Schema keywords the schemas carry.
import { describe, expect, it } from "vitest";
import * as z from "zod";
import {
  MAX_ID_LENGTH,
  MAX_IDENTIFIER_LENGTH,
  MAX_TEXT_LENGTH,
  MAX_URL_LENGTH,
  QUOTE_PATTERN,
  TEXT_PATTERN,
  URL_PATTERN,
  characterProblem,
  lengthProblem,
  urlProblem,
} from "../../../src/schema/string-rules";
import {
  IdSchema,
  IdentifierSchema,
  MentionSchema,
  SourceSchema,
  TrimmedTextSchema,
} from "../../../src/schema/index";
import { issuesAfter } from "../../support/article-draft";

const emoji = "🙂";
const messages = (schema: z.ZodType, value: unknown) => {
  const result = schema.safeParse(value);
  return result.success ? [] : result.error.issues.map((issue) => issue.message);
};

describe("the issues of the string rules", () => {
  it("are zod custom issues, each with its message, for users of the schemas", () => {
    const result = TrimmedTextSchema.safeParse("a\u0000b");
    expect(result.error?.issues).toEqual([
      expect.objectContaining({
        code: "custom",
        message: "must not contain the control character U+0000 (at 1)",
      }),
    ]);
  });
});

describe("lengths, in UTF-16 code units", () => {
  it("caps ids, texts, identifiers and URLs at documented lengths", () => {
    expect([MAX_ID_LENGTH, MAX_TEXT_LENGTH, MAX_IDENTIFIER_LENGTH, MAX_URL_LENGTH]).toEqual([
      100, 10_000, 20, 2_048,
    ]);
    expect(lengthProblem("a".repeat(100), 100)).toBeUndefined();
    expect(lengthProblem("a".repeat(101), 100)).toBe(
      "must be at most 100 characters (UTF-16 code units); it has 101",
    );
  });

  it("counts an emoji as two, whichever zod is installed", () => {
    expect(lengthProblem(emoji.repeat(50), 100)).toBeUndefined();
    expect(lengthProblem(`${emoji.repeat(50)}a`, 100)).toBe(
      "must be at most 100 characters (UTF-16 code units); it has 101",
    );
    expect(messages(TrimmedTextSchema, emoji.repeat(5_000))).toEqual([]);
    expect(messages(TrimmedTextSchema, emoji.repeat(6_000))).toEqual([
      "must be at most 10000 characters (UTF-16 code units); it has 12000",
    ]);
  });

  it("caps every kind of string: ids, quotes, identifiers, URLs", () => {
    const cap = (max: number, got: number) =>
      `must be at most ${max} characters (UTF-16 code units); it has ${got}`;
    expect(messages(IdSchema, "a".repeat(101))).toEqual([cap(100, 101)]);
    expect(messages(MentionSchema.shape.quote, "a".repeat(10_001))).toEqual([cap(10_000, 10_001)]);
    const wikidata = { scheme: "wikidata", identifier: `Q${"1".repeat(20)}` };
    expect(messages(IdentifierSchema, wikidata)).toEqual([cap(20, 21)]);
    const url = `https://example.org/${"a".repeat(2_029)}`;
    expect(messages(SourceSchema.shape.url, url)).toEqual([cap(2_048, 2_049)]);
  });
});

describe("characters", () => {
  it("accepts well-formed text with emoji, marks and no-break spaces", () => {
    expect(characterProblem(`Туркменистан ${emoji} a\u200Eb\u00A0c\uFEFFd`)).toBeUndefined();
  });

  it("refuses control characters, separators and bidirectional formatting, naming the first", () => {
    const cases: [string, string][] = [
      ["a\u0000b", "must not contain the control character U+0000 (at 1)"],
      ["ab\tc", "must not contain the control character U+0009 (at 2)"],
      ["\u001F", "must not contain the control character U+001F (at 0)"],
      ["a\u007F", "must not contain the control character U+007F (at 1)"],
      ["a\u0085\u009F", "must not contain the control character U+0085 (at 1)"],
      ["a\u2028", "must not contain the line or paragraph separator U+2028 (at 1)"],
      ["a\u2029", "must not contain the line or paragraph separator U+2029 (at 1)"],
      ["a\u202Ab", "must not contain the bidirectional formatting character U+202A (at 1)"],
      ["a\u202Eb", "must not contain the bidirectional formatting character U+202E (at 1)"],
      ["\u2066a", "must not contain the bidirectional formatting character U+2066 (at 0)"],
      ["a\u2069", "must not contain the bidirectional formatting character U+2069 (at 1)"],
    ];
    for (const [text, message] of cases) expect(characterProblem(text), text).toBe(message);
    for (const allowed of ["\u0020", "\u00A0", "\u00A0", "\u2027", "\u2065", "\u206A", "\u200F"]) {
      expect(characterProblem(`a${allowed}b`), allowed).toBeUndefined();
    }
  });

  it("refuses a lone surrogate, such as half of a split pair, but not a pair", () => {
    expect(characterProblem(`ab${emoji.slice(0, 1)}`)).toBe(
      "must be well-formed Unicode: a lone surrogate (U+D83D) stands at 2, as where a span splits a surrogate pair",
    );
    expect(characterProblem(emoji.slice(1))).toBe(
      "must be well-formed Unicode: a lone surrogate (U+DE42) stands at 0, as where a span splits a surrogate pair",
    );
    expect(characterProblem(`\uDBFF${emoji}`)).toMatch(/lone surrogate \(U\+DBFF\) stands at 0/);
    expect(characterProblem("a\uD800")).toMatch(
      /^must be well-formed Unicode: a lone surrogate \(U\+D800\)/,
    );
    expect(characterProblem("a\uDFFF")).toMatch(
      /^must be well-formed Unicode: a lone surrogate \(U\+DFFF\)/,
    );
    expect(characterProblem(`${emoji}\uDC00`)).toMatch(/lone surrogate \(U\+DC00\) stands at 2/);
  });

  it("applies to texts and quotes, at their own path", () => {
    expect(issuesAfter((d) => (d.entities[3].name.en = "Turk\u202Emenistan"))).toEqual([
      {
        path: ["entities", 3, "name", "en"],
        message: "must not contain the bidirectional formatting character U+202E (at 4)",
      },
    ]);
    expect(messages(MentionSchema.shape.quote, "\uD800")).toHaveLength(1);
  });
});

/** URLs and whether (and why not) the check accepts them. */
const accepted = [
  "https://belgium.tmembassy.gov.tm/index.php/ru/news/1323",
  "http://example.org",
  "https://example.org:65535/a/b?c=d&e=f#g",
  "https://example.org:/",
  "https://example.org/%D0%BC%D0%B8%D1%80",
  "http://[::1]:8080/",
  "https://xn--e1afmkfd.xn--p1ai/",
  "https://example.org/@user/it's(1)*+,;=~",
];
const refused: [string, string][] = [
  ["https:x", "starting"],
  ["https:/example.org", "starting"],
  ["ftp://example.org/", "starting"],
  ["javascript:alert(1)", "starting"],
  ["HTTPS://example.org/", "starting"],
  [" https://example.org/", "starting"],
  ["https://user:pw@example.org/", "credentials"],
  ["https://user@example.org", "credentials"],
  ["https://:@example.org/", "credentials"],
  ["https://example.org\\@evil.example/", "credentials"],
  ["https:///example.org", "RFC 3986"],
  ["https://example.org:65536/", "RFC 3986"],
  ["https://example.org:99999/", "RFC 3986"],
  ["https://example.org:123456/", "RFC 3986"],
  ["https://example.org/a b", "RFC 3986"],
  ["https://пример.рф/", "RFC 3986"],
  ["https://example.org/%zz", "RFC 3986"],
  ["https://example.org/a[b]", "RFC 3986"],
  ["https://example.org/a|b", "RFC 3986"],
  ["https://999.1.1.1/", "WHATWG"],
  ["https://[1:2]/", "WHATWG"],
];

describe("URLs", () => {
  it("accepts absolute http(s) URLs in ASCII", () => {
    for (const url of accepted) expect(urlProblem(url), url).toBeUndefined();
  });

  it("refuses others, saying why", () => {
    for (const [url, why] of refused) expect(urlProblem(url), url).toContain(why);
    expect(urlProblem("https://user:pw@example.org/")).toBe(
      "must not contain credentials (a user name or password before the host)",
    );
    expect(urlProblem("https:x")).toBe(
      'must be an http or https URL, starting http:// or https://; got "https:x"',
    );
    expect(urlProblem("https://example.org:99999/")).toBe(
      'must be a URL in RFC 3986 syntax, in ASCII, with a host and a port of at most 65535 (percent-encode other characters); got "https://example.org:99999/"',
    );
    expect(urlProblem("https://999.1.1.1/")).toBe(
      'is not a URL that the WHATWG URL parser accepts (check its host); got "https://999.1.1.1/"',
    );
  });

  it("finds credentials in the authority up to its last character", () => {
    expect(urlProblem("https://example.org@")).toBe(
      "must not contain credentials (a user name or password before the host)",
    );
  });

  it("looks for credentials only before the path", () => {
    expect(urlProblem("https://example.org/a@b")).toBeUndefined();
    expect(urlProblem("https://example.org?a@b")).toBeUndefined();
    expect(urlProblem("https://example.org#a@b")).toBeUndefined();
  });

  it("reports the problem at the URL's own path", () => {
    expect(issuesAfter((d) => (d.source.publisher.url = "https://user:pw@example.org/"))).toEqual([
      {
        path: ["source", "publisher", "url"],
        message: "must not contain credentials (a user name or password before the host)",
      },
    ]);
  });
});

describe("the JSON Schema keywords say the same", () => {
  const text = new RegExp(TEXT_PATTERN, "u");
  const quote = new RegExp(QUOTE_PATTERN, "u");
  const url = new RegExp(URL_PATTERN, "u");

  it("TEXT_PATTERN and QUOTE_PATTERN refuse exactly the characters the checks refuse", () => {
    const disagreements: string[] = [];
    for (let code = 0; code <= 0xffff; code++) {
      const character = String.fromCharCode(code);
      const accepted = characterProblem(character) === undefined;
      if (quote.test(character) !== accepted || text.test(`a${character}b`) !== accepted) {
        disagreements.push(`U+${code.toString(16)}`);
      }
    }
    expect(disagreements).toEqual([]);
    expect(quote.test(emoji) && text.test(emoji)).toBe(true);
  });

  it("TEXT_PATTERN refuses what the text schema refuses: empty, outer whitespace", () => {
    for (const value of ["", " a", "a ", "\u00A0a", "a\uFEFF", "a", "a b", emoji, "ab"]) {
      expect(text.test(value), JSON.stringify(value)).toBe(
        messages(TrimmedTextSchema, value).length === 0,
      );
    }
  });

  it("URL_PATTERN accepts every URL the check accepts, and refuses all but a bad host", () => {
    for (const value of accepted) expect(url.test(value), value).toBe(true);
    for (const [value, why] of refused) expect(url.test(value), value).toBe(why === "WHATWG");
  });

  it("is in the JSON Schema the schemas give", () => {
    const keywords = (schema: z.ZodType) => {
      const { maxLength, pattern } = z.toJSONSchema(schema) as {
        maxLength?: number;
        pattern?: string;
      };
      return { maxLength, pattern };
    };
    expect(keywords(TrimmedTextSchema)).toEqual({ maxLength: 10_000, pattern: TEXT_PATTERN });
    expect(keywords(MentionSchema.shape.quote)).toEqual({
      maxLength: 10_000,
      pattern: QUOTE_PATTERN,
    });
    expect(keywords(SourceSchema.shape.url)).toEqual({ maxLength: 2_048, pattern: URL_PATTERN });
    expect(keywords(IdSchema).maxLength).toBe(100);
    const identifier = z.toJSONSchema(IdentifierSchema) as unknown as {
      oneOf?: { properties: { identifier: { maxLength?: number } } }[];
      anyOf?: { properties: { identifier: { maxLength?: number } } }[];
    };
    const schemes = identifier.oneOf ?? identifier.anyOf ?? [];
    expect(schemes.map((scheme) => scheme.properties.identifier.maxLength)).toEqual(
      schemes.map(() => 20),
    );
    expect(schemes).toHaveLength(5);
  });
});
