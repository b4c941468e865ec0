// The Data Package descriptor of the tables (src/formats/data-package.ts), as toTables writes it:
// valid against the Frictionless Data Package v2 profile (test/support/datapackage-profile/, with
// Ajv), and sound where the profile cannot look: every key names fields that exist, every
// foreign key a resource and its primary key, every path a file of the package.
import { readFileSync } from "node:fs";
import { Ajv } from "ajv";
import addFormats from "ajv-formats";
import { describe, expect, it } from "vitest";
import {
  article,
  attendanceStatuses,
  entityKinds,
  identifierSchemes,
  participantRoles,
  relationPredicates,
  topicCategories,
  version,
} from "../../../src/index";
import { eventFacts } from "../../../src/collections";
import { toCsv } from "../../../src/formats/csv";
import { column, dataPackageJson, table } from "../../../src/formats/data-package";
import { toTables } from "../../../src/formats/tables";
import type { Descriptor } from "../../support/data-package-sqlite";
import packageJson from "../../../package.json" with { type: "json" };

const profile = JSON.parse(
  readFileSync(
    new URL("../../support/datapackage-profile/datapackage.json", import.meta.url),
    "utf8",
  ),
) as Record<string, unknown>;
// The profile is draft-07 with keywords of its own (propertyOrder, context, …): Ajv's default
// class, not strict; "textarea" is a format of its own for editors.
const ajv = new Ajv({ allErrors: true, strict: false, formats: { textarea: true } });
(addFormats.default as typeof addFormats)(ajv);
const validate = ajv.compile(profile);

// Computed inside each test, never at module scope: Stryker credits a mutant only to the tests that
// run its code (CONTRIBUTING.md, Mutation testing).
const files = () => toTables(article);
const descriptor = () =>
  JSON.parse(files()["datapackage.json"]!) as Descriptor & Record<string, unknown>;

