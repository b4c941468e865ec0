// The sequencer's list must follow renames: a file that no longer exists would silently lose its
// early start.
import { existsSync } from "node:fs";
import { join } from "node:path";
import { expect, it } from "vitest";
import { repoRoot } from "../support/pack";
import { slowestFiles } from "../support/slowest-first";

it("names only test files that exist, each once", () => {
  expect(slowestFiles.filter((file) => !existsSync(join(repoRoot, file)))).toEqual([]);
  expect(new Set(slowestFiles).size).toBe(slowestFiles.length);
});
