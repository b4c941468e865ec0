// The hostile corpus: inputs a hostile or careless user may pass to parseArticle, each with the
// verdict every supported zod must give (issue 22: the cases the issue found, and more at the same
// edges). Our own; most are the shipped article with one thing changed.
//
// It runs against src/ (test/source/schema/parse-article.hostile.test.ts), against the packed
// tarball with the floor and the newest zod (test/packed/hostile-corpus.test.ts), and, for the
// inputs that are JSON, against dist/article.schema.json under Ajv
// (test/built/hostile-corpus-json-schema.test.ts).
import { articleDraft, type ArticleDraft } from "./article-draft";

/** Why the JSON Schema's verdict differs from `ArticleSchema`'s on a case (the README lists each). */
type JsonSchemaDifference =
  /** A check that spans fields, which JSON Schema cannot express. */
  | "cross-field check"
  /** JSON Schema counts a string's length in code points, ArticleSchema in UTF-16 code units. */
  | "length in UTF-16 code units"
  /** A host that the WHATWG URL parser refuses, which a pattern does not check. */
  | "URL host";

/** One input of the corpus. */
export interface HostileCase {
  /** What the input is. */
  readonly name: string;
  /** Builds a fresh copy of the input. */
  readonly input: () => unknown;
  /** Whether parseArticle accepts it, under every supported zod. */
  readonly valid: boolean;
  /** For an invalid input: the path (dot-separated) of one problem it must report. */
  readonly at?: string;
  /** Whether the input is JSON data (JSON Schema validators only see those). */
  readonly json: boolean;
  /** Why `article.schema.json` gives the other verdict, when it does. */
  readonly jsonSchema?: JsonSchemaDifference;
}

/** The shipped article with `change` made to a copy. */
const changed =
  (change: (draft: ArticleDraft) => unknown): (() => ArticleDraft) =>
  () => {
    const draft = articleDraft();
    change(draft);
    return draft;
  };

const emoji = "🙂";

/** A list of the draft as one that takes any item, to add one that its literal type does not allow. */
const loosely = (list: unknown[]): unknown[] => list;

/** Valid inputs near the edges of what the schema accepts. */
const valid: HostileCase[] = [
  { name: "the shipped article", input: changed(() => undefined), valid: true, json: true },
  {
    name: "a note of exactly 10,000 characters",
    input: changed((d) => (d.translation.note = "a".repeat(10_000))),
    valid: true,
    json: true,
  },
  {
    name: "a note of 5,000 emoji (10,000 UTF-16 code units)",
    input: changed((d) => (d.translation.note = emoji.repeat(5_000))),
    valid: true,
    json: true,
  },
  {
    name: "a left-to-right mark (U+200E), an emoji and a zero-width no-break space in a note",
    input: changed((d) => (d.translation.note = `a\u200Eb ${emoji} c\uFEFFd`)),
    valid: true,
    json: true,
  },
  {
    name: "an id of exactly 100 characters",
    input: changed((d) => (d.id = "a".repeat(100))),
    valid: true,
    json: true,
  },
  {
    name: "a Wikidata id of exactly 20 characters",
    input: changed((d) => (d.entities[0].identifiers[0].identifier = `Q${"1".repeat(19)}`)),
    valid: true,
    json: true,
  },
  {
    name: "a URL of exactly 2,048 characters",
    input: changed((d) => (d.source.url = `https://example.org/${"a".repeat(2_028)}`)),
    valid: true,
    json: true,
  },
  {
    name: "a URL with port 65535, a percent-encoded path, a query and a fragment",
    input: changed(
      (d) => (d.source.url = "https://example.org:65535/%D0%BC%D0%B8%D1%80?a=1&b=2#part"),
    ),
    valid: true,
    json: true,
  },
  {
    name: "a URL with an IPv6 host",
    input: changed((d) => (d.source.publisher.url = "http://[::1]:8080/")),
    valid: true,
    json: true,
  },
  {
    name: "two items whose mentions share a span (different lists)",
    input: changed((d) => d.topics[0].mentions.push(d.entities[0].mentions[0])),
    valid: true,
    json: true,
  },
];

