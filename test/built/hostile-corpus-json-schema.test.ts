// The JSON Schema written at build time (dist/article.schema.json) against the hostile corpus,
// under Ajv (draft 2020-12, with ajv-formats, as plain-formats.test.ts uses it): on every JSON
// input it gives ArticleSchema's verdict, but where the case names why it cannot, and the README
// lists each such reason.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { describe, expect, it } from "vitest";
import { packageName } from "../../scripts/sizes.mjs";
import { hostileCorpus } from "../support/hostile-corpus";
import { repoRoot } from "../support/pack";

const require = createRequire(import.meta.url);
const jsonSchema = JSON.parse(
  readFileSync(require.resolve(`${packageName}/article.schema.json`), "utf8"),
) as Record<string, unknown>;
const ajv = new Ajv2020({ allErrors: false, strict: true });
(addFormats.default as typeof addFormats)(ajv);
const validate = ajv.compile(jsonSchema);

describe("article.schema.json on the hostile corpus (Ajv)", () => {
  const json = hostileCorpus.filter((c) => c.json);

  it("sees every JSON input of the corpus", () => {
    expect(json.length).toBeGreaterThanOrEqual(60);
  });

  for (const { name, input, valid, jsonSchema: difference } of json) {
    const expected = difference === undefined ? valid : !valid;
    it(`${expected ? "accepts" : "rejects"} ${name}${difference ? ` (differs: ${difference})` : ""}`, () => {
      expect(validate(input()), JSON.stringify(validate.errors?.slice(0, 3))).toBe(expected);
    });
  }

  it("differs only where the README says why, and docs/formats.md names each case", () => {
    const readme = readFileSync(`${repoRoot}/README.md`, "utf8");
    const formats = readFileSync(`${repoRoot}/docs/formats.md`, "utf8").replace(/\s+/g, " ");
    const reasons = new Set(json.flatMap((c) => (c.jsonSchema ? [c.jsonSchema] : [])));
    expect([...reasons].sort()).toEqual([
      "URL host",
      "cross-field check",
      "length in UTF-16 code units",
    ]);
    for (const { name, jsonSchema: difference } of json) {
      if (!difference) continue;
      expect(readme.replace(/\s+/g, " "), `${name}: ${difference}`).toContain(difference);
      expect(formats, name).toContain(name);
    }
  });
});
