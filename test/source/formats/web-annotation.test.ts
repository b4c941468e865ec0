// The article's mentions as W3C Web Annotations (src/formats/web-annotation.ts): one collection,
// one page per language, one annotation per mention per language, each found again in its plain
// text by both of its selectors; positions in code points, contexts that make every quote unique.
import { describe, expect, it } from "vitest";
import { article, version, type Mention } from "../../../src/index";
import { englishText } from "../../../src/formats/plain-text";
import { contextLimit } from "../../../src/formats/quote-context";
import {
  defaultBaseIri,
  toWebAnnotations,
  type TextPositionSelector,
  type TextQuoteSelector,
  type WebAnnotation,
  type WebAnnotationCollection,
} from "../../../src/formats/web-annotation";
import { astral, astralArticle, sourceText } from "../../support/astral-article";
import { defined, untyped } from "../../support/defined";
import { asArticle, draftOf } from "../../support/draft";
import packageJson from "../../../package.json" with { type: "json" };

// Computed inside each test, never at module scope: Stryker credits a mutant only to the tests that
// run its code (CONTRIBUTING.md, Mutation testing).
const collection = () => toWebAnnotations(article, sourceText);
const pages = () => {
  const { first } = collection();
  return { ru: first, en: defined(first.next) };
};
const texts = () => ({ ru: sourceText, en: englishText(article) });
const languages = ["ru", "en"] as const;
const loose = untyped(toWebAnnotations);
const base = `https://unpkg.com/eu-central-asia-security-dialogue-2016@${version}/dist/`;

const selectorsOf = (
  annotation: WebAnnotation,
): readonly [TextQuoteSelector, TextPositionSelector] => annotation.target.selector;
/** The annotation whose id ends in `#key` (such as `ru-entity-brussels-1`). */
const annotationOf = (page: { items: readonly WebAnnotation[] }, key: string) =>
  defined(
    page.items.find((annotation) => annotation.id.endsWith(`#${key}`)),
    key,
  );
/** The part of an annotation's id after `#<language>-`: item kind, item id, number. */
const keyOf = (annotation: WebAnnotation) => annotation.id.slice(annotation.id.indexOf("#") + 4);
/** The text from code point `start` to code point `end`. */
const codePointSlice = (text: string, start: number, end: number) =>
  Array.from(text).slice(start, end).join("");
/** Every offset at which `needle` occurs in `text`, overlapping ones included. */
function offsetsOf(text: string, needle: string): number[] {
  const offsets: number[] = [];
  for (let at = text.indexOf(needle); at !== -1; at = text.indexOf(needle, at + 1)) {
    offsets.push(at);
  }
  return offsets;
}

/** Every mention the data gives, keyed as the annotations' ids end, read from the data itself. */
function mentionsByKey(): Map<string, Mention> {
  const keyed = new Map<string, Mention>();
  const add = (prefix: string, mentions: readonly Mention[]) =>
    mentions.forEach((mention, index) => keyed.set(`${prefix}-${index + 1}`, mention));
  for (const item of article.entities) add(`entity-${item.id}`, item.mentions);
  for (const item of article.participants) add(`participant-${item.id}`, item.mentions);
  for (const item of article.topics) add(`topic-${item.id}`, item.mentions);
  for (const item of article.agreements) add(`agreement-${item.id}`, item.mentions);
  for (const item of article.relations) add(`relation-${item.id}`, item.mentions);
  add(`event-${article.event.id}`, article.event.mentions);
  for (const [fact, mentions] of Object.entries(article.event.evidence)) {
    add(`evidence-${fact}`, mentions);
  }
  return keyed;
}

