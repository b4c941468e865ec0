// Every cross-field check of ArticleSchema (src/schema/cross-field-checks.ts): the
// exact message and path of each problem, and the boundaries of each check.
import { describe, expect, it } from "vitest";
import { ArticleSchema } from "../../../src/schema/index";
import {
  articleDraft,
  corruptedArticle,
  issuesOf,
  type ArticleDraft,
} from "../../support/article-draft";

describe("unique ids", () => {
  const cases: [string, (d: ArticleDraft) => unknown, (string | number)[]][] = [
    ["headline", (d) => (d.headline.id = "p1"), ["paragraphs", 0, "id"]],
    ["event", (d) => (d.event.id = "headline"), ["event", "id"]],
    ["paragraphs", (d) => (d.paragraphs[1].id = "p1"), ["paragraphs", 1, "id"]],
    ["entities", (d) => (d.entities[0].id = "p1"), ["entities", 0, "id"]],
    ["participants", (d) => (d.participants[2].id = "p1"), ["participants", 2, "id"]],
    ["topics", (d) => (d.topics[3].id = "p1"), ["topics", 3, "id"]],
    ["agreements", (d) => (d.agreements[1].id = "p1"), ["agreements", 1, "id"]],
  ];
  for (const [collection, corrupt, path] of cases) {
    it(`reports an id of the ${collection} used twice at the later one`, () => {
      const issues = issuesOf(corruptedArticle(corrupt)).filter((i) =>
        i.message.startsWith("duplicate id"),
      );
      const id = path[0] === "event" ? "headline" : "p1";
      expect(issues).toEqual([{ path, message: `duplicate id "${id}"` }]);
    });
  }

  it("reports an event id equal to an entity's at the entity", () => {
    expect(issuesOf(corruptedArticle((d) => (d.entities[7].id = d.event.id)))).toContainEqual({
      path: ["entities", 7, "id"],
      message: 'duplicate id "eu-central-asia-security-dialogue-meeting-3"',
    });
  });
});

