// How each test file loads the package: from src/, or from dist/ through
// the package's own name (ESM import or CJS require), so that one suite
// checks all three.
import { createRequire } from "node:module";
import { packageName } from "../../scripts/sizes.mjs";

/** The main entry's module namespace. */
export type MainEntry = typeof import("../../src/index");
/** The `./schema` entry's module namespace. */
export type SchemaEntry = typeof import("../../src/schema/index");

/** The two entries of one build of the package. */
export interface Build {
  label: string;
  main: () => Promise<MainEntry>;
  schema: () => Promise<SchemaEntry>;
}

const require = createRequire(import.meta.url);

export const sourceBuild: Build = {
  label: "src",
  main: () => import("../../src/index"),
  schema: () => import("../../src/schema/index"),
};

export const esmBuild: Build = {
  label: "dist (ESM, by package name)",
  main: () => import("eu-central-asia-security-dialogue-2016") as Promise<MainEntry>,
  schema: () => import("eu-central-asia-security-dialogue-2016/schema"),
};

export const cjsBuild: Build = {
  label: "dist (CJS, by package name)",
  main: () => Promise.resolve(require(packageName) as MainEntry),
  schema: () => Promise.resolve(require(`${packageName}/schema`) as SchemaEntry),
};
