// The article as tables (src/formats/tables.ts): one CSV file per resource of datapackage.json,
// loaded into a real database, SQLite (Debian's sqlite3 shell), with every primary and foreign
// key that datapackage.json declares as an SQL constraint, enforced; then SQL joins give back
// what the package's own helpers give. Without sqlite3, the database tests are skipped with a
// message, except under CI. data-package.test.ts checks datapackage.json itself.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import type { Article, Mention } from "../../../src/article-types";
import {
  article,
  entityKinds,
  getMentions,
  getParticipants,
  getSentences,
  participantRoles,
} from "../../../src/index";
import { toTables } from "../../../src/formats/tables";
import { skipWithout, sqliteMissing } from "../../support/corpus-readers";
import { loadIntoSqlite, query, type Descriptor } from "../../support/data-package-sqlite";
import { draftOf } from "../../support/draft";

const root = mkdtempSync(join(tmpdir(), "tables-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** Writes the files of toTables into a new folder; returns the folder. */
function writeTables(files: Readonly<Record<string, string>>, name: string): string {
  const folder = join(root, name);
  mkdirSync(folder);
  for (const [file, content] of Object.entries(files)) writeFileSync(join(folder, file), content);
  return folder;
}

// Computed inside each test, never at module scope or in beforeAll: Stryker credits a mutant only to
// the tests that run its code (CONTRIBUTING.md, Mutation testing).
const files = () => toTables(article);
const descriptor = () => JSON.parse(files()["datapackage.json"]!) as Descriptor;

describe("toTables", () => {
  it("gives one CSV file per resource of datapackage.json, and the descriptor", () => {
    expect(Object.keys(files())).toEqual([
      ...descriptor().resources.map((resource) => resource.path),
      "datapackage.json",
    ]);
    expect(descriptor().resources.map((resource) => resource.name)).toEqual([
      "blocks",
      "sentences",
      "entities",
      "identifiers",
      "participants",
      "topics",
      "topic_categories",
      "agreements",
      "agreement_topics",
      "agreement_entities",
      "agreement_frameworks",
      "relations",
      "events",
      "items",
      "mentions",
    ]);
  });

  it("starts each CSV file with its resource's field names", () => {
    for (const resource of descriptor().resources) {
      const header = files()[resource.path]!.slice(0, files()[resource.path]!.indexOf("\r\n"));
      expect(header, resource.name).toBe(
        resource.schema.fields.map((field) => field.name).join(","),
      );
    }
  });

  it("is frozen", () => {
    expect(Object.isFrozen(files())).toBe(true);
  });

  it("refuses what is not an article, naming itself", () => {
    expect(() => toTables([] as never)).toThrow(/^toTables: article must be/);
  });
});

/** A mention as the tables give it back, before it is put together as the data has it. */
interface MentionRow {
  item_id: string;
  block_id: string;
  ru_start: number;
  ru_end: number;
  ru_quote: string;
  en_start: number | null;
  en_end: number | null;
  en_quote: string | null;
  en_note: string | null;
}

/** A mention row as the data's `Mention`: `en` is null when the English columns are. */
const asMention = (row: MentionRow): Mention => ({
  paragraphId: row.block_id,
  start: row.ru_start,
  end: row.ru_end,
  quote: row.ru_quote,
  en:
    row.en_quote === null ? null : { start: row.en_start!, end: row.en_end!, quote: row.en_quote },
  enNote: row.en_note,
});

/** Groups mention rows by item id, in order. */
function mentionsByItem(rows: MentionRow[]): Map<string, Mention[]> {
  const byItem = new Map<string, Mention[]>();
  for (const row of rows)
    byItem.set(row.item_id, [...(byItem.get(row.item_id) ?? []), asMention(row)]);
  return byItem;
}

describe.skipIf(skipWithout(sqliteMissing))(
  "toTables, loaded into SQLite with its keys enforced",
  () => {
    let database: string;
    let loads = 0;
    beforeEach(() => {
      if (sqliteMissing) throw new Error(sqliteMissing);
      loads += 1;
      database = loadIntoSqlite(descriptor(), writeTables(files(), `shipped-${loads}`));
    });

    it("holds as many rows in each table as the article has", () => {
      const data: Article = article;
      const all = [
        ...data.entities,
        ...data.participants,
        ...data.topics,
        ...data.agreements,
        ...data.relations,
      ];
      const evidence = Object.values(data.event.evidence).flat();
      const blocks = [data.headline, ...data.paragraphs];
      const expected = {
        blocks: blocks.length,
        sentences: blocks.flatMap((block) => block.sentences).length,
        entities: data.entities.length,
        identifiers: data.entities.flatMap((entity) => entity.identifiers).length,
        participants: data.participants.length,
        topics: data.topics.length,
        topic_categories: data.topics.flatMap((topic) => topic.categories).length,
        agreements: data.agreements.length,
        agreement_topics: data.agreements.flatMap((agreement) => agreement.topicIds).length,
        agreement_entities: data.agreements.flatMap((agreement) => agreement.entityIds).length,
        agreement_frameworks: data.agreements.flatMap((agreement) => agreement.frameworkIds).length,
        relations: data.relations.length,
        events: 1,
        items: all.length + 1,
        mentions:
          all.flatMap((item) => item.mentions).length +
          data.event.mentions.length +
          evidence.length,
      };
      const sql = Object.keys(expected)
        .map((table) => `SELECT '${table}' AS name, count(*) AS rows FROM ${table}`)
        .join(" UNION ALL ");
      const counts = query<{ name: string; rows: number }>(database, sql);
      expect(Object.fromEntries(counts.map(({ name, rows }) => [name, rows]))).toEqual(expected);
      expect(expected).toMatchObject({
        sentences: 10,
        entities: 14,
        participants: 5,
        mentions: 83,
      });
    });

    it("keeps the data's positions, offsets and texts in blocks, sentences and identifiers", () => {
      const blocks = [article.headline, ...article.paragraphs];
      const english = blocks.map((block) => block.en).join("\n\n");
      expect(query(database, "SELECT * FROM blocks ORDER BY rowid")).toEqual(
        blocks.map((block, index) => ({
          id: block.id,
          position: index + 1,
          ru_start: block.sourceStart,
          en_start: english.indexOf(block.en),
          ru_text: block.ru,
          en_text: block.en,
        })),
      );
      const sentences = query<{ id: string; position: number; ru_text: string; en_text: string }>(
        database,
        "SELECT id, position, ru_text, en_text FROM sentences ORDER BY rowid",
      );
      expect(sentences).toEqual(
        getSentences()!.map((sentence) => ({
          id: sentence.id,
          position: Number(sentence.id.slice(sentence.id.lastIndexOf("-s") + 2)),
          ru_text: sentence.ru.text,
          en_text: sentence.en.text,
        })),
      );
      expect(
        query(database, "SELECT entity_id, position, identifier FROM identifiers ORDER BY rowid"),
      ).toEqual(
        article.entities.flatMap((entity) =>
          entity.identifiers.map(({ identifier }, index) => ({
            entity_id: entity.id,
            position: index + 1,
            identifier,
          })),
        ),
      );
      expect(
        query(
          database,
          "SELECT position FROM mentions WHERE item_id = 'european-union' ORDER BY rowid",
        ),
      ).toEqual(getMentions("european-union")!.map((_, index) => ({ position: index + 1 })));
    });

    it("breaks no foreign key", () => {
      expect(query(database, "PRAGMA foreign_key_check")).toEqual([]);
    });

    it("enforces the keys: SQLite refuses a reference to nothing, and a repeated primary key", () => {
      const dangling = {
        ...files(),
        "participants.csv": files()["participants.csv"]!.replace(",turkmenistan,", ",kazakhstan,"),
      };
      expect(() => loadIntoSqlite(descriptor(), writeTables(dangling, "dangling"))).toThrow(
        /FOREIGN KEY constraint failed/,
      );
      const lines = files()["topics.csv"]!.split("\r\n");
      const repeated = {
        ...files(),
        "topics.csv": [...lines.slice(0, 2), ...lines.slice(1)].join("\r\n"),
      };
      expect(() => loadIntoSqlite(descriptor(), writeTables(repeated, "repeated"))).toThrow(
        /UNIQUE constraint failed: topics\.id/,
      );
    });

    it("gives back getParticipants(), joined with their entities and mentions, and its kind filter", () => {
      interface ParticipantRow {
        id: string;
        entity_id: string;
        role: string;
        name_ru: string;
        name_en: string;
        title_ru: string | null;
        title_en: string | null;
        attendance: string;
        attendance_note: string | null;
        kind: string;
      }
      const rows = query<ParticipantRow>(
        database,
        "SELECT p.*, e.kind FROM participants p JOIN entities e ON e.id = p.entity_id ORDER BY p.rowid",
      );
      const mentions = mentionsByItem(
        query<MentionRow>(
          database,
          "SELECT m.* FROM participants p JOIN mentions m ON m.item_id = p.id ORDER BY p.rowid, m.position",
        ),
      );
      const participants = rows.map((row) => ({
        id: row.id,
        entityId: row.entity_id,
        role: row.role,
        name: { ru: row.name_ru, en: row.name_en },
        title: row.title_ru === null ? null : { ru: row.title_ru, en: row.title_en },
        attendance: row.attendance,
        attendanceNote: row.attendance_note,
        mentions: mentions.get(row.id),
      }));
      expect(participants).toEqual(getParticipants());
      for (const kind of entityKinds) {
        const ids = rows.filter((row) => row.kind === kind).map((row) => row.id);
        expect(ids, kind).toEqual(getParticipants({ kind }).map((participant) => participant.id));
      }
      for (const role of participantRoles) {
        const ids = rows.filter((row) => row.role === role).map((row) => row.id);
        expect(ids, role).toEqual(getParticipants({ role }).map((participant) => participant.id));
      }
    });

    it("gives back getMentions() of every entity, each quote at its offsets in its block and sentence", () => {
      const rows = query<MentionRow & { in_block: number; in_sentence: number }>(
        database,
        `SELECT m.*,
         substr(b.ru_text, m.ru_start + 1, m.ru_end - m.ru_start) = m.ru_quote
           AND (m.en_quote IS NULL OR substr(b.en_text, m.en_start + 1, m.en_end - m.en_start) = m.en_quote) AS in_block,
         m.ru_start >= s.ru_start AND m.ru_end <= s.ru_end
           AND (m.en_quote IS NULL OR (m.en_start >= s.en_start AND m.en_end <= s.en_end)) AS in_sentence
       FROM entities e
       JOIN items i ON i.id = e.id AND i.kind = 'entity'
       JOIN mentions m ON m.item_id = e.id
       JOIN blocks b ON b.id = m.block_id
       JOIN sentences s ON s.id = m.sentence_id AND s.block_id = b.id
       ORDER BY e.rowid, m.position`,
      );
      const byEntity = mentionsByItem(rows);
      expect([...byEntity.keys()]).toEqual(article.entities.map((entity) => entity.id));
      for (const [id, mentions] of byEntity) expect(mentions, id).toEqual(getMentions(id));
      expect(rows.filter((row) => row.in_block !== 1 || row.in_sentence !== 1)).toEqual([]);
    });

    it("gives back the event's mentions and the evidence of each of its facts", () => {
      const rows = query<MentionRow & { list: string }>(
        database,
        "SELECT * FROM mentions WHERE item_kind = 'event' ORDER BY rowid",
      );
      const lists = new Map<string, Mention[]>();
      for (const row of rows) lists.set(row.list, [...(lists.get(row.list) ?? []), asMention(row)]);
      expect(Object.fromEntries(lists)).toEqual({
        mentions: article.event.mentions,
        ...Object.fromEntries(
          Object.entries(article.event.evidence).map(([fact, mentions]) => [
            `evidence.${fact}`,
            mentions,
          ]),
        ),
      });
    });

    it("gives null, an empty field, for a null value: a side's title, an English side that is missing", () => {
      const titles = query<{ id: string }>(
        database,
        "SELECT id FROM participants WHERE title_en IS NULL",
      );
      expect(titles.map((row) => row.id)).toEqual(
        article.participants.filter((p) => p.title === null).map((p) => p.id),
      );
      const missing = query<{ en_note: string }>(
        database,
        "SELECT en_note FROM mentions WHERE en_start IS NULL",
      );
      expect(missing).toHaveLength(1);
      expect(missing[0]!.en_note).toMatch(/participants/);
    });

    it("carries texts with quotes, commas and line breaks exactly", () => {
      const copy = draftOf(article);
      copy.entities[0].name.en = 'The "Union", that is,\r\nthe EU';
      const folder = writeTables(toTables(copy as never), "quoted");
      const rows = query<{ name_en: string }>(
        loadIntoSqlite(descriptor(), folder),
        `SELECT name_en FROM entities WHERE id = '${copy.entities[0].id}'`,
      );
      expect(rows).toEqual([{ name_en: copy.entities[0].name.en }]);
    });
  },
);
