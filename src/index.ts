/**
 * One news article as typed, deeply frozen data: the Russian press release on the 3rd meeting of
 * the EU–Central Asia High-Level Security Dialogue (Brussels, 18 May 2016), with our English
 * translation, and every entity, participant, topic, agreement and relation it states, each
 * pointing at the exact words that state it. This entry loads no other package; validation with
 * zod is in the `./schema` entry.
 *
 * @example
 * ```ts
 * import { article, getParticipants, getTopics } from "eu-central-asia-security-dialogue-2016";
 *
 * article.event.date; // "2016-05-18"
 * getParticipants({ role: "chair" })[0]?.title?.en;
 * getTopics({ category: "policy-and-security-issue" }).map((topic) => topic.label.en);
 * ```
 *
 * @module
 */
import { article, type ShippedArticle } from "./shipped-article";
import { forArticle, type ArticleQueries, type IdsOf } from "./queries";

export { article, type ShippedArticle } from "./shipped-article";
export {
  forArticle,
  type AgreementFilter,
  type ArticleQueries,
  type EntityFilter,
  type IdsOf,
  type Lookup,
  type Narrow,
  type ParticipantFilter,
  type RelationFilter,
  type SentenceSpanText,
  type SentenceText,
  type TopicFilter,
} from "./queries";
export { toJsonLd, type JsonValue, type NewsArticleJsonLd } from "./json-ld";
export { version } from "./version";
export {
  attendanceStatuses,
  entityKinds,
  frameworkKinds,
  identifierSchemes,
  languages,
  participantRoles,
  relationPredicates,
  topicCategories,
  type AttendanceStatus,
  type EntityKind,
  type FrameworkKind,
  type IdentifierScheme,
  type Language,
  type ParticipantRole,
  type RelationPredicate,
  type TopicCategory,
} from "./vocabulary";
export type { DeepReadonly } from "./deep-readonly";
export type * from "./article-types";

/** Id of a block of the shipped article: `"headline"` or `"p1"` … `"p5"`. */
export type ParagraphId = IdsOf<ShippedArticle>["paragraph"];
/** Id of an entity of the shipped article, such as `"turkmenistan"`. */
export type EntityId = IdsOf<ShippedArticle>["entity"];
/** Id of a participant of the shipped article, such as `"helga-schmid-chair"`. */
export type ParticipantId = IdsOf<ShippedArticle>["participant"];
/** Id of a topic of the shipped article, such as `"migration"`. */
export type TopicId = IdsOf<ShippedArticle>["topic"];
/** Id of an agreement of the shipped article, such as `"deepen-migration-cooperation"`. */
export type AgreementId = IdsOf<ShippedArticle>["agreement"];

/** Id of a relation of the shipped article, such as `"bomca-belongs-to-european-union"`. */
export type RelationId = IdsOf<ShippedArticle>["relation"];

type ShippedQueries = ArticleQueries<ShippedArticle>;

// Built on first use, and each helper below is a plain arrow function, so a
// bundle that imports only `article` (or only one helper) drops the rest.
let shippedQueries: ShippedQueries | undefined;
const shipped = (): ShippedQueries => (shippedQueries ??= forArticle(article));

/** Participants of the shipped article, optionally by `role` or entity `kind`. See {@link ArticleQueries.getParticipants}. */
export const getParticipants: ShippedQueries["getParticipants"] = (filter) =>
  shipped().getParticipants(filter);
/** Topics of the shipped article, optionally by `category`. See {@link ArticleQueries.getTopics}. */
export const getTopics: ShippedQueries["getTopics"] = (filter) => shipped().getTopics(filter);
/** Agreements of the shipped article, optionally by `topicId` or `entityId`. See {@link ArticleQueries.getAgreements}. */
export const getAgreements: ShippedQueries["getAgreements"] = (filter) =>
  shipped().getAgreements(filter);
/** Entities of the shipped article, optionally by `kind`. See {@link ArticleQueries.getEntities}. */
export const getEntities: ShippedQueries["getEntities"] = (filter) => shipped().getEntities(filter);
/** The shipped article's entity with this id, or `undefined`. See {@link ArticleQueries.getEntity}. */
export const getEntity: ShippedQueries["getEntity"] = (id) => shipped().getEntity(id);
/** Mentions of the shipped article's entity, participant, topic or agreement with this id, or `undefined`. */
export const getMentions: ShippedQueries["getMentions"] = (id) => shipped().getMentions(id);
/** The shipped article's headline or paragraph with this id, or `undefined`. */
export const getParagraph: ShippedQueries["getParagraph"] = (id) => shipped().getParagraph(id);
/** The shipped article's whole text in `"ru"` (original) or `"en"` (our translation). */
export const getText: ShippedQueries["getText"] = (language) => shipped().getText(language);
/** Relations of the shipped article, optionally by `predicate`, `subjectId` or `objectId`. See {@link ArticleQueries.getRelations}. */
export const getRelations: ShippedQueries["getRelations"] = (filter) =>
  shipped().getRelations(filter);
/** The shipped article's sentences (of one block, or all), aligned in `"ru"` and `"en"`. See {@link ArticleQueries.getSentences}. */
export const getSentences: ShippedQueries["getSentences"] = (paragraphId) =>
  shipped().getSentences(paragraphId);
