// One panel per category: a button for every item. Selecting one (click,
// Enter or Space) calls `onSelect` with its key.
import { element } from "./dom";
import { categories, type Category, type Item } from "./items";
import { categoryNames } from "./labels";

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? "" : "s"}`;

/** The button that selects one item. */
function itemButton(item: Item, onSelect: (key: string) => void): HTMLElement {
  const button = element(
    "button",
    {
      type: "button",
      class: "item",
      "aria-pressed": "false",
      "data-item": item.key,
    },
    [
      element("span", {
        class: `swatch mark--${item.category}${item.entityKind && item.category === "entity" ? ` kind--${item.entityKind}` : ""}`,
        "aria-hidden": "true",
      }),
      element("span", { class: "item-label" }, [item.label.en]),
      element("span", { class: "item-meta" }, [
        `${item.tag} · ${plural(item.mentions.length, "mention")}`,
      ]),
    ],
  );
  button.addEventListener("click", () => onSelect(item.key));
  return button;
}

/** One panel per category. */
export function renderPanels(items: readonly Item[], onSelect: (key: string) => void): HTMLElement {
  const byCategory = (category: Category) => items.filter((item) => item.category === category);
  return element("nav", { class: "panels", "aria-label": "What the data states" }, [
    ...categories.map((category) =>
      element("section", { class: "panel", "data-panel": category }, [
        element("h2", {}, [`${categoryNames[category]} (${byCategory(category).length})`]),
        element(
          "ul",
          {},
          byCategory(category).map((item) => element("li", {}, [itemButton(item, onSelect)])),
        ),
      ]),
    ),
  ]);
}
