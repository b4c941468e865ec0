import { checkArticle } from "../argument-checks";
import { describeValue } from "../describe-value";
import type { Article } from "../article-types";
import { packageName, version } from "../version";
import type { Language } from "../vocabulary";
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
import { occurrencesIn, quoteInContext } from "./quote-context";

/**
 * The article's mentions as W3C Web Annotations (the Web Annotation Data Model, JSON-LD with the
 * `http://www.w3.org/ns/anno.jsonld` context): one `AnnotationCollection`, one `AnnotationPage`
 * per language, one `Annotation` per mention per language.
 */

/** A `TextQuoteSelector`: the quoted words, with the context that makes their match unique. */
export interface TextQuoteSelector {
  /** The selector's type. */
  readonly type: "TextQuoteSelector";
  /** The quoted words. */
  readonly exact: string;
  /** The text just before them: the shortest that makes the match unique (may be empty). */
  readonly prefix: string;
  /** The text just after them: as long as the prefix (shorter only at the text's end). */
  readonly suffix: string;
}

/** A `TextPositionSelector`: where the quote stands in the plain text, in Unicode code points. */
export interface TextPositionSelector {
  /** The selector's type. */
  readonly type: "TextPositionSelector";
  /** Code point offset of the quote's first character (inclusive). */
  readonly start: number;
  /** Code point offset just after its last character (exclusive). */
  readonly end: number;
}

/** An annotation's target: a plain text and two selectors that find the same words in it. */
export interface WebAnnotationTarget {
  /** IRI of the plain text: `article.ru.txt` or `article.en.txt` under the base IRI. */
  readonly source: string;
  /** The quote and the position of the same words: alternatives, as the model defines a list. */
  readonly selector: readonly [TextQuoteSelector, TextPositionSelector];
}

/** A body in text: the classification of the mention, the item's name, or a note. */
export interface WebAnnotationTextualBody {
  /** The body's type. */
  readonly type: "TextualBody";
  /**
   * `classifying`: what the mention is (`entity/state`, `participant/chair`, `topic`, …);
   * `describing`: the item's name, label or summary; `commenting`: a note of the data.
   */
  readonly purpose: "classifying" | "describing" | "commenting";
  /** The text. */
  readonly value: string;
  /** Always plain text. */
  readonly format: "text/plain";
  /** The language of the text; a classification, being a code, has none. */
  readonly language?: Language;
}

/** A body that identifies the item with an external resource: a Wikidata entity. */
export interface WebAnnotationIdentifyingBody {
  /** The body's type. */
  readonly type: "SpecificResource";
  /** Always `identifying`. */
  readonly purpose: "identifying";
  /** The resource's IRI, such as `http://www.wikidata.org/entity/Q874`. */
  readonly source: string;
}

/** One mention of one item in one language. */
export interface WebAnnotation {
  /** `<collection IRI>#<language>-<item kind>-<item id>-<mention number>`, such as `…#ru-entity-brussels-2`. */
  readonly id: string;
  /** The resource's type. */
  readonly type: "Annotation";
  /** Always `classifying`: each body says what its `purpose` is. */
  readonly motivation: "classifying";
  /** The classification first, then the name, the identifiers and the notes. */
  readonly body: readonly (WebAnnotationTextualBody | WebAnnotationIdentifyingBody)[];
  /** The words annotated. */
  readonly target: WebAnnotationTarget;
}

/** The annotations of one language. */
export interface WebAnnotationPage {
  /** `<collection IRI>#page-ru` or `#page-en`. */
  readonly id: string;
  /** The resource's type. */
  readonly type: "AnnotationPage";
  /** The collection's IRI. */
  readonly partOf: string;
  /** The position of the page's first annotation in the whole collection, from 0. */
  readonly startIndex: number;
  /** The English page, embedded in the Russian one (so one file holds both). */
  readonly next?: WebAnnotationPage;
  /** The Russian page's IRI, on the English page. */
  readonly prev?: string;
  /** The annotations. */
  readonly items: readonly WebAnnotation[];
}