/** The cases of issue 22, and their neighbours. */
const invalid: HostileCase[] = [
  // Lengths: every string is capped, counted in UTF-16 code units.
  {
    name: "a Wikidata id of 10 million characters",
    input: changed((d) => (d.entities[0].identifiers[0].identifier = `Q${"1".repeat(10_000_000)}`)),
    valid: false,
    at: "entities.0.identifiers.0.identifier",
    json: true,
  },
  {
    name: "a Wikidata id of 21 characters",
    input: changed((d) => (d.entities[0].identifiers[0].identifier = `Q${"1".repeat(20)}`)),
    valid: false,
    at: "entities.0.identifiers.0.identifier",
    json: true,
  },
  {
    name: "a note of 6,000 emoji (12,000 UTF-16 code units, 6,000 code points)",
    input: changed((d) => (d.translation.note = emoji.repeat(6_000))),
    valid: false,
    at: "translation.note",
    json: true,
    jsonSchema: "length in UTF-16 code units",
  },
  {
    name: "a note of 10,001 characters",
    input: changed((d) => (d.translation.note = "a".repeat(10_001))),
    valid: false,
    at: "translation.note",
    json: true,
  },
  {
    name: "an id of 101 characters",
    input: changed((d) => (d.id = "a".repeat(101))),
    valid: false,
    at: "id",
    json: true,
  },
  {
    name: "an id of 10 million characters",
    input: changed((d) => (d.id = "a".repeat(10_000_000))),
    valid: false,
    at: "id",
    json: true,
  },
  {
    name: "a quote of 10 million characters",
    input: changed((d) => (d.entities[0].mentions[0].quote = "a".repeat(10_000_000))),
    valid: false,
    at: "entities.0.mentions.0.quote",
    json: true,
  },
  {
    name: "a URL of 2,049 characters",
    input: changed((d) => (d.source.url = `https://example.org/${"a".repeat(2_029)}`)),
    valid: false,
    at: "source.url",
    json: true,
  },
  // Characters: well-formed Unicode, no control or bidirectional formatting character.
  {
    name: "a mention that splits a surrogate pair",
    input: changed((d) => {
      const end = d.headline.ru.length;
      d.headline.ru = `${d.headline.ru} ${emoji}`;
      d.headline.sentences[0].ru.end = d.headline.ru.length;
      loosely(d.entities[0].mentions).push({
        paragraphId: "headline",
        start: end + 1,
        end: end + 2,
        quote: emoji.slice(0, 1),
        en: null,
        enNote: "Half an emoji has no English.",
      });
    }),
    valid: false,
    at: "entities.0.mentions.8.quote",
    json: true,
  },
  {
    name: "a lone high surrogate in a name",
    input: changed((d) => (d.entities[0].name.en = "European \uD83D Union")),
    valid: false,
    at: "entities.0.name.en",
    json: true,
  },
  {
    name: "a lone low surrogate at the end of a note",
    input: changed((d) => (d.translation.note = "A note\uDE42")),
    valid: false,
    at: "translation.note",
    json: true,
  },
  {
    name: "a NUL in the event's name",
    input: changed((d) => (d.event.name.en = "Third\u0000meeting")),
    valid: false,
    at: "event.name.en",
    json: true,
  },
  {
    name: "a right-to-left override (U+202E) in an entity's name",
    input: changed((d) => (d.entities[3].name.en = "Turk\u202Emenistan")),
    valid: false,
    at: "entities.3.name.en",
    json: true,
  },
  {
    name: "a first-strong isolate (U+2068) in an agreement's summary",
    input: changed((d) => (d.agreements[0].summary.en = `To \u2068act\u2069`)),
    valid: false,
    at: "agreements.0.summary.en",
    json: true,
  },
  {
    name: "a tab in a topic's label",
    input: changed((d) => (d.topics[0].label.en = "radical\tisation")),
    valid: false,
    at: "topics.0.label.en",
    json: true,
  },
  {
    name: "a line break in a note",
    input: changed((d) => (d.source.sha256Note = "Two\nlines")),
    valid: false,
    at: "source.sha256Note",
    json: true,
  },
  {
    name: "a line separator (U+2028) in a note",
    input: changed((d) => (d.source.englishVersionNote = "Two\u2028lines")),
    valid: false,
    at: "source.englishVersionNote",
    json: true,
  },
  {
    name: "a C1 control (U+0085) in a title",
    input: changed((d) => (d.translation.note = "Next\u0085line")),
    valid: false,
    at: "translation.note",
    json: true,
  },
  {
    name: "DEL (U+007F) in a quote's English",
    input: changed((d) => (d.entities[0].mentions[0].en = { start: 0, end: 1, quote: "\u007F" })),
    valid: false,
    at: "entities.0.mentions.0.en.quote",
    json: true,
  },
  {
    name: "a note with a trailing space",
    input: changed((d) => (d.translation.note = "A note ")),
    valid: false,
    at: "translation.note",
    json: true,
  },
  {
    name: "an empty note",
    input: changed((d) => (d.translation.note = "")),
    valid: false,
    at: "translation.note",
    json: true,
  },
  // Spans: no two mentions of one list share a character, in Russian or in English.
  {
    name: "the same mention twice in one entity's mentions",
    input: changed((d) => d.entities[3].mentions.push(d.entities[3].mentions[0])),
    valid: false,
    at: "entities.3.mentions.1.start",
    json: true,
    jsonSchema: "cross-field check",
  },
  {
    name: "two mentions of one entity that overlap by one character",
    input: changed((d) => {
      const [first] = d.entities[3].mentions;
      const start = first.end - 1;
      loosely(d.entities[3].mentions).push({
        ...first,
        start,
        end: start + 1,
        quote: first.quote.slice(-1),
        en: null,
        enNote: "A letter has no English.",
      });
    }),
    valid: false,
    at: "entities.3.mentions.1.start",
    json: true,
    jsonSchema: "cross-field check",
  },
  {
    name: "two mentions of one entity whose English spans are the same",
    input: changed((d) => (d.entities[0].mentions[6].en = d.entities[0].mentions[5].en)),
    valid: false,
    at: "entities.0.mentions.6.en.start",
    json: true,
    jsonSchema: "cross-field check",
  },
  {
    name: "the same evidence twice in one evidence field",
    input: changed((d) => d.event.evidence.location.push(d.event.evidence.location[0])),
    valid: false,
    at: "event.evidence.location.2.start",
    json: true,
    jsonSchema: "cross-field check",
  },
  // Relations: each stated once.
  {
    name: "a relation stated twice, under another id",
    input: changed((d) => d.relations.push({ ...d.relations[0], id: "schmid-post-again" })),
    valid: false,
    at: "relations.9",
    json: true,
    jsonSchema: "cross-field check",
  },
  // URLs: absolute http(s) URLs in ASCII, without credentials, that browsers can open.
  ...(
    [
      ["with a user name and password", "https://user:pw@example.org/"],
      ["with a user name", "https://user@example.org/"],
      ["with empty credentials", "https://:@example.org/"],
      ["without the slashes: https:x", "https:x"],
      ["with one slash: https:/example.org", "https:/example.org"],
      ["with three slashes and no host", "https:///example.org"],
      ["with port 99999", "https://example.org:99999/"],
      ["with a space", "https://example.org/a b"],
      ["with non-ASCII characters", "https://пример.рф/"],
      ["with an uppercase scheme", "HTTPS://EXAMPLE.ORG/"],
      ["with another scheme: ftp", "ftp://example.org/"],
      ["with another scheme: javascript", "javascript:alert(1)"],
      ["with a leading space", " https://example.org/"],
      ["with a backslash", "https://example.org\\@evil.example/"],
    ] as const
  ).map(([what, url]): HostileCase => ({
    name: `a URL ${what}`,
    input: changed((d) => (d.source.url = url)),
    valid: false,
    at: "source.url",
    json: true,
  })),
  {
    name: "a URL whose IPv4 host is out of range",
    input: changed((d) => (d.source.url = "https://999.1.1.1/")),
    valid: false,
    at: "source.url",
    json: true,
    jsonSchema: "URL host",
  },
  {
    name: "a URL whose IPv6 host is malformed",
    input: changed((d) => (d.source.url = "https://[1:2]/")),
    valid: false,
    at: "source.url",
    json: true,
    jsonSchema: "URL host",
  },
  // Checks that span fields, at scale.
  {
    name: "an agreement naming one entity 20,000 times",
    input: changed((d) =>
      Object.assign(d.agreements[0], { entityIds: new Array<string>(20_000).fill("bomca") }),
    ),
    valid: false,
    at: "agreements.0.entityIds.1",
    json: true,
    jsonSchema: "cross-field check",
  },
  {
    name: "a participant whose entity does not exist",
    input: changed((d) => (d.participants[0].entityId = "kazakhstan")),
    valid: false,
    at: "participants.0.entityId",
    json: true,
    jsonSchema: "cross-field check",
  },
  {
    name: "a quote that does not match its text",
    input: changed((d) => (d.entities[0].mentions[0].quote = "Европа")),
    valid: false,
    at: "entities.0.mentions.0.quote",
    json: true,
    jsonSchema: "cross-field check",
  },
  // Numbers.
  {
    name: "an offset of 2^53 - 1, past the end of its block",
    input: changed((d) => (d.entities[0].mentions[0].end = Number.MAX_SAFE_INTEGER)),
    valid: false,
    at: "entities.0.mentions.0.end",
    json: true,
    jsonSchema: "cross-field check",
  },
  {
    name: "an offset of 2^53, not a safe integer",
    input: changed((d) => (d.entities[0].mentions[0].end = 2 ** 53)),
    valid: false,
    at: "entities.0.mentions.0.end",
    json: true,
  },
  {
    name: "a fractional offset",
    input: changed((d) => (d.entities[0].mentions[0].start = 1.5)),
    valid: false,
    at: "entities.0.mentions.0.start",
    json: true,
  },
  {
    name: "the impossible date 2016-02-30",
    input: changed((d) => (d.event.date = "2016-02-30")),
    valid: false,
    at: "event.date",
    json: true,
  },
  // Shapes.
  {
    name: "20,000 zeros as paragraphs",
    input: changed((d) => Object.assign(d, { paragraphs: new Array<number>(20_000).fill(0) })),
    valid: false,
    at: "paragraphs.0",
    json: true,
  },
  {
    name: "an unknown key of 5 million characters",
    input: changed((d) => Object.assign(d, { ["k".repeat(5_000_000)]: 1 })),
    valid: false,
    at: "",
    json: true,
  },
  {
    name: "__proto__ as an own key, as JSON.parse makes it",
    input: (): unknown =>
      JSON.parse(`{"__proto__": {"id": "x"}, ${JSON.stringify(articleDraft()).slice(1)}`),
    valid: false,
    at: "",
    json: true,
  },
  {
    name: "a headline nested 10,000 objects deep",
    input: changed((d) => {
      let deep: unknown = {};
      for (let level = 0; level < 10_000; level++) deep = { headline: deep };
      Object.assign(d, { headline: deep });
    }),
    valid: false,
    at: "headline",
    json: true,
  },
  { name: "null", input: () => null, valid: false, at: "", json: true },
  { name: "a number", input: () => 42, valid: false, at: "", json: true },
  {
    name: "a string of 2 million characters",
    input: () => "{".repeat(2_000_000),
    valid: false,
    at: "",
    json: true,
  },
  {
    name: "an array holding the article",
    input: () => [articleDraft()],
    valid: false,
    at: "",
    json: true,
  },
];

