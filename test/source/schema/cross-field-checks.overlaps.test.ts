// The span policy's overlap rule and the one-statement rule for relations
// (src/schema/cross-field-checks.ts): within one list of mentions (an item's mentions, or one
// evidence field) no two spans share a character, in Russian or in English, and no relation is
// stated twice. Each is reported at the later span, or the later relation.
import { describe, expect, it } from "vitest";
import { issuesAfter, type ArticleDraft } from "../../support/article-draft";

/** A mention of the Russian of p5 from `start` to `end`, without an English side. */
const p5 = (d: ArticleDraft, start: number, end: number) => ({
  paragraphId: "p5",
  start,
  end,
  quote: d.paragraphs[4].ru.slice(start, end),
  en: null,
  enNote: "Made up for the test.",
});

/** The European Union's mentions, as a list that takes any mention. */
const euMentions = (d: ArticleDraft): unknown[] => d.entities[0].mentions;

/** The European Union's mentions 5, 6 and 7 are in one sentence of p5: 186–204, 381–399, 427–445. */
const overlapMessage = (side: string, index: number, start: number, end: number) =>
  `overlaps ${side}mention ${index} of the same list (${start}–${end} of "p5"); the spans of one list of mentions may not share a character`;

describe("mentions of one list do not overlap", () => {
  it("reports the same mention twice at the later copy, in Russian and in English", () => {
    expect(issuesAfter((d) => d.entities[0].mentions.push(d.entities[0].mentions[5]))).toEqual([
      {
        path: ["entities", 0, "mentions", 8, "start"],
        message: overlapMessage("", 5, 186, 204),
      },
      {
        path: ["entities", 0, "mentions", 8, "en", "start"],
        message: overlapMessage("the English of ", 5, 126, 140),
      },
    ]);
  });

  it("reports a span that shares one character, at the one that starts later", () => {
    expect(issuesAfter((d) => euMentions(d).splice(5, 0, p5(d, 203, 205)))).toEqual([
      {
        path: ["entities", 0, "mentions", 5, "start"],
        message: overlapMessage("", 6, 186, 204),
      },
    ]);
  });

  it("reports a span nested in another, and every span that the widest one holds", () => {
    const issues = issuesAfter((d) =>
      euMentions(d).push(p5(d, 190, 195), p5(d, 180, 400), p5(d, 420, 430)),
    );
    expect(issues.map((issue) => [issue.path.join("."), issue.message])).toEqual([
      ["entities.0.mentions.5.start", overlapMessage("", 9, 180, 400)],
      ["entities.0.mentions.8.start", overlapMessage("", 9, 180, 400)],
      ["entities.0.mentions.6.start", overlapMessage("", 9, 180, 400)],
      ["entities.0.mentions.7.start", overlapMessage("", 10, 420, 430)],
    ]);
  });

  it("names the first of two widest spans that the next one overlaps", () => {
    const issues = issuesAfter((d) =>
      euMentions(d).push(d.entities[0].mentions[5], p5(d, 200, 204)),
    );
    expect(issues.filter((issue) => issue.path.at(-2) !== "en")).toEqual([
      { path: ["entities", 0, "mentions", 8, "start"], message: overlapMessage("", 5, 186, 204) },
      { path: ["entities", 0, "mentions", 9, "start"], message: overlapMessage("", 5, 186, 204) },
    ]);
  });

  it("reports English spans that overlap while the Russian ones do not", () => {
    expect(
      issuesAfter((d) => (d.entities[0].mentions[6].en = d.entities[0].mentions[5].en)),
    ).toEqual([
      {
        path: ["entities", 0, "mentions", 6, "en", "start"],
        message: overlapMessage("the English of ", 5, 126, 140),
      },
    ]);
  });

  it("checks each evidence field as a list of its own", () => {
    expect(
      issuesAfter((d) => d.event.evidence.location.push(d.event.evidence.location[0])),
    ).toEqual([
      expect.objectContaining({ path: ["event", "evidence", "location", 2, "start"] }),
      expect.objectContaining({ path: ["event", "evidence", "location", 2, "en", "start"] }),
    ]);
  });

  it("allows spans that touch, the same offsets in another block, and the same span in another list", () => {
    expect(issuesAfter((d) => euMentions(d).push(p5(d, 204, 205)))).toEqual([]);
    expect(issuesAfter((d) => euMentions(d).push(p5(d, 66, 68)))).toEqual([]);
    expect(issuesAfter((d) => d.topics[0].mentions.push(d.entities[0].mentions[5]))).toEqual([]);
    expect(issuesAfter((d) => d.event.evidence.chair.push(...d.event.evidence.location))).toEqual(
      [],
    );
  });

  it("leaves a mention that does not quote its text to the quote check", () => {
    expect(
      issuesAfter((d) =>
        d.entities[0].mentions.push({ ...d.entities[0].mentions[5], quote: "Европа" }),
      ),
    ).toEqual([
      {
        path: ["entities", 0, "mentions", 8, "quote"],
        message: 'quote does not equal the text at 186–204 of "p5"',
      },
    ]);
    expect(
      issuesAfter((d) =>
        d.entities[0].mentions.push({
          ...d.entities[0].mentions[5],
          start: 405,
          end: 415,
          quote: d.paragraphs[4].ru.slice(405, 415),
          en: { ...d.entities[0].mentions[5].en, quote: "Europe" },
        }),
      ),
    ).toEqual([
      {
        path: ["entities", 0, "mentions", 8, "en", "quote"],
        message: 'quote does not equal the English text at 126–140 of "p5"',
      },
    ]);
  });
});

describe("each relation is stated once", () => {
  it("reports a relation with the subject, predicate and object of an earlier one", () => {
    expect(
      issuesAfter((d) =>
        d.relations.push({ ...d.relations[4], id: "prague-process-has-party-eu-again" }),
      ),
    ).toEqual([
      {
        path: ["relations", 9],
        message:
          "states the same subject, predicate and object as relations[4]; list each relation once, with all its mentions",
      },
    ]);
  });

  it("names the first relation, however often it is repeated", () => {
    const issues = issuesAfter((d) =>
      d.relations.push({ ...d.relations[4], id: "again" }, { ...d.relations[4], id: "and-again" }),
    );
    expect(issues.map((issue) => [issue.path.join("."), issue.message.split(";")[0]])).toEqual([
      ["relations.9", "states the same subject, predicate and object as relations[4]"],
      ["relations.10", "states the same subject, predicate and object as relations[4]"],
    ]);
  });

  it("allows relations that differ in the subject, the predicate or the object", () => {
    expect(issuesAfter((d) => (d.relations[5].objectId = "european-union"))).toContainEqual(
      expect.objectContaining({ path: ["relations", 5] }),
    );
    expect(issuesAfter((d) => (d.relations[5].objectId = "central-asia"))).toEqual([]);
    expect(
      issuesAfter((d) => (d.relations[8].subjectId = "prague-process")).map((i) => i.path),
    ).toEqual([]);
  });
});
