// The corpus formats written into dist/ at build time (scripts/write-formats.mjs), read through
// the package's exports: each file is exactly what the ./formats entry's function gives for the
// shipped article. test/source/formats/ checks the functions, with the readers of each format.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { packageName } from "../../scripts/sizes.mjs";
import type * as Formats from "../../src/formats/index";

const require = createRequire(import.meta.url);
const read = (file: string) => readFileSync(require.resolve(`${packageName}/${file}`), "utf8");
const formats = require(`${packageName}/formats`) as typeof Formats;
const { article } = require(packageName) as typeof import("../../src/index");

describe("the corpus formats in dist/", () => {
  it("./corpus.tmx is toTmx(article)", () => {
    expect(read("corpus.tmx")).toBe(formats.toTmx(article));
  });
});
