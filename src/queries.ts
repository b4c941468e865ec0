import { checkArticle, checkFilter, checkOneOf, checkString } from "./argument-checks";
import { deepFreeze } from "./deep-freeze";
import { byId } from "./lookup-tables";
import type { Article, Mention } from "./article-types";
import {
  entityKinds,
  languages,
  participantRoles,
  relationPredicates,
  topicCategories,
  type EntityKind,
  type Language,
  type ParticipantRole,
  type RelationPredicate,
  type TopicCategory,
} from "./vocabulary";

/**
 * The members of union `T` whose `Key` can be `Value`, narrowed to it: for the
 * shipped article's literal types this picks the matching members; for the
 * general `Article` type it narrows an enum field such as `role`, and leaves a
 * free-text field such as `id` as it is.
 */
export type Narrow<T, Key extends keyof T, Value> = T extends unknown
  ? [T[Key]] extends [Value]
    ? T
    : string extends T[Key]
      ? T
      : [Extract<T[Key], Value>] extends [never]
        ? never
        : T & { readonly [K in Key]: Extract<T[Key], Value> }
  : never;

/**
 * What a look-up by `id` returns: the matching item, or `undefined` when the
 * id may be unknown (any id of a general `Article`, or a literal that no item
 * of the shipped article has).
 */
export type Lookup<T extends { readonly id: string }, Id extends string> =
  | Narrow<T, "id", Id>
  | (string extends T["id"] ? undefined : Id extends T["id"] ? never : undefined);

/** A block of text: the headline or a paragraph. */
type BlockOf<A extends Article> = A["headline"] | A["paragraphs"][number];

/** The ids of an article's blocks, entities, participants, topics, agreements, relations and event. */
export type IdsOf<A extends Article> = {
  paragraph: BlockOf<A>["id"];
  entity: A["entities"][number]["id"];
  participant: A["participants"][number]["id"];
  topic: A["topics"][number]["id"];
  agreement: A["agreements"][number]["id"];
  relation: A["relations"][number]["id"];
  event: A["event"]["id"];
};

/** Narrows a participant list by role and by the kind of entity that took part. */
export interface ParticipantFilter<Role extends ParticipantRole = ParticipantRole> {
  /** Keep only participants in this role. */
  readonly role?: Role | undefined;
  /** Keep only participants whose entity is of this kind. */
  readonly kind?: EntityKind | undefined;
}

/** Narrows a topic list by category. */
export interface TopicFilter {
  /** Keep only topics with this category. */
  readonly category?: TopicCategory | undefined;
}

/** Narrows an entity list by kind. */
export interface EntityFilter<Kind extends EntityKind = EntityKind> {
  /** Keep only entities of this kind. */
  readonly kind?: Kind | undefined;
}

/** Narrows an agreement list to those concerning a topic or an entity. */
export interface AgreementFilter<A extends Article = Article> {
  /** Keep only agreements that concern this topic. */
  readonly topicId?: IdsOf<A>["topic"] | undefined;
  /** Keep only agreements that concern this entity, as one of their `entityIds` or as a framework. */
  readonly entityId?: IdsOf<A>["entity"] | undefined;
}

/** Narrows a relation list by predicate, subject and object. */
export interface RelationFilter<
  A extends Article = Article,
  Predicate extends RelationPredicate = RelationPredicate,
> {
  /** Keep only relations with this predicate. */
  readonly predicate?: Predicate | undefined;
  /** Keep only relations whose subject is this entity. */
  readonly subjectId?: IdsOf<A>["entity"] | undefined;
  /** Keep only relations whose object is this entity. */
  readonly objectId?: IdsOf<A>["entity"] | undefined;
}

/** A sentence's span in one language, with its text. */
export interface SentenceSpanText {
  /** Offset of the sentence's first character in the block's text (UTF-16, inclusive). */
  readonly start: number;
  /** Offset just after its last character (exclusive). */
  readonly end: number;
  /** The sentence: the block's text from `start` to `end`. */
  readonly text: string;
}

