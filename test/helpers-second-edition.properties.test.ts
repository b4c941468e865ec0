// getRelations and getSentences fed anything from plain JavaScript: they
// answer as documented (a frozen array, or undefined for an unknown block id)
// or throw a TypeError that names them, never a crash deep inside.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { getRelations, getSentences } from "../src/index";

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
