// The one-field checks of the schema (src/schema/components.ts and
// article.ts): each pattern's anchors, each length and number boundary, and
// each message a user reads.
import { describe, expect, it } from "vitest";
import {
  EnglishMentionSchema,
  IdentifierSchema,
  IdSchema,
  MentionSchema,
  SourceSchema,
  TrimmedTextSchema,
} from "../../../src/schema/index";
import { corruptedArticle, issuesOf } from "../../support/article-draft";

const accepts = (schema: { safeParse: (value: unknown) => { success: boolean } }, value: unknown) =>
  schema.safeParse(value).success;
const messages = (schema: { safeParse: (value: unknown) => unknown }, value: unknown) =>
  (
    schema.safeParse(value) as { error?: { issues: { message: string; path: PropertyKey[] }[] } }
  ).error?.issues.map((issue) => issue.message) ?? [];

describe("ids", () => {
  it("accept lowercase kebab-case, digits included, up to 100 characters", () => {
    for (const id of ["a", "p1", "central-asia", "3rd-meeting", "a-b-c", "a".repeat(100)]) {
      expect(accepts(IdSchema, id), id).toBe(true);
    }
  });

  it("reject anything else, with a message that shows the form", () => {
    for (const id of [
      "",
      "Topic-one",
      "topic-One",
      "central-asia-",
      "-central-asia",
      "central--asia",
      "central asia",
      "central_asia",
      "x\ny",
      "a".repeat(101),
    ]) {
      expect(accepts(IdSchema, id), id).toBe(false);
    }
    expect(messages(IdSchema, "Central-Asia")).toEqual([
      "must be lowercase kebab-case, such as `central-asia`",
    ]);
  });
});

describe("texts", () => {
  it("accept 1 to 10,000 characters without outer whitespace", () => {
    for (const text of ["x", "a b", "a".repeat(10_000)])
      expect(accepts(TrimmedTextSchema, text)).toBe(true);
  });

  it("reject empty, overlong and untrimmed texts", () => {
    for (const text of ["", "a".repeat(10_001), " a", "a ", "a\n"]) {
      expect(accepts(TrimmedTextSchema, text), JSON.stringify(text)).toBe(false);
    }
    expect(messages(TrimmedTextSchema, " Brussels")).toEqual([
      "must have no leading or trailing whitespace",
    ]);
  });
});

describe("mentions", () => {
  const english = { start: 0, end: 1, quote: "x" };
  const mention = (
    start: number,
    end: number,
    quote = "x",
    en: unknown = english,
    enNote: unknown = null,
  ) => MentionSchema.safeParse({ paragraphId: "p1", start, end, quote, en, enNote });

  it("accept a start of 0 and an end one past it", () => {
    expect(mention(0, 1).success).toBe(true);
  });

  it("reject a negative start, an end not after the start, and an empty or overlong quote", () => {
    expect(mention(-1, 1).success).toBe(false);
    expect(mention(0, 0).success).toBe(false);
    expect(mention(1.5, 3).success).toBe(false);
    expect(mention(0, 1, "").success).toBe(false);
    expect(mention(0, 1, "a".repeat(10_001)).success).toBe(false);
    expect(mention(0, 1, "a".repeat(10_000)).success).toBe(true);
  });

  it("report an end at or before the start at end", () => {
    const result = mention(5, 5);
    expect(result.error?.issues.map(({ path, message }) => ({ path, message }))).toEqual([
      { path: ["end"], message: "end must be greater than start" },
    ]);
    expect(mention(5, 4).success).toBe(false);
    expect(mention(5, 6).success).toBe(true);
    const english = EnglishMentionSchema.safeParse({ start: 5, end: 5, quote: "a" });
    expect(english.error?.issues.map(({ path, message }) => ({ path, message }))).toEqual([
      { path: ["end"], message: "end must be greater than start" },
    ]);
  });

  it("have an English side with its own offsets and quote, checked like the Russian", () => {
    expect(mention(0, 1, "x", { start: 3, end: 9, quote: "abcdef" }).success).toBe(true);
    for (const en of [
      { start: -1, end: 1, quote: "x" },
      { start: 2, end: 2, quote: "x" },
      { start: 0, end: 1, quote: "" },
      { start: 0, end: 1 },
      { start: 0, end: 1, quote: "x", extra: true },
    ]) {
      expect(mention(0, 1, "x", en).success, JSON.stringify(en)).toBe(false);
    }
    expect(mention(0, 1, "x", { start: 4, end: 4, quote: "x" }).error?.issues[0]?.path).toEqual([
      "en",
      "end",
    ]);
  });

  it("give a note exactly when the English side is null", () => {
    expect(mention(0, 1, "x", null, "The English leaves it out.").success).toBe(true);
    const messages = (en: unknown, enNote: unknown) =>
      mention(0, 1, "x", en, enNote).error?.issues.map(({ path, message }) => ({ path, message }));
    expect(messages(null, null)).toEqual([
      { path: ["enNote"], message: "enNote must be given exactly when en is null" },
    ]);
    expect(messages(english, "A note beside an English span.")).toEqual([
      { path: ["enNote"], message: "enNote must be given exactly when en is null" },
    ]);
    expect(mention(0, 1, "x", null, " padded ").success).toBe(false);
  });
});