/** A sentence as `getSentences` returns it: aligned Russian and English, with their texts. */
export interface SentenceText {
  /** The sentence's id, such as `"p1-s2"`. */
  readonly id: string;
  /** Id of the block it belongs to: `"headline"` or a paragraph id. */
  readonly paragraphId: string;
  /** The Russian original sentence. */
  readonly ru: SentenceSpanText;
  /** Our English translation of it. */
  readonly en: SentenceSpanText;
}

/**
 * Helpers that read one article. Every array they return is frozen; an
 * unknown id gives `undefined`; a wrong argument from plain JavaScript gives a
 * `TypeError` that names the argument and the allowed values.
 */
export interface ArticleQueries<A extends Article> {
  /** Participants, optionally only those in one role or whose entity is of one kind. */
  readonly getParticipants: <Role extends ParticipantRole = ParticipantRole>(
    filter?: ParticipantFilter<Role>,
  ) => readonly Narrow<A["participants"][number], "role", Role>[];
  /** Topics, optionally only those in one category. */
  readonly getTopics: (filter?: TopicFilter) => readonly A["topics"][number][];
  /** Agreements, optionally only those concerning one topic or one entity. */
  readonly getAgreements: (filter?: AgreementFilter<A>) => readonly A["agreements"][number][];
  /** Entities, optionally only those of one kind. */
  readonly getEntities: <Kind extends EntityKind = EntityKind>(
    filter?: EntityFilter<Kind>,
  ) => readonly Narrow<A["entities"][number], "kind", Kind>[];
  /** The entity with this id, or `undefined`. */
  readonly getEntity: <Id extends IdsOf<A>["entity"] | (string & {})>(
    id: Id,
  ) => Lookup<A["entities"][number], Id>;
  /** Mentions of the entity, participant, topic, agreement or relation with this id, or of the event; `undefined` for an unknown id. */
  readonly getMentions: (
    id:
      | IdsOf<A>["entity" | "participant" | "topic" | "agreement" | "relation" | "event"]
      | (string & {}),
  ) => readonly Mention[] | undefined;
  /** Relations between entities, optionally only those with one predicate, subject or object. */
  readonly getRelations: <Predicate extends RelationPredicate = RelationPredicate>(
    filter?: RelationFilter<A, Predicate>,
  ) => readonly Narrow<A["relations"][number], "predicate", Predicate>[];
  /**
   * The sentences of the block with this id (`"headline"` or a paragraph id),
   * or of every block in order when no id is given, each with its Russian and
   * English text; `undefined` for an unknown id.
   */
  readonly getSentences: (
    paragraphId?: IdsOf<A>["paragraph"] | (string & {}),
  ) => readonly SentenceText[] | undefined;
  /** The headline (id `"headline"`) or paragraph with this id, or `undefined`. */
  readonly getParagraph: <Id extends IdsOf<A>["paragraph"] | (string & {})>(
    id: Id,
  ) => Lookup<BlockOf<A>, Id>;
  /** The whole text in one language: the headline, then each paragraph, separated by blank lines. */
  readonly getText: (language: Language) => string;
}

/**
 * Helpers bound to `source`, for any valid article (for example one returned
 * by `parseArticle`). The package's own `getParticipants` and friends are
 * `forArticle(article)`. `source` is read, not copied or validated: pass a
 * `parseArticle` result, which is deeply frozen.
 */
