// What toJsonLd writes for each part of the article (src/json-ld.ts): the
// identifiers themselves, the schema.org type of every entity kind, and what
// it leaves out.
import { describe, expect, it } from "vitest";
import { article, entityKinds, toJsonLd, type Article } from "../../src/index";
import { draftOf } from "../support/draft";
import { valueAt } from "../support/walk";

const tagged = (text: { ru: string; en: string }) => [
  { "@value": text.ru, "@language": "ru" },
  { "@value": text.en, "@language": "en" },
];
const mentionOf = (document: unknown, id: string) =>
  valueAt(document, ["mentions", article.entities.findIndex((entity) => entity.id === id)]);
/** Whether `node` is an object (or array) that has `key`, as the `in` operator says. */
const has = (node: unknown, key: string) =>
  typeof node === "object" && node !== null && key in node;

describe("entities", () => {
  it("are every entity, with its name in both languages, Russian first", () => {
    const mentions = valueAt(toJsonLd(), ["mentions"]) as unknown[];
    const entities = mentions.slice(0, article.entities.length);
    expect(entities.map((node) => valueAt(node, ["name"]))).toEqual(
      article.entities.map((entity) => tagged(entity.name)),
    );
    // After them come the participants whose attendance is only implied, as Roles.
    expect(mentions.slice(article.entities.length).map((node) => valueAt(node, ["@type"]))).toEqual(
      ["Role", "Role", "Role"],
    );
  });

  it("carry each identifier as a PropertyValue with its scheme and value", () => {
    expect(mentionOf(toJsonLd(), "turkmenistan")).toEqual({
      "@type": "Country",
      name: tagged({ ru: "Туркменистан", en: "Turkmenistan" }),
      identifier: [
        { "@type": "PropertyValue", propertyID: "iso-3166-1-alpha-2", value: "TM" },
        { "@type": "PropertyValue", propertyID: "iso-3166-1-alpha-3", value: "TKM" },
        { "@type": "PropertyValue", propertyID: "iso-3166-1-numeric", value: "795" },
        { "@type": "PropertyValue", propertyID: "wikidata", value: "Q874" },
      ],
      sameAs: ["https://www.wikidata.org/wiki/Q874"],
    });
    expect(mentionOf(toJsonLd(), "central-asia")).toMatchObject({
      identifier: [
        { "@type": "PropertyValue", propertyID: "un-m49", value: "143" },
        { "@type": "PropertyValue", propertyID: "wikidata", value: "Q27275" },
      ],
      sameAs: ["https://www.wikidata.org/wiki/Q27275"],
    });
  });

  it("have no identifier and no sameAs when they have no identifiers", () => {
    const bomca = mentionOf(toJsonLd(), "bomca");
    expect(Object.keys(bomca as object).sort()).toEqual(["@type", "name"]);
  });

  it("get the schema.org type that fits their kind", () => {
    const input = draftOf<Article>(article);
    input.entities = entityKinds.map((kind, index) => ({
      ...input.entities[index]!,
      kind,
      identifiers: [],
    }));
    input.participants = [];
    const types = (valueAt(toJsonLd(input as Article), ["mentions"]) as unknown[]).map((node) => [
      valueAt(node, ["@type"]),
    ]);
    expect(Object.fromEntries(entityKinds.map((kind, i) => [kind, types[i]![0]]))).toEqual({
      state: "Country",
      organization: "Organization",
      person: "Person",
      region: "Place",
      group: "Thing",
      city: "City",
      dialogue: "EventSeries",
      programme: "Thing",
      process: "Thing",
      mechanism: "Thing",
    });
  });
});

describe("the event", () => {
  it("names the meeting, its place and its series in both languages", () => {
    const about = valueAt(toJsonLd(), ["about"]);
    expect(valueAt(about, ["name"])).toEqual(tagged(article.event.name));
    expect(valueAt(about, ["location", "name"])).toEqual(tagged(article.entities[7].name));
    expect(valueAt(about, ["superEvent"])).toEqual({
      "@type": "EventSeries",
      name: tagged(article.entities[8].name),
    });
  });

  it("lists each participant as a Role: the stated ones as attendees, the implied ones among the mentions with their note", () => {
    const document = toJsonLd();
    const attendees = valueAt(document, ["about", "attendee"]) as unknown[];
    expect(attendees[0]).toEqual({
      "@type": "Role",
      roleName: "delegation",
      name: tagged(article.participants[2].name),
      attendee: mentionOf(document, "turkmenistan"),
    });
    expect(valueAt(attendees, [1, "attendee"])).toEqual({
      ...(mentionOf(document, "helga-schmid") as object),
      jobTitle: tagged(article.participants[4].title),
    });
    expect(attendees.filter((role) => has(valueAt(role, ["attendee"]), "jobTitle"))).toHaveLength(
      1,
    );
    const implied = (valueAt(document, ["mentions"]) as unknown[]).slice(article.entities.length);
    expect(implied[2]).toEqual({
      "@type": "Role",
      roleName: "special-guest",
      name: tagged(article.participants[3].name),
      description: article.participants[3].attendanceNote,
      mentions: mentionOf(document, "afghanistan"),
    });
  });
});

describe("the document", () => {
  it("identifies the article and names its publisher in both languages", () => {
    const document = toJsonLd();
    expect(document.identifier).toBe("eu-central-asia-security-dialogue-2016");
    expect(document.publisher).toEqual({
      "@type": "Organization",
      name: tagged(article.source.publisher.name),
      url: "https://belgium.tmembassy.gov.tm/",
    });
  });

  it("describes the publisher's English page and our translation, with its whole body", () => {
    const [publishers, ours] = valueAt(toJsonLd(), ["workTranslation"]) as unknown[];
    expect(publishers).toEqual({
      "@type": "NewsArticle",
      inLanguage: "en",
      url: article.source.englishVersionUrl,
      publisher: toJsonLd().publisher,
      description: article.source.englishVersionNote,
    });
    expect(ours).toEqual({
      "@type": "NewsArticle",
      inLanguage: "en",
      headline: article.headline.en,
      articleBody: article.paragraphs.map((paragraph) => paragraph.en).join("\n\n"),
      description: article.translation.note,
    });
  });

  it("has exactly the documented top-level properties", () => {
    expect(Object.keys(toJsonLd())).toEqual([
      "@context",
      "@type",
      "identifier",
      "url",
      "headline",
      "inLanguage",
      "articleBody",
      "publisher",
      "workTranslation",
      "about",
      "mentions",
    ]);
  });
});
