// The mentions the annotation formats write (src/formats/annotated-mentions.ts): every mention of
// every item once, item by item, with a stable key, its place in either plain text, and its notes.
import { describe, expect, it } from "vitest";
import { article } from "../../../src/index";
import {
  annotatedMentions,
  inCodePoints,
  mentionKey,
  notesOf,
  placeInText,
} from "../../../src/formats/annotated-mentions";
import { blockStarts, englishText } from "../../../src/formats/plain-text";
import { sourceText } from "../../support/astral-article";
import { defined } from "../../support/defined";
import { draftOf } from "../../support/draft";

// Computed inside each test, never at module scope: Stryker credits a mutant only to the tests that
// run its code (CONTRIBUTING.md, Mutation testing).
const entries = () => annotatedMentions(article);
const entryOf = (key: string) =>
  defined(
    entries().find((entry) => mentionKey(entry) === key),
    key,
  );

/** The one mention whose English side is null. */
const withoutEnglish = () => defined(entries().find((candidate) => candidate.mention.en === null));

describe("annotatedMentions", () => {
  it("lists every mention of every item once: 83, item by item, numbered from 1", () => {
    const lists = [
      ...article.entities,
      ...article.participants,
      ...article.topics,
      ...article.agreements,
      ...article.relations,
    ].map((item) => item.mentions);
    const evidence = Object.values(article.event.evidence);
    const all = [...lists, article.event.mentions, ...evidence].flat();
    expect(entries().map((entry) => entry.mention)).toEqual(all);
    expect(entries()).toHaveLength(83);
    expect(entries().filter((entry) => entry.kind === "evidence")).toHaveLength(
      evidence.flat().length,
    );
  });

  it("keys each by kind, item (or fact) and number, uniquely", () => {
    const keys = entries().map(mentionKey);
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys).toContain("entity-european-union-8");
    expect(keys).toContain("participant-helga-schmid-chair-1");
    expect(keys).toContain("event-eu-central-asia-security-dialogue-meeting-3-6");
    expect(keys).toContain("evidence-location-2");
    expect(entryOf("evidence-date-1")).toMatchObject({ kind: "evidence", fact: "date" });
  });
});

describe("placeInText", () => {
  const entry = () => entryOf("entity-afghanistan-1");

  it("places a mention in the Russian source text and in the English text", () => {
    const ru = defined(placeInText("f", entry().mention, "ru", blockStarts(article, "ru")));
    const en = defined(placeInText("f", entry().mention, "en", blockStarts(article, "en")));
    expect(sourceText.slice(ru.start, ru.end)).toBe("Афганистана");
    expect(ru.quote).toBe("Афганистана");
    expect(englishText(article).slice(en.start, en.end)).toBe("Afghanistan");
    expect(en.quote).toBe("Afghanistan");
  });

  it("has no English place for a mention whose English side is null", () => {
    const { mention } = withoutEnglish();
    expect(placeInText("f", mention, "en", blockStarts(article, "en"))).toBeNull();
  });

  it("counts a place in code points, and refuses one between the halves of a surrogate pair", () => {
    const text = "a\u{1D538}bc";
    const codePoint = (offset: number) => [0, 1, undefined, 2, 3, 4][offset];
    const place = (start: number, end: number) => ({ start, end, quote: text.slice(start, end) });
    expect(inCodePoints("f", entry(), "ru", place(3, 5), codePoint)).toEqual({ start: 2, end: 4 });
    for (const [start, end] of [
      [2, 4],
      [0, 2],
    ] as const) {
      expect(() => inCodePoints("f", entry(), "ru", place(start, end), codePoint)).toThrow(
        /^f: the ru mention entity-afghanistan-1 \(".*"\) starts or ends inside a character/,
      );
    }
  });

  it("refuses a mention of a block the article does not have, naming the function", () => {
    const mention = { ...draftOf(entry().mention), paragraphId: "p9" };
    expect(() => placeInText("toBrat", mention, "ru", blockStarts(article, "ru"))).toThrow(
      new TypeError('toBrat: a mention names the block "p9", which the article does not have'),
    );
  });
});

describe("notesOf", () => {
  const fields = (key: string, language: "ru" | "en") =>
    notesOf(entryOf(key), language).map((note) => note.field);

  it("gives the notes of entities, participants and agreements, and none of null", () => {
    expect(fields("entity-afghanistan-1", "en")).toEqual(["externalContext"]);
    expect(fields("entity-helga-schmid-1", "en")).toEqual(["identifiersNote", "externalContext"]);
    expect(fields("entity-european-union-1", "en")).toEqual([]);
    expect(fields("participant-afghanistan-delegation-1", "en")).toEqual(["attendanceNote"]);
    expect(fields("participant-turkmenistan-delegation-1", "en")).toEqual([]);
    expect(fields("agreement-step-up-joint-efforts-1", "en")).toEqual(["entityIdsNote"]);
    expect(fields("topic-migration-1", "en")).toEqual([]);
    const [note] = notesOf(entryOf("participant-afghanistan-delegation-1"), "en");
    expect(note?.text).toBe(article.participants[3].attendanceNote);
  });

  it("gives a mention's enNote in Russian only", () => {
    const entry = withoutEnglish();
    expect(notesOf(entry, "ru")).toEqual([{ field: "enNote", text: entry.mention.enNote }]);
    expect(notesOf(entry, "en")).toEqual([]);
  });
});
