// The annotation viewer: the article's text with every mention marked, panels
// of what the data states, details of the selected item, legend, provenance.
import { collectAnnotations } from "./annotations";
import { data } from "./data";
import { renderText } from "./blocks";
import { renderDetails } from "./details";
import { element } from "./dom";
import { collectItems } from "./items";
import { renderLegend } from "./legend";
import { renderPanels } from "./panels";
import { renderProvenance } from "./provenance";
import { createSelection } from "./selection";
import "./style.css";

const items = collectItems();
const annotations = collectAnnotations(items);

const details = element("div", { class: "details-body" }, [...renderDetails(undefined)]);
const status = element("p", { class: "visually-hidden", role: "status" });
const text = renderText(annotations);
const select = createSelection(items, { root: document.body, details, status });
const main = element("main", { class: "layout" }, [
  text,
  element("div", { class: "side" }, [
    element("section", { class: "details", "aria-labelledby": "details-heading" }, [
      element("h2", { id: "details-heading" }, ["Details"]),
      details,
    ]),
    renderPanels(items, select),
    renderLegend(),
  ]),
]);

// A click on a marked phrase selects the innermost mention's item (the panels
// are the keyboard route to the same thing).
text.addEventListener("click", (event) => {
  const mark = (event.target as Element).closest<HTMLElement>("mark[data-item]");
  if (mark?.dataset.item) select(mark.dataset.item);
});

document.body.replaceChildren(
  element("header", { class: "page-header" }, [
    element("h1", {}, [data.headline.en]),
    element("p", {}, [
      `Annotation viewer: the ${data.event.date} press release, with every mention the data gives marked in the Russian original and in our English.`,
    ]),
  ]),
  main,
  status,
  renderProvenance(),
);
document.body.dataset.ready = "true";
