import type {
  Agreement,
  Article,
  Entity,
  Event,
  Mention,
  Participant,
  Relation,
  Topic,
} from "../article-types";
import { eventFacts } from "../collections";
import type { Language } from "../vocabulary";

/**
 * Every mention of every item, each with its item: what the annotation formats (Web Annotation,
 * brat) write one annotation for, in each language.
 */

/** A fact about the event that `event.evidence` grounds, such as `"date"`. */
type EventFact = (typeof eventFacts)[number];

/** One mention of one item of a kind. */
interface MentionOf<Kind extends string, Item> {
  /** What the item is. */
  readonly kind: Kind;
  /** The item the mention belongs to. */
  readonly item: Item;
  /** The item's id; for event evidence, the fact it grounds (`"date"`, …). */
  readonly itemId: string;
  /** The mention's place in the item's list of mentions, from 1. */
  readonly number: number;
  /** The mention. */
  readonly mention: Mention;
}

/** One mention of an item, with the item it belongs to. */
export type AnnotatedMention =
  | MentionOf<"entity", Entity>
  | MentionOf<"participant", Participant>
  | MentionOf<"topic", Topic>
  | MentionOf<"agreement", Agreement>
  | MentionOf<"relation", Relation>
  | MentionOf<"event", Event>
  | (MentionOf<"evidence", Event> & {
      /** The fact the mention grounds. */
      readonly fact: EventFact;
    });

/** Pairs each mention of `item` with its number. */
function numbered<Kind extends string, Item>(
  kind: Kind,
  item: Item,
  itemId: string,
  mentions: readonly Mention[],
): MentionOf<Kind, Item>[] {
  return mentions.map((mention, index) => ({ kind, item, itemId, number: index + 1, mention }));
}

/**
 * Every mention of the article's items, item by item: the entities, participants, topics,
 * agreements and relations in the order the data holds them, then the event's own mentions, then
 * the evidence of each of its facts (`name`, `series`, `ordinal`, `date`, `location`, `level`,
 * `chair`).
 */
export function annotatedMentions(article: Article): readonly AnnotatedMention[] {
  const { event } = article;
  return [
    ...article.entities.flatMap((item) => numbered("entity", item, item.id, item.mentions)),
    ...article.participants.flatMap((item) =>
      numbered("participant", item, item.id, item.mentions),
    ),
    ...article.topics.flatMap((item) => numbered("topic", item, item.id, item.mentions)),
    ...article.agreements.flatMap((item) => numbered("agreement", item, item.id, item.mentions)),
    ...article.relations.flatMap((item) => numbered("relation", item, item.id, item.mentions)),
    ...numbered("event", event, event.id, event.mentions),
    ...eventFacts.flatMap((fact) =>
      numbered("evidence", event, fact, event.evidence[fact]).map((entry) => ({ ...entry, fact })),
    ),
  ];
}

/** A stable key for an annotated mention: kind, item id and number, such as `entity-brussels-2`. */
export const mentionKey = (entry: AnnotatedMention): string =>
  `${entry.kind}-${entry.itemId}-${entry.number}`;

/** Where a mention stands in one language's plain text: UTF-16 offsets and its quote. */
export interface TextPlace {
  /** Offset of the first character in the plain text (UTF-16, inclusive). */
  readonly start: number;
  /** Offset just after the last character (UTF-16, exclusive). */
  readonly end: number;
  /** The words at those offsets. */
  readonly quote: string;
}

/**
 * Where `mention` stands in the plain text of `language`, given where each block starts in it
 * (`blockStarts`); `null` in English for a mention whose English side is `null`.
 *
 * @throws TypeError naming `functionName` when the mention names a block the article lacks.
 */
export function placeInText(
  functionName: string,
  mention: Mention,
  language: Language,
  starts: ReadonlyMap<string, number>,
): TextPlace | null {
  const side = language === "ru" ? mention : mention.en;
  if (side === null) return null;
  const blockStart = starts.get(mention.paragraphId);
  if (blockStart === undefined) {
    throw new TypeError(
      `${functionName}: a mention names the block "${mention.paragraphId}", which the article does not have`,
    );
  }
  return { start: blockStart + side.start, end: blockStart + side.end, quote: side.quote };
}

/**
 * Where `place` stands in code points (as Web Annotation and brat count), given the text's
 * `codePoint` look-up (`codePointOffsets`).
 *
 * @throws TypeError naming `functionName` when the mention starts or ends between the two halves
 * of a surrogate pair, where no code point offset exists.
 */
export function inCodePoints(
  functionName: string,
  entry: AnnotatedMention,
  language: Language,
  place: TextPlace,
  codePoint: (offset: number) => number | undefined,
): { readonly start: number; readonly end: number } {
  const start = codePoint(place.start);
  const end = codePoint(place.end);
  if (start === undefined || end === undefined) {
    throw new TypeError(
      `${functionName}: the ${language} mention ${mentionKey(entry)} ("${place.quote}") starts or ends inside a character (between the halves of a surrogate pair)`,
    );
  }
  return { start, end };
}

/** A note of the data that the annotation formats carry with a mention: its field and its text. */
export interface MentionNote {
  /** The field the note comes from, such as `"attendanceNote"`. */
  readonly field: string;
  /** The note (in English, as every note of the data). */
  readonly text: string;
}

/**
 * The notes that go with an annotated mention in `language`: the entity's `identifiersNote` and
 * `externalContext`, the participant's `attendanceNote`, the agreement's `entityIdsNote`, and, in
 * Russian, the mention's own `enNote` (why the English has no counterpart). Notes that are `null`
 * are left out.
 */
export function notesOf(entry: AnnotatedMention, language: Language): readonly MentionNote[] {
  const notes: [string, string | null][] = [];
  switch (entry.kind) {
    case "entity":
      notes.push(
        ["identifiersNote", entry.item.identifiersNote],
        ["externalContext", entry.item.externalContext],
      );
      break;
    case "participant":
      notes.push(["attendanceNote", entry.item.attendanceNote]);
      break;
    case "agreement":
      notes.push(["entityIdsNote", entry.item.entityIdsNote]);
      break;
  }
  if (language === "ru") notes.push(["enNote", entry.mention.enNote]);
  return notes.flatMap(([field, text]) => (text === null ? [] : [{ field, text }]));
}
