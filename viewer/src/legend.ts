// The legend: what each mark style means. Every category has its own line
// style, so colour is never the only cue; entity kinds add a colour each, and
// are also named in the entity panel and the details.
import { entityKinds } from "eu-central-asia-security-dialogue-2016";
import { element } from "./dom";
import { categories } from "./items";
import { categoryDescriptions, categoryLines, categoryNames } from "./labels";

const sample = (className: string, text: string) =>
  element("span", { class: `mark legend-sample ${className}`, "aria-hidden": "true" }, [text]);

/** The legend: every category's mark style, and each entity kind's colour. */
export function renderLegend(): HTMLElement {
  return element("section", { class: "legend", "aria-labelledby": "legend-heading" }, [
    element("h2", { id: "legend-heading" }, ["Legend"]),
    element(
      "ul",
      {},
      categories.map((category) =>
        element("li", {}, [
          sample(`mark--${category}`, "текст"),
          " ",
          element("strong", {}, [categoryNames[category]]),
          `: ${categoryDescriptions[category]}; ${categoryLines[category]}.`,
        ]),
      ),
    ),
    element("p", {}, ["Entity kinds:"]),
    element(
      "ul",
      { class: "kinds" },
      entityKinds.map((kind) =>
        element("li", {}, [sample(`mark--entity kind--${kind}`, kind), " "]),
      ),
    ),
    element("p", { class: "hint" }, [
      "Nested mentions stack their underlines, outermost lowest. The selected item's mentions are shaded, outlined and bold.",
    ]),
  ]);
}
