import { beforeAll, describe, expect, it } from "vitest";
import type { Build, MainEntry } from "../builds";
import { sourceBlocks, sourceSha256 } from "../source-text";
import { allMentions, reachable } from "../walk";

/**
 * Patterns that find every occurrence of each entity in the Russian text,
 * inflected forms included. Written independently of the data, so that a
 * missing or extra mention fails the completeness test.
 */
const occurrencePatterns: Record<string, RegExp> = {
  "european-union": /(?<![А-Яа-яЁё])ЕС(?![А-Яа-яЁё])|Европейск[а-я]+ Союз[а-я]*/g,
  "central-asia": /Центральн[а-я]+ Ази[а-я]+/g,
  "central-asian-countries": /стран[а-я]* Центральн[а-я]+ Ази[а-я]+/g,
  turkmenistan: /Туркменистан[а-я]*/g,
  afghanistan: /Афганистан[а-я]*/g,
  "helga-schmid": /Хельг[а-я]* Шмид/g,
  "european-external-action-service":
    /Европейск[а-я]+ служб[а-я]* внешнеполитической деятельности/g,
  brussels: /Брюссел[а-я]*/g,
  "eu-central-asia-security-dialogue": /Диалог[а-я]*/g,
  bomca: /БОМКА/g,
  cadap: /КАДАП/g,
  "eu-migration-mechanism": /механизм[а-я]* в сфере миграции/g,
  "prague-process": /Пражск[а-я]+ процесс[а-я]*/g,
  "third-countries": /трет[а-я]+ стран[а-я]+/g,
};

/** Names of Central Asian states the article does not mention, in Russian stems. */
const unmentionedStates = ["Казахстан", "Кыргызстан", "Киргиз", "Таджикистан", "Узбекистан"];

