// forArticle, called afresh in each test: every behaviour of the helpers is
// checked on helpers built by that test, so that no test relies on the
// shipped helpers that an earlier test happened to build (src/index.ts builds
// them once and caches them).
import { describe, expect, it } from "vitest";
import { article, forArticle, type Article } from "../../src/index";
import { draftOf } from "../support/draft";

const ids = (items: readonly { id: string }[] | undefined) => items?.map((item) => item.id);
const helpers = () => forArticle(article);

describe("getParticipants", () => {
  it("returns every participant without a filter or with an empty one", () => {
    const all = helpers().getParticipants();
    expect(ids(all)).toEqual([
      "european-union-side",
      "central-asian-countries-side",
      "turkmenistan-delegation",
      "afghanistan-delegation",
      "helga-schmid-chair",
    ]);
    expect(helpers().getParticipants({})).toEqual(all);
    expect(helpers().getParticipants({ role: undefined, kind: undefined })).toEqual(all);
  });

  it("filters by role, by the kind of the entity, and by both", () => {
    expect(ids(helpers().getParticipants({ role: "delegation" }))).toEqual([
      "turkmenistan-delegation",
    ]);
    expect(ids(helpers().getParticipants({ kind: "organization" }))).toEqual([
      "european-union-side",
    ]);
    expect(ids(helpers().getParticipants({ kind: "group" }))).toEqual([
      "central-asian-countries-side",
    ]);
    expect(ids(helpers().getParticipants({ role: "side", kind: "group" }))).toEqual([
      "central-asian-countries-side",
    ]);
    expect(ids(helpers().getParticipants({ role: "chair", kind: "state" }))).toEqual([]);
  });
});

describe("getTopics", () => {
  it("returns every topic, or those with a category, each topic once", () => {
    expect(helpers().getTopics()).toHaveLength(10);
    expect(ids(helpers().getTopics({ category: "security-challenge" }))).toEqual([
      "radicalisation",
      "foreign-fighters",
      "migration",
      "regional-stability-and-security",
      "drug-trafficking",
      "smuggling",
    ]);
    expect(ids(helpers().getTopics({ category: undefined }))).toHaveLength(10);
  });
});

describe("getAgreements", () => {
  it("returns every agreement, or those on a topic", () => {
    expect(ids(helpers().getAgreements())).toEqual([
      "step-up-joint-efforts",
      "strengthen-border-and-drug-cooperation",
      "deepen-migration-cooperation",
    ]);
    expect(ids(helpers().getAgreements({ topicId: "border-management" }))).toEqual([
      "strengthen-border-and-drug-cooperation",
    ]);
  });

  it("filters by an entity that is a party or a framework, and by topic and entity together", () => {
    expect(ids(helpers().getAgreements({ entityId: "central-asian-countries" }))).toEqual([
      "step-up-joint-efforts",
      "deepen-migration-cooperation",
    ]);
    expect(ids(helpers().getAgreements({ entityId: "prague-process" }))).toEqual([
      "deepen-migration-cooperation",
    ]);
    expect(ids(helpers().getAgreements({ entityId: "european-union" }))).toEqual([
      "step-up-joint-efforts",
    ]);
    expect(ids(helpers().getAgreements({ entityId: "brussels" }))).toEqual([]);
    expect(
      ids(helpers().getAgreements({ topicId: "drug-trafficking", entityId: "cadap" })),
    ).toEqual(["strengthen-border-and-drug-cooperation"]);
    expect(ids(helpers().getAgreements({ topicId: "smuggling", entityId: "cadap" }))).toEqual([]);
  });
});

describe("getEntities and getEntity", () => {
  it("returns every entity, or those of a kind", () => {
    expect(helpers().getEntities()).toHaveLength(14);
    expect(ids(helpers().getEntities({ kind: "state" }))).toEqual(["turkmenistan", "afghanistan"]);
    expect(ids(helpers().getEntities({ kind: undefined }))).toHaveLength(14);
  });

  it("finds an entity by id, and gives undefined for any other string", () => {
    expect(helpers().getEntity("brussels")).toBe(article.entities[7]);
    expect(helpers().getEntity("migration")).toBeUndefined();
    expect(helpers().getEntity("p1")).toBeUndefined();
  });
});

describe("getMentions", () => {
  it("finds the mentions of an entity, a participant, a topic and an agreement", () => {
    const queries = helpers();
    expect(queries.getMentions("cadap")).toBe(article.entities[10].mentions);
    expect(queries.getMentions("afghanistan-delegation")).toBe(article.participants[3].mentions);
    expect(queries.getMentions("smuggling")).toBe(article.topics[5].mentions);
    expect(queries.getMentions("step-up-joint-efforts")).toBe(article.agreements[0].mentions);
  });

  it("finds the mentions of a relation and of the event", () => {
    const queries = helpers();
    expect(queries.getMentions("bomca-belongs-to-european-union")).toBe(
      article.relations[1].mentions,
    );
    expect(queries.getMentions(article.event.id)).toBe(article.event.mentions);
  });

  it("gives undefined for a block, the article, or an unknown id", () => {
    for (const id of ["headline", "p2", article.id, "x"]) {
      expect(helpers().getMentions(id), id).toBeUndefined();
    }
  });
});

