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
});
