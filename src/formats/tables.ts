import { checkArticle } from "../argument-checks";
import type { Article, Mention } from "../article-types";
import { eventFacts } from "../collections";
import { version } from "../version";
import {
  attendanceStatuses,
  entityKinds,
  identifierSchemes,
  participantRoles,
  relationPredicates,
  topicCategories,
} from "../vocabulary";
import { toCsv } from "./csv";
import { column, dataPackageJson, table, type Table } from "./data-package";
import { blocksOf, blockStarts } from "./plain-text";
import { packageName } from "../version";

/**
 * The article as related tables for spreadsheets and databases: one CSV file per table and a
 * Frictionless Data Package v2 descriptor, `datapackage.json`, that types every column and
 * declares every primary and foreign key. `docs/formats.md` documents them.
 */

/** The kinds of item that have mentions, as the `items` and `mentions` tables name them. */
const itemKinds = ["entity", "participant", "topic", "agreement", "relation", "event"];

/** The lists a mention can be in: an item's `mentions`, or the evidence of one of the event's facts. */
const mentionLists = ["mentions", ...eventFacts.map((fact) => `evidence.${fact}`)];

/** An item with mentions, with the kind the tables give it. */
interface MentionedItem {
  readonly kind: string;
  readonly id: string;
  readonly lists: readonly (readonly [list: string, mentions: readonly Mention[]])[];
}

/** Every item with mentions, in the order of the data, the event last. */
function mentionedItems(article: Article): readonly MentionedItem[] {
  const item = (kind: string) => (value: { id: string; mentions: readonly Mention[] }) => ({
    kind,
    id: value.id,
    lists: [["mentions", value.mentions] as const],
  });
  return [
    ...article.entities.map(item("entity")),
    ...article.participants.map(item("participant")),
    ...article.topics.map(item("topic")),
    ...article.agreements.map(item("agreement")),
    ...article.relations.map(item("relation")),
    {
      kind: "event",
      id: article.event.id,
      lists: [
        ["mentions", article.event.mentions],
        ...eventFacts.map((fact) => [`evidence.${fact}`, article.event.evidence[fact]] as const),
      ],
    },
  ];
}

/**
 * For each block, the id of the sentence each Russian offset of the block belongs to (the
 * offsets between two sentences belong to the second).
 */
function sentenceAtOffset(article: Article): ReadonlyMap<string, readonly string[]> {
  const owners = new Map<string, string[]>();
  for (const block of blocksOf(article)) {
    const owner: string[] = [];
    for (const sentence of block.sentences) {
      // Stryker disable next-line EqualityOperator: no mention starts at the whitespace after a sentence
      while (owner.length < sentence.ru.end) owner.push(sentence.id);
    }
    owners.set(block.id, owner);
  }
  return owners;
}

const idColumn = (description: string) => column("id", "string", description);
const blockId = column("block_id", "string", "Id of the block: headline, p1, p2, …");
const ref = <const Name extends string>(name: Name, resource: string) =>
  ({ fields: [name], resource, reference: ["id"] }) as const;