/** The whole collection: the Russian page first (embedded), the English page after it. */
export interface WebAnnotationCollection {
  /** The Web Annotation JSON-LD context. */
  readonly "@context": "http://www.w3.org/ns/anno.jsonld";
  /** `<base IRI>web-annotations.jsonld`. */
  readonly id: string;
  /** The resource's type. */
  readonly type: "AnnotationCollection";
  /** What the collection holds, in English. */
  readonly label: string;
  /** The number of annotations in both pages. */
  readonly total: number;
  /** The Russian page, which embeds the English page as its `next`. */
  readonly first: WebAnnotationPage;
  /** The English page's IRI. */
  readonly last: string;
}

/** Options of {@link toWebAnnotations}. */
export interface WebAnnotationOptions {
  /**
   * An absolute `http` or `https` IRI ending in `/`, under which the plain texts and the
   * collection are named: by default this version's `dist/` on unpkg,
   * `https://unpkg.com/eu-central-asia-security-dialogue-2016@<version>/dist/`.
   */
  readonly baseIri?: string | undefined;
}

/** The default base IRI: this version's `dist/` folder on unpkg, where the shipped files are. */
export const defaultBaseIri = `https://unpkg.com/${packageName}@${version}/dist/`;

/** The IRI of the Wikidata entity with this id (the form Wikidata uses for its entities). */
const wikidataIri = (id: string) => `http://www.wikidata.org/entity/${id}`;