describe("toWebAnnotations", () => {
  it("is one AnnotationCollection with a page per language: Russian first, English next", () => {
    const id = `${base}web-annotations.jsonld`;
    expect(collection()).toMatchObject({
      "@context": "http://www.w3.org/ns/anno.jsonld",
      id,
      type: "AnnotationCollection",
      total: 165,
      last: `${id}#page-en`,
    });
    expect(collection().label).toContain(article.headline.en);
    expect(pages().ru).toMatchObject({
      id: `${id}#page-ru`,
      type: "AnnotationPage",
      partOf: id,
      startIndex: 0,
    });
    expect(pages().en).toMatchObject({
      id: `${id}#page-en`,
      type: "AnnotationPage",
      partOf: id,
      startIndex: 83,
      prev: `${id}#page-ru`,
    });
    expect(pages().en.next).toBeUndefined();
    expect(pages().ru.items).toHaveLength(83);
    expect(pages().en.items).toHaveLength(82);
  });

  it("has one annotation per mention per language, with an id from its item and number", () => {
    const keyed = mentionsByKey();
    for (const language of languages) {
      const withSide = [...keyed].filter(([, mention]) => language === "ru" || mention.en);
      expect(pages()[language].items.map((annotation) => annotation.id)).toEqual(
        withSide.map(([key]) => `${base}web-annotations.jsonld#${language}-${key}`),
      );
      for (const annotation of pages()[language].items) {
        const mention = defined(keyed.get(annotation.id.slice(annotation.id.indexOf("#") + 4)));
        const [quote] = selectorsOf(annotation);
        expect(quote.exact, annotation.id).toBe(
          language === "ru" ? mention.quote : mention.en?.quote,
        );
        expect(annotation.type).toBe("Annotation");
        expect(annotation.motivation).toBe("classifying");
        expect(annotation.target.source).toBe(`${base}article.${language}.txt`);
      }
    }
  });

  it("finds every quote by position: the text between start and end is exact", () => {
    for (const language of languages) {
      for (const annotation of pages()[language].items) {
        const [quote, position] = selectorsOf(annotation);
        expect(quote.type).toBe("TextQuoteSelector");
        expect(position.type).toBe("TextPositionSelector");
        expect(codePointSlice(texts()[language], position.start, position.end), annotation.id).toBe(
          quote.exact,
        );
      }
    }
  });

  it("gives each quote the shortest context that makes it unique in the whole text", () => {
    let withContext = 0;
    let longest = 0;
    for (const language of languages) {
      const text = texts()[language];
      for (const annotation of pages()[language].items) {
        const [{ exact, prefix, suffix }, { start }] = selectorsOf(annotation);
        const match = offsetsOf(text, prefix + exact + suffix);
        expect(match, annotation.id).toHaveLength(1);
        const [at = -1] = match;
        expect(Array.from(text.slice(0, at + prefix.length)).length).toBe(start);
        const length = Math.max(prefix.length, suffix.length);
        expect(length).toBeLessThanOrEqual(contextLimit);
        longest = Math.max(longest, length);
        if (length === 0) continue;
        withContext++;
        // One character less on each side is not enough (the rule grows both sides at once).
        const shorter = prefix.slice(1) + exact + suffix.slice(0, -1);
        expect(offsetsOf(text, shorter).length, annotation.id).toBeGreaterThan(1);
        // Both sides have the same length but at the text's edges.
        if (prefix.length !== suffix.length) {
          const atEdge = at === 0 || at + (prefix + exact + suffix).length === text.length;
          expect(atEdge, annotation.id).toBe(true);
        }
      }
    }
    // docs/formats.md gives these numbers.
    expect(withContext).toBe(165 - 103);
    expect(longest).toBe(9);
  });

  it("classifies each annotation first, by item kind and the kind within it", () => {
    const classes = new Map<string, string>();
    for (const annotation of pages().ru.items) {
      const [first, ...others] = annotation.body;
      expect(first).toMatchObject({ type: "TextualBody", purpose: "classifying" });
      expect(others.filter((body) => body.purpose === "classifying")).toEqual([]);
      const [kind] = keyOf(annotation).split("-");
      const value = first !== undefined && "value" in first ? first.value : "";
      classes.set(String(kind), [classes.get(String(kind)), value].join(" "));
    }
    const valuesOf = (kind: string) => new Set(defined(classes.get(kind)).trim().split(" "));
    expect(valuesOf("entity")).toEqual(new Set(article.entities.map((e) => `entity/${e.kind}`)));
    expect(valuesOf("participant")).toEqual(
      new Set(article.participants.map((p) => `participant/${p.role}`)),
    );
    expect(valuesOf("topic")).toEqual(new Set(["topic"]));
    expect(valuesOf("agreement")).toEqual(new Set(["agreement"]));
    expect(valuesOf("relation")).toEqual(
      new Set(article.relations.map((r) => `relation/${r.predicate}`)),
    );
    expect(valuesOf("event")).toEqual(new Set(["event"]));
    expect(valuesOf("evidence")).toEqual(
      new Set(Object.keys(article.event.evidence).map((fact) => `event-evidence/${fact}`)),
    );
  });

  it("identifies entities by their verified Wikidata ids, and describes items in the page's language", () => {
    const afghanistan = annotationOf(pages().en, "en-entity-afghanistan-2");
    expect(afghanistan.body).toEqual([
      { type: "TextualBody", purpose: "classifying", value: "entity/state", format: "text/plain" },
      {
        type: "TextualBody",
        purpose: "describing",
        value: "Afghanistan",
        format: "text/plain",
        language: "en",
      },
      {
        type: "SpecificResource",
        purpose: "identifying",
        source: "http://www.wikidata.org/entity/Q889",
      },
      {
        type: "TextualBody",
        purpose: "commenting",
        value: `externalContext: ${article.entities[4].externalContext}`,
        format: "text/plain",
        language: "en",
      },
    ]);
    const identifying = pages().ru.items.flatMap((annotation) =>
      annotation.body.flatMap((body) => (body.purpose === "identifying" ? [annotation.id] : [])),
    );
    const wikidata = article.entities.filter((entity) =>
      entity.identifiers.some((identifier) => identifier.scheme === "wikidata"),
    );
    expect(identifying).toHaveLength(
      wikidata.reduce((sum, entity) => sum + entity.mentions.length, 0),
    );
    expect(annotationOf(pages().en, "en-topic-migration-1").body[1]).toMatchObject({
      value: "migration",
    });
    const relation = annotationOf(pages().en, "en-relation-bomca-belongs-to-european-union-1");
    expect(relation.body).toHaveLength(1);
    expect(annotationOf(pages().en, "en-evidence-date-1").body).toHaveLength(1);
    const meeting = "ru-event-eu-central-asia-security-dialogue-meeting-3-1";
    expect(annotationOf(pages().ru, meeting).body[1]).toMatchObject({
      purpose: "describing",
      value: article.event.name.ru,
    });
    expect(annotationOf(pages().en, "en-agreement-step-up-joint-efforts-1").body[1]).toMatchObject({
      purpose: "describing",
      value: defined(article.agreements[0]).summary.en,
    });
    const chair = annotationOf(pages().ru, "ru-participant-helga-schmid-chair-1");
    expect(chair.body[1]).toMatchObject({
      purpose: "describing",
      language: "ru",
      value: "Хельга Шмид",
    });
  });

  it("comments with the data's notes: implied attendance, and why the English has no counterpart", () => {
    const comments = (annotation: WebAnnotation) =>
      annotation.body.flatMap((body) =>
        body.purpose === "commenting" && "value" in body ? [body.value] : [],
      );
    const invited = annotationOf(pages().ru, "ru-participant-afghanistan-delegation-1");
    expect(comments(invited)).toEqual([
      `attendanceNote: ${article.participants[3].attendanceNote}`,
    ]);
    const missing = pages().ru.items.filter((a) =>
      comments(a).some((c) => c.startsWith("enNote: ")),
    );
    expect(missing.map((a) => a.id.split("#")[1])).toEqual([
      "ru-event-eu-central-asia-security-dialogue-meeting-3-6",
    ]);
    expect(
      pages().en.items.some((a) =>
        a.id.endsWith("#en-event-eu-central-asia-security-dialogue-meeting-3-6"),
      ),
    ).toBe(false);
  });

  it("names the texts and the collection under a base IRI: by default this version's dist/ on unpkg", () => {
    expect(defaultBaseIri).toBe(
      `https://unpkg.com/${packageJson.name}@${packageJson.version}/dist/`,
    );
    const own = toWebAnnotations(article, sourceText, { baseIri: "https://example.org/a/" });
    expect(own.id).toBe("https://example.org/a/web-annotations.jsonld");
    expect(defined(own.first.items[0]).target.source).toBe("https://example.org/a/article.ru.txt");
    expect(defined(defined(own.first.next).items[0]).id).toMatch(
      /^https:\/\/example\.org\/a\/web-annotations\.jsonld#en-/,
    );
    expect(toWebAnnotations(article, sourceText, {})).toEqual(collection());
    expect(toWebAnnotations(article, sourceText, { baseIri: undefined })).toEqual(collection());
    const deep = "https://example.org/texts/v1/";
    expect(toWebAnnotations(article, sourceText, { baseIri: deep }).id.startsWith(deep)).toBe(true);
    expect(toWebAnnotations(article, sourceText, { baseIri: "http://localhost/" }).id).toBe(
      "http://localhost/web-annotations.jsonld",
    );
  });
});

