// getRelations (src/queries.ts), on helpers built afresh in each test: every
// relation, or those with one predicate, subject or object, or several of
// these at once; a bad filter gives a TypeError that names what is allowed.
import { describe, expect, it } from "vitest";
import { article, forArticle } from "../../src/index";
import { draftOf } from "../support/draft";
import { sourceBuild } from "../support/builds";
import { describeRelations } from "../support/suites/relations";

const helpers = () => forArticle(article);
const ids = (items: readonly { id: string }[]) => items.map((item) => item.id);
const entityIds = `14 values, such as: ${article.entities
  .slice(0, 5)
  .map((entity) => entity.id)
  .join(", ")}`;

describe("getRelations", () => {
  it("gives every relation without a filter, with an empty one, or with undefined values", () => {
    const all = [
      "helga-schmid-holds-post-in-eeas",
      "bomca-belongs-to-european-union",
      "cadap-belongs-to-european-union",
      "eu-migration-mechanism-belongs-to-european-union",
      "prague-process-has-party-european-union",
      "prague-process-has-party-third-countries",
      "dialogue-has-party-european-union",
      "dialogue-has-party-central-asia",
      "dialogue-has-party-central-asian-countries",
    ];
    expect(ids(helpers().getRelations())).toEqual(all);
    expect(ids(helpers().getRelations({}))).toEqual(all);
    expect(
      ids(
        helpers().getRelations({ predicate: undefined, subjectId: undefined, objectId: undefined }),
      ),
    ).toEqual(all);
    expect(helpers().getRelations()[0]).toBe(article.relations[0]);
  });

  it("filters by predicate", () => {
    expect(ids(helpers().getRelations({ predicate: "holds-post-in" }))).toEqual([
      "helga-schmid-holds-post-in-eeas",
    ]);
    expect(ids(helpers().getRelations({ predicate: "has-party" }))).toEqual([
      "prague-process-has-party-european-union",
      "prague-process-has-party-third-countries",
      "dialogue-has-party-european-union",
      "dialogue-has-party-central-asia",
      "dialogue-has-party-central-asian-countries",
    ]);
  });

  it("filters by subject and by object, each on its own field", () => {
    expect(ids(helpers().getRelations({ subjectId: "eu-central-asia-security-dialogue" }))).toEqual(
      [
        "dialogue-has-party-european-union",
        "dialogue-has-party-central-asia",
        "dialogue-has-party-central-asian-countries",
      ],
    );
    expect(ids(helpers().getRelations({ objectId: "central-asian-countries" }))).toEqual([
      "dialogue-has-party-central-asian-countries",
    ]);
    expect(helpers().getRelations({ subjectId: "european-union" })).toEqual([]);
    expect(helpers().getRelations({ objectId: "helga-schmid" })).toEqual([]);
  });

  it("combines filters: a relation must match each one given", () => {
    expect(
      ids(helpers().getRelations({ predicate: "has-party", objectId: "european-union" })),
    ).toEqual(["prague-process-has-party-european-union", "dialogue-has-party-european-union"]);
    expect(
      ids(helpers().getRelations({ subjectId: "prague-process", objectId: "third-countries" })),
    ).toEqual(["prague-process-has-party-third-countries"]);
    expect(
      helpers().getRelations({ predicate: "belongs-to", subjectId: "prague-process" }),
    ).toEqual([]);
    expect(helpers().getRelations({ subjectId: "bomca", objectId: "helga-schmid" })).toEqual([]);
  });

  it("returns frozen arrays, also when nothing matches", () => {
    expect(Object.isFrozen(helpers().getRelations())).toBe(true);
    expect(Object.isFrozen(helpers().getRelations({ subjectId: "brussels" }))).toBe(true);
  });

  it("refuses a bad filter with a TypeError that names what is allowed", () => {
    const queries = helpers();
    const getRelations = (filter: unknown) => queries.getRelations(filter as never);
    expect(() => getRelations({ predicate: "owns" })).toThrow(
      new TypeError(
        'getRelations: filter.predicate must be one of: holds-post-in, belongs-to, has-party; got "owns"',
      ),
    );
    expect(() => getRelations({ subjectId: "kazakhstan" })).toThrow(
      new TypeError(`getRelations: filter.subjectId must be one of ${entityIds}; got "kazakhstan"`),
    );
    expect(() => getRelations({ objectId: "p1" })).toThrow(
      new TypeError(`getRelations: filter.objectId must be one of ${entityIds}; got "p1"`),
    );
    expect(() => getRelations({ object: "bomca" })).toThrow(
      new TypeError(
        'getRelations: unknown filter key "object"; allowed keys: predicate, subjectId, objectId',
      ),
    );
    expect(() => getRelations("bomca")).toThrow(
      new TypeError(
        'getRelations: filter must be undefined or an object with optional keys predicate, subjectId, objectId; got "bomca"',
      ),
    );
  });

  it("reads another article's own relations and entities", () => {
    const copy = draftOf(article);
    copy.relations.splice(1, 7);
    const other = forArticle(copy as unknown as typeof article);
    expect(ids(other.getRelations())).toEqual([
      "helga-schmid-holds-post-in-eeas",
      "dialogue-has-party-central-asian-countries",
    ]);
    expect(other.getMentions("bomca-belongs-to-european-union")).toBeUndefined();
    expect(other.getMentions("dialogue-has-party-central-asian-countries")).toBe(
      copy.relations[1].mentions,
    );
  });
});

describeRelations(sourceBuild);
