import { truncate } from "../describe-value";

/** One problem found in an article: where it is, and what is wrong. */
export interface ArticleIssue {
  /** Path to the offending field, such as `["entities", 3, "mentions", 0, "quote"]`; empty for the root. */
  readonly path: readonly (string | number)[];
  /** What is wrong there. */
  readonly message: string;
}

/** The most issues an error keeps: the first ones found. */
export const MAX_ISSUES = 100;

/** The longest issue message an error keeps, in characters; a longer one is cut, with "…". */
const MAX_MESSAGE_LENGTH = 500;

/** The longest path an error's message shows, in characters; a longer one is cut, with "…". */
const MAX_PATH_LENGTH = 200;

/**
 * The brand of every `ArticleValidationError`, from any copy of the package: the ESM and the
 * CommonJS build, or two installed copies, share it through the global symbol registry.
 */
const brand = Symbol.for("eu-central-asia-security-dialogue-2016/ArticleValidationError");

/** Formats a path as `entities[3].mentions[0].quote` (`(root)` when empty). */
function formatPath(path: readonly (string | number)[]): string {
  if (path.length === 0) return "(root)";
  const formatted = path
    .map((part, index) =>
      typeof part === "number" ? `[${part}]` : index === 0 ? part : `.${part}`,
    )
    .join("");
  return truncate(formatted, MAX_PATH_LENGTH);
}

/**
 * The one error `parseArticle` throws. `issues` holds the first 100 problems found, with their
 * paths, and `issueCount` how many were found in all; `message` lists the kept issues, one per
 * line, and says how many were left out. Each kept message is at most 500 characters, so an
 * error stays small however large or broken the input.
 *
 * `instanceof ArticleValidationError` holds for an error from either build of the package (ESM
 * or CommonJS) and from any copy of it: errors carry a brand from the global symbol registry,
 * which `instanceof` checks.
 */
export class ArticleValidationError extends Error {
  /** The first problems found, at most 100, in the order found. */
  readonly issues: readonly ArticleIssue[];
  /** How many problems were found in all; more than `issues.length` when some were left out. */
  readonly issueCount: number;

  /**
   * An error listing the first 100 of `issues` in its message, and how many were left out.
   *
   * @param issues - the problems found, in order; only the first 100 are kept.
   * @param issueCount - how many problems were found in all, when `issues` holds only the
   *   first ones; `issues.length` by default.
   */
  constructor(issues: readonly ArticleIssue[], issueCount: number = issues.length) {
    const kept = issues.slice(0, MAX_ISSUES).map((issue) =>
      Object.freeze({
        path: Object.freeze([...issue.path]),
        message: truncate(issue.message, MAX_MESSAGE_LENGTH),
      }),
    );
    const count = Math.max(issueCount, issues.length);
    const left = count - kept.length;
    const lines = kept.map((issue) => `- ${formatPath(issue.path)}: ${issue.message}`);
    const summary =
      left > 0
        ? `${count} problems, the first ${kept.length} listed below and ${left} left out`
        : `${count} problem${count === 1 ? "" : "s"}`;
    super(`Invalid article (${summary}):\n${lines.join("\n")}`);
    this.name = "ArticleValidationError";
    this.issues = Object.freeze(kept);
    this.issueCount = count;
    // Stryker disable next-line ObjectLiteral,BooleanLiteral: instanceof checks that the brand is there, not its value
    Object.defineProperty(this, brand, { value: true });
  }

  /**
   * `error instanceof ArticleValidationError`: true for an error from any build or copy of the
   * package (it carries the brand). For a subclass, the usual prototype check.
   */
  static override [Symbol.hasInstance](value: unknown): boolean {
    if (this !== ArticleValidationError)
      return Function.prototype[Symbol.hasInstance].call(this, value);
    return typeof value === "object" && value !== null && Object.hasOwn(value, brand);
  }
}
