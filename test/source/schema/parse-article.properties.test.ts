// Property-based tests (fast-check) of parseArticle and safeParseArticle: bad
// input of every kind gets a clear, typed answer, never a crash deep inside. Each property's run count is set
// explicitly; the totals are what the closing notes and README report.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import * as main from "../../../src/index";
import { ArticleValidationError, parseArticle, safeParseArticle } from "../../../src/schema/index";
import { draftOf } from "../../support/draft";
import { nodes, valueAt, type Path } from "../../support/walk";

type Json = Record<string, unknown>;

const all = nodes(main.article);
const leaves = all.filter(({ value }) => typeof value !== "object" || value === null);
const strings = leaves.filter(({ value }) => typeof value === "string");
const objects = all.filter(
  (node): node is { path: Path; value: Json } =>
    typeof node.value === "object" && node.value !== null && !Array.isArray(node.value),
);
const fields = objects.flatMap(({ path, value }) =>
  Object.keys(value).map((key) => [...path, key]),
);
const mentions = objects.filter(({ value }) => "quote" in value).map(({ path }) => path);
const idPaths = objects
  .filter(({ value }) => typeof value.id === "string" && value.id !== main.article.id)
  .map(({ path }) => [...path, "id"]);
const referencePaths = leaves
  .map(({ path }) => path)
  .filter((path) => {
    const key =
      path.at(-1) === undefined
        ? ""
        : String(typeof path.at(-1) === "number" ? path.at(-2) : path.at(-1));
    return [
      "entityId",
      "seriesId",
      "locationId",
      "chairId",
      "paragraphId",
      "topicIds",
      "entityIds",
      "frameworkIds",
      "subjectId",
      "objectId",
    ].includes(key);
  });

const draft = (): Json => draftOf(main.article);
const get = (root: Json, path: Path): unknown => valueAt(root, path);
const parentOf = (root: Json, path: Path) => get(root, path.slice(0, -1)) as Json;
const lastKey = (path: Path) => path.at(-1) ?? "";
const set = (root: Json, path: Path, value: unknown) => {
  parentOf(root, path)[lastKey(path)] = value;
};
const startsWith = (path: readonly (string | number)[], prefix: Path) =>
  prefix.every((key, index) => path[index] === key);

interface Mutation {
  kind: string;
  /** Applies the mutation to a fresh copy and says where the schema must point. */
  apply: (input: Json) => Path;
}

/** A value of another JSON type than `value`, which no field accepts in its place. */
const otherType = (value: unknown): unknown =>
  typeof value === "string"
    ? 42
    : typeof value === "number"
      ? "3"
      : typeof value === "boolean"
        ? "yes"
        : 7;

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.constantFrom(...fields).map((path) => ({
    kind: "field removed",
    apply: (input: Json) => {
      Reflect.deleteProperty(parentOf(input, path), lastKey(path));
      return path;
    },
  })),
  fc.constantFrom(...leaves).map(({ path, value }) => ({
    kind: "type changed",
    apply: (input: Json) => {
      set(input, path, otherType(value));
      return path;
    },
  })),
  fc
    .tuple(
      fc.constantFrom(...mentions),
      fc.constantFrom("start", "end"),
      fc.integer({ min: -40, max: 40 }).filter((d) => d !== 0),
    )
    .map(([path, field, delta]) => ({
      kind: "offset shifted",
      apply: (input: Json) => {
        const mention = get(input, path) as Json;
        mention[field] = Number(mention[field]) + delta;
        return path;
      },
    })),
  fc
    .tuple(fc.constantFrom(...mentions), fc.string({ minLength: 1, maxLength: 3 }))
    .map(([path, extra]) => ({
      kind: "quote altered",
      apply: (input: Json) => {
        const mention = get(input, path) as Json;
        mention.quote = `${String(mention.quote)}${extra}`;
        return [...path, "quote"];
      },
    })),
  fc
    .tuple(fc.constantFrom(...idPaths), fc.constantFrom(...idPaths))
    .filter(([a, b]) => a.join() !== b.join())
    .map(([from, to]) => ({
      kind: "id duplicated",
      apply: (input: Json) => {
        set(input, to, get(input, from));
        // The check reports the later of the two; either id path points at the duplicate.
        return [];
      },
    })),
  fc.tuple(fc.constantFrom(...referencePaths), fc.nat()).map(([path, n]) => ({
    kind: "dangling reference",
    apply: (input: Json) => {
      set(input, path, `no-such-id-${n}`);
      return path;
    },
  })),
  fc
    .tuple(
      fc.constantFrom(...objects.map(({ path }) => path)),
      fc.oneof(fc.string(), fc.constantFrom("__proto__", "constructor", "prototype")),
    )
    .map(([path, key]) => ({
      kind: "extra key",
      apply: (input: Json) => {
        const target = get(input, path) as Json;
        let extra = key;
        while (Object.hasOwn(target, extra)) extra = `${extra}_`;
        // defineProperty, so that even "__proto__" becomes an own key, as JSON.parse makes it.
        Object.defineProperty(target, extra, {
          value: 1,
          enumerable: true,
          writable: true,
          configurable: true,
        });
        return path;
      },
    })),
  fc
    .tuple(fc.constantFrom(...strings), fc.integer({ min: 10_001, max: 200_000 }))
    .map(([{ path }, length]) => ({
      kind: "huge string",
      apply: (input: Json) => {
        set(input, path, "a".repeat(length));
        return path;
      },
    })),
  fc
    .tuple(fc.constantFrom(...all.slice(1)), fc.integer({ min: 100, max: 5_000 }))
    .map(([{ path }, depth]) => ({
      kind: "deep nesting",
      apply: (input: Json) => {
        let nested: unknown = "x";
        for (let level = 0; level < depth; level++)
          nested = level % 2 ? [nested] : { deep: nested };
        set(input, path, nested);
        return path;
      },
    })),
);

