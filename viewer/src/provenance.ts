// The provenance footer: where the text comes from, who published it (as
// inferred), the source file's hash, and whose translation the English is.
import { version } from "eu-central-asia-security-dialogue-2016";
import { data } from "./data";
import { element } from "./dom";

const link = (url: string) => element("a", { href: url, rel: "noreferrer" }, [url]);

/** The footer. */
export function renderProvenance(): HTMLElement {
  const { source, translation } = data;
  return element("footer", { class: "provenance", "aria-labelledby": "provenance-heading" }, [
    element("h2", { id: "provenance-heading" }, ["Provenance"]),
    element("dl", {}, [
      element("dt", {}, ["Source"]),
      element("dd", {}, [link(source.url)]),
      element("dt", {}, ["Publisher"]),
      element("dd", {}, [
        `${source.publisher.name.en} (`,
        element("span", { lang: "ru" }, [source.publisher.name.ru]),
        "), ",
        link(source.publisher.url),
        source.publisher.inferred ? ` — inferred: ${source.publisher.note}` : "",
      ]),
      element("dt", {}, ["Published"]),
      element("dd", {}, [source.datePublished ?? `unknown: ${source.datePublishedNote}`]),
      element("dt", {}, ["SHA-256"]),
      element("dd", {}, [
        element("code", { class: "hash" }, [source.sha256]),
        ` ${source.sha256Note}`,
      ]),
      element("dt", {}, ["Translation"]),
      element("dd", {}, [translation.note]),
      element("dt", {}, ["Publisher's English page"]),
      element("dd", {}, [
        source.englishVersionUrl ? link(source.englishVersionUrl) : "none known",
        source.englishVersionNote ? ` ${source.englishVersionNote}` : "",
      ]),
    ]),
    element("p", {}, [
      `Data: eu-central-asia-security-dialogue-2016 ${version}. This page loads nothing from the network.`,
    ]),
  ]);
}
