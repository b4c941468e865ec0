import { beforeAll, describe, expect, it } from "vitest";
import type { Build, MainEntry, SchemaEntry } from "../builds";
import { draftOf, type Draft as DraftOf } from "../draft";
import { reachable } from "../walk";

/** A mutable deep copy of the shipped article, for corrupting. */
type Draft = DraftOf<MainEntry["article"]>;

/** One way to break the article, and where the schema must point. */
interface Corruption {
  name: string;
  corrupt: (draft: Draft) => void;
  path: (string | number)[];
}

const corruptions: Corruption[] = [
  {
    name: "an altered quote",
    corrupt: (d) => (d.entities[0].mentions[0].quote = "ЕЭС"),
    path: ["entities", 0, "mentions", 0, "quote"],
  },
  {
    name: "a shifted offset",
    corrupt: (d) => (d.topics[2].mentions[1].start += 1),
    path: ["topics", 2, "mentions", 1, "quote"],
  },
  {
    name: "an end past the text",
    corrupt: (d) => (d.entities[1].mentions[0].end = 10_000),
    path: ["entities", 1, "mentions", 0, "end"],
  },
  {
    name: "end before start",
    corrupt: (d) => (d.event.evidence.date[0].end = 0),
    path: ["event", "evidence", "date", 0, "end"],
  },
  {
    name: "an unknown block id",
    corrupt: (d) => (d.agreements[0].mentions[0].paragraphId = "p9"),
    path: ["agreements", 0, "mentions", 0, "paragraphId"],
  },
  {
    name: "a duplicate id",
    corrupt: (d) => (d.topics[1].id = d.topics[0].id),
    path: ["topics", 1, "id"],
  },
  {
    name: "an id shared across collections",
    corrupt: (d) => (d.topics[0].id = "brussels"),
    path: ["topics", 0, "id"],
  },
  {
    name: "a dangling participant reference",
    corrupt: (d) => (d.participants[0].entityId = "kazakhstan"),
    path: ["participants", 0, "entityId"],
  },
  {
    name: "a dangling topic reference",
    corrupt: (d) => (d.agreements[1].topicIds[0] = "weather"),
    path: ["agreements", 1, "topicIds", 0],
  },
  {
    name: "a framework that is a state",
    corrupt: (d) => (d.agreements[1].frameworkIds[0] = "turkmenistan"),
    path: ["agreements", 1, "frameworkIds", 0],
  },
  {
    name: "a chair who is not a person",
    corrupt: (d) => (d.event.chairId = "brussels"),
    path: ["event", "chairId"],
  },
  {
    name: "a duplicate reference",
    corrupt: (d) => d.agreements[2].topicIds.push("migration"),
    path: ["agreements", 2, "topicIds", 1],
  },
  {
    name: "an unknown key",
    corrupt: (d) => Object.assign(d.entities[3], { population: 6_000_000 }),
    path: ["entities", 3],
  },
  {
    name: "an unknown role",
    corrupt: (d) => (d.participants[4].role = "host"),
    path: ["participants", 4, "role"],
  },
  {
    name: "a missing field",
    corrupt: (d) => Reflect.deleteProperty(d.event, "date"),
    path: ["event", "date"],
  },
  {
    name: "an impossible date",
    corrupt: (d) => (d.event.date = "2016-02-30"),
    path: ["event", "date"],
  },
  {
    name: "an untrimmed paragraph",
    corrupt: (d) => (d.paragraphs[4].ru = ` ${d.paragraphs[4].ru}`),
    path: ["paragraphs", 4, "ru"],
  },
  {
    name: "an id that is not kebab-case",
    corrupt: (d) => (d.entities[0].id = "EU"),
    path: ["entities", 0, "id"],
  },
  {
    name: "a malformed identifier",
    corrupt: (d) => (d.entities[3].identifiers[0].identifier = "tm"),
    path: ["entities", 3, "identifiers", 0, "identifier"],
  },
  {
    name: "a null date without a note",
    corrupt: (d) => Object.assign(d.source, { datePublishedNote: null }),
    path: ["source", "datePublishedNote"],
  },
  {
    name: "an overlong id",
    corrupt: (d) => (d.topics[0].id = "a".repeat(101)),
    path: ["topics", 0, "id"],
  },
  {
    name: "an overlong text",
    corrupt: (d) => (d.source.sha256Note = "a".repeat(10_001)),
    path: ["source", "sha256Note"],
  },
  {
    name: "a URL that is not http(s)",
    corrupt: (d) => (d.source.url = "javascript:alert(1)"),
    path: ["source", "url"],
  },
  {
    name: "an entity without mentions",
    corrupt: (d) => Object.assign(d.entities[5], { mentions: [] }),
    path: ["entities", 5, "mentions"],
  },
];

