// Feature detection for fields that later editions of the data add: relations
// between entities, and sentence alignment of each block. The viewer works with
// and without them, so it reads them through these narrow, local shapes.
import type { Mention } from "eu-central-asia-security-dialogue-2016";

/** A relation between two entities, as the data's second edition has them. */
export interface RelationLike {
  readonly id: string;
  readonly subjectId: string;
  readonly predicate: string;
  readonly objectId: string;
  readonly mentions: readonly Mention[];
}

/** A span of a block's text in one language: UTF-16 offsets, end exclusive. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/** One sentence of a block, aligned between the Russian original and our English. */
export interface SentenceLike {
  readonly id: string;
  readonly ru: Span;
  readonly en: Span;
}

const isSpan = (value: unknown): value is Span =>
  typeof value === "object" &&
  value !== null &&
  typeof (value as Span).start === "number" &&
  typeof (value as Span).end === "number";

const isSentence = (value: unknown): value is SentenceLike =>
  typeof value === "object" &&
  value !== null &&
  typeof (value as SentenceLike).id === "string" &&
  isSpan((value as SentenceLike).ru) &&
  isSpan((value as SentenceLike).en);

/** The article's relations, or none when the data has no `relations` field. */
export function relationsOf(article: object): readonly RelationLike[] {
  const relations: unknown = "relations" in article ? article.relations : undefined;
  return Array.isArray(relations) ? (relations as RelationLike[]) : [];
}

/** The block's aligned sentences, or `null` when the data has no usable `sentences` field. */
export function sentencesOf(block: object): readonly SentenceLike[] | null {
  const sentences: unknown = "sentences" in block ? block.sentences : undefined;
  return Array.isArray(sentences) && sentences.length > 0 && sentences.every(isSentence)
    ? sentences
    : null;
}