describe("datapackage.json", () => {
  it("is a valid Data Package v2 descriptor (the profile, with Ajv)", () => {
    expect(validate(descriptor()), JSON.stringify(validate.errors)).toBe(true);
    expect(descriptor().$schema).toBe("https://datapackage.org/profiles/2.0/datapackage.json");
  });

  it("would not be, with a field of an unknown type or a resource without a name", () => {
    const copy = structuredClone(descriptor());
    copy.resources[0]!.schema.fields[0]!.type = "text";
    expect(validate(copy)).toBe(false);
    const nameless = structuredClone(descriptor()) as { resources: Record<string, unknown>[] };
    delete nameless.resources[0]!.name;
    expect(validate(nameless)).toBe(false);
  });

  it("names the article, its source, the licence, and whose text the Russian is", () => {
    expect(descriptor()).toMatchObject({
      name: article.id,
      title: article.headline.en,
      licenses: [
        { name: "MIT", title: "MIT License, for the data structure and the English translation" },
      ],
      sources: [{ title: article.source.publisher.name.en, path: article.source.url }],
    });
    expect(descriptor().id).toBe(`https://www.npmjs.com/package/${packageJson.name}/v/${version}`);
    expect(descriptor().description).toContain(
      `The Russian text is the publisher's (${article.source.publisher.name.en})`,
    );
    expect(descriptor().description).toContain(article.translation.note);
  });

  it("declares each resource a UTF-8 RFC 4180 CSV file of the package, with a header row", () => {
    for (const resource of descriptor().resources) {
      expect(files()[resource.path], resource.path).toBeDefined();
      expect(resource).toMatchObject({
        type: "table",
        format: "csv",
        mediatype: "text/csv",
        encoding: "utf-8",
        dialect: {
          header: true,
          delimiter: ",",
          lineTerminator: "\r\n",
          quoteChar: '"',
          doubleQuote: true,
        },
      });
    }
  });

  it("describes every table and every field", () => {
    const described = descriptor() as unknown as {
      resources: {
        name: string;
        description: string;
        schema: { fields: { name: string; description: string }[] };
      }[];
    };
    for (const { name, description, schema } of described.resources) {
      expect(description, name).toMatch(/\S/);
      for (const field of schema.fields)
        expect(field.description, `${name}.${field.name}`).toMatch(/\S/);
    }
  });

  it("declares the relational model: foreign keys, closed sets and the fields that may be empty", () => {
    const foreignKeys: Record<string, string[]> = {};
    const closedSets: Record<string, readonly string[]> = {};
    const optional: string[] = [];
    for (const { name, schema } of descriptor().resources) {
      foreignKeys[name] = (schema.foreignKeys ?? []).map(
        ({ fields, reference }) =>
          `${fields.join()} -> ${reference.resource}.${reference.fields.join()}`,
      );
      for (const field of schema.fields) {
        if (field.constraints.enum) closedSets[`${name}.${field.name}`] = field.constraints.enum;
        if (!field.constraints.required) optional.push(`${name}.${field.name}`);
      }
    }
    expect(foreignKeys).toEqual({
      blocks: [],
      sentences: ["block_id -> blocks.id"],
      entities: [],
      identifiers: ["entity_id -> entities.id"],
      participants: ["entity_id -> entities.id"],
      topics: [],
      topic_categories: ["topic_id -> topics.id"],
      agreements: [],
      agreement_topics: ["agreement_id -> agreements.id", "topic_id -> topics.id"],
      agreement_entities: ["agreement_id -> agreements.id", "entity_id -> entities.id"],
      agreement_frameworks: ["agreement_id -> agreements.id", "framework_id -> entities.id"],
      relations: ["subject_id -> entities.id", "object_id -> entities.id"],
      events: ["series_id -> entities.id", "location_id -> entities.id", "chair_id -> entities.id"],
      items: [],
      mentions: ["item_id -> items.id", "block_id -> blocks.id", "sentence_id -> sentences.id"],
    });
    const itemKinds = ["entity", "participant", "topic", "agreement", "relation", "event"];
    expect(closedSets).toEqual({
      "entities.kind": entityKinds,
      "identifiers.scheme": identifierSchemes,
      "participants.role": participantRoles,
      "participants.attendance": attendanceStatuses,
      "topic_categories.category": topicCategories,
      "relations.predicate": relationPredicates,
      "items.kind": itemKinds,
      "mentions.item_kind": itemKinds,
      "mentions.list": ["mentions", ...eventFacts.map((fact) => `evidence.${fact}`)],
    });
    expect(optional).toEqual([
      "entities.identifiers_note",
      "entities.external_context",
      "participants.title_ru",
      "participants.title_en",
      "participants.attendance_note",
      "agreements.entity_ids_note",
      "mentions.en_start",
      "mentions.en_end",
      "mentions.en_quote",
      "mentions.en_note",
    ]);
  });

  it("has keys that name existing fields, and foreign keys that point at a resource's primary key", () => {
    const resources = new Map(descriptor().resources.map((resource) => [resource.name, resource]));
    expect(resources.size).toBe(descriptor().resources.length);
    const problems: string[] = [];
    const seen = new Set<string>();
    for (const { name, schema } of descriptor().resources) {
      const fields = new Set(schema.fields.map((field) => field.name));
      for (const key of schema.primaryKey)
        if (!fields.has(key)) problems.push(`${name}: primary key ${key}`);
      for (const { fields: columns, reference } of schema.foreignKeys ?? []) {
        for (const key of columns)
          if (!fields.has(key)) problems.push(`${name}: foreign key ${key}`);
        const target = resources.get(reference.resource);
        if (!target || !seen.has(reference.resource))
          problems.push(`${name}: ${reference.resource} not before it`);
        if (target && JSON.stringify(target.schema.primaryKey) !== JSON.stringify(reference.fields))
          problems.push(
            `${name}: ${reference.resource}.${reference.fields.join()} is not its primary key`,
          );
      }
      seen.add(name);
    }
    expect(problems).toEqual([]);
  });
});

describe("table and dataPackageJson", () => {
  const numbers = table({
    name: "numbers",
    description: "A number.",
    fields: [
      column("id", "string", "Its name."),
      column("value", "integer", "Its value.", { nullable: true, values: ["1"] }),
    ],
    primaryKey: ["id"],
    records: () => [
      { id: "one", value: 1 },
      { id: "none", value: null },
    ],
  });

  it("reads a table's rows in the order of its fields", () => {
    expect(toCsv(["id", "value"], numbers.rows(article))).toBe("id,value\r\none,1\r\nnone,\r\n");
  });

  it("types each field, marks the required ones, lists a closed set, and leaves out empty foreign keys", () => {
    const [resource] = (
      JSON.parse(dataPackageJson(article, [numbers], "x")) as { resources: unknown[] }
    ).resources;
    expect(resource).toMatchObject({
      name: "numbers",
      path: "numbers.csv",
      schema: {
        fields: [
          { name: "id", type: "string", description: "Its name.", constraints: { required: true } },
          {
            name: "value",
            type: "integer",
            description: "Its value.",
            constraints: { enum: ["1"] },
          },
        ],
        missingValues: [""],
        primaryKey: ["id"],
      },
    });
    expect(resource).not.toHaveProperty("schema.foreignKeys");
  });
});
