// Selecting an item: its panel button is pressed, its marks are highlighted,
// its details are shown and a status message says how many mentions it has.
import { renderDetails } from "./details";
import type { Item } from "./items";

/** The parts of the page a selection updates. */
export interface SelectionTargets {
  readonly root: HTMLElement;
  readonly details: HTMLElement;
  readonly status: HTMLElement;
}

/**
 * Makes the selection function. Selecting the selected item again clears the
 * selection.
 */
export function createSelection(
  items: readonly Item[],
  targets: SelectionTargets,
): (key: string | undefined) => void {
  let current: string | undefined;
  return (key) => {
    current = key === current ? undefined : key;
    const item = items.find((candidate) => candidate.key === current);
    for (const button of targets.root.querySelectorAll<HTMLElement>("button[data-item]")) {
      button.setAttribute("aria-pressed", String(button.dataset.item === current));
    }
    for (const mark of targets.root.querySelectorAll<HTMLElement>("mark[data-item]")) {
      mark.classList.toggle("is-selected", mark.dataset.item === current);
    }
    targets.details.replaceChildren(...renderDetails(item));
    const count = item?.mentions.length ?? 0;
    targets.status.textContent = item
      ? `${item.label.en}: ${count} mention${count === 1 ? "" : "s"} highlighted in the text.`
      : "Nothing selected.";
  };
}
