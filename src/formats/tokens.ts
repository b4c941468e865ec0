import type { Language } from "../vocabulary";

/** A token of a block's text: its text and its UTF-16 offsets in the block (end exclusive). */
export interface Token {
  /** The token's text: the block's text from `start` to `end`. */
  readonly text: string;
  /** Offset of the token's first character in the block's text (UTF-16, inclusive). */
  readonly start: number;
  /** Offset just after its last character (UTF-16, exclusive). */
  readonly end: number;
}

const segmenters = {
  ru: new Intl.Segmenter("ru", { granularity: "word" }),
  en: new Intl.Segmenter("en", { granularity: "word" }),
};

/** An English possessive ending, split off its word as in the Penn Treebank ("Union", "'s"). */
const possessive = /['’]s$/;

/**
 * The tokens of `text.slice(from, to)`: the word segments of `Intl.Segmenter` (Unicode word
 * boundaries, UAX #29) for the language, without whitespace, so that every punctuation mark is a
 * token of its own; in English, a possessive "'s" is a token of its own.
 *
 * @param text - a block's text in `language`.
 * @param from - where to start (a sentence's start), 0 by default.
 * @param to - where to stop (a sentence's end), the text's end by default.
 */
export function tokenize(
  text: string,
  language: Language,
  from = 0,
  to: number = text.length,
): readonly Token[] {
  const tokens: Token[] = [];
  for (const { segment, index } of segmenters[language].segment(text.slice(from, to))) {
    if (segment.trim() === "") continue;
    const start = from + index;
    const cut = language === "en" ? segment.search(possessive) : -1;
    // Stryker disable next-line EqualityOperator: the word segmenter never starts a segment with "'s"
    if (cut > 0) {
      tokens.push({ text: segment.slice(0, cut), start, end: start + cut });
      tokens.push({ text: segment.slice(cut), start: start + cut, end: start + segment.length });
    } else {
      tokens.push({ text: segment, start, end: start + segment.length });
    }
  }
  return tokens;
}
