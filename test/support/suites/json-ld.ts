import { beforeAll, describe, expect, it } from "vitest";
import type { Build, MainEntry, SchemaEntry } from "../builds";
import { draftOf } from "../draft";
import { reachable, valueAt } from "../walk";

/** Every string anywhere in `value`, keys excluded. */
function strings(value: unknown): string[] {
  if (typeof value === "string") return [value];
  if (typeof value !== "object" || value === null) return [];
  return Object.values(value).flatMap(strings);
}

export function describeJsonLd(build: Build): void {
  describe(`toJsonLd (${build.label})`, () => {
    let main: MainEntry;
    let schema: SchemaEntry;
    beforeAll(async () => {
      main = await build.main();
      schema = await build.schema();
    });

    it("describes the article as a schema.org NewsArticle", () => {
      const document = main.toJsonLd();
      expect(document).toMatchObject({
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        url: main.article.source.url,
        headline: main.article.headline.ru,
        inLanguage: "ru",
        articleBody: main.article.paragraphs.map((p) => p.ru).join("\n\n"),
        publisher: { "@type": "Organization", url: "https://belgium.tmembassy.gov.tm/" },
      });
      expect(document).not.toHaveProperty("datePublished");
    });

    it("links the publisher's English version and our own translation", () => {
      const translations = main.toJsonLd().workTranslation;
      expect(valueAt(translations, ["length"])).toBe(2);
      expect(
        [0, 1].map((i) => [
          valueAt(translations, [i, "inLanguage"]),
          valueAt(translations, [i, "url"]) ?? null,
        ]),
      ).toEqual([
        ["en", main.article.source.englishVersionUrl],
        ["en", null],
      ]);
      expect(valueAt(translations, [1])).toMatchObject({
        headline: main.article.headline.en,
        description: main.article.translation.note,
      });
    });

    it("is about the Event: date, place in BE, attendees with roles, and the series", () => {
      const event = main.toJsonLd().about;
      expect(valueAt(event, ["@type"])).toBe("Event");
      expect(valueAt(event, ["startDate"])).toBe("2016-05-18");
      expect(valueAt(event, ["location"])).toMatchObject({
        "@type": "Place",
        name: [
          { "@value": "Брюссель", "@language": "ru" },
          { "@value": "Brussels", "@language": "en" },
        ],
        address: { "@type": "PostalAddress", addressCountry: "BE" },
      });
      expect(valueAt(event, ["attendee", "length"])).toBe(2);
      expect(
        [0, 1].map((i) => [
          valueAt(event, ["attendee", i, "roleName"]),
          valueAt(event, ["attendee", i, "attendee", "@type"]),
        ]),
      ).toEqual([
        ["delegation", "Country"],
        ["chair", "Person"],
      ]);
      expect(valueAt(event, ["attendee", 1, "attendee", "jobTitle", 1, "@value"])).toBe(
        "Deputy Secretary General of the European External Action Service",
      );
      expect(valueAt(event, ["attendee", 0, "attendee", "sameAs"])).toEqual([
        "https://www.wikidata.org/wiki/Q874",
      ]);
      for (const i of [0, 1])
        expect(valueAt(event, ["attendee", i, "description"])).toBeUndefined();
      expect(valueAt(event, ["superEvent"])).toMatchObject({ "@type": "EventSeries" });
      expect(event).not.toHaveProperty("organizer");
    });

    it("claims as attendees only the participants whose attendance is stated; the implied ones are mentions with their note", () => {
      const document = main.toJsonLd();
      const byAttendance = (attendance: string) =>
        main.article.participants.filter((p) => p.attendance === attendance);
      const attendees = valueAt(document, ["about", "attendee"]) as unknown[];
      expect(attendees.map((_, i) => valueAt(attendees, [i, "name", 1, "@value"]))).toEqual(
        byAttendance("stated").map((p) => p.name.en),
      );
      const mentions = valueAt(document, ["mentions"]) as unknown[];
      const roles = mentions.filter((node) => valueAt(node, ["@type"]) === "Role");
      expect(
        roles.map((role) => [
          valueAt(role, ["roleName"]),
          valueAt(role, ["mentions", "name", 1, "@value"]),
          valueAt(role, ["description"]),
        ]),
      ).toEqual(
        byAttendance("implied").map((p) => [
          p.role,
          main.article.entities.find((e) => e.id === p.entityId)?.name.en,
          p.attendanceNote,
        ]),
      );
      expect(roles.map((role) => valueAt(role, ["roleName"]))).toEqual([
        "side",
        "side",
        "special-guest",
      ]);
      expect(JSON.stringify(valueAt(document, ["about"]))).not.toContain("Afghanistan");
    });

    it("takes every value from the article data", () => {
      const { article } = main;
      const known = new Set([
        ...strings(article),
        ...(["ru", "en"] as const).map((language) =>
          article.paragraphs.map((p) => p[language]).join("\n\n"),
        ),
        ...article.entities.flatMap((e) =>
          e.identifiers.map((i) => `https://www.wikidata.org/wiki/${i.identifier}`),
        ),
      ]);
      const vocabulary =
        /^(https:\/\/schema\.org|NewsArticle|Event|EventSeries|Place|PostalAddress|Organization|Country|Person|City|Thing|Role|PropertyValue)$/;
      for (const value of strings(main.toJsonLd())) {
        expect(known.has(value) || vocabulary.test(value), value).toBe(true);
      }
    });

    it("survives a JSON round trip and is deeply frozen", () => {
      const document = main.toJsonLd();
      expect(JSON.parse(JSON.stringify(document))).toEqual(document);
      for (const { value, path } of reachable(document))
        expect(Object.isFrozen(value), path).toBe(true);
    });

    it("describes another valid article from its own data", () => {
      const copy = draftOf(main.article);
      copy.event.date = "2017-06-01";
      expect(valueAt(main.toJsonLd(schema.parseArticle(copy)), ["about", "startDate"])).toBe(
        "2017-06-01",
      );
    });

    it("leaves out what another article does not have: sameAs without Wikidata ids, an unknown English page", () => {
      const copy = draftOf(main.article);
      Object.assign(copy.source, { englishVersionUrl: null });
      const turkmenistan = copy.entities[3];
      Object.assign(turkmenistan, {
        identifiers: turkmenistan.identifiers.filter(
          (identifier) => identifier.scheme !== "wikidata",
        ),
      });
      const document = main.toJsonLd(schema.parseArticle(copy));
      expect(valueAt(document, ["workTranslation", "length"])).toBe(1);
      expect(valueAt(document, ["workTranslation", 0, "url"])).toBeUndefined();
      expect(valueAt(document, ["mentions", 3, "identifier"])).toHaveLength(3);
      expect(valueAt(document, ["mentions", 3])).not.toHaveProperty("sameAs");
    });

    it("rejects something that is not an article", () => {
      expect(() => main.toJsonLd(null as never)).toThrow(
        /^toJsonLd: article must be an article object/,
      );
      expect(() => main.toJsonLd("article" as never)).toThrow(TypeError);
    });
  });
}
