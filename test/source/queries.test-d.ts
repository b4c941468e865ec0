// Type-level behaviour. Vitest's typecheck mode runs `tsc` over this file and
// reports each test; nothing here runs. The checks cover the source and the
// built declarations reached through the package name.
import { describe, expectTypeOf, it } from "vitest";
import * as built from "eu-central-asia-security-dialogue-2016";
import * as builtSchema from "eu-central-asia-security-dialogue-2016/schema";
import * as source from "../../src/index";
import * as sourceSchema from "../../src/schema/index";

function checkTypes(main: typeof source, schema: typeof sourceSchema) {
  const { article, getParticipants, getEntity, getTopics, forArticle } = main;

  it("types the shipped article with literal values", () => {
    expectTypeOf(article.event.date).toEqualTypeOf<"2016-05-18">();
    expectTypeOf(article.language).toEqualTypeOf<"ru">();
    expectTypeOf(article.source.datePublished).toEqualTypeOf<null>();
  });

  it("makes the article deeply readonly", () => {
    // @ts-expect-error readonly property
    article.event.date = "2016-05-19";
    // @ts-expect-error readonly array
    article.topics[0].categories.push("cooperation-area");
    expectTypeOf(article).toExtend<source.Article>();
  });

  it("exposes closed sets and ids as literal unions", () => {
    expectTypeOf<source.ParticipantRole>().toEqualTypeOf<
      "side" | "delegation" | "special-guest" | "chair"
    >();
    expectTypeOf<"turkmenistan">().toExtend<source.EntityId>();
    expectTypeOf<"migration">().toExtend<source.TopicId>();
    expectTypeOf<"p5">().toExtend<source.ParagraphId>();
    expectTypeOf<"kazakhstan">().not.toExtend<source.EntityId>();
    expectTypeOf<source.TopicCategory>().toEqualTypeOf<
      "security-challenge" | "policy-and-security-issue" | "cooperation-area"
    >();
  });

  it("narrows helper results by role, kind and id", () => {
    type Chair = ReturnType<typeof getParticipants<"chair">>[number];
    expectTypeOf<Chair["id"]>().toEqualTypeOf<"helga-schmid-chair">();
    expectTypeOf<
      Chair["title"]["en"]
    >().toEqualTypeOf<"Deputy Secretary General of the European External Action Service">();
    type Programme = ReturnType<typeof main.getEntities<"programme">>[number];
    expectTypeOf<Programme["id"]>().toEqualTypeOf<"bomca" | "cadap">();
    expectTypeOf(getEntity("turkmenistan").kind).toEqualTypeOf<"state">();
    expectTypeOf(getEntity("kazakhstan")).toEqualTypeOf<undefined>();
    const byAnyId = (id: string) => getEntity(id);
    expectTypeOf(byAnyId("turkmenistan")).toEqualTypeOf<
      (typeof article.entities)[number] | undefined
    >();
    expectTypeOf(getTopics()).toEqualTypeOf<readonly (typeof article.topics)[number][]>();
  });

  it("rejects wrong arguments at compile time", () => {
    // @ts-expect-error unknown role
    getParticipants({ role: "host" });
    // @ts-expect-error unknown filter key
    getTopics({ kind: "state" });
    // @ts-expect-error id must be a string
    getEntity(42);
  });

  it("types parseArticle results and helpers over them with general ids", () => {
    const parsed = schema.parseArticle({});
    expectTypeOf(parsed).toEqualTypeOf<sourceSchema.Article>();
    const helpers = forArticle(parsed);
    expectTypeOf(helpers.getEntity("anything")).toEqualTypeOf<source.Entity | undefined>();
    expectTypeOf(helpers.getParagraph("p9")).toEqualTypeOf<source.Paragraph | undefined>();
    type Chair = ReturnType<typeof helpers.getParticipants<"chair">>[number];
    expectTypeOf<Chair["role"]>().toEqualTypeOf<"chair">();
    type Failure = Extract<ReturnType<typeof schema.safeParseArticle>, { success: false }>;
    expectTypeOf<Failure["error"]["issues"][number]["path"]>().toEqualTypeOf<
      readonly (string | number)[]
    >();
  });
}

describe("types from src", () => checkTypes(source, sourceSchema));

describe("types from the built declarations, reached through the package name", () => {
  it("type the article and the helpers' results as the source does", () => {
    // Assignability both ways: expect-type's exact equality is too deep for the data's literal type.
    const fromBuilt: typeof source.article = built.article;
    const fromSource: typeof built.article = source.article;
    expectTypeOf(fromBuilt.event.date).toEqualTypeOf(fromSource.event.date);
    expectTypeOf(built.getParticipants({ role: "chair" })).toEqualTypeOf(
      source.getParticipants({ role: "chair" }),
    );
    expectTypeOf(built.getEntities({ kind: "state" })).toEqualTypeOf(
      source.getEntities({ kind: "state" }),
    );
    expectTypeOf(built.getEntity("turkmenistan")).toEqualTypeOf(source.getEntity("turkmenistan"));
    expectTypeOf(built.getEntity("kazakhstan")).toEqualTypeOf<undefined>();
    expectTypeOf(built.getTopics()).toEqualTypeOf(source.getTopics());
    expectTypeOf(built.getMentions("migration")).toEqualTypeOf(source.getMentions("migration"));
    expectTypeOf<built.EntityId>().toEqualTypeOf<source.EntityId>();
    expectTypeOf<built.Article>().toEqualTypeOf<source.Article>();
  });

  it("type the schema entry as the source does", () => {
    const parsedBuilt: sourceSchema.Article = builtSchema.parseArticle({});
    const parsedSource: builtSchema.Article = sourceSchema.parseArticle({});
    expectTypeOf(parsedBuilt.entities).toEqualTypeOf(parsedSource.entities);
    expectTypeOf<builtSchema.Article["participants"]>().toEqualTypeOf<
      built.Article["participants"]
    >();
    expectTypeOf(built.forArticle(builtSchema.parseArticle({})).getEntity("x")).toEqualTypeOf<
      built.Entity | undefined
    >();
    // @ts-expect-error unknown role
    built.getParticipants({ role: "host" });
  });
});
