import type { Span } from "./article-types";

// Look-ups that keep every public function linear (or n log n) in its input: a Map built in one
// pass instead of a `find` per item, and a binary search instead of a scan per item.

/**
 * The items by id, built in one pass; where two items share an id, the first wins, as `find`
 * would have it.
 */
export function byId<Item extends { readonly id: string }>(
  items: readonly Item[],
): ReadonlyMap<string, Item> {
  const map = new Map<string, Item>();
  for (const item of items) if (!map.has(item.id)) map.set(item.id, item);
  return map;
}

/**
 * The item whose span holds the span from `start` to `end`, found by binary search: `items` must
 * be in order of their spans, which must not overlap (as a block's sentences are). `undefined`
 * when none holds it.
 *
 * @param spanOf - the span of an item.
 */
export function itemHolding<Item>(
  items: readonly Item[],
  spanOf: (item: Item) => Span,
  start: number,
  end: number,
): Item | undefined {
  // Every item before `low` starts at or before `start`; every item from `high` on after it.
  let low = 0;
  let high = items.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    // type-coverage:ignore-next-line -- middle is an index of items (low <= middle < high <= length).
    if (spanOf(items[middle] as Item).start <= start) low = middle + 1;
    else high = middle;
  }
  const candidate = items[low - 1];
  return candidate !== undefined && end <= spanOf(candidate).end ? candidate : undefined;
}
