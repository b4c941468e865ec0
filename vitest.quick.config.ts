// The fast inner loop, `npm run test:quick`: the deterministic tests that import src/ (no build,
// no packing, no consumers, no type tests, and not the fast-check properties, whose 19,000
// generated cases take about a minute on two cores). `npm test` runs these and every other test
// (vitest.config.ts).
import { defineConfig } from "vitest/config";
import mutationConfig from "./vitest.mutation.config";

export default defineConfig(mutationConfig);
