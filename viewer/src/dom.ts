/** Attribute values for {@link element}: `false`, `null` and `undefined` leave the attribute out. */
export type Attributes = Record<string, string | number | boolean | null | undefined>;

/** Something {@link element} can append: a node, or text (strings are never parsed as HTML). */
export type Child = Node | string | null | undefined | false;

/**
 * Creates an element with attributes and children. Text is added as text
 * nodes, so data can never inject markup.
 */
export function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Attributes = {},
  children: readonly Child[] = [],
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === false || value === null || value === undefined) continue;
    node.setAttribute(name, value === true ? "" : String(value));
  }
  for (const child of children) if (child) node.append(child);
  return node;
}
