// Every mention maps to the original file: block.sourceStart + offset.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { article } from "../../../src/index";
import { allMentions } from "../../support/walk";

const sourceText = readFileSync(
  new URL("../../../src/data/article.ru.txt", import.meta.url),
  "utf8",
);
const blocks = [article.headline, ...article.paragraphs];

describe("offsets into the source file", () => {
  it("give each block's start in src/data/article.ru.txt", () => {
    for (const block of blocks) {
      expect(
        sourceText.slice(block.sourceStart, block.sourceStart + block.ru.length),
        block.id,
      ).toBe(block.ru);
    }
    // p5 starts after the source's no-break space, one character later than its line.
    const p5 = blocks.at(-1)!;
    expect(sourceText[p5.sourceStart - 1]).toBe("\u00a0");
  });

  it("map every mention, of every kind, to its quote in the source file", () => {
    const mentions = allMentions(article);
    expect(mentions).toHaveLength(83);
    const startOf = new Map<string, number>(blocks.map((block) => [block.id, block.sourceStart]));
    for (const { mention, path } of mentions) {
      const offset = startOf.get(mention.paragraphId)!;
      expect(sourceText.slice(offset + mention.start, offset + mention.end), path).toBe(
        mention.quote,
      );
    }
  });
});
