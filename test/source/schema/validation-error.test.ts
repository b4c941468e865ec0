// What parseArticle and safeParseArticle hand back (src/schema/parse.ts and
// errors.ts): frozen results, and an error whose message and issues a caller
// can read and not change.
import { describe, expect, it } from "vitest";
import { ArticleValidationError, parseArticle, safeParseArticle } from "../../../src/schema/index";
import { articleDraft, corruptedArticle } from "../../support/article-draft";

const failure = (input: unknown) => {
  const result = safeParseArticle(input);
  if (result.success) throw new Error("expected a failure");
  return result;
};

describe("ArticleValidationError", () => {
  it("formats paths with dots and brackets, one problem per line", () => {
    const error = new ArticleValidationError([
      { path: [], message: "first" },
      { path: ["entities", 3, "mentions", 0, "quote"], message: "second" },
      { path: [0, "id"], message: "third" },
    ]);
    expect(error.message).toBe(
      [
        "Invalid article (3 problems):",
        "- (root): first",
        "- entities[3].mentions[0].quote: second",
        "- [0].id: third",
      ].join("\n"),
    );
  });

  it("says problem in the singular for one", () => {
    expect(new ArticleValidationError([{ path: ["id"], message: "bad" }]).message).toBe(
      "Invalid article (1 problem):\n- id: bad",
    );
  });

  it("keeps a frozen copy of the issues, so neither side can change the other's", () => {
    const path = ["source", "url"];
    const issues = [{ path, message: "bad" }];
    const error = new ArticleValidationError(issues);
    path.push("extra");
    issues.push({ path: [], message: "later" });
    expect(error.issues).toEqual([{ path: ["source", "url"], message: "bad" }]);
    expect(Object.isFrozen(error.issues)).toBe(true);
    expect(Object.isFrozen(error.issues[0])).toBe(true);
    expect(Object.isFrozen(error.issues[0]!.path)).toBe(true);
    expect(error.name).toBe("ArticleValidationError");
  });
});

describe("ArticleValidationError stays small", () => {
  const issues = (count: number) =>
    Array.from({ length: count }, (_, index) => ({ path: ["paragraphs", index], message: "bad" }));

  it("keeps the first 100 issues, counts them all, and says how many it left out", () => {
    const error = new ArticleValidationError(issues(250));
    expect(error.issues).toHaveLength(100);
    expect(error.issues[99]).toEqual({ path: ["paragraphs", 99], message: "bad" });
    expect(error.issueCount).toBe(250);
    const lines = error.message.split("\n");
    expect(lines[0]).toBe(
      "Invalid article (250 problems, the first 100 listed below and 150 left out):",
    );
    expect(lines).toHaveLength(101);
    expect(lines[100]).toBe("- paragraphs[99]: bad");
  });

  it("takes the total from its caller, who may pass only the first issues", () => {
    const error = new ArticleValidationError(issues(3), 1_000_000);
    expect(error.issueCount).toBe(1_000_000);
    expect(error.message.split("\n")[0]).toBe(
      "Invalid article (1000000 problems, the first 3 listed below and 999997 left out):",
    );
    expect(new ArticleValidationError(issues(3), 1).issueCount).toBe(3);
  });

  it("lists exactly 100 issues without saying that any were left out", () => {
    const error = new ArticleValidationError(issues(100));
    expect(error.issueCount).toBe(100);
    expect(error.message.split("\n")[0]).toBe("Invalid article (100 problems):");
  });

  it("cuts a message to 500 characters and a path to 200", () => {
    const error = new ArticleValidationError([
      { path: ["x".repeat(300)], message: "m".repeat(1_000) },
    ]);
    expect(error.issues[0]!.message).toBe(`${"m".repeat(500)}…`);
    expect(error.issues[0]!.path).toEqual(["x".repeat(300)]);
    expect(error.message).toBe(
      `Invalid article (1 problem):\n- ${"x".repeat(200)}…: ${"m".repeat(500)}…`,
    );
  });
});

describe("instanceof ArticleValidationError", () => {
  const brand = Symbol.for("eu-central-asia-security-dialogue-2016/ArticleValidationError");

  it("holds for an error that carries the brand, from any copy of the class", () => {
    const error = new ArticleValidationError([]);
    expect(error instanceof ArticleValidationError).toBe(true);
    expect(error instanceof Error).toBe(true);
    expect(Object.hasOwn(error, brand)).toBe(true);
    // What an ArticleValidationError of another build looks like to this one.
    const other = Object.defineProperty(new Error("x"), brand, { value: true });
    expect(other instanceof ArticleValidationError).toBe(true);
  });

  it("does not hold for other values, even with the brand inherited", () => {
    for (const value of [new Error("x"), {}, null, undefined, "error", 1]) {
      expect(value instanceof ArticleValidationError).toBe(false);
    }
    expect(Object.create({ [brand]: true }) instanceof ArticleValidationError).toBe(false);
  });

  it("checks a subclass the usual way", () => {
    class StrictError extends ArticleValidationError {}
    expect(new StrictError([]) instanceof StrictError).toBe(true);
    expect(new StrictError([]) instanceof ArticleValidationError).toBe(true);
    expect(new ArticleValidationError([]) instanceof StrictError).toBe(false);
  });
});

describe("safeParseArticle", () => {
  it("returns a frozen success with a deeply frozen copy", () => {
    const input = articleDraft();
    const result = safeParseArticle(input);
    expect(result.success).toBe(true);
    expect(Object.isFrozen(result)).toBe(true);
    if (!result.success) return;
    expect(result.data).not.toBe(input);
    expect(Object.isFrozen(result.data.entities[3]!.identifiers[0])).toBe(true);
  });

  it("returns a frozen failure whose paths keep numbers as numbers", () => {
    const result = failure(corruptedArticle((d) => (d.entities[3].mentions[0].quote = "x")));
    expect(Object.isFrozen(result)).toBe(true);
    expect(result.error).toBeInstanceOf(ArticleValidationError);
    expect(result.error.issues[0]!.path).toStrictEqual(["entities", 3, "mentions", 0, "quote"]);
  });

  it("lists every problem, each once, in the order found", () => {
    const result = failure(
      corruptedArticle((d) => {
        d.id = "Article";
        d.event.chairId = "brussels";
      }),
    );
    // The cross-field checks run even when a field is wrong, so both are reported.
    expect(result.error.issues.map((issue) => issue.path.join("."))).toEqual([
      "id",
      "event.chairId",
    ]);
    const refined = failure(
      corruptedArticle((d) => {
        d.event.chairId = "brussels";
        d.participants[0].entityId = "x";
      }),
    );
    expect(refined.error.message).toBe(
      [
        "Invalid article (2 problems):",
        '- event.chairId: entity "brussels" is a city, expected: person',
        '- participants[0].entityId: no entity has id "x"',
      ].join("\n"),
    );
  });
});

describe("parseArticle", () => {
  it("throws the error safeParseArticle returns", () => {
    const input = corruptedArticle((d) => (d.event.chairId = "brussels"));
    expect(() => parseArticle(input)).toThrow(failure(input).error.message);
  });
});
