// BIO tagging for the token-based formats (src/formats/bio.ts): the outermost span wins, spans
// must start and end on token boundaries, and what cannot be tagged is counted.
import { describe, expect, it } from "vitest";
import { article, type Article } from "../../../src/index";
import { bioTags, taggedText } from "../../../src/formats/bio";
import { tokenize } from "../../../src/formats/tokens";
import { defined } from "../../support/defined";
import { asArticle, draftOf } from "../../support/draft";

describe("bioTags", () => {
  const tokens = tokenize("the European Union's migration mechanism", "en");
  const tagsOf = (result: ReturnType<typeof bioTags>) => result.tokens.map((token) => token.tag);

  it("tags a span's first token B- and the others I-, the rest O", () => {
    expect(tagsOf(bioTags(tokens, [{ start: 4, end: 18, type: "ORG" }]))).toEqual([
      "O",
      "B-ORG",
      "I-ORG",
      "O",
      "O",
      "O",
    ]);
  });

  it("keeps the outermost of nested spans and drops the inner one, whatever their order", () => {
    const inner = { start: 4, end: 18, type: "ORG" };
    const outer = { start: 4, end: 40, type: "MECHANISM" };
    for (const spans of [
      [inner, outer],
      [outer, inner],
    ]) {
      const result = bioTags(tokens, spans);
      expect(tagsOf(result)).toEqual([
        "O",
        "B-MECHANISM",
        "I-MECHANISM",
        "I-MECHANISM",
        "I-MECHANISM",
        "I-MECHANISM",
      ]);
      expect(result.dropped).toEqual([inner]);
    }
  });

  it("drops a span that overlaps a tagged one, or does not start and end on token boundaries", () => {
    const first = { start: 0, end: 12, type: "A" };
    const crossing = { start: 4, end: 18, type: "B" };
    const midWord = { start: 5, end: 12, type: "C" };
    const midEnd = { start: 13, end: 17, type: "D" };
    const result = bioTags(tokens, [first, crossing, midWord, midEnd]);
    expect(tagsOf(result)).toEqual(["B-A", "I-A", "O", "O", "O", "O"]);
    expect(result.dropped).toEqual([crossing, midWord, midEnd]);
    expect(result.tokens.map((token) => token.text)).toEqual(tokens.map((token) => token.text));
    const alone = bioTags(tokens, [midWord]);
    expect(tagsOf(alone)).toEqual(["O", "O", "O", "O", "O", "O"]);
    expect(alone.dropped).toEqual([midWord]);
  });
});

describe("bioTags on spans in order of their start", () => {
  const tokens = tokenize("a b c d e f", "en");
  const at = (first: number, last: number, type: string) => ({
    start: 2 * first,
    end: 2 * last + 1,
    type,
  });

  it("drops a span whose first token is tagged, and tags one that starts after a tagged one ends", () => {
    const outer = at(0, 2, "A");
    const inside = at(1, 1, "B");
    const straddling = at(2, 4, "C");
    const after = at(3, 5, "D");
    const result = bioTags(tokens, [after, straddling, inside, outer]);
    expect(result.tokens.map((token) => token.tag)).toEqual([
      "B-A",
      "I-A",
      "I-A",
      "B-D",
      "I-D",
      "I-D",
    ]);
    expect(result.dropped).toEqual([inside, straddling]);
  });

  it("tags two spans that touch", () => {
    expect(
      bioTags(tokens, [at(0, 1, "A"), at(2, 2, "B")]).tokens.map((token) => token.tag),
    ).toEqual(["B-A", "I-A", "B-B", "O", "O", "O"]);
  });
});

