import { checkArticle } from "../argument-checks";
import { quote } from "../describe-value";
import type { Article, Paragraph } from "../article-types";

/**
 * The plain texts that the annotation formats point into. The Russian one is the source text
 * file itself (for the shipped article, `./article.ru.txt`), in which each block starts at its
 * `sourceStart`. The English one is our English blocks in the same layout, the headline first and
 * one blank line between blocks (for the shipped article, `./article.en.txt`).
 */

/** The article's blocks in text order: the headline, then the paragraphs. */
export const blocksOf = (article: Article): readonly Paragraph[] => [
  article.headline,
  ...article.paragraphs,
];

/** The separator between two blocks in the English plain text: one blank line. */
const blockSeparator = "\n\n";

/**
 * The English plain text: the blocks' `en`, headline first, separated by one blank line, with no
 * newline at the end (the layout of the source text file).
 *
 * @param article - any valid article.
 */
export function englishText(article: Article): string {
  checkArticle("englishText", article);
  return blocksOf(article)
    .map((block) => block.en)
    .join(blockSeparator);
}

/**
 * Where each block starts in a plain text, by block id (UTF-16 offsets): in Russian its
 * `sourceStart`, in English its place in {@link englishText}.
 */
export function blockStarts(article: Article, language: "ru" | "en"): ReadonlyMap<string, number> {
  const starts = new Map<string, number>();
  let next = 0;
  for (const block of blocksOf(article)) {
    starts.set(block.id, language === "ru" ? block.sourceStart : next);
    next += block.en.length + blockSeparator.length;
  }
  return starts;
}

/**
 * Checks that `sourceText` is the source text of `article`: a string in which every block's
 * Russian text stands at its `sourceStart`.
 *
 * @throws TypeError naming `functionName` and the first block that does not match.
 */
export function checkSourceText(
  functionName: string,
  article: Article,
  sourceText: unknown,
): asserts sourceText is string {
  if (typeof sourceText !== "string") {
    throw new TypeError(
      `${functionName}: sourceText must be the article's source text (a string); got ${typeof sourceText}`,
    );
  }
  for (const block of blocksOf(article)) {
    if (sourceText.slice(block.sourceStart, block.sourceStart + block.ru.length) !== block.ru) {
      throw new TypeError(
        `${functionName}: sourceText is not this article's source text: block ${quote(block.id)} does not stand at its sourceStart ${block.sourceStart}`,
      );
    }
  }
}
