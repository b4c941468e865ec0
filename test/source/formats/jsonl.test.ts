// The aligned sentences as JSON Lines (src/formats/jsonl.ts): one JSON object a line, each valid
// against the shipped line schema (Ajv, draft 2020-12), with the tokens and BIO tags of
// taggedText and offsets that give each token back from the line's own text.
import { Ajv2020 } from "ajv/dist/2020.js";
import { describe, expect, it } from "vitest";
import { article, getSentences } from "../../../src/index";
import { taggedText } from "../../../src/formats/bio";
import { jsonlLineSchema, toJsonl } from "../../../src/formats/jsonl";
import { draftOf } from "../../support/draft";

/** One side of a line as toJsonl writes it. */
interface Side {
  start: number;
  end: number;
  text: string;
  tokens: string[];
  tags: string[];
  starts: number[];
  ends: number[];
}
/** One line as toJsonl writes it. */
interface Line {
  id: string;
  paragraphId: string;
  ru: Side;
  en: Side;
}

const parse = (jsonl: string) =>
  jsonl
    .split("\n")
    .slice(0, -1)
    .map((line) => JSON.parse(line) as Line);
// Computed inside each test, never at module scope: Stryker credits a mutant only to the tests that
// run its code (CONTRIBUTING.md, Mutation testing).
const lines = () => parse(toJsonl(article));
/** Ajv's validator of jsonlLineSchema, compiled in the test that uses it (a broken schema fails it). */
const validator = () => new Ajv2020({ allErrors: true, strict: true }).compile(jsonlLineSchema);

describe("toJsonl", () => {
  it("writes one line per aligned sentence, in order, each ended by a line feed", () => {
    const jsonl = toJsonl(article);
    expect(jsonl.endsWith("}\n")).toBe(true);
    const sentences = getSentences()!;
    expect(lines().map((line) => [line.id, line.paragraphId, line.ru.text, line.en.text])).toEqual(
      sentences.map((sentence) => [
        sentence.id,
        sentence.paragraphId,
        sentence.ru.text,
        sentence.en.text,
      ]),
    );
    expect(lines().map((line) => [line.ru.start, line.ru.end, line.en.start, line.en.end])).toEqual(
      sentences.map((s) => [s.ru.start, s.ru.end, s.en.start, s.en.end]),
    );
  });

  it("gives every line a schema-valid object (Ajv, draft 2020-12)", () => {
    const validate = validator();
    for (const line of lines())
      expect(validate(line), `${line.id} ${JSON.stringify(validate.errors)}`).toBe(true);
  });

  it("has the tokens and tags of taggedText, with offsets in the line's text", () => {
    for (const language of ["ru", "en"] as const) {
      const tagged = taggedText(article, language).sentences;
      for (const [index, line] of lines().entries()) {
        const side = line[language];
        const sentence = tagged[index]!;
        expect(side.tokens).toEqual(sentence.tokens.map((token) => token.text));
        expect(side.tags).toEqual(sentence.tokens.map((token) => token.tag));
        expect(side.starts.map((start, i) => side.text.slice(start, side.ends[i]))).toEqual(
          side.tokens,
        );
        expect(side.starts.map((start) => start + side.start)).toEqual(
          sentence.tokens.map((token) => token.start),
        );
      }
    }
    expect(lines()[1]!.en.tokens.slice(8, 10)).toEqual(["Turkmenistan", "took"]);
    expect(lines()[1]!.en.tags.slice(8, 10)).toEqual(["B-STATE", "O"]);
  });

  it("tags every token O in a sentence that names no entity", () => {
    const copy = draftOf(article);
    for (const entity of copy.entities) {
      entity.mentions = entity.mentions.filter((mention) => mention.paragraphId !== "p2") as never;
    }
    const p2 = parse(toJsonl(copy as never)).find((line) => line.paragraphId === "p2")!;
    expect(new Set([...p2.ru.tags, ...p2.en.tags])).toEqual(new Set(["O"]));
  });

  it("refuses what is not an article, naming itself", () => {
    expect(() => toJsonl("article" as never)).toThrow(/^toJsonl: article must be/);
  });
});

