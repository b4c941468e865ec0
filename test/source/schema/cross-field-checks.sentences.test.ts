// The schema's rules for sentences (src/schema/cross-field-checks.ts and SpanSchema):
// numbered `<block>-s1`, `-s2`, … and, in each language, covering the block
// from its first to its last character, in order, with only whitespace between
// them. Each broken rule is reported with its message at the field that is wrong.
import { describe, expect, it } from "vitest";
import { article } from "../../../src/index";
import { issuesAfter } from "../../support/article-draft";
import { allMentions } from "../../support/walk";

const startMessage = "sentence must start after the previous one, separated only by whitespace";
const endMessage = "sentence must end inside the block, without outer whitespace";
const at = (paragraph: number, sentence: number, language: "ru" | "en", field: string) => [
  "paragraphs",
  paragraph,
  "sentences",
  sentence,
  language,
  field,
];

describe("sentence ids", () => {
  it("must be the block's id, -s and the sentence's number from 1", () => {
    expect(issuesAfter((d) => (d.paragraphs[0].sentences[1].id = "p1-s9"))).toEqual([
      { path: ["paragraphs", 0, "sentences", 1, "id"], message: 'sentence id must be "p1-s2"' },
    ]);
    expect(issuesAfter((d) => (d.headline.sentences[0].id = "headline-s0"))).toEqual([
      { path: ["headline", "sentences", 0, "id"], message: 'sentence id must be "headline-s1"' },
    ]);
  });

  it("are ids like any other: one used elsewhere is reported at the sentence", () => {
    expect(issuesAfter((d) => (d.relations[0].id = "headline-s1"))).toEqual([
      { path: ["headline", "sentences", 0, "id"], message: 'duplicate id "headline-s1"' },
    ]);
    expect(issuesAfter((d) => (d.relations[3].id = "p3-s2"))).toEqual([
      { path: ["paragraphs", 2, "sentences", 1, "id"], message: 'duplicate id "p3-s2"' },
    ]);
  });
});

describe("sentence starts", () => {
  it("the first sentence starts at 0, in either language", () => {
    expect(issuesAfter((d) => (d.paragraphs[1].sentences[0].ru.start = 1))).toEqual([
      { path: at(1, 0, "ru", "start"), message: startMessage },
    ]);
    expect(issuesAfter((d) => (d.headline.sentences[0].en.start = 1))).toEqual([
      { path: ["headline", "sentences", 0, "en", "start"], message: startMessage },
    ]);
  });

  it("a later sentence starts after whitespace that follows the previous one", () => {
    const s2 = article.paragraphs[0].sentences[1].ru.start; // 208, after one space
    for (const start of [s2 - 2, s2 - 1, s2 + 1]) {
      expect(
        issuesAfter((d) => (d.paragraphs[0].sentences[1].ru.start = start)),
        String(start),
      ).toEqual([{ path: at(0, 1, "ru", "start"), message: startMessage }]);
    }
    expect(issuesAfter((d) => (d.paragraphs[2].sentences[2].en.start -= 1))).toEqual([
      { path: at(2, 2, "en", "start"), message: startMessage },
    ]);
  });

  it("the gap between two sentences is whitespace only, of any length", () => {
    expect(issuesAfter((d) => (d.paragraphs[0].sentences[0].ru.end -= 1))).toEqual([
      { path: at(0, 1, "ru", "start"), message: startMessage },
    ]);
    expect(
      issuesAfter((d) => {
        const p1 = d.paragraphs[0];
        const end = p1.sentences[0].en.end;
        p1.en = `${p1.en.slice(0, end)} ${p1.en.slice(end)}`;
        for (const sentence of p1.sentences.slice(1)) {
          sentence.en.start += 1;
          sentence.en.end += 1;
        }
        for (const { mention } of allMentions(d)) {
          if (mention.paragraphId === "p1" && mention.en && mention.en.start >= end) {
            mention.en.start += 1;
            mention.en.end += 1;
          }
        }
      }),
    ).toEqual([]);
  });

  it("a gap or a missing sentence is reported in both languages, with the numbering", () => {
    expect(issuesAfter((d) => d.paragraphs[2].sentences.splice(1, 1))).toEqual([
      { path: ["paragraphs", 2, "sentences", 1, "id"], message: 'sentence id must be "p3-s2"' },
      { path: at(2, 1, "ru", "start"), message: startMessage },
      { path: at(2, 1, "en", "start"), message: startMessage },
    ]);
  });
});

describe("sentence ends", () => {
  it("a sentence may not take in the whitespace after it", () => {
    expect(issuesAfter((d) => (d.paragraphs[0].sentences[0].ru.end += 1))).toEqual([
      { path: at(0, 0, "ru", "end"), message: endMessage },
      { path: at(0, 1, "ru", "start"), message: startMessage },
    ]);
  });

  it("a sentence may not end past its block", () => {
    expect(issuesAfter((d) => (d.paragraphs[1].sentences[0].ru.end = 191))).toEqual([
      { path: at(1, 0, "ru", "end"), message: endMessage },
      {
        path: at(1, 0, "ru", "end"),
        message: "the last sentence must end at the end of the block's ru (length 190)",
      },
    ]);
  });

  it("the last sentence ends at the end of the block, in either language", () => {
    const length = article.paragraphs[4].en.length;
    expect(issuesAfter((d) => (d.paragraphs[4].sentences[0].en.end = length - 1))).toEqual([
      {
        path: at(4, 0, "en", "end"),
        message: `the last sentence must end at the end of the block's en (length ${String(length)})`,
      },
    ]);
    expect(issuesAfter((d) => (d.paragraphs[0].sentences[2].ru.end = 462))).toEqual([
      {
        path: at(0, 2, "ru", "end"),
        message: "the last sentence must end at the end of the block's ru (length 463)",
      },
    ]);
    expect(issuesAfter((d) => (d.headline.sentences[0].en.end = 71))).toEqual([
      {
        path: ["headline", "sentences", 0, "en", "end"],
        message: "the last sentence must end at the end of the block's en (length 72)",
      },
    ]);
  });

  it("a span's end must be greater than its start", () => {
    expect(
      issuesAfter((d) => {
        const sentence = d.paragraphs[1].sentences[0];
        sentence.en.end = sentence.en.start;
      }),
    ).toContainEqual({ path: at(1, 0, "en", "end"), message: "end must be greater than start" });
    expect(
      issuesAfter((d) => {
        const sentence = d.paragraphs[1].sentences[0];
        sentence.en.start = 5;
        sentence.en.end = 6;
      }).map((issue) => issue.message),
    ).not.toContain("end must be greater than start");
  });
});

describe("whole blocks", () => {
  it("one sentence may cover a whole block", () => {
    expect(
      issuesAfter((d) => {
        const p1 = d.paragraphs[0];
        p1.sentences.splice(1);
        p1.sentences[0].ru.end = p1.ru.length;
        p1.sentences[0].en.end = p1.en.length;
      }),
    ).toEqual([]);
  });
});