describe("taggedText", () => {
  it("tags nothing in a block or a sentence without entity mentions", () => {
    const copy = draftOf(article);
    for (const entity of copy.entities) {
      Object.assign(entity, {
        // None in p2, none in p1's first sentence (0–207).
        mentions: entity.mentions.filter(
          (mention) =>
            mention.paragraphId !== "p2" && !(mention.paragraphId === "p1" && mention.start < 208),
        ),
      });
    }
    const tagged = taggedText(copy as never, "ru").sentences;
    const tagsOf = (id: string) => tagged.find((s) => s.id === id)!.tokens.map((t) => t.tag);
    expect(new Set(tagsOf("p2-s1"))).toEqual(new Set(["O"]));
    expect(new Set(tagsOf("p1-s1"))).toEqual(new Set(["O"]));
    expect(tagsOf("p1-s3")).toContain("B-STATE");
  });

  it("gives each span to the sentence that holds it, and tags none that crosses two", () => {
    const copy = draftOf<Article>(article);
    const [first, second] = article.paragraphs[0].sentences;
    // A mention of Turkmenistan from the first sentence's last word to the second's first.
    copy.entities[3]!.mentions.push({
      paragraphId: "p1",
      start: first.ru.end - 3,
      end: second.ru.start + 3,
      quote: "",
      en: null,
      enNote: "Crosses two sentences.",
    });
    const tagged = taggedText(copy as never, "ru");
    const original = taggedText(article, "ru");
    expect(tagged.sentences).toEqual(original.sentences);
    expect(tagged.dropped).toEqual(original.dropped);
  });

  it("tags the entity mentions of every sentence with their kinds, in both languages", () => {
    for (const language of ["ru", "en"] as const) {
      const { sentences } = taggedText(article, language);
      expect(sentences.map((sentence) => sentence.id)).toEqual(
        [article.headline, ...article.paragraphs].flatMap((block) =>
          block.sentences.map((sentence) => sentence.id),
        ),
      );
    }
    const p1s1 = defined(taggedText(article, "en").sentences[1]).tokens;
    expect(
      p1s1
        .filter((token) => token.tag !== "O")
        .map((t) => `${t.text}/${t.tag}`)
        .slice(0, 3),
    ).toEqual(["Turkmenistan/B-STATE", "High/B-DIALOGUE", "-/I-DIALOGUE"]);
  });

  it("drops the nine nested mentions in each language (the outermost name wins)", () => {
    for (const language of ["ru", "en"] as const) {
      const { dropped } = taggedText(article, language);
      expect(
        dropped.map((span) => `${span.paragraphId} ${span.type}`),
        language,
      ).toEqual([
        "headline ORGANIZATION",
        "headline REGION",
        "p1 ORGANIZATION",
        "p1 GROUP",
        "p1 REGION",
        "p1 REGION",
        "p3 REGION",
        "p5 REGION",
        "p5 ORGANIZATION",
      ]);
    }
  });

  it("has nothing to tag for a mention without an English side", () => {
    const copy = draftOf(article);
    Object.assign(copy.entities[3].mentions[0], { en: null, enNote: "Left out." });
    const tags = defined(taggedText(asArticle(copy), "en").sentences[1]).tokens.map((t) => t.tag);
    expect(tags).not.toContain("B-STATE");
    expect(
      defined(taggedText(asArticle(copy), "ru").sentences[1]).tokens.map((t) => t.tag),
    ).toContain("B-STATE");
  });

  it("tags every token O in a block without entity mentions", () => {
    const copy = draftOf(article);
    for (const entity of copy.entities) {
      Object.assign(entity, { mentions: entity.mentions.filter((m) => m.paragraphId !== "p4") });
    }
    const p4 = defined(taggedText(asArticle(copy), "ru").sentences.find((s) => s.id === "p4-s1"));
    expect(p4.tokens.length).toBeGreaterThan(0);
    expect(new Set(p4.tokens.map((token) => token.tag))).toEqual(new Set(["O"]));
    const shipped = defined(taggedText(article, "ru").sentences.find((s) => s.id === "p4-s1"));
    expect(shipped.tokens.map((token) => token.tag)).toContain("B-DIALOGUE");
  });
});
