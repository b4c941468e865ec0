// Tokenization for the token-based formats (src/formats/tokens.ts): Unicode word segments, each
// punctuation mark a token, English possessives split off, and every token's offsets in its block.
import { describe, expect, it } from "vitest";
import { article } from "../../../src/index";
import { tokenize } from "../../../src/formats/tokens";

const texts = (tokens: readonly { text: string }[]) => tokens.map((token) => token.text);

describe("tokenize", () => {
  it("splits words, numbers and every punctuation mark, and drops whitespace", () => {
    expect(texts(tokenize("3-ем заседании «ЕС-Центральная Азия».", "ru"))).toEqual([
      "3",
      "-",
      "ем",
      "заседании",
      "«",
      "ЕС",
      "-",
      "Центральная",
      "Азия",
      "»",
      ".",
    ]);
    expect(texts(tokenize("On 18 May 2016, a High-Level  Dialogue.", "en"))).toEqual([
      "On",
      "18",
      "May",
      "2016",
      ",",
      "a",
      "High",
      "-",
      "Level",
      "Dialogue",
      ".",
    ]);
  });

  it("splits an English possessive off its word, in English only", () => {
    expect(texts(tokenize("the European Union's mechanism", "en"))).toEqual([
      "the",
      "European",
      "Union",
      "'s",
      "mechanism",
    ]);
    expect(texts(tokenize("it's", "en"))).toEqual(["it", "'s"]);
    expect(texts(tokenize("'s", "en"))).toEqual(["'", "s"]);
    expect(texts(tokenize("Union's", "ru"))).toEqual(["Union's"]);
    // Only at the word's end: an apostrophe and s inside a word stay in it.
    expect(texts(tokenize("O’sullivan and O'shea", "en"))).toEqual(["O’sullivan", "and", "O'shea"]);
    expect(tokenize("the Union’s aim", "en").slice(1, 3)).toEqual([
      { text: "Union", start: 4, end: 9 },
      { text: "’s", start: 9, end: 11 },
    ]);
  });

  it("gives each token's offsets in the block, for a stretch of it too", () => {
    const text = article.paragraphs[0].en;
    const { start, end } = article.paragraphs[0].sentences[1].en;
    const tokens = tokenize(text, "en", start, end);
    expect(tokens[0]).toEqual({ text: "The", start, end: start + 3 });
    expect(tokens.at(-1)).toEqual({ text: ".", start: end - 1, end });
    for (const token of tokens) expect(text.slice(token.start, token.end)).toBe(token.text);
    for (const block of [article.headline, ...article.paragraphs]) {
      for (const language of ["ru", "en"] as const) {
        const all = tokenize(block[language], language);
        expect(all.map((token) => token.text).join(""), block.id).toBe(
          block[language].replace(/\s+/g, ""),
        );
      }
    }
  });
});
