// The `./schema` entry: zod schemas for the article and its parts, and the
// functions that validate with them. It is the only entry that loads zod.

export { ArticleSchema, ArticleShapeSchema } from "./article";
export {
  AgreementSchema,
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
} from "./components";
export { ArticleValidationError, type ArticleIssue } from "./errors";
export { parseArticle, safeParseArticle, type SafeParseArticleResult } from "./parse";
export type * from "../types";