export function describeData(build: Build): void {
  describe(`the shipped data (${build.label})`, () => {
    let main: MainEntry;
    let blocks: { id: string; ru: string; en: string }[];
    beforeAll(async () => {
      main = await build.main();
      blocks = [main.article.headline, ...main.article.paragraphs];
    });

    describe("text", () => {
      it("has the source file's headline and paragraphs, trimmed and otherwise identical", () => {
        expect(blocks.map((block) => block.ru)).toEqual(sourceBlocks);
      });

      it("gives blocks the stable ids headline, p1 … p5", () => {
        expect(blocks.map((block) => block.id)).toEqual(["headline", "p1", "p2", "p3", "p4", "p5"]);
      });

      it("records the SHA-256 of the source file", () => {
        expect(main.article.source.sha256).toBe(sourceSha256);
      });

      it("drops the no-break space that starts the last paragraph in the source", () => {
        expect(sourceBlocks.at(-1)?.startsWith("Была")).toBe(true);
        expect(main.article.paragraphs.at(-1)?.ru.startsWith("Была")).toBe(true);
      });

      it("has only Basic Multilingual Plane characters, so UTF-16 offsets equal code point offsets", () => {
        for (const block of blocks) expect(Array.from(block.ru).length).toBe(block.ru.length);
      });

      it("labels every English text as the package authors' own translation", () => {
        expect(main.article.translation).toMatchObject({
          language: "en",
          origin: "package-authors",
        });
        for (const block of blocks) expect(block.en.length).toBeGreaterThan(0);
      });
    });

    describe("mentions", () => {
      it("quote exactly the text at their offsets, everywhere in the data", () => {
        const mentions = allMentions(main.article);
        expect(mentions.length).toBeGreaterThan(60);
        const texts = new Map(blocks.map((block) => [block.id, block.ru]));
        for (const { mention, path } of mentions) {
          const text = texts.get(mention.paragraphId);
          expect(text, path).toBeDefined();
          expect(mention.start, path).toBeGreaterThanOrEqual(0);
          expect(mention.end, path).toBeGreaterThan(mention.start);
          expect(text?.slice(mention.start, mention.end), path).toBe(mention.quote);
        }
      });

      it("list every occurrence of every entity, inflected forms included, and nothing else", () => {
        expect(Object.keys(occurrencePatterns).sort()).toEqual(
          main.article.entities.map((e) => e.id).sort(),
        );
        for (const entity of main.article.entities) {
          const pattern = occurrencePatterns[entity.id]!;
          const found = blocks.flatMap((block) =>
            [...block.ru.matchAll(pattern)].map((match) => ({
              paragraphId: block.id,
              start: match.index,
              end: match.index + match[0].length,
            })),
          );
          expect(entity.mentions.length, entity.id).toBe(found.length);
          for (const occurrence of found) {
            const covering = entity.mentions.filter(
              (mention) =>
                mention.paragraphId === occurrence.paragraphId &&
                mention.start <= occurrence.start &&
                occurrence.end <= mention.end,
            );
            expect(
              covering.length,
              `${entity.id} at ${occurrence.paragraphId}:${occurrence.start}`,
            ).toBe(1);
          }
        }
      });
    });

    describe("ids and references", () => {
      it("uses unique lowercase kebab-case ids", () => {
        const { article } = main;
        const ids = [
          article.headline.id,
          article.event.id,
          ...[
            article.paragraphs,
            article.entities,
            article.participants,
            article.topics,
            article.agreements,
          ].flatMap((items) => items.map((item) => item.id)),
        ];
        expect(new Set(ids).size).toBe(ids.length);
        for (const id of [article.id, ...ids]) expect(id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
      });

      it("resolves every reference to an item of the right kind", () => {
        const { article } = main;
        const kindOf = new Map<string, string>(
          article.entities.map((entity) => [entity.id, entity.kind]),
        );
        const topicIds = new Set<string>(article.topics.map((topic) => topic.id));
        expect(kindOf.get(article.event.seriesId)).toBe("dialogue");
        expect(kindOf.get(article.event.locationId)).toBe("city");
        expect(kindOf.get(article.event.chairId)).toBe("person");
        for (const participant of article.participants)
          expect(kindOf.has(participant.entityId)).toBe(true);
        for (const agreement of article.agreements) {
          for (const id of agreement.topicIds) expect(topicIds.has(id), id).toBe(true);
          for (const id of agreement.entityIds) expect(kindOf.has(id), id).toBe(true);
          for (const id of agreement.frameworkIds)
            expect(["programme", "process", "mechanism"]).toContain(kindOf.get(id));
        }
      });
    });

    describe("facts", () => {
      it("dates, numbers, places and levels the meeting as the text does", () => {
        const { event } = main.article;
        expect(event).toMatchObject({
          date: "2016-05-18",
          ordinal: 3,
          locationId: "brussels",
          countryCode: "BE",
          seriesId: "eu-central-asia-security-dialogue",
          chairId: "helga-schmid",
          level: {
            ru: "заместители министров иностранных дел",
            en: "deputy foreign ministers",
          },
        });
        expect(event.evidence.date.map((m) => m.quote)).toEqual(["18 мая 2016 года"]);
        expect(event.evidence.ordinal.map((m) => m.quote)).toEqual(["3-ем"]);
        // The headline names the series too, as it names the meeting.
        expect(event.evidence.series.map((m) => m.paragraphId)).toEqual(
          event.evidence.name.map((m) => m.paragraphId),
        );
      });

      it("names the participants and their roles, and nobody else", () => {
        const roles = Object.fromEntries(
          main.article.participants.map((p) => [p.id, [p.entityId, p.role]]),
        );
        expect(roles).toEqual({
          "european-union-side": ["european-union", "side"],
          "central-asian-countries-side": ["central-asian-countries", "side"],
          "turkmenistan-delegation": ["turkmenistan", "delegation"],
          "afghanistan-delegation": ["afghanistan", "special-guest"],
          "helga-schmid-chair": ["helga-schmid", "chair"],
        });
      });

      it("gives the chair's title as stated", () => {
        const chair = main.article.participants.find((p) => p.role === "chair");
        expect(chair?.title).toEqual({
          ru: "заместитель Генерального секретаря Европейской службы внешнеполитической деятельности",
          en: "Deputy Secretary General of the European External Action Service",
        });
      });

      it("lists each topic once, with the categories the text gives it", () => {
        const categories = Object.fromEntries(main.article.topics.map((t) => [t.id, t.categories]));
        expect(categories).toEqual({
          radicalisation: ["security-challenge", "cooperation-area"],
          "foreign-fighters": ["security-challenge", "cooperation-area"],
          migration: ["security-challenge", "cooperation-area"],
          "regional-stability-and-security": ["security-challenge", "cooperation-area"],
          "drug-trafficking": ["security-challenge", "cooperation-area"],
          smuggling: ["security-challenge", "cooperation-area"],
          "international-terrorism": ["policy-and-security-issue"],
          extremism: ["policy-and-security-issue"],
          "cbrn-threats": ["policy-and-security-issue"],
          "border-management": ["cooperation-area"],
        });
      });

      it("records the three agreements with their topics and frameworks", () => {
        const agreements = main.article.agreements.map((a) => [a.id, a.topicIds, a.frameworkIds]);
        expect(agreements).toEqual([
          [
            "step-up-joint-efforts",
            [
              "radicalisation",
              "foreign-fighters",
              "migration",
              "regional-stability-and-security",
              "drug-trafficking",
              "smuggling",
            ],
            [],
          ],
          [
            "strengthen-border-and-drug-cooperation",
            ["border-management", "drug-trafficking"],
            ["bomca", "cadap"],
          ],
          [
            "deepen-migration-cooperation",
            ["migration"],
            ["eu-migration-mechanism", "prague-process"],
          ],
        ]);
      });

      it("carries exactly the verified external identifiers", () => {
        const identifiers = Object.fromEntries(
          main.article.entities
            .filter((entity) => entity.identifiers.length > 0)
            .map((entity) => [
              entity.id,
              entity.identifiers.map((i) => `${i.scheme}:${i.identifier}`),
            ]),
        );
        expect(identifiers).toEqual({
          "european-union": ["wikidata:Q458"],
          "central-asia": ["un-m49:143", "wikidata:Q27275"],
          turkmenistan: [
            "iso-3166-1-alpha-2:TM",
            "iso-3166-1-alpha-3:TKM",
            "iso-3166-1-numeric:795",
            "wikidata:Q874",
          ],
          afghanistan: [
            "iso-3166-1-alpha-2:AF",
            "iso-3166-1-alpha-3:AFG",
            "iso-3166-1-numeric:004",
            "wikidata:Q889",
          ],
          "european-external-action-service": ["wikidata:Q672941"],
        });
      });
    });

    describe("nothing invented", () => {
      it("has no publication date, and says why", () => {
        expect(main.article.source.datePublished).toBeNull();
        expect(main.article.source.datePublishedNote).toMatch(/no publication date/);
      });

      it("says the publisher is inferred", () => {
        expect(main.article.source.publisher.inferred).toBe(true);
      });

      it("names no Central Asian state the text does not name", () => {
        const text = JSON.stringify(main.article);
        for (const stem of unmentionedStates) expect(text).not.toContain(stem);
        expect(main.article.entities.filter((e) => e.kind === "state").map((e) => e.id)).toEqual([
          "turkmenistan",
          "afghanistan",
        ]);
      });

      it("marks background knowledge as not stated in the article, with its sources", () => {
        // Each source: publisher, "title", URL, date (or undated); several are separated by "; ".
        const source = String.raw`[^";]+, "[^"]+", https?:\/\/\S+, (?:\d{1,2} [A-Z][a-z]+ \d{4}|undated)`;
        const cited = new RegExp(
          `^Not stated in the article: .+ Sources?: ${source}(?:; ${source})*\\.$`,
        );
        const notes = [
          ...main.article.entities.map((entity) => entity.externalContext),
          main.article.event.countryCodeNote,
        ].filter((note) => note !== null);
        expect(notes).toHaveLength(6);
        for (const note of notes) expect(note).toMatch(cited);
      });

      it("says why an entity has no identifier, and only then: the mechanism is not identified", () => {
        for (const entity of main.article.entities) {
          expect(entity.identifiersNote === null, entity.id).toBe(entity.identifiers.length > 0);
        }
        const notes = Object.fromEntries(
          main.article.entities.map((entity) => [entity.id, entity.identifiersNote]),
        );
        expect(notes["eu-migration-mechanism"]).toContain("does not name the mechanism further");
        expect(notes["helga-schmid"]).toBe("No identifier has been verified.");
        const mechanism = main.article.entities.find((e) => e.id === "eu-migration-mechanism");
        expect(mechanism?.identifiers).toEqual([]);
        expect(mechanism?.externalContext).toBeNull();
      });
    });

    it("is plain JSON data: it survives a JSON round trip unchanged", () => {
      expect(JSON.parse(JSON.stringify(main.article))).toEqual(main.article);
      for (const { value } of reachable(main.article)) {
        expect([Object.prototype, Array.prototype]).toContain(Object.getPrototypeOf(value));
      }
    });
  });
}
