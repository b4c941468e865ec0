import type * as z from "zod";
import { deepFreeze } from "../deep-freeze";
import { describeThrown, quote } from "../describe-value";
import type { Article } from "../article-types";
import { ArticleSchema } from "./article-schema";
import { ArticleValidationError, MAX_ISSUES, type ArticleIssue } from "./validation-error";

/** What {@link safeParseArticle} returns: the article, or the error `parseArticle` would throw. */
export type SafeParseArticleResult =
  | { readonly success: true; readonly data: Article }
  | { readonly success: false; readonly error: ArticleValidationError };

/** How many unknown keys a message names before it counts the rest. */
const LISTED_KEYS = 3;

/** A zod issue as an {@link ArticleIssue}; unknown keys are named by this package, cut short. */
function toIssue(issue: z.core.$ZodIssue): ArticleIssue {
  let { message } = issue;
  if (issue.code === "unrecognized_keys") {
    const { keys } = issue;
    const named = keys.slice(0, LISTED_KEYS).map(quote).join(", ");
    const more = keys.length > LISTED_KEYS ? ` and ${keys.length - LISTED_KEYS} more` : "";
    message = `unknown key${keys.length === 1 ? "" : "s"} ${named}${more}`;
  }
  return {
    // Stryker disable next-line ConditionalExpression: equivalent: this schema's paths hold only strings and numbers; String() only guards the type against symbols
    path: issue.path.map((part) => (typeof part === "number" ? part : String(part))),
    message,
  };
}

/**
 * Validates `input` against {@link ArticleSchema} without throwing. On success `data` is a deeply
 * frozen copy of the input. On failure `error` is an {@link ArticleValidationError} with the
 * first 100 problems; an input that cannot be read (a getter or a proxy that throws, a revoked
 * proxy) gives one, at the root, saying so and why.
 */
export function safeParseArticle(input: unknown): SafeParseArticleResult {
  let result: ReturnType<typeof ArticleSchema.safeParse>;
  try {
    result = ArticleSchema.safeParse(input);
  } catch (thrown) {
    const message = `the input could not be read: reading it threw ${describeThrown(thrown)}`;
    return Object.freeze({
      success: false,
      error: new ArticleValidationError([{ path: [], message }]),
    });
  }
  if (result.success) return Object.freeze({ success: true, data: deepFreeze(result.data) });
  const { issues } = result.error;
  // Stryker disable next-line MethodExpression: the error keeps the first 100 too; this slice only spares mapping the rest (npm run bench)
  const error = new ArticleValidationError(issues.slice(0, MAX_ISSUES).map(toIssue), issues.length);
  return Object.freeze({ success: false, error });
}

/**
 * Validates `input` against {@link ArticleSchema} and returns it as a deeply
 * frozen `Article`.
 *
 * @throws {@link ArticleValidationError} listing the first 100 problems with their paths.
 */
export function parseArticle(input: unknown): Article {
  const result = safeParseArticle(input);
  if (!result.success) throw result.error;
  return result.data;
}