export function describeSchema(build: Build): void {
  describe(`schema entry (${build.label})`, () => {
    let main: MainEntry;
    let schema: SchemaEntry;
    const draft = () => draftOf(main.article);
    beforeAll(async () => {
      main = await build.main();
      schema = await build.schema();
    });

    it("accepts the shipped article", () => {
      expect(schema.ArticleSchema.safeParse(main.article).success).toBe(true);
    });

    it("parses the shipped article into an equal, deeply frozen copy, leaving the input alone", () => {
      const input = draft();
      const parsed = schema.parseArticle(input);
      expect(parsed).toEqual(main.article);
      for (const { value, path } of reachable(parsed))
        expect(Object.isFrozen(value), path).toBe(true);
      for (const { value, path } of reachable(input))
        expect(Object.isFrozen(value), path).toBe(false);
      expect(input).toEqual(main.article);
    });

    for (const { name, corrupt, path } of corruptions) {
      it(`rejects ${name}, pointing at ${path.join(".")}`, () => {
        const input = draft();
        corrupt(input);
        const result = schema.safeParseArticle(input);
        expect(result.success).toBe(false);
        if (result.success) return;
        expect(result.error.issues.map((issue) => issue.path)).toContainEqual(path);
      });
    }

    it("throws one ArticleValidationError listing every problem with its path", () => {
      const input = draft();
      input.entities[0].mentions[0].quote = "ЕЭС";
      input.participants[0].entityId = "kazakhstan";
      let thrown: unknown;
      try {
        schema.parseArticle(input);
      } catch (error) {
        thrown = error;
      }
      expect(thrown).toBeInstanceOf(schema.ArticleValidationError);
      expect(thrown).toBeInstanceOf(Error);
      const error = thrown as InstanceType<SchemaEntry["ArticleValidationError"]>;
      expect(error.name).toBe("ArticleValidationError");
      expect(error.issues).toHaveLength(2);
      expect(error.message).toBe(
        [
          "Invalid article (2 problems):",
          '- entities[0].mentions[0].quote: quote does not equal the text at 66–68 of "headline"',
          '- participants[0].entityId: no entity has id "kazakhstan"',
        ].join("\n"),
      );
    });

    it("reports a non-object input at the root", () => {
      const result = schema.safeParseArticle("article");
      expect(result.success).toBe(false);
      if (!result.success) expect(result.error.issues[0]?.path).toEqual([]);
      expect(() => schema.parseArticle(null)).toThrow(
        /^Invalid article \(1 problem\):\n- \(root\): /,
      );
    });

    it("exports component schemas that accept the shipped parts", () => {
      const { article } = main;
      expect(schema.EntitySchema.safeParse(article.entities[0]).success).toBe(true);
      expect(schema.ParticipantSchema.safeParse(article.participants[0]).success).toBe(true);
      expect(schema.TopicSchema.safeParse(article.topics[0]).success).toBe(true);
      expect(schema.AgreementSchema.safeParse(article.agreements[0]).success).toBe(true);
      expect(schema.EventSchema.safeParse(article.event).success).toBe(true);
      expect(schema.SourceSchema.safeParse(article.source).success).toBe(true);
      expect(schema.MentionSchema.safeParse(article.entities[0].mentions[0]).success).toBe(true);
      expect(
        schema.MentionSchema.safeParse({ paragraphId: "p1", start: 3, end: 3, quote: "x" }).success,
      ).toBe(false);
    });
  });
}
