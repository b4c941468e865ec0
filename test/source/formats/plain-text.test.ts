// The plain texts the annotation formats point into (src/formats/plain-text.ts): our English in
// the source file's layout, where each block starts in either text, and the check that a text is
// an article's source text.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { article, getText } from "../../../src/index";
import { blockStarts, checkSourceText, englishText } from "../../../src/formats/plain-text";
import { draftOf } from "../../support/draft";

const sourceText = readFileSync(
  new URL("../../../src/data/article.ru.txt", import.meta.url),
  "utf8",
);
const blocks = [article.headline, ...article.paragraphs];

describe("englishText", () => {
  it("is the English blocks, headline first, one blank line between them, no final newline", () => {
    expect(englishText(article)).toBe(getText("en"));
    expect(englishText(article).split("\n\n")).toEqual(blocks.map((block) => block.en));
    expect(englishText(article).endsWith("\n")).toBe(false);
  });

  it("refuses what is not an article, naming itself", () => {
    expect(() => englishText(null as never)).toThrow(/^englishText: article must be/);
  });
});

describe("blockStarts", () => {
  it("gives each block's sourceStart in Russian, where the source text has it", () => {
    const starts = blockStarts(article, "ru");
    for (const block of blocks) {
      const start = starts.get(block.id)!;
      expect(start, block.id).toBe(block.sourceStart);
      expect(sourceText.slice(start, start + block.ru.length)).toBe(block.ru);
    }
  });

  it("gives each block's place in the English text", () => {
    const starts = blockStarts(article, "en");
    const text = englishText(article);
    expect([...starts.keys()]).toEqual(blocks.map((block) => block.id));
    for (const block of blocks) {
      const start = starts.get(block.id)!;
      expect(text.slice(start, start + block.en.length), block.id).toBe(block.en);
    }
  });
});

describe("checkSourceText", () => {
  it("accepts the source text file of the shipped article", () => {
    expect(() => checkSourceText("f", article, sourceText)).not.toThrow();
  });

  it("refuses a value that is not a string, or a text whose blocks are elsewhere", () => {
    expect(() => checkSourceText("toBrat", article, 3)).toThrow(
      new TypeError("toBrat: sourceText must be the article's source text (a string); got number"),
    );
    expect(() => checkSourceText("toBrat", article, sourceText.replace("\u00a0", ""))).toThrow(
      new TypeError(
        'toBrat: sourceText is not this article\'s source text: block "p5" does not stand at its sourceStart 1547',
      ),
    );
    const moved = draftOf(article);
    moved.headline.sourceStart = 1;
    expect(() => checkSourceText("f", moved as never, sourceText)).toThrow(/block "headline"/);
    const renamed = draftOf(article);
    renamed.headline.id = "h".repeat(1_000);
    renamed.headline.sourceStart = 1;
    expect(() => checkSourceText("f", renamed as never, sourceText)).toThrow(
      `block "${"h".repeat(60)}"… (1000 characters) does not stand`,
    );
  });
});
