// The order in which `npm test` starts its test files. Vitest's own order puts the files with the
// longest last run first, and, with no record of one (a fresh clone, as in CI), the largest
// files first; the files that spend a minute or more in child processes (compilers, npm, other
// runtimes) are small, so they started last and ran on alone at the end. They go first here,
// longest first, and the short files fill the other worker.
import { BaseSequencer, type TestSpecification } from "vitest/node";

/** Test files, longest first, that start before every other (which keep Vitest's order). */
// Longest first, as measured in a fresh clone on two cores (2026-12-01): 68 s down to 10 s.
export const slowestFiles = [
  "test/release/git-install.test.ts",
  "test/packed/consumers-zod-newest.test.ts",
  "test/packed/consumers-zod-floor.test.ts",
  "test/packed/consumer-without-zod.test.ts",
  "test/release/registry-round-trip.test.ts",
  "test/runtimes/runtimes.test.ts",
  "test/source/schema/parse-article.properties.test.ts",
  "test/browser/browser.test.ts",
  "test/packed/dependent-library.test.ts",
];

/** Vitest's sequencer, with {@link slowestFiles} moved to the front. */
export class SlowestFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const rank = (file: TestSpecification) => {
      const index = slowestFiles.findIndex((name) => file.moduleId.endsWith(`/${name}`));
      return index === -1 ? slowestFiles.length : index;
    };
    return (await super.sort(files)).sort((a, b) => rank(a) - rank(b));
  }
}