describe("toWebAnnotations on a text with a character outside the Basic Multilingual Plane", () => {
  it("counts positions in code points, one less than UTF-16 after the character", () => {
    const { article: copy, sourceText: text, at } = astralArticle();
    const result: WebAnnotationCollection = toWebAnnotations(asArticle(copy), text);
    const tm = annotationOf(result.first, "ru-entity-turkmenistan-1");
    const [quote, position] = selectorsOf(tm);
    const utf16 = text.indexOf("Туркменистана");
    expect(utf16).toBeGreaterThan(at);
    expect(position.start).toBe(utf16 - 1);
    expect(codePointSlice(text, position.start, position.end)).toBe(quote.exact);
    expect(text.slice(position.start, position.end)).not.toBe(quote.exact);
    const headline = annotationOf(result.first, "ru-entity-brussels-1");
    expect(selectorsOf(headline)[1].start).toBe(text.indexOf("Брюсселе"));
  });

  it("has no such character in the shipped texts, where code points equal UTF-16 offsets", () => {
    for (const text of Object.values(texts())) {
      expect(/[\u{10000}-\u{10FFFF}]/u.test(text)).toBe(false);
      expect(Array.from(text)).toHaveLength(text.length);
    }
  });

  it("refuses a mention that starts or ends between the halves of a surrogate pair", () => {
    const { article: copy, sourceText: text } = astralArticle();
    copy.event.mentions[0].end = copy.headline.ru.length + 1;
    expect(() => toWebAnnotations(asArticle(copy), text)).toThrow(
      /^toWebAnnotations: the ru mention event-eu-central-asia-security-dialogue-meeting-3-1 \(".*"\) starts or ends inside a character/,
    );
    expect(astral).toHaveLength(2);
  });

  it("refuses a mention that starts between the halves of a surrogate pair", () => {
    const { article: copy, sourceText: text } = astralArticle();
    Object.assign(copy.event.mentions[0], {
      start: copy.headline.ru.length + 1,
      end: copy.headline.ru.length + 2,
    });
    expect(() => toWebAnnotations(asArticle(copy), text)).toThrow(
      /^toWebAnnotations: the ru mention event-eu-central-asia-security-dialogue-meeting-3-1 \(".*"\) starts or ends inside a character/,
    );
  });
});

