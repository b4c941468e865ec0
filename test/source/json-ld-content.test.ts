// What toJsonLd writes for each part of the article (src/json-ld.ts): the
// identifiers themselves, the schema.org type of every entity kind, and what
// it leaves out.
import { describe, expect, it } from "vitest";
import { article, entityKinds, toJsonLd } from "../../src/index";
import { draft } from "./draft";

type Node = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const tagged = (text: { ru: string; en: string }) => [
  { "@value": text.ru, "@language": "ru" },
  { "@value": text.en, "@language": "en" },
];
const mentionOf = (document: Node, id: string) =>
  document["mentions"][article.entities.findIndex((entity) => entity.id === id)] as Node;

describe("entities", () => {
  it("are every entity, with its name in both languages, Russian first", () => {
    const mentions = toJsonLd()["mentions"] as Node[];
    expect(mentions.map((node) => node["name"])).toEqual(
      article.entities.map((entity) => tagged(entity.name)),
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
    expect(Object.keys(bomca).sort()).toEqual(["@type", "name"]);
  });

  it("get the schema.org type that fits their kind", () => {
    const input = draft();
    input.entities = entityKinds.map((kind, index) => ({
      ...input.entities[index],
      kind,
      identifiers: [],
    }));
    input.participants = [];
    const types = (toJsonLd(input as typeof article)["mentions"] as Node[]).map((node) => [
      node["@type"],
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
    const about = toJsonLd()["about"] as Node;
    expect(about["name"]).toEqual(tagged(article.event.name));
    expect(about["location"]["name"]).toEqual(tagged(article.entities[7]!.name));
    expect(about["superEvent"]).toEqual({
      "@type": "EventSeries",
      name: tagged(article.entities[8]!.name),
    });
  });

  it("lists each participant as a Role: role name, name, and the attendee entity", () => {
    const attendees = (toJsonLd()["about"] as Node)["attendee"] as Node[];
    expect(attendees[3]).toEqual({
      "@type": "Role",
      roleName: "special-guest",
      name: tagged(article.participants[3]!.name),
      attendee: mentionOf(toJsonLd(), "afghanistan"),
    });
    expect(attendees[4]!["attendee"]).toEqual({
      ...mentionOf(toJsonLd(), "helga-schmid"),
      jobTitle: tagged(article.participants[4]!.title!),
    });
    expect(attendees.filter((role) => "jobTitle" in role["attendee"])).toHaveLength(1);
  });
});

describe("the document", () => {
  it("identifies the article and names its publisher in both languages", () => {
    const document = toJsonLd() as Node;
    expect(document["identifier"]).toBe("eu-central-asia-security-dialogue-2016");
    expect(document["publisher"]).toEqual({
      "@type": "Organization",
      name: tagged(article.source.publisher.name),
      url: "https://belgium.tmembassy.gov.tm/",
    });
  });

  it("describes the publisher's English page and our translation, with its whole body", () => {
    const [publishers, ours] = toJsonLd()["workTranslation"] as Node[];
    expect(publishers).toEqual({
      "@type": "NewsArticle",
      inLanguage: "en",
      url: article.source.englishVersionUrl,
      publisher: toJsonLd()["publisher"],
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
