// The tests Stryker runs for `npm run test:mutation`: the deterministic tests
// that import src/. test/properties.test.ts is left out on purpose: fast-check
// draws a new seed each run, so a mutant it kills one day could survive the
// next, and the score must not depend on luck. `npm run test:quick` and
// `npm test` run it as well.
import { defineConfig } from "vitest/config";

/** The deterministic source tests; new ones go in test/source/. */
export const mutationTests = ["test/source.test.ts", "test/source/**/*.test.ts"];

export default defineConfig({
  test: {
    include: mutationTests,
  },
});
