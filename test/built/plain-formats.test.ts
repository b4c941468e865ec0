// The plain formats written into dist/ at build time: article.json,
// article.schema.json and article.jsonld.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { packageName } from "../../scripts/sizes.mjs";
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { describe, expect, it } from "vitest";
import { article, toJsonLd } from "../../src/index";
import { safeParseArticle } from "../../src/schema/index";
import { draftOf, type Draft as DraftOf } from "../support/draft";

const require = createRequire(import.meta.url);
const readJson = (file: string): unknown =>
  JSON.parse(readFileSync(require.resolve(`${packageName}/${file}`), "utf8"));

type Draft = DraftOf<typeof article>;
const draft = () => draftOf(article);

describe("article.json", () => {
  it("equals article, through the package's exports", () => {
    expect(readJson("article.json")).toEqual(article);
    expect(require(`${packageName}/article.json`)).toEqual(article);
  });
});

describe("article.schema.json", () => {
  const jsonSchema = readJson("article.schema.json") as Record<string, unknown>;
  const ajv = new Ajv2020({ allErrors: true, strict: true });
  // Node's ESM import of this CommonJS module gives module.exports; the plugin is its `default`.
  (addFormats.default as typeof addFormats)(ajv);
  const validate = ajv.compile(jsonSchema);

  it("is a draft 2020-12 JSON Schema", () => {
    expect(jsonSchema.$schema).toBe("https://json-schema.org/draft/2020-12/schema");
    expect(jsonSchema.type).toBe("object");
  });

  it("describes every field", () => {
    const undescribed: string[] = [];
    const visit = (node: unknown, path: string) => {
      if (typeof node !== "object" || node === null) return;
      const properties = (node as { properties?: Record<string, { description?: string }> })
        .properties;
      for (const [key, property] of Object.entries(properties ?? {})) {
        if (typeof property.description !== "string" || property.description.length === 0)
          undescribed.push(`${path}.${key}`);
      }
      const children: [string, unknown][] = Object.entries(node);
      for (const [key, child] of children) visit(child, `${path}.${key}`);
    };
    visit(jsonSchema, "$");
    expect(undescribed).toEqual([]);
  });

  it("accepts article.json under an independent validator (Ajv)", () => {
    expect(validate(readJson("article.json")), JSON.stringify(validate.errors)).toBe(true);
  });

  const corruptions: [string, (d: Draft) => void, string][] = [
    [
      "an unknown key",
      (d) => Object.assign(d.entities[0], { population: 1 }),
      "additionalProperties",
    ],
    ["a missing field", (d) => Reflect.deleteProperty(d.event, "date"), "required"],
    ["a wrong type", (d) => Object.assign(d.event, { ordinal: "3" }), "type"],
    ["an impossible date", (d) => (d.event.date = "2016-13-01"), "format"],
    ["an unknown role", (d) => (d.participants[0].role = "host"), "enum"],
    ["a malformed identifier", (d) => (d.entities[3].identifiers[0].identifier = "tm"), "pattern"],
    ["a negative offset", (d) => (d.topics[0].mentions[0].start = -1), "minimum"],
    ["a non-kebab-case id", (d) => (d.topics[0].id = "Topic One"), "pattern"],
    ["an empty mention list", (d) => Object.assign(d.topics[0], { mentions: [] }), "minItems"],
  ];
  for (const [label, corrupt, keyword] of corruptions) {
    it(`rejects a copy with ${label}`, () => {
      const input = draft();
      corrupt(input);
      expect(validate(input)).toBe(false);
      expect(validate.errors?.map((error) => error.keyword)).toContain(keyword);
    });
  }

  it("cannot express the cross-field checks, which ArticleSchema adds (as the README lists)", () => {
    const input = draft();
    input.entities[0].mentions[0].quote = "ЕЭС";
    input.participants[0].entityId = "kazakhstan";
    expect(validate(input)).toBe(true);
    expect(safeParseArticle(input).success).toBe(false);
  });
});

describe("article.jsonld", () => {
  it("equals toJsonLd(), through the package's exports", () => {
    expect(readJson("article.jsonld")).toEqual(toJsonLd());
  });
});
