// Helpers for the source tests: a mutable copy of the shipped article to
// break on purpose, and the issues the schema reports for it.
import { article } from "../../src/index";
import { safeParseArticle, type ArticleIssue } from "../../src/schema/index";

/** A mutable deep copy of the shipped article, for corrupting. */
export type Draft = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** A fresh mutable deep copy of the shipped article. */
export const draft = (): Draft => structuredClone(article) as unknown as Draft;

/** The shipped article changed by `corrupt`. */
export const corrupted = (corrupt: (draft: Draft) => unknown): Draft => {
  const input = draft();
  corrupt(input);
  return input;
};

/** Every issue `safeParseArticle` reports for `input`, as plain data; `[]` when it is valid. */
export function issuesOf(input: unknown): { path: ArticleIssue["path"]; message: string }[] {
  const result = safeParseArticle(input);
  if (result.success) return [];
  return result.error.issues.map(({ path, message }) => ({ path: [...path], message }));
}
