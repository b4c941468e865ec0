/**
 * The `./formats` entry: the article in the standard formats of annotation, NLP, translation and
 * analysis tools, built from any valid article (the shipped `article`, or a `parseArticle`
 * result). It never loads zod. `docs/formats.md` documents each format.
 *
 * @example
 * ```ts
 * import { article } from "eu-central-asia-security-dialogue-2016";
 * import { toTmx, taggedText } from "eu-central-asia-security-dialogue-2016/formats";
 *
 * toTmx(article); // the aligned sentences as a TMX 1.4b translation memory
 * taggedText(article, "en").sentences[0]?.tokens[0]; // { text: "Latest", start: 0, end: 6, tag: "O" }
 * ```
 *
 * @module
 */

export { blockStarts, englishText } from "./plain-text";
export { tokenize, type Token } from "./tokens";
export {
  taggedText,
  type TaggedSentence,
  type TaggedText,
  type TaggedToken,
  type TypedSpan,
} from "./bio";
export { toTmx } from "./tmx";
export { toTables } from "./tables";
export { jsonlLineSchema, toJsonl } from "./jsonl";
export {
  toWebAnnotations,
  type TextPositionSelector,
  type TextQuoteSelector,
  type WebAnnotation,
  type WebAnnotationCollection,
  type WebAnnotationIdentifyingBody,
  type WebAnnotationOptions,
  type WebAnnotationPage,
  type WebAnnotationTarget,
  type WebAnnotationTextualBody,
} from "./web-annotation";
export { toBrat, type BratFileName } from "./brat";
export { toConll } from "./conll";
