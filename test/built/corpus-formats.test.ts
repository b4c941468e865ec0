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

  it("./tables/ holds each file of toTables(article), datapackage.json among them", () => {
    const tables = formats.toTables(article);
    expect(Object.keys(tables)).toContain("datapackage.json");
    for (const [name, content] of Object.entries(tables)) {
      expect(read(`tables/${name}`), name).toBe(content);
    }
    expect(require(`${packageName}/tables/datapackage.json`)).toEqual(
      JSON.parse(tables["datapackage.json"]!),
    );
  });

  it("./corpus.jsonl is toJsonl(article), and ./corpus.schema.json is jsonlLineSchema", () => {
    expect(read("corpus.jsonl")).toBe(formats.toJsonl(article));
    expect(JSON.parse(read("corpus.schema.json"))).toEqual(formats.jsonlLineSchema);
    expect(require(`${packageName}/corpus.schema.json`)).toEqual(formats.jsonlLineSchema);
  });
});
