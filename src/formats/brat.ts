import { checkArticle } from "../argument-checks";
import type { Article } from "../article-types";
import { eventFacts } from "../collections";
import {
  attendanceStatuses,
  entityKinds,
  participantRoles,
  relationArgumentKinds,
  relationPredicates,
  topicCategories,
  type Language,
} from "../vocabulary";
import {
  annotatedMentions,
  inCodePoints,
  mentionKey,
  notesOf,
  placeInText,
  type AnnotatedMention,
} from "./annotated-mentions";
import { codePointOffsets } from "./code-points";
import { blockStarts, checkSourceText, englishText } from "./plain-text";

/**
 * The article as a brat standoff collection: each language's plain text (`.txt`) with its
 * annotations (`.ann`), and the configuration that declares every type brat shows.
 */

/** The files of the brat collection, by name. */
export type BratFileName =
  "ru.txt" | "ru.ann" | "en.txt" | "en.ann" | "annotation.conf" | "visual.conf" | "tools.conf";

/** A brat type name from a value of the data: its first letter in capitals (`state` → `State`). */
const typeName = (value: string) => value.charAt(0).toUpperCase() + value.slice(1);

/** The text-bound types that are not entity kinds, each with its colour in `visual.conf`. */
const otherTypes = {
  Participant: "#283593",
  Topic: "#00695c",
  Agreement: "#4527a0",
  "Relation-phrase": "#bf360c",
  Event: "#757575",
  Evidence: "#424242",
} as const;

/** The colour of each entity kind in `visual.conf` (the viewer's). */
const entityColours: Readonly<Record<(typeof entityKinds)[number], string>> = {
  state: "#1565c0",
  organization: "#6a1b9a",
  person: "#c62828",
  region: "#2e7d32",
  group: "#00838f",
  city: "#6d4c41",
  dialogue: "#ad1457",
  programme: "#827717",
  process: "#e65100",
  mechanism: "#455a64",
};

/** The brat type of an annotated mention's `T` line. */
function textBoundType(entry: AnnotatedMention): string {
  switch (entry.kind) {
    case "entity":
      return typeName(entry.item.kind);
    case "relation":
      return "Relation-phrase";
    default:
      return typeName(entry.kind);
  }
}

/** The attributes of an annotated mention: name and value (`true` for a flag). */
function attributesOf(entry: AnnotatedMention): [string, string | true][] {
  switch (entry.kind) {
    case "participant":
      return [
        ["Role", entry.item.role],
        ["Attendance", entry.item.attendance],
      ];
    case "topic":
      return entry.item.categories.map((category) => [typeName(category), true]);
    case "relation":
      return [["Predicate", entry.item.predicate]];
    case "evidence":
      return [["Fact", entry.fact]];
    default:
      return [];
  }
}

/** A note on one line: tabs and line breaks become spaces. */
const oneLine = (text: string) => text.replace(/[\t\r\n]+/g, " ");

/** A relation's mention: the relation, and where the mention stands (UTF-16). */
interface RelationPlace {
  readonly entry: Extract<AnnotatedMention, { kind: "relation" }>;
  readonly start: number;
  readonly end: number;
}

/** An entity's mention: where it stands (UTF-16) and its `T`. */
interface EntityPlace {
  readonly start: number;
  readonly end: number;
  readonly id: string;
}

/** The `.ann` file of one language's plain text. */
function standoff(article: Article, language: Language, text: string): string {
  const starts = blockStarts(article, language);
  const codePoint = codePointOffsets(text);
  const textBound: string[] = [];
  const attributes: string[] = [];
  const normalizations: string[] = [];
  const notes: string[] = [];
  // Each entity's mentions in each block (key: entity id and block id), for the relations' arguments.
  const entityPlaces = new Map<string, EntityPlace[]>();
  const relationPlaces: RelationPlace[] = [];
  for (const entry of annotatedMentions(article)) {
    const place = placeInText("toBrat", entry.mention, language, starts);
    if (place === null) continue;
    const { start, end } = inCodePoints("toBrat", entry, language, place, codePoint);
    if (/[\r\n]/.test(place.quote)) {
      throw new TypeError(
        `toBrat: the ${language} mention ${mentionKey(entry)} spans a line break, which a brat annotation line cannot hold`,
      );
    }
    const id = `T${textBound.length + 1}`;
    textBound.push(`${id}\t${textBoundType(entry)} ${start} ${end}\t${place.quote}`);
    for (const [name, value] of attributesOf(entry)) {
      const line = value === true ? `${name} ${id}` : `${name} ${id} ${value}`;
      attributes.push(`A${attributes.length + 1}\t${line}`);
    }
    if (entry.kind === "entity") {
      for (const { scheme, identifier } of entry.item.identifiers) {
        if (scheme !== "wikidata") continue;
        const reference = `Reference ${id} Wikidata:${identifier}\t${entry.item.name[language]}`;
        normalizations.push(`N${normalizations.length + 1}\t${reference}`);
      }
      const key = `${entry.item.id} ${entry.mention.paragraphId}`;
      const places = entityPlaces.get(key);
      if (places === undefined) entityPlaces.set(key, [{ ...place, id }]);
      else places.push({ ...place, id });
    }
    // Stryker disable next-line ConditionalExpression: other kinds have no subjectId, so they would find no argument below and be skipped
    if (entry.kind === "relation") relationPlaces.push({ entry, ...place });
    for (const note of notesOf(entry, language)) {
      notes.push(
        `#${notes.length + 1}\tAnnotatorNotes ${id}\t${note.field}: ${oneLine(note.text)}`,
      );
    }
  }
  const relations: string[] = [];
  for (const { entry, start, end } of relationPlaces) {
    // The first mention of the entity, in the same block, inside the relation's mention.
    const inside = (entityId: string) =>
      entityPlaces
        .get(`${entityId} ${entry.mention.paragraphId}`)
        ?.find((place) => place.start >= start && place.end <= end)?.id;
    const subject = inside(entry.item.subjectId);
    const object = inside(entry.item.objectId);
    if (subject === undefined || object === undefined) continue;
    const type = typeName(entry.item.predicate);
    relations.push(`R${relations.length + 1}\t${type} Arg1:${subject} Arg2:${object}`);
  }
  return [...textBound, ...relations, ...attributes, ...normalizations, ...notes]
    .map((line) => `${line}\n`)
    .join("");
}

