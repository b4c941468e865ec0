import { nextCodePoint, previousCodePoint } from "./code-points";

/**
 * The `prefix` and `suffix` of a Web Annotation `TextQuoteSelector`: the shortest context that
 * makes the quote's match unique in the whole plain text.
 */

/** The most code points of context on each side: past it, the position selector decides. */
export const contextLimit = 32;

/** A quote with its context: a `TextQuoteSelector`'s `exact`, `prefix` and `suffix`. */
export interface QuoteInContext {
  /** The quoted words. */
  readonly exact: string;
  /** The text just before them. */
  readonly prefix: string;
  /** The text just after them. */
  readonly suffix: string;
}

/**
 * A function that gives every offset at which a string occurs in `text` (UTF-16, overlapping
 * occurrences included). Each distinct string is searched for once, then remembered.
 */
export function occurrencesIn(text: string): (exact: string) => readonly number[] {
  const found = new Map<string, number[]>();
  return (exact) => {
    let offsets = found.get(exact);
    if (offsets === undefined) {
      offsets = [];
      for (let at = text.indexOf(exact); at !== -1; at = text.indexOf(exact, at + 1)) {
        offsets.push(at);
      }
      found.set(exact, offsets);
    }
    return offsets;
  };
}

/**
 * The quote of `text` from `start` to `end` (UTF-16) with the shortest context that makes
 * `prefix + exact + suffix` occur exactly once in the whole of `text`: the context grows by one
 * code point on each side at a time (less at the text's edges), from none up to
 * {@link contextLimit} code points, and the first length at which the match is unique wins. A
 * text that repeats a passage longer than that keeps the longest context, and the quote is then
 * found more than once: the `TextPositionSelector` says which. Only the other places where the
 * quote itself occurs (`occurrences`, from {@link occurrencesIn}) can match, so only those are
 * compared.
 */
export function quoteInContext(
  text: string,
  start: number,
  end: number,
  occurrences: (exact: string) => readonly number[],
): QuoteInContext {
  const exact = text.slice(start, end);
  const others = occurrences(exact).filter((offset) => offset !== start);
  let from = start;
  let to = end;
  for (let length = 0; length < contextLimit; length++) {
    const match = text.slice(from, to);
    const before = start - from;
    if (!others.some((offset) => offset >= before && text.startsWith(match, offset - before))) {
      break;
    }
    from = previousCodePoint(text, from);
    to = nextCodePoint(text, to);
  }
  return { exact, prefix: text.slice(from, start), suffix: text.slice(end, to) };
}
