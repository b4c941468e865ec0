// Renders a stretch of a block's text, in Russian or in English, with a <mark>
// for every mention in it. Mentions nest (a name inside a longer phrase): a mark opens inside the
// marks that contain it. Each underlined mark gets its nesting height (0 for a
// mark with no underlined mark inside), so the stylesheet can stack their
// underlines without overlap; event evidence and relations are drawn above
// the words instead, so they do not add to the stack.
// A mention that crosses another one's end, or the stretch's end, continues in
// a second mark with the same `data-annotation`.
import type { Annotation } from "./annotations";
import { element } from "./dom";

/** Outer first: earlier start, then longer span, then data order. */
const outerFirst = (a: Annotation, b: Annotation) =>
  a.start - b.start || b.end - a.end || a.index - b.index;

const inside = (inner: Annotation, outer: Annotation) =>
  inner !== outer &&
  inner.start >= outer.start &&
  inner.end <= outer.end &&
  (inner.end - inner.start < outer.end - outer.start || inner.index > outer.index);

/** Whether the annotation's mark is drawn as a line under the words (else above them). */
const underlined = (annotation: Annotation) =>
  annotation.item.category !== "event" && annotation.item.category !== "relation";

/** How many levels of underlined marks each underlined annotation contains. */
function nestingHeights(annotations: readonly Annotation[]): Map<Annotation, number> {
  const heights = new Map<Annotation, number>();
  const byLength = annotations
    .filter(underlined)
    .sort((a, b) => a.end - a.start - (b.end - b.start) || b.index - a.index);
  for (const annotation of byLength) {
    let height = 0;
    for (const other of byLength) {
      if (inside(other, annotation)) height = Math.max(height, (heights.get(other) ?? 0) + 1);
    }
    heights.set(annotation, height);
  }
  return heights;
}

/** Makes the `<mark>` element of one annotation. */
function markFor(annotation: Annotation, height: number): HTMLElement {
  const { item } = annotation;
  return element("mark", {
    class: `mark mark--${item.category}${item.category === "entity" ? ` kind--${item.entityKind}` : ""}`,
    "data-annotation": annotation.index,
    "data-mark-language": annotation.language,
    "data-block": annotation.paragraphId,
    "data-start": annotation.start,
    "data-end": annotation.end,
    "data-item": item.key,
    title: `${item.category} (${item.tag}): ${item.label.en}`,
    style: `--height: ${Math.min(height, 5)}`,
  });
}

/**
 * The text of `text.slice(from, to)` with its annotations as nested marks.
 * @param text - a block's text in one language
 * @param annotations - that block's annotations in that language
 */
export function renderMarked(
  text: string,
  annotations: readonly Annotation[],
  from = 0,
  to = text.length,
): DocumentFragment {
  const local = annotations.filter((a) => a.start < to && a.end > from).sort(outerFirst);
  const heights = nestingHeights(local);
  const cuts = new Set([from, to]);
  for (const a of local) {
    cuts.add(Math.max(a.start, from));
    cuts.add(Math.min(a.end, to));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const fragment = document.createDocumentFragment();
  // The open marks, outermost first, and the annotation each one shows.
  const open: { annotation: Annotation; node: HTMLElement }[] = [];
  // Each piece runs from one cut to the next.
  let start = points[0] ?? from;
  for (const end of points.slice(1)) {
    const covering = local.filter((a) => a.start <= start && a.end >= end);
    let keep = 0;
    while (keep < open.length && open[keep]?.annotation === covering[keep]) keep++;
    open.length = keep;
    for (const annotation of covering.slice(keep)) {
      const node = markFor(annotation, heights.get(annotation) ?? 0);
      (open.at(-1)?.node ?? fragment).append(node);
      open.push({ annotation, node });
    }
    (open.at(-1)?.node ?? fragment).append(text.slice(start, end));
    start = end;
  }
  return fragment;
}