/** `annotation.conf`: every text-bound type, relation and attribute the `.ann` files can use. */
function annotationConf(): string {
  const kinds = (list: readonly string[]) => list.map(typeName).join("|");
  return [
    "# brat annotation configuration of the eu-central-asia-security-dialogue-2016 collection:",
    "# every type, relation and attribute its .ann files use. Generated by toBrat().",
    "[entities]",
    ...entityKinds.map(typeName),
    ...Object.keys(otherTypes),
    "",
    "[relations]",
    ...relationPredicates.map((predicate) => {
      const { subject, object } = relationArgumentKinds[predicate];
      return `${typeName(predicate)}\tArg1:${kinds(subject)}, Arg2:${kinds(object ?? entityKinds)}`;
    }),
    "# Mentions nest, coincide and cross: any two annotations may overlap.",
    "<OVERLAP>\tArg1:<ANY>, Arg2:<ANY>, <OVL-TYPE>:<ANY>",
    "",
    "[events]",
    "",
    "[attributes]",
    `Role\tArg:Participant, Value:${participantRoles.join("|")}`,
    `Attendance\tArg:Participant, Value:${attendanceStatuses.join("|")}`,
    ...topicCategories.map((category) => `${typeName(category)}\tArg:Topic`),
    `Predicate\tArg:Relation-phrase, Value:${relationPredicates.join("|")}`,
    `Fact\tArg:Evidence, Value:${eventFacts.join("|")}`,
    "",
  ].join("\n");
}

/** `visual.conf`: each type's label and colours (white text on the viewer's colours). */
function visualConf(): string {
  const colours: [string, string][] = [
    ...entityKinds.map((kind): [string, string] => [typeName(kind), entityColours[kind]]),
    ...Object.entries(otherTypes),
  ];
  return [
    "# brat visual configuration of the eu-central-asia-security-dialogue-2016 collection.",
    "[labels]",
    ...colours.map(([type]) => `${type} | ${type.replace("-", " ")}`),
    ...relationPredicates.map(
      (predicate) => `${typeName(predicate)} | ${predicate.replaceAll("-", " ")}`,
    ),
    "",
    "[drawing]",
    "SPAN_DEFAULT\tfgColor:white, bgColor:#757575, borderColor:darken",
    "ARC_DEFAULT\tcolor:black, arrowHead:triangle-5",
    ...colours.map(([type, colour]) => `${type}\tfgColor:white, bgColor:${colour}`),
    "",
  ].join("\n");
}

/** `tools.conf`: the Wikidata links of the `N` lines. */
function toolsConf(): string {
  return [
    "# brat tools configuration of the eu-central-asia-security-dialogue-2016 collection:",
    "# where the N lines' Wikidata identifiers link to.",
    "[options]",
    "",
    "[search]",
    "",
    "[annotators]",
    "",
    "[disambiguators]",
    "",
    "[normalization]",
    "Wikidata\t<URL>:https://www.wikidata.org/, <URLBASE>:https://www.wikidata.org/wiki/%s",
    "",
  ].join("\n");
}

/**
 * The article as a brat standoff collection, by file name: `ru.txt` (the source text) and
 * `ru.ann`, `en.txt` ({@link englishText}) and `en.ann`, and `annotation.conf`, `visual.conf` and
 * `tools.conf`. Write them into one folder and brat opens it as a collection. Each mention of
 * every item is a `T` line; relations are `R` lines, between the `T`s of their subject's and
 * object's mentions inside the relation's mention; participants' role and attendance, topics'
 * categories, relations' predicates and evidence's facts are `A` lines; Wikidata identifiers are
 * `N` lines; notes are `#` (`AnnotatorNotes`) lines. Offsets count Unicode code points, as brat
 * does. `docs/formats.md` gives the rules.
 *
 * @param article - any valid article (the shipped `article`, or a `parseArticle` result).
 * @param sourceText - the Russian source text the blocks' `sourceStart` point into (for the
 *   shipped article, `./article.ru.txt`).
 * @throws TypeError naming the function for an argument that is not an article or not its source
 *   text, for a text with a carriage return (brat reads texts with universal newlines, which
 *   would shift every offset after it), and for a mention that spans a line break.
 */
export function toBrat(
  article: Article,
  sourceText: string,
): Readonly<Record<BratFileName, string>> {
  checkArticle("toBrat", article);
  checkSourceText("toBrat", article, sourceText);
  const english = englishText(article);
  for (const [language, text] of [
    ["ru", sourceText],
    ["en", english],
  ] as const) {
    if (text.includes("\r")) {
      throw new TypeError(
        `toBrat: the ${language} text has a carriage return; brat reads texts with universal newlines, which would shift every offset after it`,
      );
    }
  }
  return {
    "ru.txt": sourceText,
    "ru.ann": standoff(article, "ru", sourceText),
    "en.txt": english,
    "en.ann": standoff(article, "en", english),
    "annotation.conf": annotationConf(),
    "visual.conf": visualConf(),
    "tools.conf": toolsConf(),
  };
}
