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
