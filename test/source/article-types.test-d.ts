// The plain types in src/types.ts are the readable contract; the zod schemas
// in src/schema/ validate. Each plain type must equal what its schema outputs
// (deeply readonly, as every value is deeply frozen): the same fields, the
// same types, nothing optional that is required, and readonly everywhere.
// `toEqualTypeOf` checks both directions, so a field added to one side only
// fails `npm run typecheck` and the type tests. Adding a schema: add its
// interface to src/types.ts and one line here.
import type * as z from "zod";
import { describe, expectTypeOf, it } from "vitest";
import type { DeepReadonly } from "../../src/deep-readonly";
import type * as plain from "../../src/article-types";
import type { ArticleShapeSchema } from "../../src/schema/article-schema";
import type * as schemas from "../../src/schema/component-schemas";

/** What a schema hands out: its output, deeply readonly. */
type Output<Schema extends z.ZodType> = DeepReadonly<z.output<Schema>>;

describe("each plain type equals its schema's output, both ways", () => {
  it("Article and ArticleShapeSchema", () => {
    expectTypeOf<plain.Article>().toEqualTypeOf<Output<typeof ArticleShapeSchema>>();
  });
  it("Translation and TranslationSchema", () => {
    expectTypeOf<plain.Translation>().toEqualTypeOf<Output<typeof schemas.TranslationSchema>>();
  });
  it("LocalizedText and LocalizedTextSchema", () => {
    expectTypeOf<plain.LocalizedText>().toEqualTypeOf<Output<typeof schemas.LocalizedTextSchema>>();
  });
  it("EnglishMention and EnglishMentionSchema", () => {
    expectTypeOf<plain.EnglishMention>().toEqualTypeOf<
      Output<typeof schemas.EnglishMentionSchema>
    >();
  });
  it("Mention and MentionSchema", () => {
    expectTypeOf<plain.Mention>().toEqualTypeOf<Output<typeof schemas.MentionSchema>>();
  });
  it("Paragraph and ParagraphSchema", () => {
    expectTypeOf<plain.Paragraph>().toEqualTypeOf<Output<typeof schemas.ParagraphSchema>>();
  });
  it("Source and SourceSchema", () => {
    expectTypeOf<plain.Source>().toEqualTypeOf<Output<typeof schemas.SourceSchema>>();
  });
  it("Event and EventSchema", () => {
    expectTypeOf<plain.Event>().toEqualTypeOf<Output<typeof schemas.EventSchema>>();
  });
  it("EventEvidence and EventEvidenceSchema", () => {
    expectTypeOf<plain.EventEvidence>().toEqualTypeOf<Output<typeof schemas.EventEvidenceSchema>>();
  });
  it("Identifier and IdentifierSchema", () => {
    expectTypeOf<plain.Identifier>().toEqualTypeOf<Output<typeof schemas.IdentifierSchema>>();
  });
  it("Entity and EntitySchema", () => {
    expectTypeOf<plain.Entity>().toEqualTypeOf<Output<typeof schemas.EntitySchema>>();
  });
  it("Participant and ParticipantSchema", () => {
    expectTypeOf<plain.Participant>().toEqualTypeOf<Output<typeof schemas.ParticipantSchema>>();
  });
  it("Topic and TopicSchema", () => {
    expectTypeOf<plain.Topic>().toEqualTypeOf<Output<typeof schemas.TopicSchema>>();
  });
  it("Agreement and AgreementSchema", () => {
    expectTypeOf<plain.Agreement>().toEqualTypeOf<Output<typeof schemas.AgreementSchema>>();
  });

  it("Relation and RelationSchema", () => {
    expectTypeOf<plain.Relation>().toEqualTypeOf<Output<typeof schemas.RelationSchema>>();
  });
  it("Sentence and SentenceSchema", () => {
    expectTypeOf<plain.Sentence>().toEqualTypeOf<Output<typeof schemas.SentenceSchema>>();
  });
  it("Span and SpanSchema", () => {
    expectTypeOf<plain.Span>().toEqualTypeOf<Output<typeof schemas.SpanSchema>>();
  });

  it("tells a drifted type apart (the check can fail)", () => {
    type MissingField = Omit<plain.Mention, "quote">;
    type Writable = { -readonly [Key in keyof plain.Mention]: plain.Mention[Key] };
    type Optional = Partial<plain.Mention>;
    expectTypeOf<MissingField>().not.toEqualTypeOf<Output<typeof schemas.MentionSchema>>();
    expectTypeOf<Writable>().not.toEqualTypeOf<Output<typeof schemas.MentionSchema>>();
    expectTypeOf<Optional>().not.toEqualTypeOf<Output<typeof schemas.MentionSchema>>();
  });
});
