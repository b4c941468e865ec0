// Two cross-field rules of the schema (src/schema/integrity.ts): a topic is a
// cooperation-area exactly when an agreement covers it, and a participant whose
// attendance is only implied needs a note saying so.
import { describe, expect, it } from "vitest";
import { issuesAfter } from "../../support/article-draft";

describe("cooperation-area", () => {
  it("is required of a topic that an agreement covers", () => {
    expect(
      issuesAfter((d) => Object.assign(d.topics[0], { categories: ["security-challenge"] })),
    ).toEqual([
      {
        path: ["topics", 0, "categories"],
        message:
          'topic "radicalisation" is covered by an agreement, so it must be a cooperation-area',
      },
    ]);
  });

  it("is refused to a topic that no agreement covers", () => {
    expect(issuesAfter((d) => d.topics[6].categories.push("cooperation-area"))).toEqual([
      {
        path: ["topics", 6, "categories"],
        message:
          'topic "international-terrorism" is covered by no agreement, so it cannot be a cooperation-area',
      },
    ]);
  });

  it("follows the agreements: a topic dropped from every agreement must lose it", () => {
    expect(
      issuesAfter((d) => {
        Object.assign(d.agreements[1], { topicIds: ["drug-trafficking"] });
      }),
    ).toEqual([
      {
        path: ["topics", 9, "categories"],
        message:
          'topic "border-management" is covered by no agreement, so it cannot be a cooperation-area',
      },
    ]);
  });
});

describe("attendance notes", () => {
  it("are required when attendance is implied", () => {
    expect(issuesAfter((d) => Object.assign(d.participants[3], { attendanceNote: null }))).toEqual([
      {
        path: ["participants", 3, "attendanceNote"],
        message: "a note is required when attendance is implied",
      },
    ]);
    expect(issuesAfter((d) => (d.participants[2].attendance = "implied"))).toEqual([
      {
        path: ["participants", 2, "attendanceNote"],
        message: "a note is required when attendance is implied",
      },
    ]);
  });

  it("may be null, or given, when attendance is stated", () => {
    expect(issuesAfter((d) => (d.participants[0].attendance = "stated"))).toEqual([]);
    expect(issuesAfter((d) => (d.participants[3].attendance = "stated"))).toEqual([]);
  });

  it("must be a trimmed text when given", () => {
    expect(issuesAfter((d) => (d.participants[3].attendanceNote = " invited "))).toEqual([
      expect.objectContaining({ path: ["participants", 3, "attendanceNote"] }),
    ]);
  });
});
