/** A path into the data: keys, and array indices as numbers. */
export type Path = (string | number)[];

/** Every value reachable from `root` (itself included, leaves too), each with its path. */
export function nodes(root: unknown, path: Path = []): { path: Path; value: unknown }[] {
  if (typeof root !== "object" || root === null) return [{ path, value: root }];
  const entries: [string, unknown][] = Object.entries(root);
  const children = entries.flatMap(([key, child]) =>
    nodes(child, [...path, Array.isArray(root) ? Number(key) : key]),
  );
  return [{ path, value: root }, ...children];
}

/** Every object and array reachable from `root` (itself included), each with its path as `$.a.0.b`. */
export function reachable(root: unknown): { value: object; path: string }[] {
  return nodes(root)
    .filter(
      (node): node is { path: Path; value: object } =>
        typeof node.value === "object" && node.value !== null,
    )
    .map(({ path, value }) => ({ value, path: ["$", ...path].join(".") }));
}

/** A mention as found anywhere in the data. */
export interface FoundMention {
  paragraphId: string;
  start: number;
  end: number;
  quote: string;
  /** The English side: offsets into the block's `en` and the quote, or `null`. */
  en: { start: number; end: number; quote: string } | null;
  /** Why the English side is `null`, or `null`. */
  enNote: string | null;
}

/** Every object that has the shape of a mention, wherever it is nested. */
export function allMentions(root: unknown): { mention: FoundMention; path: string }[] {
  return reachable(root)
    .filter(({ value }) => "paragraphId" in value && "quote" in value)
    .map(({ value, path }) => ({ mention: value as FoundMention, path }));
}

/** The value at `path` under `root` (array indices and `length` included), or `undefined`. */
export function valueAt(root: unknown, path: readonly (string | number)[]): unknown {
  return path.reduce<unknown>((node, key) => (isRecord(node) ? node[key] : undefined), root);
}

function isRecord(value: unknown): value is Record<string | number, unknown> {
  return typeof value === "object" && value !== null;
}
