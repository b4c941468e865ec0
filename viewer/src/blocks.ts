// The article's text: each block (headline, paragraphs) in Russian with its
// marks, our English beside it with its own marks, sentence by sentence.
import type { Paragraph, Span } from "eu-central-asia-security-dialogue-2016";
import { data } from "./data";
import { annotationsIn, type Annotation } from "./annotations";
import { element } from "./dom";
import { renderMarked } from "./marks";

interface Row {
  readonly id: string;
  readonly ru: Span;
  readonly en: Span;
}

/**
 * The block's rows. Each row's Russian stretch runs to the next sentence's
 * start, so every character of the block (and so every mark) is shown.
 */
function rowsOf(block: Paragraph): readonly Row[] {
  const { sentences } = block;
  return sentences.map((sentence, i) => ({
    id: sentence.id,
    ru: {
      start: i === 0 ? 0 : sentence.ru.start,
      end: sentences[i + 1]?.ru.start ?? block.ru.length,
    },
    en: sentence.en,
  }));
}

/** One block: a labelled group of rows, Russian (marked) beside English. */
function renderBlock(block: Paragraph, annotations: readonly Annotation[]): HTMLElement {
  const russian = annotationsIn(annotations, block.id, "ru");
  const english = annotationsIn(annotations, block.id, "en");
  const isHeadline = block.id === "headline";
  const rows = rowsOf(block).map((row) =>
    element("div", { class: "row", "data-row": row.id }, [
      element("span", { class: "row-id", "aria-hidden": "true" }, [row.id]),
      element("div", { class: "ru", lang: "ru", "data-language": "ru" }, [
        renderMarked(block.ru, russian, row.ru.start, row.ru.end),
      ]),
      element("div", { class: "en", lang: "en", "data-language": "en" }, [
        renderMarked(block.en, english, row.en.start, row.en.end),
      ]),
    ]),
  );
  return element(
    "section",
    {
      class: `block${isHeadline ? " block--headline" : ""}`,
      id: `block-${block.id}`,
      "aria-label": isHeadline ? "Headline" : `Paragraph ${block.id.slice(1)}`,
      "data-block": block.id,
    },
    rows,
  );
}

/** The whole text, headline first. */
export function renderText(annotations: readonly Annotation[]): HTMLElement {
  return element("section", { class: "text", "aria-labelledby": "text-heading" }, [
    element("h2", { id: "text-heading" }, ["Text"]),
    element("p", { class: "hint" }, [
      "Russian original (the source of truth) and our English translation beside it, aligned sentence by sentence, with every mention marked in both.",
    ]),
    element("div", { class: "columns", "aria-hidden": "true" }, [
      element("span", {}, ["Russian (original)"]),
      element("span", {}, ["English (our translation)"]),
    ]),
    ...[data.headline, ...data.paragraphs].map((block) => renderBlock(block, annotations)),
  ]);
}
