// The tests Stryker runs for `npm run test:mutation`: the deterministic tests
// that import src/ (not dist/). The fast-check properties
// (test/*properties.test.ts) are left out on purpose: fast-check draws a new
// seed each run, so a mutant they kill one day could survive the next, and the
// score must not depend on luck. `npm run test:quick` and `npm test` run them
// as well.
import { defineConfig } from "vitest/config";

/** The deterministic source tests; new ones go in test/source/. */
export const mutationTests = [
  "test/source.test.ts",
  "test/source/**/*.test.ts",
  "test/schema-rules.test.ts",
  "test/source-offsets.test.ts",
  "test/translation.test.ts",
];

export default defineConfig({
  test: {
    include: mutationTests,
  },
});