/** Checks the options and returns the base IRI. */
function baseIriOf(options: unknown): string {
  if (options === undefined) return defaultBaseIri;
  if (typeof options !== "object" || options === null || Array.isArray(options)) {
    throw new TypeError(
      "toWebAnnotations: options must be undefined or an object with an optional baseIri",
    );
  }
  for (const key of Object.keys(options)) {
    if (key !== "baseIri") {
      throw new TypeError(
        `toWebAnnotations: unknown option ${JSON.stringify(key)}; the only option is baseIri`,
      );
    }
  }
  const baseIri = "baseIri" in options ? options.baseIri : undefined;
  if (baseIri === undefined) return defaultBaseIri;
  if (typeof baseIri !== "string" || !/^https?:\/\/[^\s/?#]+(\/[^\s?#]*)?\/$/.test(baseIri)) {
    throw new TypeError(
      `toWebAnnotations: options.baseIri must be an absolute http or https IRI ending in "/", without query or fragment; got ${describeValue(baseIri)}`,
    );
  }
  return baseIri;
}

/** The classifying body's value: the item's kind, and what kind of it where there is one. */
function classificationOf(entry: AnnotatedMention): string {
  switch (entry.kind) {
    case "entity":
      return `entity/${entry.item.kind}`;
    case "participant":
      return `participant/${entry.item.role}`;
    case "relation":
      return `relation/${entry.item.predicate}`;
    case "evidence":
      return `event-evidence/${entry.fact}`;
    default:
      return entry.kind;
  }
}

/** The item's name, label or summary in `language`, or `null` (relations and evidence). */
function descriptionOf(entry: AnnotatedMention, language: Language): string | null {
  switch (entry.kind) {
    case "entity":
    case "participant":
    case "event":
      return entry.item.name[language];
    case "topic":
      return entry.item.label[language];
    case "agreement":
      return entry.item.summary[language];
    default:
      return null;
  }
}

/** The bodies of an annotation: classification, description, identifiers, notes. */
function bodiesOf(
  entry: AnnotatedMention,
  language: Language,
): (WebAnnotationTextualBody | WebAnnotationIdentifyingBody)[] {
  const bodies: (WebAnnotationTextualBody | WebAnnotationIdentifyingBody)[] = [
    {
      type: "TextualBody",
      purpose: "classifying",
      value: classificationOf(entry),
      format: "text/plain",
    },
  ];
  const description = descriptionOf(entry, language);
  if (description !== null) {
    bodies.push({
      type: "TextualBody",
      purpose: "describing",
      value: description,
      format: "text/plain",
      language,
    });
  }
  if (entry.kind === "entity") {
    for (const { scheme, identifier } of entry.item.identifiers) {
      if (scheme === "wikidata") {
        bodies.push({
          type: "SpecificResource",
          purpose: "identifying",
          source: wikidataIri(identifier),
        });
      }
    }
  }
  for (const note of notesOf(entry, language)) {
    bodies.push({
      type: "TextualBody",
      purpose: "commenting",
      value: `${note.field}: ${note.text}`,
      format: "text/plain",
      language: "en",
    });
  }
  return bodies;
}

/** The annotations of one language's plain text. */
function annotationsIn(
  article: Article,
  language: Language,
  text: string,
  baseIri: string,
): WebAnnotation[] {
  const collectionIri = `${baseIri}web-annotations.jsonld`;
  const source = `${baseIri}article.${language}.txt`;
  const starts = blockStarts(article, language);
  const codePoint = codePointOffsets(text);
  const occurrences = occurrencesIn(text);
  const annotations: WebAnnotation[] = [];
  for (const entry of annotatedMentions(article)) {
    const place = placeInText("toWebAnnotations", entry.mention, language, starts);
    if (place === null) continue;
    const { start, end } = inCodePoints("toWebAnnotations", entry, language, place, codePoint);
    annotations.push({
      id: `${collectionIri}#${language}-${mentionKey(entry)}`,
      type: "Annotation",
      motivation: "classifying",
      body: bodiesOf(entry, language),
      target: {
        source,
        selector: [
          {
            type: "TextQuoteSelector",
            ...quoteInContext(text, place.start, place.end, occurrences),
          },
          { type: "TextPositionSelector", start, end },
        ],
      },
    });
  }
  return annotations;
}

/**
 * The article's mentions as a W3C Web Annotation collection (media type
 * `application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"`): one annotation per mention
 * of every entity, participant, topic, agreement and relation, of the event and of each fact's
 * evidence, in Russian (into `sourceText`) and in English (into {@link englishText}; a mention
 * whose English side is `null` has no English annotation). `docs/formats.md` gives the rules.
 *
 * @param article - any valid article (the shipped `article`, or a `parseArticle` result).
 * @param sourceText - the Russian source text the blocks' `sourceStart` point into (for the
 *   shipped article, `./article.ru.txt`).
 * @param options - `baseIri`: where the texts and the collection are named; by default this
 *   version's `dist/` on unpkg.
 * @throws TypeError naming the function for an argument that is not an article, not its source
 *   text, or not valid options.
 */
export function toWebAnnotations(
  article: Article,
  sourceText: string,
  options?: WebAnnotationOptions,
): WebAnnotationCollection {
  checkArticle("toWebAnnotations", article);
  checkSourceText("toWebAnnotations", article, sourceText);
  const baseIri = baseIriOf(options);
  const id = `${baseIri}web-annotations.jsonld`;
  const russian = annotationsIn(article, "ru", sourceText, baseIri);
  const english = annotationsIn(article, "en", englishText(article), baseIri);
  const englishPage: WebAnnotationPage = {
    id: `${id}#page-en`,
    type: "AnnotationPage",
    partOf: id,
    startIndex: russian.length,
    prev: `${id}#page-ru`,
    items: english,
  };
  return {
    "@context": "http://www.w3.org/ns/anno.jsonld",
    id,
    type: "AnnotationCollection",
    label: `Every mention of the article "${article.headline.en}" (${article.id}): the Russian source text, then our English translation`,
    total: russian.length + english.length,
    first: {
      id: `${id}#page-ru`,
      type: "AnnotationPage",
      partOf: id,
      startIndex: 0,
      next: englishPage,
      items: russian,
    },
    last: englishPage.id,
  };
}