/** Inputs that are not JSON: what only JavaScript can pass. */
const unreadable: HostileCase[] = [
  {
    name: "a getter that throws",
    input: changed((d) =>
      Object.defineProperty(d, "headline", {
        enumerable: true,
        get() {
          throw new Error("getter says no");
        },
      }),
    ),
    valid: false,
    at: "",
    json: false,
  },
  {
    name: "a getter that throws something that is not an Error",
    input: changed((d) =>
      Object.defineProperty(d.entities[0], "name", {
        enumerable: true,
        get() {
          // eslint-disable-next-line @typescript-eslint/only-throw-error -- the point of the case
          throw "a string";
        },
      }),
    ),
    valid: false,
    at: "",
    json: false,
  },
  {
    name: "a proxy whose get trap throws",
    input: () =>
      new Proxy(articleDraft(), {
        get() {
          throw new TypeError("trap says no");
        },
      }),
    valid: false,
    at: "",
    json: false,
  },
  {
    name: "a proxy whose ownKeys trap throws",
    input: () =>
      new Proxy(articleDraft(), {
        ownKeys() {
          throw new RangeError("no keys");
        },
      }),
    valid: false,
    at: "",
    json: false,
  },
  {
    name: "a revoked proxy",
    input: () => {
      const { proxy, revoke } = Proxy.revocable(articleDraft(), {});
      revoke();
      return proxy;
    },
    valid: false,
    at: "",
    json: false,
  },
  {
    name: "paragraphs whose length cannot be read",
    input: changed((d) =>
      Object.assign(d, {
        paragraphs: new Proxy(d.paragraphs, {
          get(target, key) {
            if (key === "length") throw new Error("no length");
            return Reflect.get(target, key) as unknown;
          },
        }),
      }),
    ),
    valid: false,
    at: "",
    json: false,
  },
  {
    name: "an article that holds itself",
    input: changed((d) => Object.assign(d.event, { evidence: d })),
    valid: false,
    at: "event.evidence",
    json: false,
  },
  {
    name: "a Date as the whole input",
    input: () => new Date(0),
    valid: false,
    at: "id",
    json: false,
  },
];

/** Every case of the corpus. */
export const hostileCorpus: readonly HostileCase[] = [...valid, ...invalid, ...unreadable];
