// The tests Stryker runs for `npm run test:mutation`, and `npm run test:quick` too: the
// deterministic tests of the source layer, test/source/, which import src/ (not dist/). The
// fast-check properties (*.properties.test.ts) are left out on purpose: fast-check draws a new
// seed each run, so a mutant they kill one day could survive the next, and the score must not
// depend on luck. `npm test` runs them as well.
import { configDefaults, defineConfig } from "vitest/config";

/** The deterministic source tests: every test file under test/source/. */
export const mutationTests = ["test/source/**/*.test.ts"];

/** The property tests, which only `npm test` runs. */
export const propertyTests = ["test/source/**/*.properties.test.ts"];

export default defineConfig({
  test: {
    include: mutationTests,
    exclude: [...configDefaults.exclude, ...propertyTests],
  },
});
