import { beforeAll, describe, expect, it } from "vitest";
import type { Build, MainEntry, SchemaEntry } from "../builds";
import { draftOf } from "../draft";
import { sourceBlocks } from "../source-text";

const ids = (items: readonly { id: string }[]) => items.map((item) => item.id);

export function describeQueries(build: Build): void {
  describe(`helpers (${build.label})`, () => {
    let main: MainEntry;
    let schema: SchemaEntry;
    beforeAll(async () => {
      main = await build.main();
      schema = await build.schema();
    });

    describe("getParticipants", () => {
      it("returns every participant with Russian and English names and mentions", () => {
        const participants = main.getParticipants();
        expect(participants).toHaveLength(5);
        for (const participant of participants) {
          expect(participant.name.ru.length).toBeGreaterThan(0);
          expect(participant.name.en.length).toBeGreaterThan(0);
          expect(participant.mentions.length).toBeGreaterThan(0);
        }
      });

      it("filters by role", () => {
        expect(ids(main.getParticipants({ role: "chair" }))).toEqual(["helga-schmid-chair"]);
        expect(ids(main.getParticipants({ role: "special-guest" }))).toEqual([
          "afghanistan-delegation",
        ]);
        expect(ids(main.getParticipants({ role: "side" }))).toEqual([
          "european-union-side",
          "central-asian-countries-side",
        ]);
      });

      it("filters by the kind of the participating entity, and by both", () => {
        expect(ids(main.getParticipants({ kind: "state" }))).toEqual([
          "turkmenistan-delegation",
          "afghanistan-delegation",
        ]);
        expect(ids(main.getParticipants({ kind: "state", role: "delegation" }))).toEqual([
          "turkmenistan-delegation",
        ]);
        expect(main.getParticipants({ kind: "city" })).toEqual([]);
      });

      it("treats an undefined filter value as no filter", () => {
        expect(main.getParticipants({ role: undefined })).toEqual(main.getParticipants());
      });
    });

    describe("getTopics", () => {
      it("returns each topic once, with labels in both languages", () => {
        const topics = main.getTopics();
        expect(topics).toHaveLength(10);
        expect(topics.find((topic) => topic.id === "migration")?.label).toEqual({
          ru: "миграция",
          en: "migration",
        });
      });

      it("filters by category", () => {
        expect(main.getTopics({ category: "security-challenge" })).toHaveLength(6);
        expect(ids(main.getTopics({ category: "policy-and-security-issue" }))).toEqual([
          "international-terrorism",
          "extremism",
          "cbrn-threats",
        ]);
        expect(ids(main.getTopics({ category: "cooperation-area" }))).toEqual([
          "radicalisation",
          "foreign-fighters",
          "migration",
          "regional-stability-and-security",
          "drug-trafficking",
          "smuggling",
          "border-management",
        ]);
      });
    });

    describe("getAgreements", () => {
      it("returns the three agreements", () => {
        expect(main.getAgreements()).toHaveLength(3);
      });

      it("filters by topic and by entity, frameworks included", () => {
        expect(ids(main.getAgreements({ topicId: "migration" }))).toEqual([
          "step-up-joint-efforts",
          "deepen-migration-cooperation",
        ]);
        expect(ids(main.getAgreements({ entityId: "bomca" }))).toEqual([
          "strengthen-border-and-drug-cooperation",
        ]);
        expect(ids(main.getAgreements({ entityId: "afghanistan", topicId: "migration" }))).toEqual([
          "step-up-joint-efforts",
        ]);
      });
    });

    describe("getEntities and getEntity", () => {
      it("filters entities by kind", () => {
        expect(ids(main.getEntities({ kind: "programme" }))).toEqual(["bomca", "cadap"]);
        expect(main.getEntities()).toHaveLength(14);
      });

      it("finds an entity by id", () => {
        expect(main.getEntity("turkmenistan").name).toEqual({
          ru: "Туркменистан",
          en: "Turkmenistan",
        });
      });

      it("gives undefined for an unknown id, including Object.prototype's keys", () => {
        for (const id of [
          "kazakhstan",
          "",
          "__proto__",
          "constructor",
          "toString",
          "TURKMENISTAN",
        ]) {
          expect(main.getEntity(id)).toBeUndefined();
        }
      });
    });

    describe("getMentions", () => {
      it("finds the mentions of an entity, participant, topic or agreement", () => {
        expect(main.getMentions("migration")?.map((m) => m.quote)).toEqual([
          "миграция",
          "миграции",
        ]);
        expect(main.getMentions("brussels")).toHaveLength(2);
        expect(main.getMentions("helga-schmid-chair")).toHaveLength(1);
        expect(main.getMentions("deepen-migration-cooperation")).toHaveLength(1);
      });

      it("gives undefined for an unknown id", () => {
        expect(main.getMentions("p1")).toBeUndefined();
        expect(main.getMentions("hasOwnProperty")).toBeUndefined();
      });
    });

    describe("getParagraph and getText", () => {
      it("finds the headline and paragraphs by id", () => {
        expect(main.getParagraph("headline").ru).toBe(sourceBlocks[0]);
        expect(main.getParagraph("p5").ru).toBe(sourceBlocks[5]);
        expect(main.getParagraph("p6")).toBeUndefined();
      });

      it("joins the text in either language", () => {
        expect(main.getText("ru")).toBe(sourceBlocks.join("\n\n"));
        expect(main.getText("en").split("\n\n")).toHaveLength(6);
        expect(main.getText("en")).toMatch(
          /^Latest meeting of the EU–Central Asia Security Dialogue/,
        );
      });
    });

    describe("wrong arguments from plain JavaScript", () => {
      // Calls through `unknown` stand for untyped JavaScript callers.
      const call =
        (fn: unknown, ...args: unknown[]) =>
        () =>
          (fn as (...a: unknown[]) => unknown)(...args);

      it("reject a filter that is not an object, naming the allowed keys", () => {
        for (const filter of [42, "chair", null, [], true]) {
          expect(call(main.getParticipants, filter)).toThrow(
            new TypeError(
              `getParticipants: filter must be undefined or an object with optional keys role, kind; got ${
                filter === null
                  ? "null"
                  : Array.isArray(filter)
                    ? "an array of 0 items"
                    : typeof filter === "string"
                      ? '"chair"'
                      : String(filter)
              }`,
            ),
          );
        }
      });

      it("reject unknown filter keys and values, listing what is allowed", () => {
        expect(call(main.getParticipants, { role: "host" })).toThrow(
          'getParticipants: filter.role must be one of: side, delegation, special-guest, chair; got "host"',
        );
        expect(call(main.getParticipants, { roles: "chair" })).toThrow(
          'unknown filter key "roles"; allowed keys: role, kind',
        );
        expect(call(main.getTopics, { category: 3 })).toThrow(
          "getTopics: filter.category must be one of: security-challenge, policy-and-security-issue, cooperation-area; got 3",
        );
        expect(call(main.getEntities, { kind: "country" })).toThrow(TypeError);
        expect(call(main.getAgreements, { topicId: "weather" })).toThrow(
          /filter\.topicId must be one of: radicalisation, /,
        );
      });

      it("reject an id that is not a string", () => {
        expect(call(main.getEntity, 42)).toThrow(
          /^getEntity: id must be a string, one of 14 ids, such as: european-union, /,
        );
        expect(call(main.getEntity)).toThrow(TypeError);
        expect(call(main.getMentions, { id: "migration" })).toThrow(
          /^getMentions: id must be a string/,
        );
        expect(call(main.getParagraph, 1)).toThrow(
          /^getParagraph: id must be a string, one of: headline, p1, /,
        );
      });

      it("reject an unknown language", () => {
        expect(call(main.getText, "de")).toThrow(
          new TypeError('getText: language must be one of: ru, en; got "de"'),
        );
        expect(call(main.getText)).toThrow(TypeError);
      });

      it("reject something that is not an article in forArticle", () => {
        for (const value of [undefined, null, 1, {}, { headline: {}, paragraphs: [] }]) {
          expect(call(main.forArticle, value)).toThrow(
            /^forArticle: article must be an article object/,
          );
        }
      });
    });

    describe("forArticle", () => {
      it("reads another valid article while the package's helpers keep reading the shipped one", () => {
        const copy = draftOf(main.article);
        copy.participants.splice(2);
        const other = main.forArticle(schema.parseArticle(copy));
        expect(other.getParticipants()).toHaveLength(2);
        expect(other.getParticipants({ role: "chair" })).toEqual([]);
        expect(main.getParticipants()).toHaveLength(5);
      });

      it("gives the same answers as the package's helpers for the shipped article", () => {
        const own = main.forArticle(main.article);
        expect(own.getTopics({ category: "cooperation-area" })).toEqual(
          main.getTopics({ category: "cooperation-area" }),
        );
        expect(own.getEntity("cadap")).toBe(main.getEntity("cadap"));
      });
    });
  });
}
