// What a plain JavaScript caller gets for a wrong argument (src/arguments.ts):
// a TypeError whose message names the function, the argument, what is
// allowed and what was passed.
import { describe, expect, it } from "vitest";
import { article, forArticle, toJsonLd } from "../../src/index";
import { checkOneOf } from "../../src/argument-checks";
import { valueAt } from "../support/walk";
import { draft } from "../support/article-draft";

/** Calls `fn` as untyped JavaScript would. */
const call =
  (fn: unknown, ...args: unknown[]) =>
  () =>
    (fn as (...a: unknown[]) => unknown)(...args);
const helpers = () => forArticle(article);
/** The helper `name` of a fresh `forArticle(article)`, taken off its object as plain JavaScript may. */
const helper = (name: keyof ReturnType<typeof helpers>): unknown => Reflect.get(helpers(), name);

describe("how a wrong value is described", () => {
  class Language {
    readonly code = "ru";
  }
  const { proxy: revoked, revoke } = Proxy.revocable({}, {});
  revoke();
  const cases: [unknown, string][] = [
    [null, "null"],
    [undefined, "undefined"],
    [[1], "an array of 1 item"],
    ["de", '"de"'],
    ['say "hi"', '"say \\"hi\\""'],
    [`ru${"u".repeat(100)}`, `"ru${"u".repeat(58)}"… (102 characters)`],
    [{ language: "ru" }, "an object"],
    [new Date(0), "a Date"],
    [new Language(), "an instance of Language"],
    [42, "42"],
    [Number.NaN, "NaN"],
    [false, "false"],
    [10n, "10n"],
    [Symbol("ru"), "Symbol(ru)"],
    [function ru() {}, "a function named ru"],
    [revoked, "a value that cannot be read"],
  ];
  for (const [value, description] of cases) {
    it(`as ${description}`, () => {
      expect(call(helper("getText"), value)).toThrow(
        new TypeError(`getText: language must be one of: ru, en; got ${description}`),
      );
    });
  }
});

describe("filters", () => {
  it("accept an object without a prototype, as JSON-like data from Object.create(null)", () => {
    const filter = Object.assign(Object.create(null) as object, { role: "chair" as const });
    expect(
      helpers()
        .getParticipants(filter)
        .map((p) => p.id),
    ).toEqual(["helga-schmid-chair"]);
  });

  it("reject a class instance, a Map, a function or a boxed string, naming the allowed keys", () => {
    class Filter {
      role = "chair";
    }
    for (const filter of [new Filter(), new Map([["role", "chair"]]), () => "chair"]) {
      expect(call(helper("getParticipants"), filter)).toThrow(TypeError);
    }
    expect(call(helper("getParticipants"), new Filter())).toThrow(
      new TypeError(
        "getParticipants: filter must be undefined or an object with optional keys role, kind; got an instance of Filter",
      ),
    );
    expect(call(helper("getEntities"), new String("state"))).toThrow(
      new TypeError(
        "getEntities: filter must be undefined or an object with optional keys kind; got an instance of String",
      ),
    );
    expect(call(helper("getTopics"), null)).toThrow(
      new TypeError(
        "getTopics: filter must be undefined or an object with optional keys category; got null",
      ),
    );
  });

  it("reject an unknown key, even beside known ones or with an undefined value", () => {
    expect(call(helper("getAgreements"), { topicId: "migration", entity: "bomca" })).toThrow(
      new TypeError('getAgreements: unknown filter key "entity"; allowed keys: topicId, entityId'),
    );
    expect(call(helper("getEntities"), { kinds: undefined })).toThrow(
      new TypeError('getEntities: unknown filter key "kinds"; allowed keys: kind'),
    );
  });

  it("reject a value that is not one of the allowed strings, listing them", () => {
    expect(call(helper("getEntities"), { kind: "State" })).toThrow(
      new TypeError(
        'getEntities: filter.kind must be one of: state, organization, person, region, group, city, dialogue, programme, process, mechanism; got "State"',
      ),
    );
    expect(call(helper("getParticipants"), { role: "chair", kind: ["state"] })).toThrow(
      new TypeError(
        "getParticipants: filter.kind must be one of: state, organization, person, region, group, city, dialogue, programme, process, mechanism; got an array of 1 item",
      ),
    );
    expect(call(helper("getTopics"), { category: null })).toThrow(
      new TypeError(
        "getTopics: filter.category must be one of: security-challenge, policy-and-security-issue, cooperation-area; got null",
      ),
    );
    expect(call(helper("getAgreements"), { entityId: "turkmenistan " })).toThrow(
      new TypeError(
        'getAgreements: filter.entityId must be one of 14 values, such as: european-union, central-asia, central-asian-countries, turkmenistan, afghanistan; got "turkmenistan "',
      ),
    );
  });
});