describe("toWebAnnotations refuses wrong arguments, naming itself", () => {
  it("an argument that is not an article, or not its source text", () => {
    expect(() => loose(null, sourceText)).toThrow(/^toWebAnnotations: article must be/);
    expect(() => loose(article, undefined)).toThrow(
      "toWebAnnotations: sourceText must be the article's source text (a string); got undefined",
    );
    expect(() => toWebAnnotations(article, sourceText.slice(1))).toThrow(
      /^toWebAnnotations: sourceText is not this article's source text/,
    );
  });

  it("options that are not an object with an optional baseIri", () => {
    for (const options of [null, "x", ["baseIri"]]) {
      expect(() => loose(article, sourceText, options)).toThrow(
        new TypeError(
          "toWebAnnotations: options must be undefined or an object with an optional baseIri",
        ),
      );
    }
    expect(() => loose(article, sourceText, { base: "x" })).toThrow(
      new TypeError('toWebAnnotations: unknown option "base"; the only option is baseIri'),
    );
  });

  it("a mention that names a block the article does not have", () => {
    const copy = draftOf(article);
    copy.entities[0].mentions[0].paragraphId = "p9";
    expect(() => toWebAnnotations(asArticle(copy), sourceText)).toThrow(
      new TypeError(
        'toWebAnnotations: a mention names the block "p9", which the article does not have',
      ),
    );
  });

  it("a baseIri that is not an absolute http or https IRI ending in /", () => {
    for (const baseIri of [
      "https://example.org/a",
      "https://example.org",
      "ftp://example.org/",
      "example.org/",
      "https://example.org/?q=/",
      "https://example.org/#/",
      "https://exa mple.org/",
      "x-https://example.org/",
      3,
      new URL("https://example.org/a/"),
    ]) {
      expect(() => loose(article, sourceText, { baseIri }), String(baseIri)).toThrow(
        /^toWebAnnotations: options\.baseIri must be an absolute http or https IRI ending in "\/", without query or fragment; got /,
      );
    }
  });
});

it("annotates a copy without the English side of a mention in Russian only", () => {
  const copy = draftOf(article);
  Object.assign(copy.entities[3].mentions[0], { en: null, enNote: "Left out." });
  const result = toWebAnnotations(asArticle(copy), sourceText);
  expect(result.first.items).toHaveLength(83);
  expect(defined(result.first.next).items).toHaveLength(81);
  expect(result.total).toBe(164);
});