describe("getParagraph and getText", () => {
  it("finds the headline and each paragraph", () => {
    expect(helpers().getParagraph("headline")).toBe(article.headline);
    expect(helpers().getParagraph("p3")).toBe(article.paragraphs[2]);
    expect(helpers().getParagraph("migration")).toBeUndefined();
  });

  it("joins the headline and paragraphs with blank lines, in either language", () => {
    const blocks = [article.headline, ...article.paragraphs];
    expect(helpers().getText("ru")).toBe(blocks.map((block) => block.ru).join("\n\n"));
    expect(helpers().getText("en")).toBe(blocks.map((block) => block.en).join("\n\n"));
  });
});

describe("results", () => {
  it("are frozen arrays, also when nothing matches", () => {
    const queries = helpers();
    for (const result of [
      queries.getParticipants({ role: "chair" }),
      queries.getTopics({ category: "cooperation-area" }),
      queries.getAgreements({ entityId: "brussels" }),
      queries.getEntities({ kind: "city" }),
    ]) {
      expect(Array.isArray(result)).toBe(true);
      expect(Object.isFrozen(result)).toBe(true);
    }
    expect(Object.isFrozen(queries)).toBe(true);
  });
});

describe("another article", () => {
  it("is read from its own data, ids in error messages included", () => {
    // forArticle reads its argument without validating it, so a shortened copy will do.
    const copy = draftOf<Article>(article);
    copy.entities.splice(13, 1);
    copy.participants.splice(0, 4);
    copy.topics.splice(1, 9);
    copy.agreements.splice(1, 2);
    copy.paragraphs.splice(4, 1);
    const other = forArticle(copy as Article);
    expect(ids(other.getEntities())).toHaveLength(13);
    expect(ids(other.getParticipants())).toEqual(["helga-schmid-chair"]);
    expect(ids(other.getTopics())).toEqual(["radicalisation"]);
    expect(ids(other.getAgreements())).toEqual(["step-up-joint-efforts"]);
    expect(other.getParagraph("p5")).toBeUndefined();
    expect(other.getText("ru").split("\n\n")).toHaveLength(5);
    expect(() => other.getParagraph(5 as never)).toThrow(
      new TypeError("getParagraph: id must be a string, one of: headline, p1, p2, p3, p4; got 5"),
    );
    expect(() => other.getMentions(null as never)).toThrow(
      new TypeError(
        `getMentions: id must be a string, one of ${13 + 3 + copy.relations.length + 1} ids, such as: ${copy.entities
          .slice(0, 5)
          .map((e: { id: string }) => e.id)
          .join(", ")}; got null`,
      ),
    );
    expect(() => other.getEntity([] as never)).toThrow(
      new TypeError(
        `getEntity: id must be a string, one of 13 ids, such as: ${copy.entities
          .slice(0, 5)
          .map((e: { id: string }) => e.id)
          .join(", ")}; got an array of 0 items`,
      ),
    );
    expect(() => other.getAgreements({ topicId: "migration" })).toThrow(
      new TypeError(
        'getAgreements: filter.topicId must be one of: radicalisation; got "migration"',
      ),
    );
    expect(() => other.getAgreements({ entityId: "third-countries" })).toThrow(
      /^getAgreements: filter\.entityId must be one of 13 values, such as: european-union, .*; got "third-countries"$/,
    );
  });
});

describe("cost", () => {
  it("getParticipants({ kind }) looks each entity up in a table: linear, not a scan per participant", () => {
    const large = draftOf<Article>(article);
    for (let i = 0; i < 200; i++) {
      large.entities.push({ ...large.entities[3]!, id: `state-${i}` });
      large.participants.push({
        ...large.participants[2]!,
        id: `side-${i}`,
        entityId: `state-${i}`,
      });
    }
    let reads = 0;
    const entities = large.entities.map(
      (entity) =>
        new Proxy(entity, {
          get(target, key, receiver) {
            if (key === "id") reads++;
            return Reflect.get(target, key, receiver) as unknown;
          },
        }),
    );
    const queries = forArticle({ ...large, entities } as Article);
    reads = 0;
    expect(queries.getParticipants({ kind: "state" })).toHaveLength(202);
    expect(reads).toBeLessThanOrEqual(entities.length);
  });
});

describe("an unvalidated article", () => {
  it("filters by kind without failing on a participant whose entity is missing", () => {
    const copy = draftOf<Article>(article);
    copy.participants[0]!.entityId = "kazakhstan";
    const other = forArticle(copy as Article);
    expect(ids(other.getParticipants({ kind: "group" }))).toEqual(["central-asian-countries-side"]);
    expect(ids(other.getParticipants({ kind: "organization" }))).toEqual([]);
  });
});
