// toJsonLd's worksFor (src/json-ld.ts): a person who holds a post in an
// organization works for it, both where the person is mentioned and where the
// person attends; no other relation, and no other entity, gives worksFor.
import { describe, expect, it } from "vitest";
import { article, toJsonLd } from "../../src/index";
import { draftOf } from "../support/draft";

interface Tagged {
  "@value": string;
  "@language": string;
}
interface EntityNode {
  "@type": string;
  name: Tagged[];
  worksFor?: { "@type": string; name: Tagged[] }[];
  jobTitle?: Tagged[];
}
interface Document {
  mentions: EntityNode[];
  about: { attendee: { roleName: string; attendee: EntityNode }[] };
}

/** The JSON-LD of `input` as plain typed data. */
const jsonLd = (input: typeof article = article) =>
  JSON.parse(JSON.stringify(toJsonLd(input))) as Document;
const mentionOf = (document: Document, id: string) =>
  document.mentions[article.entities.findIndex((entity) => entity.id === id)];
const eeas = {
  "@type": "Organization",
  name: [
    { "@value": "Европейская служба внешнеполитической деятельности", "@language": "ru" },
    { "@value": "European External Action Service", "@language": "en" },
  ],
};

describe("worksFor", () => {
  it("gives the person who holds a post the organization, where she is mentioned", () => {
    expect(mentionOf(jsonLd(), "helga-schmid")?.worksFor).toEqual([eeas]);
  });

  it("gives it to her as the chair who attends, next to her job title", () => {
    const chair = jsonLd().about.attendee.find((role) => role.roleName === "chair");
    expect(chair?.attendee.worksFor).toEqual([eeas]);
    expect(chair?.attendee.jobTitle?.[1]?.["@value"]).toBe(
      "Deputy Secretary General of the European External Action Service",
    );
  });

  it("is given to no other entity: belongs-to and has-party are not employment", () => {
    const document = jsonLd();
    const withWorksFor = article.entities
      .filter((entity) => mentionOf(document, entity.id)?.worksFor !== undefined)
      .map((entity) => entity.id);
    expect(withWorksFor).toEqual(["helga-schmid"]);
    for (const role of document.about.attendee) {
      if (role.roleName !== "chair") expect(role.attendee.worksFor, role.roleName).toBeUndefined();
    }
  });

  it("follows the relations: none without holds-post-in, one per post", () => {
    const withoutPost = draftOf(article);
    withoutPost.relations[0].predicate = "belongs-to";
    expect(
      mentionOf(jsonLd(withoutPost as unknown as typeof article), "helga-schmid")?.worksFor,
    ).toBeUndefined();

    const twoPosts = draftOf(article);
    twoPosts.relations.push({
      ...twoPosts.relations[0],
      id: "second-post",
      objectId: "european-union",
    });
    expect(
      mentionOf(jsonLd(twoPosts as unknown as typeof article), "helga-schmid")?.worksFor,
    ).toEqual([
      eeas,
      {
        "@type": "Organization",
        name: [
          { "@value": "Европейский Союз", "@language": "ru" },
          { "@value": "European Union", "@language": "en" },
        ],
      },
    ]);
  });

  it("is keyed on the subject: a post held by someone else is not hers", () => {
    const moved = draftOf(article);
    moved.relations[0].subjectId = "turkmenistan";
    const document = jsonLd(moved as unknown as typeof article);
    expect(mentionOf(document, "helga-schmid")?.worksFor).toBeUndefined();
    expect(mentionOf(document, "turkmenistan")?.worksFor).toEqual([eeas]);
  });

  it("leaves out an organization that is no entity (an unvalidated article)", () => {
    const dangling = draftOf(article);
    dangling.relations[0].objectId = "frontex";
    expect(
      mentionOf(jsonLd(dangling as unknown as typeof article), "helga-schmid")?.worksFor,
    ).toBeUndefined();
  });

  it("reads each relation once, not once per entity: linear in the article's size", () => {
    const large = draftOf(article);
    for (let i = 0; i < 200; i++) {
      large.entities.push({ ...large.entities[5], id: `person-${i}` });
      large.relations.push({ ...large.relations[0], id: `post-${i}`, subjectId: `person-${i}` });
    }
    let reads = 0;
    const relations = large.relations.map(
      (relation) =>
        new Proxy(relation, {
          get(target, key, receiver) {
            if (key === "predicate") reads++;
            return Reflect.get(target, key, receiver) as unknown;
          },
        }),
    );
    const document = jsonLd({ ...large, relations } as unknown as typeof article);
    expect(document.mentions[large.entities.length - 1]?.worksFor).toEqual([eeas]);
    expect(reads).toBe(relations.length);
  });
});
