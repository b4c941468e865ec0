// The fast inner loop, `npm run test:quick`: only the tests that import src/
// (no build, no packing, no consumers, no type tests). `npm test` runs these
// and every other test (vitest.config.ts).
import { defineConfig } from "vitest/config";
import { mutationTests } from "./vitest.mutation.config";

export default defineConfig({
  test: {
    include: [
      ...mutationTests,
      "test/properties.test.ts",
      "test/helpers-second-edition.properties.test.ts",
    ],
  },
});
