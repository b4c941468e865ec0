// The details of the selected item: names in both languages, what the data
// links it to, identifiers as links, background the article does not state
// (marked as such), notes, and every mention with its place in the text.
import { type Identifier, type Mention } from "eu-central-asia-security-dialogue-2016";
import { data } from "./data";
import { element, type Child } from "./dom";
import { identifierUrl, schemeNames } from "./identifiers";
import type { Item } from "./items";
import { categoryNames } from "./labels";

const entityName = (id: string) => data.entities.find((entity) => entity.id === id)?.name.en ?? id;
const topicName = (id: string) => data.topics.find((topic) => topic.id === id)?.label.en ?? id;

/** A term and its description, for the details list. */
type Fact = readonly [term: string, description: Child | readonly Child[]];

const ru = (text: string) => element("span", { lang: "ru" }, [text]);

function facts(item: Item): Fact[] {
  const { source } = item;
  switch (source.category) {
    case "entity":
      return [["Kind", source.record.kind]];
    case "participant": {
      const { record } = source;
      return [
        ["Role", record.role],
        ["Entity", entityName(record.entityId)],
        ...(record.title
          ? ([
              ["Title", record.title.en],
              ["Title (Russian)", ru(record.title.ru)],
            ] as Fact[])
          : []),
      ];
    }
    case "topic":
      return [["Categories", source.record.categories.join(", ")]];
    case "agreement": {
      const { record } = source;
      return [
        ["Topics", record.topicIds.map(topicName).join(", ") || "none"],
        ["Entities", record.entityIds.map(entityName).join(", ") || "none"],
        ["Frameworks", record.frameworkIds.map(entityName).join(", ") || "none"],
      ];
    }
    case "relation": {
      const { record } = source;
      return [
        ["Subject", entityName(record.subjectId)],
        ["Predicate", record.predicate.replaceAll("-", " ")],
        ["Object", entityName(record.objectId)],
      ];
    }
    case "event": {
      const { record } = source;
      return [
        ["Date", record.date],
        ["Place", `${entityName(record.locationId)} (${record.countryCode})`],
        ["Level", record.level.en],
        ["Chair", entityName(record.chairId)],
        ["Meeting", `no. ${record.ordinal} of ${entityName(record.seriesId)}`],
        ["Evidence for", Object.keys(record.evidence).join(", ")],
      ];
    }
  }
}

function identifiers(list: readonly Identifier[]): HTMLElement | null {
  if (list.length === 0) return null;
  return element(
    "ul",
    { class: "identifiers" },
    list.map((identifier) => {
      const url = identifierUrl(identifier, list);
      const label = `${schemeNames[identifier.scheme]}: ${identifier.identifier}`;
      return element("li", {}, [
        url ? element("a", { href: url, rel: "noreferrer" }, [label]) : label,
      ]);
    }),
  );
}

/** Text fields of the record that the article does not state: external context and notes. */
function notes(item: Item): { external: string[]; notes: string[] } {
  const record = item.source.record as unknown as Record<string, unknown>;
  const external: string[] = [];
  const other: string[] = [];
  for (const [key, value] of Object.entries(record)) {
    if (typeof value !== "string") continue;
    if (key === "externalContext" || value.startsWith("Not stated in the article")) {
      external.push(value);
    } else if (key === "note" || key.endsWith("Note")) other.push(value);
  }
  return { external, notes: other };
}

function mentionList(mentions: readonly Mention[]): HTMLElement {
  return element(
    "ol",
    { class: "mentions" },
    mentions.map((mention) =>
      element("li", {}, [
        element("a", { href: `#block-${mention.paragraphId}` }, [
          `${mention.paragraphId} ${mention.start}–${mention.end}`,
        ]),
        " ",
        element("q", { lang: "ru" }, [mention.quote]),
        " · ",
        mention.en
          ? element("q", { lang: "en" }, [mention.en.quote])
          : element("span", { class: "en-note" }, [
              `no English counterpart: ${mention.enNote ?? ""}`,
            ]),
      ]),
    ),
  );
}

/** The details of `item`, or a prompt when nothing is selected. */
export function renderDetails(item: Item | undefined): readonly Node[] {
  if (!item) {
    return [
      element("p", { class: "hint" }, [
        "Select an item in a panel (or a marked phrase) to highlight its mentions and see its details.",
      ]),
    ];
  }
  const { external, notes: other } = notes(item);
  const ids =
    item.source.category === "entity" ? identifiers(item.source.record.identifiers) : null;
  return [
    element("h3", {}, [item.label.en]),
    element("p", { class: "name-ru" }, [ru(item.label.ru)]),
    element("dl", {}, [
      element("dt", {}, ["Category"]),
      element("dd", {}, [categoryNames[item.category]]),
      element("dt", {}, ["Id"]),
      element("dd", {}, [element("code", {}, [item.id])]),
      ...facts(item).flatMap(([term, description]) => [
        element("dt", {}, [term]),
        element("dd", {}, Array.isArray(description) ? description : [description as Child]),
      ]),
    ]),
    ids && element("h4", {}, ["Identifiers"]),
    ids,
    ...external.map((text) =>
      element("p", { class: "external" }, [
        element("strong", { class: "badge" }, ["Not stated in the article"]),
        " ",
        text.replace(/^Not stated in the article:\s*/, ""),
      ]),
    ),
    ...other.map((text) =>
      element("p", { class: "note" }, [element("strong", {}, ["Note:"]), " ", text]),
    ),
    element("h4", {}, [`Mentions (${item.mentions.length})`]),
    mentionList(item.mentions),
  ].filter((node): node is HTMLElement => node !== null);
}
