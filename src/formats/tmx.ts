import { checkArticle } from "../argument-checks";
import type { Article } from "../article-types";
import { version } from "../version";
import { blocksOf } from "./plain-text";
import { packageName } from "../version";

/**
 * The aligned sentences as a translation memory in TMX 1.4b, the format CAT tools exchange
 * translation memories in: one translation unit per sentence, Russian (the source) and English.
 */

/** The characters XML 1.0 cannot carry, even escaped (lone surrogates included). */
const notXml = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;

/**
 * A text as XML character data or attribute value: the markup characters and the attribute quote
 * escaped, and a carriage return as a character reference, which XML parsers would otherwise drop.
 *
 * @throws TypeError naming `toTmx` and `where` when the text holds a character XML cannot carry.
 */
function xml(text: string, where: string): string {
  const bad = notXml.exec(text);
  if (bad) {
    const code = bad[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, "0");
    throw new TypeError(`toTmx: ${where} holds U+${code}, which XML 1.0 (and so TMX) cannot carry`);
  }
  return text
    .replaceAll("&", "&amp;")
    .replaceAll("<", "&lt;")
    .replaceAll(">", "&gt;")
    .replaceAll('"', "&quot;")
    .replaceAll("\r", "&#13;");
}

/**
 * The article's aligned sentences as a TMX 1.4b document: a header (`creationtool` this package,
 * `creationtoolversion` its version, `segtype` sentence, `srclang` ru, `adminlang` en, `datatype`
 * plaintext, `o-tmf` the article JSON), then one `tu` per sentence in text order, its `tuid` the
 * sentence id, with a `tuv` for Russian, then one for English, each with its `xml:lang` and `seg`.
 *
 * @param article - any valid article (the shipped `article`, or a `parseArticle` result).
 * @throws TypeError when `article` is not an article object, or a sentence holds a character
 * XML 1.0 cannot carry (a control character other than tab, line feed and carriage return).
 */
export function toTmx(article: Article): string {
  checkArticle("toTmx", article);
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<tmx version="1.4">',
    `<header creationtool="${packageName}" creationtoolversion="${version}" segtype="sentence" o-tmf="article.json" adminlang="en" srclang="ru" datatype="plaintext"/>`,
    "<body>",
  ];
  for (const block of blocksOf(article)) {
    for (const sentence of block.sentences) {
      const id = xml(sentence.id, "a sentence id");
      const seg = (language: "ru" | "en") =>
        `<tuv xml:lang="${language}"><seg>${xml(block[language].slice(sentence[language].start, sentence[language].end), `sentence ${id} (${language})`)}</seg></tuv>`;
      lines.push(`<tu tuid="${id}">${seg("ru")}${seg("en")}</tu>`);
    }
  }
  lines.push("</body>", "</tmx>", "");
  return lines.join("\n");
}
