// Every mention of every item, in each language it has, numbered, and grouped by the block and
// language it is in.
import type { Item } from "./items";

/** A language of the text: the Russian original or our English. */
export type TextLanguage = "ru" | "en";

/** One mention of one item in one language: what a `<mark>` shows. */
export interface Annotation {
  /** Position in {@link collectAnnotations}' result; the mark's `data-annotation`. */
  readonly index: number;
  readonly item: Item;
  readonly language: TextLanguage;
  readonly paragraphId: string;
  /** Offsets into the block's text in `language`. */
  readonly start: number;
  readonly end: number;
  readonly quote: string;
}

/**
 * Every mention of every item, in item order, numbered from 0: its Russian span, then its English
 * span when it has one.
 */
export function collectAnnotations(items: readonly Item[]): readonly Annotation[] {
  return items
    .flatMap((item) =>
      item.mentions.flatMap(({ paragraphId, start, end, quote, en }) => [
        { item, language: "ru" as const, paragraphId, start, end, quote },
        ...(en ? [{ item, language: "en" as const, paragraphId, ...en }] : []),
      ]),
    )
    .map((annotation, index) => ({ index, ...annotation }));
}

/** The annotations of one block in one language. */
export function annotationsIn(
  annotations: readonly Annotation[],
  paragraphId: string,
  language: TextLanguage,
): readonly Annotation[] {
  return annotations.filter(
    (annotation) => annotation.paragraphId === paragraphId && annotation.language === language,
  );
}