describe("ids and languages", () => {
  it("an id must be a string, and the message lists the ids of that kind", () => {
    expect(call(helper("getEntity"), undefined)).toThrow(
      new TypeError(
        `getEntity: id must be a string, one of 14 ids, such as: ${article.entities
          .slice(0, 5)
          .map((e) => e.id)
          .join(", ")}; got undefined`,
      ),
    );
    const withMentions = [
      ...article.entities,
      ...article.participants,
      ...article.topics,
      ...article.agreements,
      ...article.relations,
      article.event,
    ].map((item) => item.id);
    expect(call(helper("getMentions"), 1)).toThrow(
      new TypeError(
        `getMentions: id must be a string, one of ${withMentions.length} ids, such as: ${withMentions.slice(0, 5).join(", ")}; got 1`,
      ),
    );
    expect(call(helper("getParagraph"), { id: "p1" })).toThrow(
      new TypeError(
        "getParagraph: id must be a string, one of: headline, p1, p2, p3, p4, p5; got an object",
      ),
    );
  });

  it("a language must be ru or en exactly", () => {
    for (const language of ["RU", "ru ", "fr", ""]) {
      expect(call(helper("getText"), language), language).toThrow(TypeError);
    }
  });
});

describe("forArticle and toJsonLd", () => {
  const notArticles: [string, unknown, string][] = [
    ["undefined", undefined, "undefined"],
    ["null", null, "null"],
    ["a string", "article", '"article"'],
    ["a function", () => 1, "an anonymous function"],
  ];
  const broken: [string, (d: ReturnType<typeof draft>) => unknown][] = [
    ["without a headline", (d) => delete d.headline],
    ["with a string headline", (d) => (d.headline = "Headline")],
    ["with a null headline", (d) => (d.headline = null)],
    ...(
      ["paragraphs", "entities", "participants", "topics", "agreements", "relations"] as const
    ).map((key): [string, (d: ReturnType<typeof draft>) => unknown] => [
      `with ${key} that are not an array`,
      (d) => (d[key] = { 0: valueAt(d, [key, 0]), length: 1 }),
    ]),
  ];
  const message = (fn: string, got: string) =>
    new TypeError(
      `${fn}: article must be an article object with headline, paragraphs, entities, participants, topics, agreements, relations (such as parseArticle returns); got ${got}`,
    );

  for (const fn of ["forArticle", "toJsonLd"] as const) {
    const target = fn === "forArticle" ? forArticle : toJsonLd;
    for (const [name, value, got] of notArticles) {
      if (fn === "toJsonLd" && value === undefined) continue; // the shipped article by default
      it(`${fn} rejects ${name}`, () => {
        expect(call(target, value)).toThrow(message(fn, got));
      });
    }
    for (const [name, corrupt] of broken) {
      it(`${fn} rejects an article ${name}`, () => {
        const input = draft();
        corrupt(input);
        expect(call(target, input)).toThrow(message(fn, "an object"));
      });
    }
  }

  it("forArticle accepts an article that is neither frozen nor validated", () => {
    expect(forArticle(draft() as typeof article).getEntities()).toHaveLength(14);
  });
});