describe("mentions", () => {
  it("reports a mention of an unknown block at its paragraphId", () => {
    expect(issuesOf(corruptedArticle((d) => (d.topics[0].mentions[0].paragraphId = "p9")))).toEqual(
      [
        {
          path: ["topics", 0, "mentions", 0, "paragraphId"],
          message: 'no headline or paragraph has id "p9"',
        },
      ],
    );
  });

  it("reports an end past the block at end, with the block's length", () => {
    const issues = issuesOf(
      corruptedArticle((d) => {
        const mention = d.entities[1].mentions[0];
        mention.paragraphId = "headline";
        mention.end = 87;
      }),
    );
    expect(issues).toEqual([
      {
        path: ["entities", 1, "mentions", 0, "end"],
        message: 'end 87 is past the end of "headline" (length 86)',
      },
    ]);
  });

  it("accepts a mention that ends exactly at the end of its block", () => {
    const input = articleDraft();
    const text: string = input.headline.ru;
    const english: string = input.headline.en;
    input.entities[0].mentions.push({
      paragraphId: "headline",
      start: text.length - 1,
      end: text.length,
      quote: text.slice(-1),
      en: { start: english.length - 1, end: english.length, quote: english.slice(-1) },
      enNote: null,
    });
    expect(issuesOf(input)).toEqual([]);
  });

  it("accepts a mention that starts at offset 0", () => {
    const input = articleDraft();
    const text: string = input.paragraphs[0].ru;
    const english: string = input.paragraphs[0].en;
    input.entities[0].mentions.push({
      paragraphId: "p1",
      start: 0,
      end: 1,
      quote: text.slice(0, 1),
      en: { start: 0, end: 1, quote: english.slice(0, 1) },
      enNote: null,
    });
    expect(issuesOf(input)).toEqual([]);
  });

  it("reports an English quote that differs from the English text at its offsets at en.quote", () => {
    const issues = issuesOf(corruptedArticle((d) => (d.entities[0].mentions[0].en.quote = "UE")));
    expect(issues).toEqual([
      {
        path: ["entities", 0, "mentions", 0, "en", "quote"],
        message: 'quote does not equal the English text at 22–24 of "headline"',
      },
    ]);
  });

  it("reports an English end past the block's English at en.end, with its length", () => {
    const issues = issuesOf(
      corruptedArticle((d) => Object.assign(d.entities[0].mentions[0].en, { end: 73 })),
    );
    expect(issues).toEqual([
      {
        path: ["entities", 0, "mentions", 0, "en", "end"],
        message: 'end 73 is past the end of the English of "headline" (length 72)',
      },
    ]);
  });

  it("reports an English span outside the sentence aligned to the Russian one at en", () => {
    // Turkmenistan is named in p1's first sentence; "Afghanistan" stands in its third.
    const issues = issuesOf(
      corruptedArticle((d) => {
        const english: string = d.paragraphs[0].en;
        const start = english.indexOf("Afghanistan");
        Object.assign(d.entities[3].mentions[0].en, {
          start,
          end: start + "Afghanistan".length,
          quote: "Afghanistan",
        });
      }),
    );
    expect(issues).toEqual([
      {
        path: ["entities", 3, "mentions", 0, "en"],
        message:
          'the English span must lie inside the English of sentence "p1-s1", aligned to the Russian span\'s',
      },
    ]);
  });

  it("reports an English span in an earlier sentence than the one aligned to the Russian", () => {
    // Afghanistan is named in p1's third sentence; "Turkmenistan" stands in its first.
    const issues = issuesOf(
      corruptedArticle((d) => {
        const english: string = d.paragraphs[0].en;
        const start = english.indexOf("Turkmenistan");
        Object.assign(d.entities[4].mentions[0].en, {
          start,
          end: start + "Turkmenistan".length,
          quote: "Turkmenistan",
        });
      }),
    );
    expect(issues).toEqual([
      {
        path: ["entities", 4, "mentions", 0, "en"],
        message:
          'the English span must lie inside the English of sentence "p1-s3", aligned to the Russian span\'s',
      },
    ]);
  });

  it("accepts an English span that fills its whole sentence", () => {
    const input = articleDraft();
    const sentence = input.paragraphs[1].sentences[0];
    const english: string = input.paragraphs[1].en;
    input.entities[0].mentions.push({
      paragraphId: "p2",
      start: 0,
      end: 7,
      quote: "Встреча",
      en: { start: sentence.en.start, end: sentence.en.end, quote: english },
      enNote: null,
    });
    expect(issuesOf(input)).toEqual([]);
  });

  it("reports a mention that spans two sentences at end", () => {
    const issues = issuesOf(
      corruptedArticle((d) => {
        const text: string = d.paragraphs[0].ru;
        Object.assign(d.entities[3].mentions[0], { end: 300, quote: text.slice(27, 300) });
      }),
    );
    expect(issues).toEqual([
      {
        path: ["entities", 3, "mentions", 0, "end"],
        message: 'the mention must lie within one sentence of "p1"',
      },
    ]);
  });

  it("accepts a null English side with its note, and checks nothing of it", () => {
    const input = corruptedArticle((d) =>
      Object.assign(d.entities[3].mentions[0], { en: null, enNote: "Not in the English." }),
    );
    expect(issuesOf(input)).toEqual([]);
  });

  it("reports a quote that differs from the text at its offsets at quote", () => {
    expect(issuesOf(corruptedArticle((d) => (d.entities[0].mentions[0].quote = "ЕЭС")))).toEqual([
      {
        path: ["entities", 0, "mentions", 0, "quote"],
        message: 'quote does not equal the text at 66–68 of "headline"',
      },
    ]);
  });

  it("checks the mentions of every collection and of the event's evidence, at their own paths", () => {
    const input = articleDraft();
    input.event.evidence.chair[0].quote = "x";
    input.entities[2].mentions[1].quote = "x";
    input.participants[3].mentions[0].quote = "x";
    input.topics[4].mentions[1].quote = "x";
    input.agreements[2].mentions[0].quote = "x";
    expect(issuesOf(input).map((issue) => issue.path)).toEqual([
      ["event", "evidence", "chair", 0, "quote"],
      ["entities", 2, "mentions", 1, "quote"],
      ["participants", 3, "mentions", 0, "quote"],
      ["topics", 4, "mentions", 1, "quote"],
      ["agreements", 2, "mentions", 0, "quote"],
    ]);
  });

  it("checks every fact of the event's evidence", () => {
    const input = articleDraft();
    const facts = Object.keys(input.event.evidence) as (keyof ArticleDraft["event"]["evidence"])[];
    expect(facts).toEqual(["name", "series", "ordinal", "date", "location", "level", "chair"]);
    for (const fact of facts) input.event.evidence[fact][0].paragraphId = "p9";
    expect(issuesOf(input).map((issue) => issue.path)).toEqual(
      facts.map((fact) => ["event", "evidence", fact, 0, "paragraphId"]),
    );
  });
});

