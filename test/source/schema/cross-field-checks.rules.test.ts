// The second edition's cross-field rules in ArticleSchema: each broken rule is
// reported at the path of the field that is wrong, with a message saying why.
import { describe, expect, it } from "vitest";
import { article } from "../../../src/index";
import { safeParseArticle } from "../../../src/schema/index";
import { draftOf, type Draft as DraftOf } from "../../support/draft";

/** A mutable deep copy of the shipped article, for corrupting. */
type Draft = DraftOf<typeof article>;

function issues(
  corrupt: (draft: Draft) => void,
): readonly { path: readonly PropertyKey[]; message: string }[] {
  const draft = draftOf(article);
  corrupt(draft);
  const result = safeParseArticle(draft);
  return result.success ? [] : result.error.issues;
}

describe("ArticleSchema's second-edition rules", () => {
  it("accepts the shipped article", () => {
    expect(issues(() => undefined)).toEqual([]);
  });

  it("requires an attendance note when attendance is implied", () => {
    expect(
      issues((d) => Object.assign(d.participants[3], { attendanceNote: null })),
    ).toContainEqual(
      expect.objectContaining({
        path: ["participants", 3, "attendanceNote"],
        message: "a note is required when attendance is implied",
      }),
    );
  });

  it("makes a topic a cooperation-area exactly when an agreement covers it", () => {
    expect(
      issues((d) => Object.assign(d.topics[0], { categories: ["security-challenge"] })),
    ).toContainEqual({
      path: ["topics", 0, "categories"],
      message:
        'topic "radicalisation" is covered by an agreement, so it must be a cooperation-area',
    });
    expect(issues((d) => d.topics[6].categories.push("cooperation-area"))).toContainEqual(
      expect.objectContaining({
        path: ["topics", 6, "categories"],
        message:
          'topic "international-terrorism" is covered by no agreement, so it cannot be a cooperation-area',
      }),
    );
  });

  it("refuses a relation that links an entity to itself", () => {
    expect(issues((d) => (d.relations[6].objectId = d.relations[6].subjectId))).toContainEqual(
      expect.objectContaining({
        path: ["relations", 6, "objectId"],
        message: "a relation must link two different entities",
      }),
    );
  });

  it("refuses sentences that do not start at 0, or take in the whitespace between them", () => {
    expect(issues((d) => (d.headline.sentences[0].en.start = 1))).toContainEqual(
      expect.objectContaining({ path: ["headline", "sentences", 0, "en", "start"] }),
    );
    expect(issues((d) => (d.paragraphs[0].sentences[0].ru.end += 1))).toContainEqual(
      expect.objectContaining({
        path: ["paragraphs", 0, "sentences", 0, "ru", "end"],
        message: "sentence must end inside the block, without outer whitespace",
      }),
    );
    expect(issues((d) => (d.paragraphs[1].sentences[0].ru.end = 500))).toContainEqual(
      expect.objectContaining({ path: ["paragraphs", 1, "sentences", 0, "ru", "end"] }),
    );
  });

  it("refuses a sentence id used twice", () => {
    expect(issues((d) => (d.relations[0].id = "p1-s1"))).toContainEqual(
      expect.objectContaining({
        path: ["paragraphs", 0, "sentences", 0, "id"],
        message: 'duplicate id "p1-s1"',
      }),
    );
  });
});
