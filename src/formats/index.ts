/**
 * The `./formats` entry: the article in the standard formats of annotation, NLP, translation and
 * analysis tools, built from any valid article (the shipped `article`, or a `parseArticle`
 * result). It never loads zod. `docs/formats.md` documents each format.
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