describe("URLs", () => {
  const withUrl = (url: unknown) => corruptedArticle((d) => Object.assign(d.source, { url }));

  it("accept http and https URLs up to 2,048 characters", () => {
    expect(issuesOf(withUrl("http://example.org/news/1"))).toEqual([]);
    expect(issuesOf(withUrl("https://example.org/news/1"))).toEqual([]);
    const long = `https://example.org/${"a".repeat(2_048 - 20)}`;
    expect(long).toHaveLength(2_048);
    expect(issuesOf(withUrl(long))).toEqual([]);
  });

  it("reject other protocols, relative URLs and longer URLs", () => {
    for (const url of [
      "ftp://example.org/",
      "xhttps://example.org/",
      "httpsx://example.org/",
      "javascript:alert(1)",
      "/news/1",
      `https://example.org/${"a".repeat(2_049 - 20)}`,
    ]) {
      expect(
        issuesOf(withUrl(url)).map((issue) => issue.path),
        url,
      ).toEqual([["source", "url"]]);
    }
  });

  it("are checked for the publisher and the English version too, which may be unknown", () => {
    expect(
      issuesOf(corruptedArticle((d) => (d.source.publisher.url = "ftp://x.org/"))),
    ).toHaveLength(1);
    expect(
      issuesOf(corruptedArticle((d) => (d.source.englishVersionUrl = "ftp://x.org/"))),
    ).toHaveLength(1);
    expect(
      issuesOf(corruptedArticle((d) => Object.assign(d.source, { englishVersionUrl: null }))),
    ).toEqual([]);
  });
});

describe("the source's SHA-256", () => {
  it("is exactly 64 lowercase hex digits", () => {
    const source = corruptedArticle(() => undefined).source;
    const withSha = (sha256: string) => accepts(SourceSchema, { ...source, sha256 });
    expect(withSha("0123456789abcdef".repeat(4))).toBe(true);
    for (const sha256 of [
      "0123456789ABCDEF".repeat(4),
      `${"a".repeat(64)}0`,
      `0${"a".repeat(64)}`,
      "a".repeat(63),
      `${"a".repeat(63)}g`,
    ]) {
      expect(withSha(sha256), sha256).toBe(false);
    }
    expect(messages(SourceSchema, { ...source, sha256: "x" })).toEqual([
      "must be 64 lowercase hex digits",
    ]);
  });

  it("allows an unknown publication date only as null, and a known one as YYYY-MM-DD", () => {
    expect(
      issuesOf(corruptedArticle((d) => Object.assign(d.source, { datePublished: "2016-05-18" }))),
    ).toEqual([]);
    expect(
      issuesOf(corruptedArticle((d) => Object.assign(d.source, { datePublished: "18.05.2016" }))),
    ).toHaveLength(1);
  });
});

describe("external identifiers", () => {
  const cases: [string, string[], string[]][] = [
    ["iso-3166-1-alpha-2", ["TM", "BE"], ["tm", "T", "TKM", "xTM", "TMx", "T1"]],
    ["iso-3166-1-alpha-3", ["TKM"], ["TM", "TKMN", "tkm", "xTKM", "TKMx"]],
    ["iso-3166-1-numeric", ["795", "004"], ["95", "7950", "x795", "795x", "79a"]],
    ["un-m49", ["143", "001"], ["43", "1430", "x143", "143x"]],
    ["wikidata", ["Q874", "Q1", "Q10"], ["Q", "Q0", "Q01", "q874", "xQ874", "Q874x", "P874"]],
  ];
  for (const [scheme, valid, invalid] of cases) {
    it(`${scheme}: accepts ${valid.join(", ")} and rejects ${invalid.join(", ")}`, () => {
      for (const identifier of valid) {
        expect(accepts(IdentifierSchema, { scheme, identifier }), identifier).toBe(true);
      }
      for (const identifier of invalid) {
        expect(accepts(IdentifierSchema, { scheme, identifier }), identifier).toBe(false);
      }
    });
  }

  it("rejects an unknown scheme", () => {
    expect(accepts(IdentifierSchema, { scheme: "isbn", identifier: "TM" })).toBe(false);
  });
});

describe("the article's other fields", () => {
  it("require at least one paragraph", () => {
    expect(
      issuesOf(corruptedArticle((d) => Object.assign(d, { paragraphs: [] }))).some(
        (issue) => issue.path.join(".") === "paragraphs",
      ),
    ).toBe(true);
  });

  it("require at least one category per topic", () => {
    expect(
      issuesOf(corruptedArticle((d) => Object.assign(d.topics[0], { categories: [] }))),
    ).toEqual([
      { path: ["topics", 0, "categories"], message: expect.any(String) as string },
      {
        path: ["topics", 0, "categories"],
        message:
          'topic "radicalisation" is covered by an agreement, so it must be a cooperation-area',
      },
    ]);
  });

  it("accept empty participant, topic and agreement lists when nothing refers to them", () => {
    const input = corruptedArticle((d) =>
      Object.assign(d, { participants: [], topics: [], agreements: [] }),
    );
    expect(issuesOf(input)).toEqual([]);
  });

  it("require a positive whole ordinal and an upper-case country code", () => {
    expect(issuesOf(corruptedArticle((d) => (d.event.ordinal = 1)))).toEqual([]);
    for (const ordinal of [0, -3, 2.5]) {
      expect(issuesOf(corruptedArticle((d) => (d.event.ordinal = ordinal)))).toHaveLength(1);
    }
    for (const code of ["be", "BEL", "xBE", "BEx"]) {
      expect(issuesOf(corruptedArticle((d) => (d.event.countryCode = code))), code).toHaveLength(1);
    }
  });

  it("require the original's language to be ru and the translation's en, by the package authors", () => {
    expect(issuesOf(corruptedArticle((d) => (d.language = "en")))).toHaveLength(1);
    expect(issuesOf(corruptedArticle((d) => (d.translation.language = "ru")))).toHaveLength(1);
    expect(issuesOf(corruptedArticle((d) => (d.translation.origin = "publisher")))).toHaveLength(1);
  });
});
