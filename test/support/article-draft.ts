// Helpers for the source tests: a mutable copy of the shipped article to
// break on purpose, and the issues the schema reports for it.
import { article, type ShippedArticle } from "../../src/index";
import { safeParseArticle, type ArticleIssue } from "../../src/schema/index";
import { draftOf, type Draft as DraftOf } from "./draft";

/** A mutable deep copy of the shipped article, for corrupting. */
export type Draft = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** A fresh mutable deep copy of the shipped article. */
export const draft = (): Draft => structuredClone(article);

/**
 * A typed mutable deep copy of the shipped article: a corruption that no longer fits the data
 * fails to type-check, so it has to say so (`Object.assign`, `Reflect.deleteProperty`).
 */
export type ArticleDraft = DraftOf<ShippedArticle>;

/** A fresh typed mutable deep copy of the shipped article. */
export const articleDraft = (): ArticleDraft => draftOf(article);

/** A typed copy of the shipped article changed by `corrupt`. */
export const corruptedArticle = (corrupt: (draft: ArticleDraft) => unknown): ArticleDraft => {
  const input = articleDraft();
  corrupt(input);
  return input;
};

/** Every issue `safeParseArticle` reports for `input`, as plain data; `[]` when it is valid. */
export function issuesOf(input: unknown): { path: ArticleIssue["path"]; message: string }[] {
  const result = safeParseArticle(input);
  if (result.success) return [];
  return result.error.issues.map(({ path, message }) => ({ path: [...path], message }));
}

/** Every issue `safeParseArticle` reports for the shipped article once `corrupt` changed a copy. */
export const issuesAfter = (corrupt: (draft: ArticleDraft) => unknown) =>
  issuesOf(corruptedArticle(corrupt));
