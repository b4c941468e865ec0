/** Every object and array reachable from `root` (itself included), each with its path. */
export function reachable(root: unknown, path = "$"): { value: object; path: string }[] {
  if (typeof root !== "object" || root === null) return [];
  return [
    { value: root, path },
    ...Object.entries(root).flatMap(([key, child]) => reachable(child, `${path}.${key}`)),
  ];
}

/** A mention as found anywhere in the data. */
export interface FoundMention {
  paragraphId: string;
  start: number;
  end: number;
  quote: string;
}

/** Every object that has the shape of a mention, wherever it is nested. */
export function allMentions(root: unknown): { mention: FoundMention; path: string }[] {
  return reachable(root)
    .filter(({ value }) => "paragraphId" in value && "quote" in value)
    .map(({ value, path }) => ({ mention: value as FoundMention, path }));
}
