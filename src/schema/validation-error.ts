/** One problem found in an article: where it is, and what is wrong. */
export interface ArticleIssue {
  /** Path to the offending field, such as `["entities", 3, "mentions", 0, "quote"]`; empty for the root. */
  readonly path: readonly (string | number)[];
  /** What is wrong there. */
  readonly message: string;
}

/** Formats a path as `entities[3].mentions[0].quote` (`(root)` when empty). */
function formatPath(path: readonly (string | number)[]): string {
  if (path.length === 0) return "(root)";
  return path
    .map((part, index) =>
      typeof part === "number" ? `[${part}]` : index === 0 ? part : `.${part}`,
    )
    .join("");
}

/**
 * The one error `parseArticle` throws: its message lists every problem with
 * its path, one per line, and `issues` holds them as data.
 */
export class ArticleValidationError extends Error {
  /** Every problem found, in the order found. */
  readonly issues: readonly ArticleIssue[];

  /** An error listing `issues` in its message. */
  constructor(issues: readonly ArticleIssue[]) {
    const lines = issues.map((issue) => `- ${formatPath(issue.path)}: ${issue.message}`);
    super(
      `Invalid article (${issues.length} problem${issues.length === 1 ? "" : "s"}):\n${lines.join("\n")}`,
    );
    this.name = "ArticleValidationError";
    this.issues = Object.freeze(
      issues.map((issue) => Object.freeze({ ...issue, path: Object.freeze([...issue.path]) })),
    );
  }
}
