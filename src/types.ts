import type * as z from "zod";
import type { DeepReadonly } from "./deep-readonly";
import type {
  AgreementSchema,
  EntitySchema,
  EventSchema,
  IdentifierSchema,
  LocalizedTextSchema,
  MentionSchema,
  ParagraphSchema,
  ParticipantSchema,
  RelationSchema,
  SentenceSchema,
  SourceSchema,
  SpanSchema,
  TopicSchema,
} from "./schema/components";
import type { ArticleShapeSchema } from "./schema/article";

// Every type is derived from its schema (one source of truth) and deeply
// readonly, because every value the package hands out is deeply frozen.

/** A valid article: the type of `article` widened to any ids, and what `parseArticle` returns. */
export type Article = DeepReadonly<z.output<typeof ArticleShapeSchema>>;
/** A text in Russian (original) and English (our translation). */
export type LocalizedText = DeepReadonly<z.output<typeof LocalizedTextSchema>>;
/** A place in the Russian text: block id, UTF-16 offsets (end exclusive) and the exact quote. */
export type Mention = DeepReadonly<z.output<typeof MentionSchema>>;
/** The headline or a paragraph, in both languages. */
export type Paragraph = DeepReadonly<z.output<typeof ParagraphSchema>>;
/** Provenance of the article. */
export type Source = DeepReadonly<z.output<typeof SourceSchema>>;
/** The meeting the article reports. */
export type Event = DeepReadonly<z.output<typeof EventSchema>>;
/** A verified external identifier. */
export type Identifier = DeepReadonly<z.output<typeof IdentifierSchema>>;
/** Something the article names. */
export type Entity = DeepReadonly<z.output<typeof EntitySchema>>;
/** A participant of the meeting. */
export type Participant = DeepReadonly<z.output<typeof ParticipantSchema>>;
/** A topic of the meeting. */
export type Topic = DeepReadonly<z.output<typeof TopicSchema>>;
/** An agreement reached at the meeting. */
export type Agreement = DeepReadonly<z.output<typeof AgreementSchema>>;
/** A relation between two entities that the text states, such as a person's post. */
export type Relation = DeepReadonly<z.output<typeof RelationSchema>>;
/** A span of a block's text in one language: UTF-16 offsets, end exclusive. */
export type Span = DeepReadonly<z.output<typeof SpanSchema>>;
/** A sentence of a block: its id and its spans in the block's `ru` and `en`. */
export type Sentence = DeepReadonly<z.output<typeof SentenceSchema>>;
