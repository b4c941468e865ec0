import { defineConfig } from "vitest/config";
import { SlowestFirst } from "./test/support/slowest-first";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // Vitest's default is one worker on a 2-core machine (CPUs - 1). Most test files wait on
    // child processes (npm, tsc, browsers, other runtimes), so two at once keep both cores busy.
    maxWorkers: 2,
    globalSetup: ["test/global-setup.ts"],
    sequence: { sequencer: SlowestFirst },
    coverage: {
      provider: "v8",
      include: ["src/**/*.ts"],
      reporter: ["text-summary", "text"],
      thresholds: { lines: 100, branches: 100, functions: 100, statements: 100 },
    },
  },
});
