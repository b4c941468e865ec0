// One error class across the two builds of dist/ (the dual package hazard): an error thrown by
// the ESM parseArticle is an instance of the CommonJS ArticleValidationError, and the reverse.
import { describe, expect, it } from "vitest";
import { cjsBuild, esmBuild, type SchemaEntry } from "../support/builds";

const thrownBy = (schema: SchemaEntry): unknown => {
  try {
    schema.parseArticle({ id: 1 });
  } catch (error) {
    return error;
  }
  throw new Error("expected parseArticle to throw");
};

describe("ArticleValidationError across ESM and CommonJS", () => {
  it("loads two different classes, one per build", async () => {
    const [esm, cjs] = await Promise.all([esmBuild.schema(), cjsBuild.schema()]);
    expect(esm.ArticleValidationError).not.toBe(cjs.ArticleValidationError);
  });

  it("recognises an error from either build with instanceof, in both directions", async () => {
    const [esm, cjs] = await Promise.all([esmBuild.schema(), cjsBuild.schema()]);
    const fromEsm = thrownBy(esm);
    const fromCjs = thrownBy(cjs);
    expect(fromEsm instanceof cjs.ArticleValidationError).toBe(true);
    expect(fromCjs instanceof esm.ArticleValidationError).toBe(true);
    expect(fromEsm instanceof esm.ArticleValidationError).toBe(true);
    expect(fromCjs instanceof cjs.ArticleValidationError).toBe(true);
    const safe = cjs.safeParseArticle(null);
    expect(!safe.success && safe.error instanceof esm.ArticleValidationError).toBe(true);
  });

  it("recognises no other error, in either build", async () => {
    const [esm, cjs] = await Promise.all([esmBuild.schema(), cjsBuild.schema()]);
    for (const other of [new Error("x"), new TypeError("x"), {}, null, "error"]) {
      expect(other instanceof esm.ArticleValidationError).toBe(false);
      expect(other instanceof cjs.ArticleValidationError).toBe(false);
    }
  });
});
