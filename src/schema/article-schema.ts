import * as z from "zod";
import {
  AgreementSchema,
  EntitySchema,
  EventSchema,
  IdSchema,
  ParagraphSchema,
  ParticipantSchema,
  RelationSchema,
  SourceSchema,
  TopicSchema,
  TranslationSchema,
} from "./component-schemas";
import { checkIntegrity } from "./cross-field-checks";

/** The article's fields, checked one by one; {@link ArticleSchema} adds the cross-field checks. */
export const ArticleShapeSchema: z.ZodObject<
  {
    id: z.ZodString;
    language: z.ZodLiteral<"ru">;
    translation: typeof TranslationSchema;
    headline: typeof ParagraphSchema;
    paragraphs: z.ZodArray<typeof ParagraphSchema>;
    source: typeof SourceSchema;
    event: typeof EventSchema;
    entities: z.ZodArray<typeof EntitySchema>;
    participants: z.ZodArray<typeof ParticipantSchema>;
    topics: z.ZodArray<typeof TopicSchema>;
    agreements: z.ZodArray<typeof AgreementSchema>;
    relations: z.ZodArray<typeof RelationSchema>;
  },
  z.core.$strict
> = z
  .strictObject({
    id: IdSchema.describe("Stable id of the article."),
    language: z.literal("ru").describe("Language of the original text (BCP 47)."),
    translation: TranslationSchema,
    headline: ParagraphSchema.describe("The headline, in both languages."),
    paragraphs: z
      .array(ParagraphSchema)
      .min(1)
      .describe("The body, paragraph by paragraph, in order."),
    source: SourceSchema,
    event: EventSchema,
    entities: z.array(EntitySchema).describe("Everything the article names."),
    participants: z.array(ParticipantSchema).describe("Who took part, and in what role."),
    topics: z.array(TopicSchema).describe("Concepts discussed, each listed once."),
    agreements: z.array(AgreementSchema).describe("Agreements reached."),
    relations: z.array(RelationSchema).describe("Relations between entities that the text states."),
  })
  .describe("A news article as data, every fact grounded in its Russian text.");

/**
 * The whole article: every field, plus unique ids, references that resolve,
 * and every mention's quote equal to the text at its offsets.
 */
export const ArticleSchema: typeof ArticleShapeSchema =
  ArticleShapeSchema.superRefine(checkIntegrity);
