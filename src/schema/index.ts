// The `./schema` entry: zod schemas for the article and its parts, and the
// functions that validate with them. It is the only entry that loads zod.

export { ArticleSchema, ArticleShapeSchema } from "./article-schema";
export {
  AgreementSchema,
  EnglishMentionSchema,
  EntitySchema,
  EventEvidenceSchema,
  EventSchema,
  IdentifierSchema,
  IdSchema,
  LocalizedTextSchema,
  MentionSchema,
  ParagraphSchema,
  ParticipantSchema,
  RelationSchema,
  SentenceSchema,
  SourceSchema,
  SpanSchema,
  TopicSchema,
  TranslationSchema,
  TrimmedTextSchema,
} from "./component-schemas";
export { ArticleValidationError, type ArticleIssue } from "./validation-error";
export { parseArticle, safeParseArticle, type SafeParseArticleResult } from "./parse-article";
export type * from "../article-types";
