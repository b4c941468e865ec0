// Everything the viewer can select: entities, participants, topics,
// agreements, relations and the event, each with the mentions that ground it
// in the Russian text.
import type {
  Agreement,
  Article,
  Entity,
  EventEvidence,
  Mention,
  Participant,
  Relation,
  Topic,
} from "eu-central-asia-security-dialogue-2016";
import { data } from "./data";

/** The panels, in display order; also each mark's category. */
export const categories = [
  "entity",
  "participant",
  "topic",
  "agreement",
  "relation",
  "event",
] as const;

/** A panel, and the category of an item and of its marks. */
export type Category = (typeof categories)[number];

/** A selectable item: a thing the data states, with its mentions. */
export interface Item {
  /** Unique across categories, such as `"entity:turkmenistan"`. */
  readonly key: string;
  readonly category: Category;
  readonly id: string;
  /** Name in English (our translation) and Russian (nominative). */
  readonly label: { readonly en: string; readonly ru: string };
  /** Entity kind, participant role, topic categories or relation predicate, for display. */
  readonly tag: string;
  /** Entity kind of an entity item (or of a participant's entity), for styling. */
  readonly entityKind: string | null;
  readonly mentions: readonly Mention[];
  /** The data record, shown in the details. */
  readonly source:
    | { readonly category: "entity"; readonly record: Entity }
    | { readonly category: "participant"; readonly record: Participant }
    | { readonly category: "topic"; readonly record: Topic }
    | { readonly category: "agreement"; readonly record: Agreement }
    | { readonly category: "relation"; readonly record: Relation }
    | { readonly category: "event"; readonly record: Article["event"] };
}

const entityName = (id: string) => {
  const entity = data.entities.find((candidate) => candidate.id === id);
  return entity ? entity.name : { en: id, ru: id };
};

/**
 * The event's mentions: the meeting's own references and the evidence
 * of each fact about it, each span once (the meeting's names are both).
 */
const eventMentions = (): Mention[] => {
  // As a record (an interface has no index signature), so Object.values sees its value type.
  const evidence: Readonly<Record<keyof EventEvidence, readonly Mention[]>> = data.event.evidence;
  const all = [...data.event.mentions, ...Object.values(evidence).flat()];
  const place = (mention: Mention) => `${mention.paragraphId} ${mention.start} ${mention.end}`;
  return all.filter(
    (mention, index) => all.findIndex((other) => place(other) === place(mention)) === index,
  );
};

/** Every selectable item of the shipped data. */
export function collectItems(): readonly Item[] {
  const entities = data.entities.map((record): Item => ({
    key: `entity:${record.id}`,
    category: "entity",
    id: record.id,
    label: record.name,
    tag: record.kind,
    entityKind: record.kind,
    mentions: record.mentions,
    source: { category: "entity", record },
  }));
  const participants = data.participants.map((record): Item => ({
    key: `participant:${record.id}`,
    category: "participant",
    id: record.id,
    label: record.name,
    tag: record.role,
    entityKind: data.entities.find((entity) => entity.id === record.entityId)?.kind ?? null,
    mentions: record.mentions,
    source: { category: "participant", record },
  }));
  const topics = data.topics.map((record): Item => ({
    key: `topic:${record.id}`,
    category: "topic",
    id: record.id,
    label: record.label,
    tag: record.categories.join(", "),
    entityKind: null,
    mentions: record.mentions,
    source: { category: "topic", record },
  }));
  const agreements = data.agreements.map((record): Item => ({
    key: `agreement:${record.id}`,
    category: "agreement",
    id: record.id,
    label: record.summary,
    tag: `${record.topicIds.length} topics`,
    entityKind: null,
    mentions: record.mentions,
    source: { category: "agreement", record },
  }));
  const relations = data.relations.map((record): Item => {
    const subject = entityName(record.subjectId);
    const object = entityName(record.objectId);
    const predicate = record.predicate.replaceAll("-", " ");
    return {
      key: `relation:${record.id}`,
      category: "relation",
      id: record.id,
      label: {
        en: `${subject.en} — ${predicate} — ${object.en}`,
        ru: `${subject.ru} — ${object.ru}`,
      },
      tag: record.predicate,
      entityKind: null,
      mentions: record.mentions,
      source: { category: "relation", record },
    };
  });
  const event: Item = {
    key: `event:${data.event.id}`,
    category: "event",
    id: data.event.id,
    label: data.event.name,
    tag: data.event.date,
    entityKind: null,
    mentions: eventMentions(),
    source: { category: "event", record: data.event },
  };
  return [...entities, ...participants, ...topics, ...agreements, ...relations, event];
}