describe("references", () => {
  it("reports an event series, location or chair that is no entity", () => {
    const input = articleDraft();
    input.event.seriesId = "dialogue-x";
    input.event.locationId = "paris";
    input.event.chairId = "nobody";
    expect(issuesOf(input)).toEqual([
      { path: ["event", "seriesId"], message: 'no entity has id "dialogue-x"' },
      { path: ["event", "locationId"], message: 'no entity has id "paris"' },
      { path: ["event", "chairId"], message: 'no entity has id "nobody"' },
    ]);
  });

  it("reports an event series, location or chair of the wrong kind, naming the kind expected", () => {
    const input = articleDraft();
    input.event.seriesId = "brussels";
    input.event.locationId = "helga-schmid";
    input.event.chairId = "european-union";
    expect(issuesOf(input)).toEqual([
      {
        path: ["event", "seriesId"],
        message: 'entity "brussels" is a city, expected: dialogue',
      },
      {
        path: ["event", "locationId"],
        message: 'entity "helga-schmid" is a person, expected: city',
      },
      {
        path: ["event", "chairId"],
        message: 'entity "european-union" is a organization, expected: person',
      },
    ]);
  });

  it("reports a participant's unknown entity, and accepts an entity of any kind", () => {
    expect(issuesOf(corruptedArticle((d) => (d.participants[1].entityId = "kazakhstan")))).toEqual([
      { path: ["participants", 1, "entityId"], message: 'no entity has id "kazakhstan"' },
    ]);
    expect(issuesOf(corruptedArticle((d) => (d.participants[1].entityId = "brussels")))).toEqual(
      [],
    );
  });

  it("reports a topic listed in two categories twice over at the second", () => {
    expect(
      issuesOf(
        corruptedArticle((d) =>
          d.topics[2].categories.push("cooperation-area", "security-challenge"),
        ),
      ),
    ).toEqual([
      { path: ["topics", 2, "categories", 2], message: 'duplicate value "cooperation-area"' },
      { path: ["topics", 2, "categories", 3], message: 'duplicate value "security-challenge"' },
    ]);
  });

  it("reports an agreement's unknown topic", () => {
    expect(issuesOf(corruptedArticle((d) => (d.agreements[0].topicIds[5] = "weather")))).toEqual([
      { path: ["agreements", 0, "topicIds", 5], message: 'no topic has id "weather"' },
      {
        path: ["topics", 5, "categories"],
        message: 'topic "smuggling" is covered by no agreement, so it cannot be a cooperation-area',
      },
    ]);
  });

  it("reports an agreement's unknown entity, and accepts an entity of any kind", () => {
    expect(issuesOf(corruptedArticle((d) => d.agreements[2].entityIds.push("eu")))).toEqual([
      { path: ["agreements", 2, "entityIds", 1], message: 'no entity has id "eu"' },
    ]);
    expect(issuesOf(corruptedArticle((d) => d.agreements[2].entityIds.push("bomca")))).toEqual([]);
  });

  it("reports an agreement's framework that is unknown or not a programme, process or mechanism", () => {
    const input = articleDraft();
    input.agreements[1].frameworkIds[1] = "cadap-2";
    input.agreements[2].frameworkIds[0] = "eu-central-asia-security-dialogue";
    expect(issuesOf(input)).toEqual([
      { path: ["agreements", 1, "frameworkIds", 1], message: 'no entity has id "cadap-2"' },
      {
        path: ["agreements", 2, "frameworkIds", 0],
        message:
          'entity "eu-central-asia-security-dialogue" is a dialogue, expected: programme, process, mechanism',
      },
    ]);
    for (const framework of ["bomca", "prague-process", "eu-migration-mechanism"]) {
      expect(
        issuesOf(corruptedArticle((d) => (d.agreements[1].frameworkIds[1] = framework))),
      ).toEqual(
        framework === "bomca"
          ? [{ path: ["agreements", 1, "frameworkIds", 1], message: 'duplicate value "bomca"' }]
          : [],
      );
    }
  });

  it("reports a value listed twice in an agreement's topicIds, entityIds or frameworkIds at the second", () => {
    const input = articleDraft();
    input.agreements[1].topicIds.push("border-management");
    input.agreements[0].entityIds.push("afghanistan");
    input.agreements[2].frameworkIds.unshift("prague-process");
    expect(issuesOf(input)).toEqual([
      { path: ["agreements", 0, "entityIds", 4], message: 'duplicate value "afghanistan"' },
      { path: ["agreements", 1, "topicIds", 2], message: 'duplicate value "border-management"' },
      { path: ["agreements", 2, "frameworkIds", 2], message: 'duplicate value "prague-process"' },
    ]);
  });
});

describe("the publication date's note", () => {
  it("is required when the date is null", () => {
    expect(
      issuesOf(corruptedArticle((d) => Object.assign(d.source, { datePublishedNote: null }))),
    ).toEqual([
      {
        path: ["source", "datePublishedNote"],
        message: "a note is required when datePublished is null",
      },
    ]);
  });

  it("may be null when the date is known, and may be given too", () => {
    const dated = (note: string | null) =>
      corruptedArticle((d) => {
        Object.assign(d.source, { datePublished: "2016-05-19", datePublishedNote: note });
      });
    expect(issuesOf(dated(null))).toEqual([]);
    expect(issuesOf(dated("As shown on the page."))).toEqual([]);
  });
});

it("reports each cross-field problem as a zod custom issue", () => {
  const result = ArticleSchema.safeParse(corruptedArticle((d) => (d.event.chairId = "brussels")));
  expect(result.error?.issues.map(({ code, path }) => ({ code, path }))).toEqual([
    { code: "custom", path: ["event", "chairId"] },
  ]);
});

it("accepts the shipped article with no issue", () => {
  expect(issuesOf(articleDraft())).toEqual([]);
});