describe("own properties only", () => {
  const polluted = Object.prototype as Record<string, unknown>;

  it("ignores a polluted Object.prototype in filters", () => {
    polluted.kind = "person";
    polluted.role = "chair";
    polluted.category = 3;
    try {
      expect(helpers().getEntities({})).toHaveLength(14);
      expect(helpers().getEntities({ kind: "state" })).toHaveLength(2);
      expect(helpers().getParticipants({})).toHaveLength(5);
      expect(helpers().getTopics({})).toHaveLength(10);
    } finally {
      delete polluted.kind;
      delete polluted.role;
      delete polluted.category;
    }
  });

  it("does not take an article's collections from a polluted Object.prototype", () => {
    const keys = ["paragraphs", "entities", "participants", "topics", "agreements", "relations"];
    for (const key of keys) {
      polluted[key] = [];
    }
    try {
      expect(call(forArticle, { headline: article.headline })).toThrow(
        /^forArticle: article must be an article object with headline, .*; got an object$/,
      );
    } finally {
      for (const key of keys) {
        Reflect.deleteProperty(polluted, key);
      }
    }
  });

  it("does not take an article's fields from its prototype", () => {
    expect(call(toJsonLd, Object.create(article))).toThrow(
      /^toJsonLd: article must be an article object with headline, .*; got an object$/,
    );
  });
});

describe("arguments that throw when read", () => {
  it("a filter whose getter throws gives a TypeError naming the filter and why", () => {
    const cause = new Error("getter says no");
    const filter = Object.defineProperty({}, "kind", {
      enumerable: true,
      get() {
        throw cause;
      },
    });
    const attempt = call(helper("getEntities"), filter);
    expect(attempt).toThrow(
      new TypeError("getEntities: filter could not be read (Error: getter says no)"),
    );
    expect(attempt).toThrow(expect.objectContaining({ cause }));
  });

  it("a revoked proxy as a filter or as an article gives a TypeError", () => {
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    expect(call(helper("getParticipants"), proxy)).toThrow(
      /^getParticipants: filter could not be read \(TypeError: Cannot perform 'getPrototypeOf' on a proxy that has been revoked\)$/,
    );
    expect(call(forArticle, proxy)).toThrow(
      /^forArticle: article could not be read \(TypeError: .*revoked\)$/,
    );
  });

  it("a proxy filter that reads well is read like the object it wraps", () => {
    expect(
      helpers()
        .getEntities(new Proxy({ kind: "city" as const }, {}))
        .map((e) => e.id),
    ).toEqual(["brussels"]);
  });
});

describe("messages stay short", () => {
  it("cuts a 5-million-character filter key to 60 characters", () => {
    const key = "k".repeat(5_000_000);
    expect(call(helper("getEntities"), { [key]: 1 })).toThrow(
      new TypeError(
        `getEntities: unknown filter key "${"k".repeat(60)}"… (5000000 characters); allowed keys: kind`,
      ),
    );
  });

  it("summarises the ids of a large article", () => {
    const copies = Array.from({ length: 100_000 }, (_, i) => ({
      ...article.entities[0],
      id: `e-${i}`,
    }));
    const queries = forArticle({ ...article, entities: [...article.entities, ...copies] });
    let message = "";
    try {
      queries.getEntity(7 as never);
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toBe(
      `getEntity: id must be a string, one of 100014 ids, such as: ${article.entities
        .slice(0, 5)
        .map((e) => e.id)
        .join(", ")}; got 7`,
    );
  });
});

describe("checkOneOf", () => {
  it("returns an allowed value, and names a long list of allowed values by count and examples", () => {
    const allowed = ["a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k"];
    expect(checkOneOf("f", "x", "k", allowed)).toBe("k");
    expect(() => checkOneOf("f", "x", "z", allowed)).toThrow(
      new TypeError('f: x must be one of 11 values, such as: a, b, c, d, e; got "z"'),
    );
  });
});
