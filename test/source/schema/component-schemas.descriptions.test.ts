// The schema descriptions end up in dist/article.schema.json, the only
// documentation non-TypeScript users get: every field of every exported
// schema must carry one.
import * as z from "zod";
import { describe, expect, it } from "vitest";
import * as schemas from "../../../src/schema/index";

type JsonSchema = { [key: string]: unknown };

/** Every field (a `properties` entry) anywhere in `node`, with its path. */
function fields(node: unknown, path = "$"): { path: string; schema: JsonSchema }[] {
  if (typeof node !== "object" || node === null) return [];
  const found: { path: string; schema: JsonSchema }[] = [];
  for (const [key, child] of Object.entries(node)) {
    if (key === "properties") {
      for (const [name, field] of Object.entries(child as JsonSchema)) {
        found.push({ path: `${path}.${name}`, schema: field as JsonSchema });
        found.push(...fields(field, `${path}.${name}`));
      }
    } else {
      found.push(...fields(child, `${path}/${key}`));
    }
  }
  return found;
}

/** Every `description` anywhere in `node`, with its path: nested ones too, such as a nullable field's. */
function descriptions(node: unknown, path = "$"): [string, unknown][] {
  if (typeof node !== "object" || node === null) return [];
  return Object.entries(node).flatMap(([key, child]) =>
    key === "description" && typeof child !== "object"
      ? [[path, child] as [string, unknown]]
      : descriptions(child, `${path}/${key}`),
  );
}

const exported = Object.entries(schemas).filter(([, value]) => value instanceof z.ZodType) as [
  string,
  z.ZodType,
][];

describe("schema descriptions", () => {
  it("are checked on all eighteen exported schemas and ArticleShapeSchema", () => {
    expect(exported.map(([name]) => name).sort()).toEqual([
      "AgreementSchema",
      "ArticleSchema",
      "ArticleShapeSchema",
      "EnglishMentionSchema",
      "EntitySchema",
      "EventEvidenceSchema",
      "EventSchema",
      "IdSchema",
      "IdentifierSchema",
      "LocalizedTextSchema",
      "MentionSchema",
      "ParagraphSchema",
      "ParticipantSchema",
      "RelationSchema",
      "SentenceSchema",
      "SourceSchema",
      "SpanSchema",
      "TopicSchema",
      "TranslationSchema",
      "TrimmedTextSchema",
    ]);
  });

  for (const [name, schema] of exported) {
    it(`describe ${name} itself and every field in it`, () => {
      const json = z.toJSONSchema(schema, { io: "input", unrepresentable: "any" }) as JsonSchema;
      expect(json.description, name).toMatch(/\S/);
      for (const field of fields(json)) {
        expect(field.schema.description, field.path).toMatch(/\S/);
      }
      for (const [path, description] of descriptions(json)) expect(description, path).toMatch(/\S/);
    });
  }

  it("describe every field of the article, 140 or more of them", () => {
    const all = fields(z.toJSONSchema(schemas.ArticleSchema, { io: "input" }));
    expect(all.length).toBeGreaterThanOrEqual(140);
    expect(all.filter((field) => typeof field.schema.description !== "string")).toEqual([]);
  });

  it("name every identifier scheme, and each scheme's format with an example", () => {
    const json = z.toJSONSchema(schemas.IdentifierSchema) as JsonSchema;
    expect(json.description).toBe(
      "A verified external identifier; scheme is one of: iso-3166-1-alpha-2, iso-3166-1-alpha-3, iso-3166-1-numeric, un-m49, wikidata.",
    );
    const formats = fields(json)
      .filter((field) => field.path.endsWith(".identifier"))
      .map((field) => field.schema.description);
    expect(formats).toEqual([
      "ISO 3166-1 alpha-2 country code, such as TM.",
      "ISO 3166-1 alpha-3 country code, such as TKM.",
      "ISO 3166-1 numeric country code, three digits, such as 004.",
      "UN M49 area code, three digits, such as 143.",
      "Wikidata item id, such as Q874.",
    ]);
  });
});
