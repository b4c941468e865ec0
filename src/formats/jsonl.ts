import { checkArticle } from "../argument-checks";
import type { Article, Span } from "../article-types";
import { deepFreeze } from "../deep-freeze";
import { entityKinds } from "../vocabulary";
import { taggedText, type TaggedSentence } from "./bio";
import { blocksOf } from "./plain-text";

/**
 * The aligned sentences as JSON Lines for NLP tools and dataset loaders: one JSON object per
 * sentence, with each language's text, tokens, BIO tags and token offsets as parallel lists.
 */

/**
 * One side of a line: the sentence's span in its block, its text, and its tokens (from
 * {@link taggedText}) as parallel lists, with offsets in the sentence's text.
 */
function side(block: string, span: Span, sentence: TaggedSentence | undefined) {
  // Stryker disable OptionalChaining: taggedText gives a sentence for each of a valid article's
  const tokens = sentence?.tokens;
  return {
    start: span.start,
    end: span.end,
    text: block.slice(span.start, span.end),
    tokens: tokens?.map((token) => token.text),
    tags: tokens?.map((token) => token.tag),
    starts: tokens?.map((token) => token.start - span.start),
    ends: tokens?.map((token) => token.end - span.start),
  };
  // Stryker restore OptionalChaining
}

/**
 * The article's aligned sentences as JSON Lines: one JSON object per sentence, in text order, each
 * on its own line ended by a line feed. A line has the sentence's `id` and `paragraphId`, and for
 * `ru` and `en`: `start` and `end` (the sentence's span in its block), `text`, and the parallel
 * lists `tokens`, `tags` (BIO tags of the entity mentions, as {@link taggedText} gives them),
 * `starts` and `ends` (each token's offsets in `text`, UTF-16, end exclusive).
 * {@link jsonlLineSchema} is the JSON Schema of one line.
 *
 * @param article - any valid article (the shipped `article`, or a `parseArticle` result).
 * @throws TypeError when `article` is not an article object.
 */
export function toJsonl(article: Article): string {
  checkArticle("toJsonl", article);
  const ru = taggedText(article, "ru").sentences;
  const en = taggedText(article, "en").sentences;
  let text = "";
  let index = 0;
  for (const block of blocksOf(article)) {
    for (const sentence of block.sentences) {
      const line = {
        id: sentence.id,
        paragraphId: block.id,
        ru: side(block.ru, sentence.ru, ru[index]),
        en: side(block.en, sentence.en, en[index]),
      };
      text += `${JSON.stringify(line)}\n`;
      index++;
    }
  }
  return text;
}

/** Non-negative integers: UTF-16 offsets. */
const offset = { type: "integer", minimum: 0 };

/** The BIO tags: `O`, and `B-` or `I-` with an entity kind in capitals. */
const tags = [
  "O",
  ...entityKinds.flatMap((kind) => [`B-${kind.toUpperCase()}`, `I-${kind.toUpperCase()}`]),
];

/**
 * The JSON Schema (draft 2020-12) of one line of {@link toJsonl}'s output (`./corpus.jsonl`). It
 * cannot say that the four token lists of a side have the same length, that the offsets fit the
 * text, or that the tags follow BIO order; the package's tests check those. Deeply frozen.
 */
export const jsonlLineSchema: Readonly<Record<string, unknown>> = /* @__PURE__ */ deepFreeze({
  $schema: "https://json-schema.org/draft/2020-12/schema",
  title:
    "One line of corpus.jsonl: a Russian sentence and its English translation, tokenized and tagged",
  type: "object",
  required: ["id", "paragraphId", "ru", "en"],
  additionalProperties: false,
  properties: {
    id: {
      type: "string",
      pattern: "^[a-z0-9]+(-[a-z0-9]+)*-s[1-9][0-9]*$",
      description: "The sentence's id: its block's id, -s and its number, such as p1-s2.",
    },
    paragraphId: {
      type: "string",
      pattern: "^[a-z0-9]+(-[a-z0-9]+)*$",
      description: "Id of its block: headline, p1, p2, …",
    },
    ru: { $ref: "#/$defs/side", description: "The Russian original sentence." },
    en: { $ref: "#/$defs/side", description: "Our English translation of it." },
  },
  $defs: {
    side: {
      type: "object",
      required: ["start", "end", "text", "tokens", "tags", "starts", "ends"],
      additionalProperties: false,
      properties: {
        start: {
          ...offset,
          description: "Where the sentence starts in its block's text (UTF-16 offset).",
        },
        end: { ...offset, description: "Where it ends there (exclusive)." },
        text: { type: "string", minLength: 1, description: "The sentence." },
        tokens: {
          type: "array",
          items: { type: "string", minLength: 1 },
          description: "Its tokens, in order.",
        },
        tags: {
          type: "array",
          items: { enum: tags },
          description:
            "Each token's BIO tag of the entity mentions: B- or I- and the entity's kind, or O.",
        },
        starts: {
          type: "array",
          items: offset,
          description: "Where each token starts in text (UTF-16 offset).",
        },
        ends: {
          type: "array",
          items: offset,
          description: "Where each token ends in text (exclusive).",
        },
      },
    },
  },
});