export function forArticle<const A extends Article>(source: A): ArticleQueries<A> {
  checkArticle("forArticle", source);
  const blocks = [source.headline, ...source.paragraphs];
  const withMentions = [
    ...source.entities,
    ...source.participants,
    ...source.topics,
    ...source.agreements,
    ...source.relations,
    source.event,
  ];
  const ids = {
    paragraph: blocks.map((block) => block.id),
    entity: source.entities.map((entity) => entity.id),
    topic: source.topics.map((topic) => topic.id),
    withMentions: withMentions.map((item) => item.id),
  };
  // Every sentence with its texts, in order, and each block's, in one pass.
  const sentences: SentenceText[] = [];
  const sentencesOf = new Map<string, SentenceText[]>();
  for (const block of blocks) {
    const ofBlock = sentencesOf.get(block.id) ?? [];
    sentencesOf.set(block.id, ofBlock);
    for (const sentence of block.sentences) {
      const withText: SentenceText = {
        id: sentence.id,
        paragraphId: block.id,
        ru: { ...sentence.ru, text: block.ru.slice(sentence.ru.start, sentence.ru.end) },
        en: { ...sentence.en, text: block.en.slice(sentence.en.start, sentence.en.end) },
      };
      sentences.push(withText);
      ofBlock.push(withText);
    }
  }
  deepFreeze(sentences);
  for (const ofBlock of sentencesOf.values()) Object.freeze(ofBlock);
  const entities = byId(source.entities);
  const itemsWithMentions = byId(withMentions);
  const blocksById = byId(blocks);

  const queries: ArticleQueries<Article> = {
    getParticipants(filter) {
      const { role, kind } = checkFilter("getParticipants", filter, {
        role: participantRoles,
        kind: entityKinds,
      });
      // type-coverage:ignore-next-line -- narrows to the generic result type, which filter cannot.
      return Object.freeze(
        source.participants.filter(
          (participant) =>
            (role === undefined || participant.role === role) &&
            (kind === undefined || entities.get(participant.entityId)?.kind === kind),
        ),
      ) as never;
    },
    getTopics(filter) {
      const { category } = checkFilter("getTopics", filter, { category: topicCategories });
      return Object.freeze(
        source.topics.filter(
          (topic) =>
            category === undefined || topic.categories.some((candidate) => candidate === category),
        ),
      );
    },
    getAgreements(filter) {
      const { topicId, entityId } = checkFilter("getAgreements", filter, {
        topicId: ids.topic,
        entityId: ids.entity,
      });
      return Object.freeze(
        source.agreements.filter(
          (agreement) =>
            (topicId === undefined || agreement.topicIds.includes(topicId)) &&
            (entityId === undefined ||
              agreement.entityIds.includes(entityId) ||
              agreement.frameworkIds.includes(entityId)),
        ),
      );
    },
    getEntities(filter) {
      const { kind } = checkFilter("getEntities", filter, { kind: entityKinds });
      // type-coverage:ignore-next-line -- narrows to the generic result type, which filter cannot.
      return Object.freeze(
        source.entities.filter((entity) => kind === undefined || entity.kind === kind),
      ) as never;
    },
    getEntity(id) {
      checkString("getEntity", "id", id, ids.entity);
      return entities.get(id);
    },
    getMentions(id) {
      checkString("getMentions", "id", id, ids.withMentions);
      return itemsWithMentions.get(id)?.mentions;
    },
    getRelations(filter) {
      const { predicate, subjectId, objectId } = checkFilter("getRelations", filter, {
        predicate: relationPredicates,
        subjectId: ids.entity,
        objectId: ids.entity,
      });
      // type-coverage:ignore-next-line -- the filtered relations are the Narrow<> type the signature gives.
      return Object.freeze(
        source.relations.filter(
          (relation) =>
            (predicate === undefined || relation.predicate === predicate) &&
            (subjectId === undefined || relation.subjectId === subjectId) &&
            (objectId === undefined || relation.objectId === objectId),
        ),
      ) as never;
    },
    getSentences(paragraphId) {
      if (paragraphId === undefined) return sentences;
      checkString("getSentences", "paragraphId", paragraphId, ids.paragraph);
      return sentencesOf.get(paragraphId);
    },
    getParagraph(id) {
      checkString("getParagraph", "id", id, ids.paragraph);
      return blocksById.get(id);
    },
    getText(language) {
      checkOneOf("getText", "language", language, languages);
      return blocks.map((block) => block[language]).join("\n\n");
    },
  };
  // type-coverage:ignore-next-line -- helpers written for any Article, typed for this A.
  return Object.freeze(queries) as unknown as ArticleQueries<A>;
}