/** The tables, in an order in which every table comes after those it refers to. */
const tables: readonly Table[] = [
  table({
    name: "blocks",
    description: "A block of the text: the headline or a paragraph, in Russian and in English.",
    fields: [
      idColumn("The block's id: headline, p1, p2, …"),
      column("position", "integer", "Its place in the text, from 1 (the headline)."),
      column("ru_start", "integer", "Where it starts in article.ru.txt (UTF-16 offset)."),
      column("en_start", "integer", "Where it starts in article.en.txt (UTF-16 offset)."),
      column("ru_text", "string", "The Russian original."),
      column("en_text", "string", "Our English translation."),
    ],
    primaryKey: ["id"],
    records: (article) => {
      const ru = blockStarts(article, "ru");
      // Stryker disable next-line StringLiteral: blockStarts reads any language but "ru" as English
      const en = blockStarts(article, "en");
      return blocksOf(article).map((block, index) => ({
        id: block.id,
        position: index + 1,
        ru_start: ru.get(block.id),
        en_start: en.get(block.id),
        ru_text: block.ru,
        en_text: block.en,
      }));
    },
  }),
  table({
    name: "sentences",
    description: "A Russian sentence and its English translation, aligned one to one.",
    fields: [
      idColumn("The sentence's id: its block's id, -s and its number, such as p1-s2."),
      blockId,
      column("position", "integer", "Its place in the block, from 1."),
      column("ru_start", "integer", "Where it starts in the block's Russian (UTF-16 offset)."),
      column("ru_end", "integer", "Where it ends there (exclusive)."),
      column("en_start", "integer", "Where it starts in the block's English (UTF-16 offset)."),
      column("en_end", "integer", "Where it ends there (exclusive)."),
      column("ru_text", "string", "The Russian sentence."),
      column("en_text", "string", "Its English translation."),
    ],
    primaryKey: ["id"],
    foreignKeys: [ref("block_id", "blocks")],
    records: (article) =>
      blocksOf(article).flatMap((block) =>
        block.sentences.map((sentence, index) => ({
          id: sentence.id,
          block_id: block.id,
          position: index + 1,
          ru_start: sentence.ru.start,
          ru_end: sentence.ru.end,
          en_start: sentence.en.start,
          en_end: sentence.en.end,
          ru_text: block.ru.slice(sentence.ru.start, sentence.ru.end),
          en_text: block.en.slice(sentence.en.start, sentence.en.end),
        })),
      ),
  }),
  table({
    name: "entities",
    description: "Something the article names.",
    fields: [
      idColumn("The entity's id, such as turkmenistan."),
      column("kind", "string", "What kind of thing it is.", { values: entityKinds }),
      column("name_ru", "string", "Its name in Russian, in the nominative case."),
      column("name_en", "string", "Its name in English."),
      column("identifiers_note", "string", "Why it has no identifier; empty when it has one.", {
        nullable: true,
      }),
      column("external_context", "string", "Background the article does not state, or empty.", {
        nullable: true,
      }),
    ],
    primaryKey: ["id"],
    records: (article) =>
      article.entities.map((entity) => ({
        id: entity.id,
        kind: entity.kind,
        name_ru: entity.name.ru,
        name_en: entity.name.en,
        identifiers_note: entity.identifiersNote,
        external_context: entity.externalContext,
      })),
  }),
  table({
    name: "identifiers",
    description: "A verified external identifier of an entity.",
    fields: [
      column("entity_id", "string", "Id of the entity."),
      column("position", "integer", "Its place among the entity's identifiers, from 1."),
      column("scheme", "string", "The identifier scheme.", { values: identifierSchemes }),
      column("identifier", "string", "The identifier, such as TM or Q874."),
    ],
    primaryKey: ["entity_id", "position"],
    foreignKeys: [ref("entity_id", "entities")],
    records: (article) =>
      article.entities.flatMap((entity) =>
        entity.identifiers.map((identifier, index) => ({
          entity_id: entity.id,
          position: index + 1,
          scheme: identifier.scheme,
          identifier: identifier.identifier,
        })),
      ),
  }),
  table({
    name: "participants",
    description: "A participant of the meeting, in the role the text gives it.",
    fields: [
      idColumn("The participant's id, such as helga-schmid-chair."),
      column("entity_id", "string", "Id of the entity that took part."),
      column("role", "string", "The part it played.", { values: participantRoles }),
      column("name_ru", "string", "How it is named, in Russian, in the nominative case."),
      column("name_en", "string", "How it is named, in English."),
      column("title_ru", "string", "Its title in Russian (for a person), or empty.", {
        nullable: true,
      }),
      column("title_en", "string", "Its title in English, or empty.", { nullable: true }),
      column("attendance", "string", "Whether the text states or only implies it attended.", {
        values: attendanceStatuses,
      }),
      column("attendance_note", "string", "What the text says about attendance, or empty.", {
        nullable: true,
      }),
    ],
    primaryKey: ["id"],
    foreignKeys: [ref("entity_id", "entities")],
    records: (article) =>
      article.participants.map((participant) => ({
        id: participant.id,
        entity_id: participant.entityId,
        role: participant.role,
        name_ru: participant.name.ru,
        name_en: participant.name.en,
        title_ru: participant.title?.ru,
        title_en: participant.title?.en,
        attendance: participant.attendance,
        attendance_note: participant.attendanceNote,
      })),
  }),
  table({
    name: "topics",
    description: "A topic of the meeting, listed once however often it is named.",
    fields: [
      idColumn("The topic's id, such as migration."),
      column("label_ru", "string", "Its label in Russian."),
      column("label_en", "string", "Its label in English."),
    ],
    primaryKey: ["id"],
    records: (article) =>
      article.topics.map((topic) => ({
        id: topic.id,
        label_ru: topic.label.ru,
        label_en: topic.label.en,
      })),
  }),
  table({
    name: "topic_categories",
    description: "A category the article frames a topic in.",
    fields: [
      column("topic_id", "string", "Id of the topic."),
      column("category", "string", "The category.", { values: topicCategories }),
    ],
    primaryKey: ["topic_id", "category"],
    foreignKeys: [ref("topic_id", "topics")],
    records: (article) =>
      article.topics.flatMap((topic) =>
        topic.categories.map((category) => ({ topic_id: topic.id, category })),
      ),
  }),
  table({
    name: "agreements",
    description: "An agreement reached at the meeting.",
    fields: [
      idColumn("The agreement's id."),
      column("summary_ru", "string", "What was agreed, summarised by us in Russian."),
      column("summary_en", "string", "The same in English."),
      column(
        "entity_ids_note",
        "string",
        "What the text says of the entities it names, or empty.",
        {
          nullable: true,
        },
      ),
    ],
    primaryKey: ["id"],
    records: (article) =>
      article.agreements.map((agreement) => ({
        id: agreement.id,
        summary_ru: agreement.summary.ru,
        summary_en: agreement.summary.en,
        entity_ids_note: agreement.entityIdsNote,
      })),
  }),
  table({
    name: "agreement_topics",
    description: "A topic an agreement concerns.",
    fields: [
      column("agreement_id", "string", "Id of the agreement."),
      column("topic_id", "string", "Id of the topic."),
    ],
    primaryKey: ["agreement_id", "topic_id"],
    foreignKeys: [ref("agreement_id", "agreements"), ref("topic_id", "topics")],
    records: (article) =>
      article.agreements.flatMap((agreement) =>
        agreement.topicIds.map((topicId) => ({ agreement_id: agreement.id, topic_id: topicId })),
      ),
  }),
  table({
    name: "agreement_entities",
    description: "An entity the agreed text names as acting or cooperating in what was agreed.",
    fields: [
      column("agreement_id", "string", "Id of the agreement."),
      column("entity_id", "string", "Id of the entity."),
    ],
    primaryKey: ["agreement_id", "entity_id"],
    foreignKeys: [ref("agreement_id", "agreements"), ref("entity_id", "entities")],
    records: (article) =>
      article.agreements.flatMap((agreement) =>
        agreement.entityIds.map((entityId) => ({
          agreement_id: agreement.id,
          entity_id: entityId,
        })),
      ),
  }),
  table({
    name: "agreement_frameworks",
    description: "A programme, process or mechanism an agreement works within.",
    fields: [
      column("agreement_id", "string", "Id of the agreement."),
      column("framework_id", "string", "Id of the programme, process or mechanism (an entity)."),
    ],
    primaryKey: ["agreement_id", "framework_id"],
    foreignKeys: [ref("agreement_id", "agreements"), ref("framework_id", "entities")],
    records: (article) =>
      article.agreements.flatMap((agreement) =>
        agreement.frameworkIds.map((frameworkId) => ({
          agreement_id: agreement.id,
          framework_id: frameworkId,
        })),
      ),
  }),
  table({
    name: "relations",
    description: "A relation between two entities that the text states.",
    fields: [
      idColumn("The relation's id."),
      column("subject_id", "string", "Id of the entity it is about."),
      column("predicate", "string", "How the two relate.", { values: relationPredicates }),
      column("object_id", "string", "Id of the entity the subject is related to."),
    ],
    primaryKey: ["id"],
    foreignKeys: [ref("subject_id", "entities"), ref("object_id", "entities")],
    records: (article) =>
      article.relations.map((relation) => ({
        id: relation.id,
        subject_id: relation.subjectId,
        predicate: relation.predicate,
        object_id: relation.objectId,
      })),
  }),
  table({
    name: "events",
    description: "The meeting the article reports (one row).",
    fields: [
      idColumn("The meeting's id."),
      column("name_ru", "string", "Its name in Russian."),
      column("name_en", "string", "Its name in English."),
      column("series_id", "string", "Id of the dialogue it belongs to."),
      column("ordinal", "integer", "Which meeting of the series it is."),
      column("date", "date", "Its date."),
      column("location_id", "string", "Id of the city it took place in."),
      column("country_code", "string", "ISO 3166-1 alpha-2 code of that city's country."),
      column("country_code_note", "string", "Where the country code comes from."),
      column("level_ru", "string", "At what level it was held, in Russian."),
      column("level_en", "string", "The same in English."),
      column("chair_id", "string", "Id of the person who chaired it."),
    ],
    primaryKey: ["id"],
    foreignKeys: [
      ref("series_id", "entities"),
      ref("location_id", "entities"),
      ref("chair_id", "entities"),
    ],
    records: ({ event }) => [
      {
        id: event.id,
        name_ru: event.name.ru,
        name_en: event.name.en,
        series_id: event.seriesId,
        ordinal: event.ordinal,
        date: event.date,
        location_id: event.locationId,
        country_code: event.countryCode,
        country_code_note: event.countryCodeNote,
        level_ru: event.level.ru,
        level_en: event.level.en,
        chair_id: event.chairId,
      },
    ],
  }),
  table({
    name: "items",
    description: "Every id that mentions can be of, with its kind (the ids are unique).",
    fields: [
      idColumn("The id of an entity, participant, topic, agreement, relation or the event."),
      column("kind", "string", "Which table it is in (singular).", { values: itemKinds }),
    ],
    primaryKey: ["id"],
    records: (article) => mentionedItems(article).map(({ id, kind }) => ({ id, kind })),
  }),
  table({
    name: "mentions",
    description:
      "A place in the text: where an item is mentioned, or where a fact about the meeting is stated.",
    fields: [
      column("item_kind", "string", "The kind of item.", { values: itemKinds }),
      column("item_id", "string", "Id of the item."),
      column("list", "string", "mentions, or evidence.<fact> for the evidence of an event fact.", {
        values: mentionLists,
      }),
      column("position", "integer", "Its place in that list, from 1."),
      blockId,
      column("sentence_id", "string", "Id of the sentence it lies in."),
      column("ru_start", "integer", "Where it starts in the block's Russian (UTF-16 offset)."),
      column("ru_end", "integer", "Where it ends there (exclusive)."),
      column("ru_quote", "string", "The Russian words quoted."),
      column("en_start", "integer", "Where they start in the block's English, or empty.", {
        nullable: true,
      }),
      column("en_end", "integer", "Where they end there (exclusive), or empty.", {
        nullable: true,
      }),
      column("en_quote", "string", "The English words, or empty when the English has none.", {
        nullable: true,
      }),
      column("en_note", "string", "Why the English has no counterpart; empty when it has one.", {
        nullable: true,
      }),
    ],
    primaryKey: ["item_id", "list", "position"],
    foreignKeys: [
      ref("item_id", "items"),
      ref("block_id", "blocks"),
      ref("sentence_id", "sentences"),
    ],
    records: (article) => {
      const owners = sentenceAtOffset(article);
      return mentionedItems(article).flatMap((item) =>
        item.lists.flatMap(([list, mentions]) =>
          mentions.map((mention, index) => ({
            item_kind: item.kind,
            item_id: item.id,
            list,
            position: index + 1,
            block_id: mention.paragraphId,
            // Stryker disable next-line OptionalChaining: every block of a valid article has its sentences
            sentence_id: owners.get(mention.paragraphId)?.[mention.start],
            ru_start: mention.start,
            ru_end: mention.end,
            ru_quote: mention.quote,
            en_start: mention.en?.start,
            en_end: mention.en?.end,
            en_quote: mention.en?.quote,
            en_note: mention.enNote,
          })),
        ),
      );
    },
  }),
];

/**
 * The article as tables: one RFC 4180 CSV file per table (UTF-8, a header row, CRLF line ends;
 * an empty field is `null`) and `datapackage.json`, the Frictionless Data Package v2 descriptor
 * that types every column and declares the tables' primary and foreign keys. Deeply frozen.
 *
 * @param article - any valid article (the shipped `article`, or a `parseArticle` result).
 * @returns file name → file content: `blocks.csv`, `sentences.csv`, … and `datapackage.json`.
 * @throws TypeError when `article` is not an article object.
 */
export function toTables(article: Article): Readonly<Record<string, string>> {
  checkArticle("toTables", article);
  const files: Record<string, string> = {};
  for (const { name, fields, rows } of tables) {
    files[`${name}.csv`] = toCsv(
      fields.map((field) => field.name),
      rows(article),
    );
  }
  files["datapackage.json"] = dataPackageJson(
    article,
    tables,
    `https://www.npmjs.com/package/${packageName}/v/${version}`,
  );
  return Object.freeze(files);
}
