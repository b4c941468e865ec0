import { beforeAll, describe, expect, it } from "vitest";
import type { Build, MainEntry, SchemaEntry } from "../modules";
import { reachable } from "../walk";

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
      const translations = main.toJsonLd()["workTranslation"] as Record<string, unknown>[];
      expect(translations.map((t) => [t["inLanguage"], t["url"] ?? null])).toEqual([
        ["en", main.article.source.englishVersionUrl],
        ["en", null],
      ]);
      expect(translations[1]).toMatchObject({
        headline: main.article.headline.en,
        description: main.article.translation.note,
      });
    });

    it("is about the Event: date, place in BE, attendees with roles, and the series", () => {
      const event = main.toJsonLd()["about"] as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
      expect(event["@type"]).toBe("Event");
      expect(event.startDate).toBe("2016-05-18");
      expect(event.location).toMatchObject({
        "@type": "Place",
        name: [
          { "@value": "Брюссель", "@language": "ru" },
          { "@value": "Brussels", "@language": "en" },
        ],
        address: { "@type": "PostalAddress", addressCountry: "BE" },
      });
      expect(event.attendee.map((role: any) => [role.roleName, role.attendee["@type"]])).toEqual([
        // eslint-disable-line @typescript-eslint/no-explicit-any
        ["delegation", "Country"],
        ["chair", "Person"],
      ]);
      expect(event.attendee[1].attendee.jobTitle[1]["@value"]).toBe(
        "Deputy Secretary General of the European External Action Service",
      );
      expect(event.attendee[0].attendee.sameAs).toEqual(["https://www.wikidata.org/wiki/Q874"]);
      for (const role of event.attendee) expect(role).not.toHaveProperty("description");
      expect(event.superEvent).toMatchObject({ "@type": "EventSeries" });
      expect(event).not.toHaveProperty("organizer");
    });

    it("claims as attendees only the participants whose attendance is stated; the implied ones are mentions with their note", () => {
      const document = main.toJsonLd() as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
      const attendees = document["about"].attendee.map((role: { name: unknown }) => role.name);
      const byAttendance = (attendance: string) =>
        main.article.participants.filter((p) => p.attendance === attendance);
      expect(attendees.map((name: { "@value": string }[]) => name[1]!["@value"])).toEqual(
        byAttendance("stated").map((p) => p.name.en),
      );
      type RoleNode = {
        "@type": string;
        roleName: string;
        description?: string;
        mentions: { name: { "@value": string }[] };
      };
      const roles = (document["mentions"] as RoleNode[]).filter((node) => node["@type"] === "Role");
      expect(
        roles.map((role) => [role.roleName, role.mentions.name[1]!["@value"], role.description]),
      ).toEqual(
        byAttendance("implied").map((p) => [
          p.role,
          main.article.entities.find((e) => e.id === p.entityId)!.name.en,
          p.attendanceNote,
        ]),
      );
      expect(roles.map((role) => role.roleName)).toEqual(["side", "side", "special-guest"]);
      expect(JSON.stringify(document["about"])).not.toContain("Afghanistan");
    });

    it("takes every value from the article data", () => {
      const { article } = main;
      const known = new Set([
        ...strings(article),
        ...["ru", "en"].map((language) =>
          article.paragraphs.map((p) => p[language as "ru" | "en"]).join("\n\n"),
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
      const copy = structuredClone(main.article) as unknown as { event: { date: string } };
      copy.event.date = "2017-06-01";
      expect(
        (main.toJsonLd(schema.parseArticle(copy))["about"] as { startDate: string }).startDate,
      ).toBe("2017-06-01");
    });

    it("leaves out what another article does not have: sameAs without Wikidata ids, an unknown English page", () => {
      type Draft = {
        source: { englishVersionUrl: string | null };
        entities: { identifiers: { scheme: string }[] }[];
      };
      const copy = structuredClone(main.article) as unknown as Draft;
      copy.source.englishVersionUrl = null;
      const turkmenistan = copy.entities[3]!;
      turkmenistan.identifiers = turkmenistan.identifiers.filter(
        (identifier) => identifier.scheme !== "wikidata",
      );
      const document = main.toJsonLd(schema.parseArticle(copy)) as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
      expect(document["workTranslation"].map((t: { url?: string }) => t.url)).toEqual([undefined]);
      expect(document["mentions"][3].identifier).toHaveLength(3);
      expect(document["mentions"][3]).not.toHaveProperty("sameAs");
    });

    it("rejects something that is not an article", () => {
      expect(() => main.toJsonLd(null as never)).toThrow(
        /^toJsonLd: article must be an article object/,
      );
      expect(() => main.toJsonLd("article" as never)).toThrow(TypeError);
    });
  });
}
