// The helpers fed anything from plain JavaScript (fast-check): each answers as
// documented (a frozen array, a string, or undefined for an unknown id) or
// throws a TypeError that names it, never a crash deep inside.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import * as main from "../../src/index";
import { getRelations, getSentences } from "../../src/index";

const anything = fc.anything({
  withNullPrototype: true,
  withBigInt: true,
  withDate: true,
  withMap: true,
  withSet: true,
});

describe("the second edition's helpers fed anything (1,000 cases each)", () => {
  const helpers = { getRelations, getSentences } as Record<string, (argument: unknown) => unknown>;
  for (const [name, helper] of Object.entries(helpers)) {
    it(`${name} answers as documented or throws a TypeError that names it`, () => {
      fc.assert(
        fc.property(anything, (argument) => {
          let result: unknown;
          try {
            result = helper(argument);
          } catch (error) {
            expect(error).toBeInstanceOf(TypeError);
            expect((error as TypeError).message.startsWith(`${name}: `)).toBe(true);
            return;
          }
          expect(result === undefined || Object.isFrozen(result)).toBe(true);
        }),
        { numRuns: 1_000 },
      );
    });
  }
});

describe("helpers fed anything from plain JavaScript (1,000 cases each)", () => {
  const anything = fc.anything({
    withNullPrototype: true,
    withBigInt: true,
    withDate: true,
    withMap: true,
    withSet: true,
  });
  const helpers = {
    getParticipants: main.getParticipants,
    getTopics: main.getTopics,
    getAgreements: main.getAgreements,
    getEntities: main.getEntities,
    getEntity: main.getEntity,
    getMentions: main.getMentions,
    getParagraph: main.getParagraph,
    getText: main.getText,
    toJsonLd: main.toJsonLd,
    forArticle: main.forArticle,
  } as Record<string, (argument: unknown) => unknown>;

  for (const [name, helper] of Object.entries(helpers)) {
    it(`${name} answers as documented or throws a TypeError that names it`, () => {
      fc.assert(
        fc.property(anything, (argument) => {
          let result: unknown;
          try {
            result = helper(argument);
          } catch (error) {
            expect(error).toBeInstanceOf(TypeError);
            expect(error instanceof TypeError && error.message.startsWith(`${name}: `)).toBe(true);
            return;
          }
          expect(
            result === undefined || typeof result === "string" || Object.isFrozen(result),
          ).toBe(true);
        }),
        { numRuns: 1_000 },
      );
    });
  }
});
