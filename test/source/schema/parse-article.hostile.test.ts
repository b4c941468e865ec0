// parseArticle and safeParseArticle on hostile input (src/schema/parse-article.ts): the hostile
// corpus gets its verdict, each problem at its path; nothing the input does makes
// safeParseArticle throw; and however large or broken the input, the error stays small.
import { describe, expect, it } from "vitest";
import { ArticleValidationError, parseArticle, safeParseArticle } from "../../../src/schema/index";
import { articleDraft, corruptedArticle } from "../../support/article-draft";
import { hostileCorpus } from "../../support/hostile-corpus";

const failure = (input: unknown) => {
  const result = safeParseArticle(input);
  if (result.success) throw new Error("expected a failure");
  return result.error;
};

describe("the hostile corpus", () => {
  it("has at least a few dozen inputs, valid and invalid, JSON and not", () => {
    expect(hostileCorpus.length).toBeGreaterThanOrEqual(60);
    expect(hostileCorpus.filter((c) => c.valid).length).toBeGreaterThanOrEqual(8);
    expect(hostileCorpus.filter((c) => !c.json).length).toBeGreaterThanOrEqual(6);
    expect(new Set(hostileCorpus.map((c) => c.name)).size).toBe(hostileCorpus.length);
  });

  for (const { name, input, valid, at } of hostileCorpus) {
    it(`${valid ? "accepts" : "rejects"} ${name}${at === undefined ? "" : `, at ${at === "" ? "the root" : at}`}`, () => {
      const result = safeParseArticle(input());
      expect(result.success).toBe(valid);
      if (result.success) return;
      expect(result.error).toBeInstanceOf(ArticleValidationError);
      expect(result.error.issues.map((issue) => issue.path.join("."))).toContain(at);
      // Small whatever the input: at most 100 issues of at most 500 characters, plus the paths.
      expect(result.error.message.length).toBeLessThan(100 * 800);
    });
  }
});

describe("safeParseArticle never throws", () => {
  const unreadable = (input: unknown) => {
    const error = failure(input);
    expect(error).toBeInstanceOf(ArticleValidationError);
    expect(error.issues).toHaveLength(1);
    expect(error.issues[0]!.path).toEqual([]);
    return error.issues[0]!.message;
  };

  it("says the input could not be read, and why, when a getter throws", () => {
    const input = articleDraft();
    Object.defineProperty(input, "headline", {
      enumerable: true,
      get() {
        throw new Error("getter says no");
      },
    });
    expect(unreadable(input)).toBe(
      "the input could not be read: reading it threw Error: getter says no",
    );
  });

  it("names a thrown value that is not an Error, and cuts a long reason short", () => {
    const throwing = (thrown: unknown) =>
      new Proxy(
        {},
        {
          get() {
            throw thrown;
          },
        },
      );
    expect(unreadable(throwing("a string"))).toBe(
      'the input could not be read: reading it threw "a string"',
    );
    expect(unreadable(throwing(new RangeError("x".repeat(1_000))))).toBe(
      `the input could not be read: reading it threw RangeError: ${"x".repeat(200 - "RangeError: ".length)}…`,
    );
  });

  it("says so for a revoked proxy, and parseArticle throws the same error", () => {
    const { proxy, revoke } = Proxy.revocable(articleDraft(), {});
    revoke();
    expect(unreadable(proxy)).toMatch(
      /^the input could not be read: reading it threw TypeError: Cannot perform '.+' on a proxy that has been revoked$/,
    );
    expect(() => parseArticle(proxy)).toThrow(ArticleValidationError);
  });

  it("describes an error whose message cannot be read", () => {
    const error = new Error("hidden");
    Object.defineProperty(error, "message", {
      get() {
        throw new Error("again");
      },
    });
    const input = new Proxy(
      {},
      {
        get() {
          throw error;
        },
      },
    );
    expect(unreadable(input)).toBe(
      "the input could not be read: reading it threw an instance of Error",
    );
  });
});

describe("errors stay small", () => {
  it("keeps the first 100 of 20,000 issues, with the count of the rest", () => {
    const error = failure({ ...articleDraft(), paragraphs: new Array<number>(20_000).fill(0) });
    expect(error.issueCount).toBe(20_000);
    expect(error.issues).toHaveLength(100);
    expect(error.issues[99]!.path).toEqual(["paragraphs", 99]);
    expect(error.message.split("\n")[0]).toBe(
      "Invalid article (20000 problems, the first 100 listed below and 19900 left out):",
    );
    expect(error.message.split("\n")).toHaveLength(101);
  });

  it("names unknown keys cut short, three at most", () => {
    const long = "k".repeat(5_000_000);
    expect(failure({ ...articleDraft(), [long]: 1 }).issues[0]).toEqual({
      path: [],
      message: `unknown key "${"k".repeat(60)}"… (5000000 characters)`,
    });
    expect(failure({ ...articleDraft(), a: 1, b: 2, c: 3, d: 4, e: 5 }).issues[0]).toEqual({
      path: [],
      message: 'unknown keys "a", "b", "c" and 2 more',
    });
    expect(failure({ ...articleDraft(), a: 1, b: 2, c: 3 }).issues[0]!.message).toBe(
      'unknown keys "a", "b", "c"',
    );
  });

  it("cuts every id it echoes short", () => {
    const long = `k${"-k".repeat(5_000)}`;
    const issues = failure(corruptedArticle((d) => (d.participants[0].entityId = long))).issues;
    expect(issues).toContainEqual({
      path: ["participants", 0, "entityId"],
      message: `no entity has id "${long.slice(0, 60)}"… (10001 characters)`,
    });
  });
});
