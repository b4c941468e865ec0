/**
 * The zod schemas of the article and of its parts, and the functions that validate with them:
 * `parseArticle` and `safeParseArticle`. It is the only entry that loads zod (4.0.16 or newer),
 * a peer dependency to install next to the package.
 *
 * @example
 * ```ts
 * import { article } from "eu-central-asia-security-dialogue-2016";
 * import { safeParseArticle } from "eu-central-asia-security-dialogue-2016/schema";
 *
 * const result = safeParseArticle(JSON.parse(JSON.stringify(article)));
 * if (!result.success) console.error(result.error.issues);
 * ```
 *
 * @module
 */

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
