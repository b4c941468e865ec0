import { deepFreeze } from "../deep-freeze";
import type { Article } from "../article-types";
import { ArticleSchema } from "./article-schema";
import { ArticleValidationError } from "./validation-error";

/** What {@link safeParseArticle} returns: the article, or the error `parseArticle` would throw. */
export type SafeParseArticleResult =
  | { readonly success: true; readonly data: Article }
  | { readonly success: false; readonly error: ArticleValidationError };

/**
 * Validates `input` against {@link ArticleSchema} without throwing. On
 * success `data` is a deeply frozen copy of the input.
 */
export function safeParseArticle(input: unknown): SafeParseArticleResult {
  const result = ArticleSchema.safeParse(input);
  if (result.success) return Object.freeze({ success: true, data: deepFreeze(result.data) });
  const issues = result.error.issues.map((issue) => ({
    // Stryker disable next-line ConditionalExpression: equivalent: this schema's paths hold only strings and numbers; String() only guards the type against symbols
    path: issue.path.map((part) => (typeof part === "number" ? part : String(part))),
    message: issue.message,
  }));
  return Object.freeze({ success: false, error: new ArticleValidationError(issues) });
}

/**
 * Validates `input` against {@link ArticleSchema} and returns it as a deeply
 * frozen `Article`.
 *
 * @throws {@link ArticleValidationError} listing every problem with its path.
 */
export function parseArticle(input: unknown): Article {
  const result = safeParseArticle(input);
  if (!result.success) throw result.error;
  return result.data;
}
