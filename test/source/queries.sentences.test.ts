// getSentences (src/queries.ts), on helpers built afresh in each test: every
// block's sentences or one block's, each with its Russian and English text,
// frozen; an unknown block gives undefined and a non-string a TypeError.
import { describe, expect, it } from "vitest";
import { article, forArticle } from "../../src/index";
import { draftOf } from "../support/draft";
import { sourceBuild } from "../support/builds";
import { describeSentences } from "../support/suites/sentences";

const helpers = () => forArticle(article);
const blocks = [article.headline, ...article.paragraphs];

describe("getSentences", () => {
  it("gives every block's sentences in order without an id, or with undefined", () => {
    const all = helpers().getSentences();
    expect(all?.map((sentence) => `${sentence.paragraphId} ${sentence.id}`)).toEqual([
      "headline headline-s1",
      "p1 p1-s1",
      "p1 p1-s2",
      "p1 p1-s3",
      "p2 p2-s1",
      "p3 p3-s1",
      "p3 p3-s2",
      "p3 p3-s3",
      "p4 p4-s1",
      "p5 p5-s1",
    ]);
    const queries = helpers();
    expect(queries.getSentences(undefined)).toBe(queries.getSentences());
  });

  it("gives each sentence's spans with the text between them, in both languages", () => {
    for (const block of blocks) {
      const sentences = helpers().getSentences(block.id);
      expect(sentences, block.id).toEqual(
        block.sentences.map((sentence) => ({
          id: sentence.id,
          paragraphId: block.id,
          ru: { ...sentence.ru, text: block.ru.slice(sentence.ru.start, sentence.ru.end) },
          en: { ...sentence.en, text: block.en.slice(sentence.en.start, sentence.en.end) },
        })),
      );
    }
    expect(helpers().getSentences("p3")?.[1]).toEqual({
      id: "p3-s2",
      paragraphId: "p3",
      ru: {
        start: 155,
        end: 367,
        text: "Также были обсуждены такие вызовы в сфере безопасности, как радикализация, феномен иностранных боевиков, миграция, региональная стабильность и безопасность, борьба с незаконным оборотом наркотиков и контрабандой.",
      },
      en: {
        start: 155,
        end: 348,
        text: "They also discussed security challenges such as radicalisation, the foreign fighter phenomenon, migration, regional stability and security, and the fight against drug trafficking and smuggling.",
      },
    });
  });

  it("gives only that block's sentences for a block id", () => {
    expect(
      helpers()
        .getSentences("headline")
        ?.map((sentence) => sentence.id),
    ).toEqual(["headline-s1"]);
    expect(
      helpers()
        .getSentences("p1")
        ?.map((sentence) => sentence.id),
    ).toEqual(["p1-s1", "p1-s2", "p1-s3"]);
    expect(
      helpers()
        .getSentences("p5")
        ?.map((sentence) => sentence.id),
    ).toEqual(["p5-s1"]);
  });

  it("gives undefined for an id that is no block", () => {
    for (const id of ["p6", "p1-s1", "radicalisation", "", "P1"]) {
      expect(helpers().getSentences(id), id).toBeUndefined();
    }
  });

  it("refuses a paragraph id that is not a string, listing the block ids", () => {
    const queries = helpers();
    const getSentences = (paragraphId: unknown) => queries.getSentences(paragraphId as never);
    expect(() => getSentences(1)).toThrow(
      new TypeError(
        "getSentences: paragraphId must be a string, one of: headline, p1, p2, p3, p4, p5; got 1",
      ),
    );
    expect(() => getSentences(null)).toThrow(
      new TypeError(
        "getSentences: paragraphId must be a string, one of: headline, p1, p2, p3, p4, p5; got null",
      ),
    );
  });

  it("returns frozen arrays of frozen sentences", () => {
    for (const result of [helpers().getSentences(), helpers().getSentences("p3")]) {
      expect(Object.isFrozen(result)).toBe(true);
      for (const sentence of result ?? []) {
        expect(Object.isFrozen(sentence)).toBe(true);
        expect(Object.isFrozen(sentence.ru)).toBe(true);
        expect(Object.isFrozen(sentence.en)).toBe(true);
      }
    }
  });

  it("reads another article's own blocks and sentences", () => {
    const copy = draftOf(article);
    copy.paragraphs.splice(1);
    const p1 = copy.paragraphs[0];
    p1.sentences.splice(1);
    p1.sentences[0].ru.end = 10;
    p1.sentences[0].en.end = 6;
    const other = forArticle(copy as unknown as typeof article);
    expect(other.getSentences()?.map((sentence) => sentence.id)).toEqual(["headline-s1", "p1-s1"]);
    expect(other.getSentences("p1")?.[0]).toEqual({
      id: "p1-s1",
      paragraphId: "p1",
      ru: { start: 0, end: 10, text: "18 мая 201" },
      en: { start: 0, end: 6, text: "On 18 " },
    });
    expect(other.getSentences("p2")).toBeUndefined();
  });
});

describeSentences(sourceBuild);
