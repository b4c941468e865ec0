import { checkArticle, checkOneOf } from "../argument-checks";
import type { Article } from "../article-types";
import { languages, type Language } from "../vocabulary";
import { taggedText } from "./bio";

/**
 * The article's entity mentions in one language as a CoNLL-2003 file, for named-entity
 * recognition tools: `-DOCSTART- -X- O O` and a blank line, then one token per line in four
 * columns (the token, `_` where CoNLL-2003 has a part of speech and a chunk tag, which the data
 * does not give, and the token's BIO tag), with a blank line after each of the article's
 * sentences. The tokens and tags are those of {@link taggedText}: the outermost name wins, so a
 * mention nested in another is not tagged. `docs/formats.md` gives the rules.
 *
 * @param article - any valid article (the shipped `article`, or a `parseArticle` result).
 * @param language - `"ru"` (the original) or `"en"` (our translation).
 * @throws TypeError naming the function for an argument that is not an article or a language.
 */
export function toConll(article: Article, language: Language): string {
  checkArticle("toConll", article);
  checkOneOf("toConll", "language", language, languages);
  const lines = ["-DOCSTART- -X- O O", ""];
  for (const sentence of taggedText(article, language).sentences) {
    for (const token of sentence.tokens) lines.push(`${token.text} _ _ ${token.tag}`);
    lines.push("");
  }
  return lines.join("\n");
}