describe("safeParseArticle and parseArticle on arbitrary input", () => {
  it("never throw from safeParseArticle on arbitrary JSON values (2,000 cases)", () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const result = safeParseArticle(value);
        expect(result.success).toBe(false);
      }),
      { numRuns: 2_000 },
    );
  });

  it("throw only ArticleValidationError from parseArticle on arbitrary values (2,000 cases)", () => {
    fc.assert(
      fc.property(
        fc.anything({
          withNullPrototype: true,
          withObjectString: true,
          withBigInt: true,
          withDate: true,
          withMap: true,
          withSet: true,
        }),
        (value) => {
          expect(() => parseArticle(value)).toThrow(ArticleValidationError);
        },
      ),
      { numRuns: 2_000 },
    );
  });
});

describe("mutations of the valid article", () => {
  it("are all rejected, with an issue whose path points at the broken field (5,000 cases)", () => {
    const seen = new Map<string, number>();
    fc.assert(
      fc.property(mutation, (m) => {
        const input = draft();
        const at = m.apply(input);
        const result = safeParseArticle(input);
        expect(result.success, m.kind).toBe(false);
        if (result.success) return;
        const paths = result.error.issues.map((issue) => issue.path);
        if (m.kind === "id duplicated") {
          expect(
            paths.some((path) => path.at(-1) === "id"),
            m.kind,
          ).toBe(true);
        } else {
          // At the field itself or below it; or at its object, for unknown keys and union members.
          const pointed = paths.some(
            (path) =>
              startsWith(path, at) || (path.length === at.length - 1 && startsWith(at, [...path])),
          );
          expect(pointed, `${m.kind} at ${at.join(".")}: ${JSON.stringify(paths)}`).toBe(true);
        }
        seen.set(m.kind, (seen.get(m.kind) ?? 0) + 1);
      }),
      { numRuns: 5_000 },
    );
    expect([...seen.keys()].sort()).toEqual(
      [
        "deep nesting",
        "extra key",
        "field removed",
        "huge string",
        "id duplicated",
        "offset shifted",
        "quote altered",
        "type changed",
        "dangling reference",
      ].sort(),
    );
  }, 120_000);
});

describe("prototype pollution", () => {
  const pollutingKeys = ["__proto__", "constructor", "prototype"];

  it("rejects __proto__, constructor and prototype keys anywhere, and leaves Object.prototype untouched", () => {
    const before = Object.getOwnPropertyNames(Object.prototype).sort();
    const json = JSON.stringify(main.article);
    for (const key of pollutingKeys) {
      for (const at of ["{", '"event":{', '"entities":[{']) {
        const input: unknown = JSON.parse(json.replace(at, `${at}"${key}":{"polluted":true},`));
        const result = safeParseArticle(input);
        expect(result.success, `${key} at ${at}`).toBe(false);
        if (!result.success) expect(result.error.message).toContain(`unknown key "${key}"`);
      }
    }
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(before);
    expect(({} as Json).polluted).toBeUndefined();
  });

  it("rejects such keys in helper filters", () => {
    const filter = JSON.parse('{"__proto__": {"role": "chair"}}') as main.ParticipantFilter;
    expect(() => main.getParticipants(filter)).toThrow(
      'getParticipants: unknown filter key "__proto__"; allowed keys: role, kind',
    );
    expect(() => main.getTopics(JSON.parse('{"constructor": "x"}') as main.TopicFilter)).toThrow(
      TypeError,
    );
  });
});
