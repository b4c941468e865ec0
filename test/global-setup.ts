// Vitest's global setup for `npm test`: packs the package once, before any test file runs, so
// that every test of the tarball (consumers, runtimes, browsers, README blocks, the git install)
// checks the same one, and `npm pack` runs once instead of once per file.
import type { TestProject } from "vitest/node";
import { pack, removeTemporaryFolders, type Packed } from "./support/pack";

declare module "vitest" {
  export interface ProvidedContext {
    /** The tarball `npm pack` made from the built `dist/` at the start of the run. */
    packed: Packed;
  }
}

/** Packs the package and hands the tarball to the test files (`inject("packed")`). */
export function setup(project: TestProject): void {
  project.provide("packed", pack());
}

/** Removes the tarball's folder. */
export function teardown(): void {
  removeTemporaryFolders();
}
