// A copy of the article whose source text has a character outside the Basic Multilingual Plane,
// "𝔸" (U+1D538, two UTF-16 code units, one code point), between the headline and the first
// paragraph: every offset after it counts one more in UTF-16 than in code points, which the
// shipped text (all of it in the Basic Multilingual Plane) cannot show.
import { readFileSync } from "node:fs";
import { article } from "../../src/index";
import { draftOf } from "./draft";

/** The shipped source text. */
export const sourceText = readFileSync(
  new URL("../../src/data/article.ru.txt", import.meta.url),
  "utf8",
);

/** The astral character. */
export const astral = "\u{1D538}";

/** The copy, its source text (the character just after the headline), and where it stands. */
export function astralArticle() {
  const copy = draftOf(article);
  const at = copy.headline.sourceStart + copy.headline.ru.length;
  for (const paragraph of copy.paragraphs) paragraph.sourceStart += astral.length;
  return {
    article: copy,
    sourceText: sourceText.slice(0, at) + astral + sourceText.slice(at),
    /** The UTF-16 offset of the astral character in the source text. */
    at,
  };
}
