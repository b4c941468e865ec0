// The schema's rules for relations (src/schema/integrity.ts): each predicate's
// subject and object kinds, references that must resolve, a relation that
// links an entity to itself, and relation ids and mentions, each reported with
// its exact message at the path of the field that is wrong.
import { describe, expect, it } from "vitest";
import { article } from "../../../src/index";
import { issuesAfter } from "../../support/article-draft";

const wrongKind = (index: number, field: string, message: string) => [
  { path: ["relations", index, field], message },
];

describe("holds-post-in", () => {
  it("needs a person as subject", () => {
    expect(issuesAfter((d) => (d.relations[0].subjectId = "european-union"))).toEqual(
      wrongKind(0, "subjectId", 'entity "european-union" is a organization, expected: person'),
    );
  });

  it("needs an organization as object", () => {
    expect(issuesAfter((d) => (d.relations[0].objectId = "brussels"))).toEqual(
      wrongKind(0, "objectId", 'entity "brussels" is a city, expected: organization'),
    );
  });
});

describe("belongs-to", () => {
  it("needs a programme, process or mechanism as subject", () => {
    expect(issuesAfter((d) => (d.relations[1].subjectId = "helga-schmid"))).toEqual(
      wrongKind(
        1,
        "subjectId",
        'entity "helga-schmid" is a person, expected: programme, process, mechanism',
      ),
    );
    expect(issuesAfter((d) => (d.relations[1].subjectId = "prague-process"))).toEqual([]);
    expect(
      issuesAfter((d) => {
        // The mechanism and BOMCA swap relations, so that no relation is stated twice.
        d.relations[1].subjectId = "eu-migration-mechanism";
        d.relations[3].subjectId = "bomca";
      }),
    ).toEqual([]);
  });

  it("needs an organization as object", () => {
    expect(issuesAfter((d) => (d.relations[2].objectId = "turkmenistan"))).toEqual(
      wrongKind(2, "objectId", 'entity "turkmenistan" is a state, expected: organization'),
    );
  });
});

describe("has-party", () => {
  it("needs a dialogue or a process as subject", () => {
    expect(issuesAfter((d) => (d.relations[4].subjectId = "central-asian-countries"))).toEqual(
      wrongKind(
        4,
        "subjectId",
        'entity "central-asian-countries" is a group, expected: dialogue, process',
      ),
    );
    expect(
      issuesAfter((d) => (d.relations[5].subjectId = "eu-central-asia-security-dialogue")),
    ).toEqual([]);
  });

  it("accepts a party of any kind", () => {
    for (const id of ["brussels", "helga-schmid", "bomca", "turkmenistan"]) {
      expect(
        issuesAfter((d) => (d.relations[6].objectId = id)),
        id,
      ).toEqual([]);
    }
  });
});

describe("references", () => {
  it("reports a subject or an object that is no entity", () => {
    expect(issuesAfter((d) => (d.relations[3].subjectId = "frontex"))).toEqual([
      { path: ["relations", 3, "subjectId"], message: 'no entity has id "frontex"' },
    ]);
    expect(issuesAfter((d) => (d.relations[5].objectId = "p5"))).toEqual([
      { path: ["relations", 5, "objectId"], message: 'no entity has id "p5"' },
    ]);
  });

  it("refuses a relation that links an entity to itself, at its object", () => {
    expect(issuesAfter((d) => (d.relations[6].objectId = d.relations[6].subjectId))).toEqual([
      {
        path: ["relations", 6, "objectId"],
        message: "a relation must link two different entities",
      },
    ]);
  });

  it("accepts an article without relations", () => {
    expect(issuesAfter((d) => d.relations.splice(0))).toEqual([]);
  });
});

describe("ids and mentions", () => {
  it("reports a relation id used twice, or used by an entity, at the relation", () => {
    expect(issuesAfter((d) => (d.relations[2].id = "bomca-belongs-to-european-union"))).toEqual([
      {
        path: ["relations", 2, "id"],
        message: 'duplicate id "bomca-belongs-to-european-union"',
      },
    ]);
    expect(issuesAfter((d) => (d.relations[7].id = "bomca"))).toEqual([
      { path: ["relations", 7, "id"], message: 'duplicate id "bomca"' },
    ]);
  });

  it("checks a relation's mentions against the text, at their own path", () => {
    expect(issuesAfter((d) => (d.relations[5].mentions[0].quote = "третьими"))).toEqual([
      {
        path: ["relations", 5, "mentions", 0, "quote"],
        message: `quote does not equal the text at ${String(article.relations[5].mentions[0].start)}–${String(article.relations[5].mentions[0].end)} of "p5"`,
      },
    ]);
  });

  it("checks the event's own mentions, at their own path", () => {
    expect(issuesAfter((d) => (d.event.mentions[1].paragraphId = "p9"))).toEqual([
      {
        path: ["event", "mentions", 1, "paragraphId"],
        message: 'no headline or paragraph has id "p9"',
      },
    ]);
  });
});
