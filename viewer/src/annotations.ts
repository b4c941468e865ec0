// Every mention of every item, numbered, and grouped by the block it is in.
import type { Item } from "./items";

/** One mention of one item: what a `<mark>` shows. */
export interface Annotation {
  /** Position in {@link collectAnnotations}' result; the mark's `data-annotation`. */
  readonly index: number;
  readonly item: Item;
  readonly paragraphId: string;
  readonly start: number;
  readonly end: number;
  readonly quote: string;
}

/** Every mention of every item, in item order, numbered from 0. */
export function collectAnnotations(items: readonly Item[]): readonly Annotation[] {
  return items
    .flatMap((item) => item.mentions.map((mention) => ({ item, ...mention })))
    .map((annotation, index) => ({ index, ...annotation }));
}

/** The annotations of one block. */
export function annotationsIn(
  annotations: readonly Annotation[],
  paragraphId: string,
): readonly Annotation[] {
  return annotations.filter((annotation) => annotation.paragraphId === paragraphId);
}