describe("jsonlLineSchema", () => {
  it("refuses a line with an unknown tag, a missing list or an extra key", () => {
    const line = lines()[0]!;
    const validate = validator();
    expect(validate({ ...line, ru: { ...line.ru, tags: ["B-PLANET"] } })).toBe(false);
    const withoutTokens: Partial<Side> = { ...line.en };
    delete withoutTokens.tokens;
    expect(validate({ ...line, en: withoutTokens })).toBe(false);
    expect(validate({ ...line, extra: 1 })).toBe(false);
  });

  // In full, as reviewed: it is shipped as corpus.schema.json, and dataset tools read it as is.
  it("says what each key holds, as reviewed", () => {
    expect(jsonlLineSchema).toMatchInlineSnapshot(`
      {
        "$defs": {
          "side": {
            "additionalProperties": false,
            "properties": {
              "end": {
                "description": "Where it ends there (exclusive).",
                "minimum": 0,
                "type": "integer",
              },
              "ends": {
                "description": "Where each token ends in text (exclusive).",
                "items": {
                  "minimum": 0,
                  "type": "integer",
                },
                "type": "array",
              },
              "start": {
                "description": "Where the sentence starts in its block's text (UTF-16 offset).",
                "minimum": 0,
                "type": "integer",
              },
              "starts": {
                "description": "Where each token starts in text (UTF-16 offset).",
                "items": {
                  "minimum": 0,
                  "type": "integer",
                },
                "type": "array",
              },
              "tags": {
                "description": "Each token's BIO tag of the entity mentions: B- or I- and the entity's kind, or O.",
                "items": {
                  "enum": [
                    "O",
                    "B-STATE",
                    "I-STATE",
                    "B-ORGANIZATION",
                    "I-ORGANIZATION",
                    "B-PERSON",
                    "I-PERSON",
                    "B-REGION",
                    "I-REGION",
                    "B-GROUP",
                    "I-GROUP",
                    "B-CITY",
                    "I-CITY",
                    "B-DIALOGUE",
                    "I-DIALOGUE",
                    "B-PROGRAMME",
                    "I-PROGRAMME",
                    "B-PROCESS",
                    "I-PROCESS",
                    "B-MECHANISM",
                    "I-MECHANISM",
                  ],
                },
                "type": "array",
              },
              "text": {
                "description": "The sentence.",
                "minLength": 1,
                "type": "string",
              },
              "tokens": {
                "description": "Its tokens, in order.",
                "items": {
                  "minLength": 1,
                  "type": "string",
                },
                "type": "array",
              },
            },
            "required": [
              "start",
              "end",
              "text",
              "tokens",
              "tags",
              "starts",
              "ends",
            ],
            "type": "object",
          },
        },
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "additionalProperties": false,
        "properties": {
          "en": {
            "$ref": "#/$defs/side",
            "description": "Our English translation of it.",
          },
          "id": {
            "description": "The sentence's id: its block's id, -s and its number, such as p1-s2.",
            "pattern": "^[a-z0-9]+(-[a-z0-9]+)*-s[1-9][0-9]*$",
            "type": "string",
          },
          "paragraphId": {
            "description": "Id of its block: headline, p1, p2, …",
            "pattern": "^[a-z0-9]+(-[a-z0-9]+)*$",
            "type": "string",
          },
          "ru": {
            "$ref": "#/$defs/side",
            "description": "The Russian original sentence.",
          },
        },
        "required": [
          "id",
          "paragraphId",
          "ru",
          "en",
        ],
        "title": "One line of corpus.jsonl: a Russian sentence and its English translation, tokenized and tagged",
        "type": "object",
      }
    `);
  });

  it("is deeply frozen", () => {
    expect(Object.isFrozen(jsonlLineSchema)).toBe(true);
    expect(Object.isFrozen(jsonlLineSchema.properties)).toBe(true);
  });
});
