import { beforeAll, describe, expect, it } from "vitest";
import type { Build, MainEntry, SchemaEntry } from "../builds";
import { draftOf, type Draft } from "../draft";

export function describeSentences(build: Build): void {
  describe(`sentences (${build.label})`, () => {
    let main: MainEntry;
    let schema: SchemaEntry;
    let blocks: (MainEntry["article"]["headline"] | MainEntry["article"]["paragraphs"][number])[];
    beforeAll(async () => {
      main = await build.main();
      schema = await build.schema();
      blocks = [main.article.headline, ...main.article.paragraphs];
    });

    it("split the paragraphs into 9 sentences, and the headline into 1", () => {
      expect(blocks.map((block) => [block.id, block.sentences.length])).toEqual([
        ["headline", 1],
        ["p1", 3],
        ["p2", 1],
        ["p3", 3],
        ["p4", 1],
        ["p5", 1],
      ]);
      expect(main.getSentences()?.map((s) => s.id)).toEqual([
        "headline-s1",
        "p1-s1",
        "p1-s2",
        "p1-s3",
        "p2-s1",
        "p3-s1",
        "p3-s2",
        "p3-s3",
        "p4-s1",
        "p5-s1",
      ]);
    });

    it("concatenate back to the block's text in both languages, whitespace between them", () => {
      for (const block of blocks) {
        for (const language of ["ru", "en"] as const) {
          const spans = block.sentences.map((s) =>
            block[language].slice(s[language].start, s[language].end),
          );
          const gaps = block.sentences
            .slice(1)
            .map((s, i) =>
              block[language].slice(block.sentences[i]![language].end, s[language].start),
            );
          for (const gap of gaps) expect(gap).toMatch(/^\s+$/);
          expect(
            spans.map((span, i) => span + (gaps[i] ?? "")).join(""),
            `${block.id} ${language}`,
          ).toBe(block[language]);
          for (const span of spans) expect(span).toMatch(/^\S(?:.*\S)?$/s);
          for (const span of spans) expect(span).toMatch(/[.»A-Za-zА-Яа-я]$/);
        }
      }
    });

    it("end every paragraph sentence with a full stop, in both languages", () => {
      for (const sentence of main.getSentences()!.filter((s) => s.paragraphId !== "headline")) {
        expect(sentence.ru.text.endsWith("."), sentence.id).toBe(true);
        expect(sentence.en.text.endsWith("."), sentence.id).toBe(true);
      }
    });

    it("getSentences gives one block's sentences with their texts, frozen", () => {
      const p1 = main.getSentences("p1");
      expect(p1?.map((s) => s.ru.text.slice(0, 16))).toEqual([
        "18 мая 2016 года",
        "Диалог по вопрос",
        "На заседание Диа",
      ]);
      expect(p1?.[2]?.en).toEqual({
        start: 350,
        end: 463,
        text: "An invitation to the meeting of the Dialogue was also extended to a delegation of Afghanistan as a special guest.",
      });
      expect(main.getSentences("headline")?.[0]?.ru.text).toBe(main.article.headline.ru);
      expect(Object.isFrozen(p1)).toBe(true);
      expect(Object.isFrozen(p1?.[0]?.en)).toBe(true);
      expect(main.getSentences("p9")).toBeUndefined();
      expect(main.getSentences(undefined)).toBe(main.getSentences());
      expect(() => (main.getSentences as (id: unknown) => unknown)(5)).toThrow(
        "getSentences: paragraphId must be a string",
      );
    });

    it("the schema refuses sentences that leave a gap, overlap, or are misnumbered", () => {
      const check = (
        corrupt: (draft: Draft<MainEntry["article"]>) => void,
        path: (string | number)[],
      ) => {
        const draft = draftOf(main.article);
        corrupt(draft);
        const result = schema.safeParseArticle(draft);
        expect(result.success).toBe(false);
        if (!result.success) {
          expect(result.error.issues.map((issue) => issue.path)).toContainEqual(path);
        }
      };
      check(
        (d) => (d.paragraphs[0].sentences[1].ru.start += 1),
        ["paragraphs", 0, "sentences", 1, "ru", "start"],
      );
      check(
        (d) => (d.paragraphs[0].sentences[2].en.end -= 1),
        ["paragraphs", 0, "sentences", 2, "en", "end"],
      );
      check(
        (d) => (d.paragraphs[2].sentences[1].en.start -= 5),
        ["paragraphs", 2, "sentences", 1, "en", "start"],
      );
      check(
        (d) => (d.paragraphs[0].sentences[1].id = "p1-s3"),
        ["paragraphs", 0, "sentences", 1, "id"],
      );
      check((d) => d.paragraphs[0].sentences.pop(), ["paragraphs", 0, "sentences", 1, "ru", "end"]);
    });
  });
}
