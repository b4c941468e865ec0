// The entity mentions as CoNLL-2003 (src/formats/conll.ts): -DOCSTART-, one token per line in
// four columns with its BIO tag last, a blank line after each sentence; the tokens and tags of
// taggedText.
import { describe, expect, it } from "vitest";
import { article } from "../../../src/index";
import { taggedText } from "../../../src/formats/bio";
import { toConll } from "../../../src/formats/conll";
import { untyped } from "../../support/defined";

const loose = untyped(toConll);

describe("toConll", () => {
  for (const language of ["ru", "en"] as const) {
    it(`writes the ${language} tokens and tags, a sentence per block of lines`, () => {
      const conll = toConll(article, language);
      expect(conll.startsWith("-DOCSTART- -X- O O\n\n")).toBe(true);
      expect(conll.endsWith("\n\n")).toBe(false);
      expect(conll.endsWith("\n")).toBe(true);
      const sentences = conll
        .slice("-DOCSTART- -X- O O\n\n".length, -1)
        .split("\n\n")
        .map((block) => block.split("\n").map((line) => line.split(" ")));
      const { sentences: tagged } = taggedText(article, language);
      expect(sentences).toHaveLength(tagged.length);
      expect(sentences).toEqual(
        tagged.map((sentence) => sentence.tokens.map((token) => [token.text, "_", "_", token.tag])),
      );
    });
  }

  it("tags Turkmenistan in both languages", () => {
    expect(toConll(article, "ru")).toContain("\nТуркменистана _ _ B-STATE\n");
    expect(toConll(article, "en")).toContain("\nTurkmenistan _ _ B-STATE\n");
  });

  it("refuses what is not an article or a language, naming itself", () => {
    expect(() => loose(undefined, "ru")).toThrow(/^toConll: article must be/);
    expect(() => loose(article, "de")).toThrow(
      new TypeError('toConll: language must be one of: ru, en; got "de"'),
    );
  });
});
