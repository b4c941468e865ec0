// How messages show values (src/describe-value.ts): short, clear, never throwing.
import { describe, expect, it } from "vitest";
import {
  MAX_REASON_LENGTH,
  MAX_SHOWN_LENGTH,
  describeThrown,
  describeValue,
  oneOf,
  quote,
  truncate,
} from "../../src/describe-value";

describe("truncate", () => {
  it("keeps a text of at most 60 characters, and cuts a longer one with …", () => {
    expect(MAX_SHOWN_LENGTH).toBe(60);
    expect(truncate("a".repeat(60))).toBe("a".repeat(60));
    expect(truncate("a".repeat(61))).toBe(`${"a".repeat(60)}…`);
    expect(truncate("abcdef", 3)).toBe("abc…");
  });

  it("never splits a surrogate pair", () => {
    const emoji = "🙂";
    expect(truncate(`ab${emoji}cd`, 3)).toBe("ab…");
    expect(truncate(`abc${emoji}d`, 4)).toBe("abc…");
    expect(truncate(`ab${emoji}cd`, 4)).toBe(`ab${emoji}…`);
    // A high surrogate (U+D800–U+DBFF) at the cut goes; a low one, U+DC00 on, stays.
    expect(truncate("ab\uD800cd", 3)).toBe("ab…");
    expect(truncate("ab\uDBFFcd", 3)).toBe("ab…");
    expect(truncate("ab\uDC00cd", 3)).toBe("ab\uDC00…");
    expect(truncate("ab\uD7FFcd", 3)).toBe("ab\uD7FF…");
  });
});

describe("quote", () => {
  it("quotes a short string as JSON", () => {
    expect(quote("p1")).toBe('"p1"');
    expect(quote('say "hi"\n')).toBe('"say \\"hi\\"\\n"');
    expect(quote("x".repeat(60))).toBe(`"${"x".repeat(60)}"`);
  });

  it("cuts a longer one to 60 characters, with … and its length after the quote", () => {
    expect(quote("x".repeat(61))).toBe(`"${"x".repeat(60)}"… (61 characters)`);
    expect(quote(`${"x".repeat(58)}🙂`)).toBe(`"${"x".repeat(58)}🙂"`);
    expect(quote(`${"x".repeat(59)}🙂x`)).toBe(`"${"x".repeat(59)}"… (62 characters)`);
  });
});

describe("oneOf", () => {
  const ids = (count: number) => Array.from({ length: count }, (_, i) => `id-${i + 1}`);

  it("lists up to 10 values in full", () => {
    expect(oneOf(["ru", "en"], "values")).toBe("one of: ru, en");
    expect(oneOf(ids(10), "ids")).toBe(`one of: ${ids(10).join(", ")}`);
  });

  it("summarises more as their count and the first five", () => {
    expect(oneOf(ids(11), "ids")).toBe("one of 11 ids, such as: id-1, id-2, id-3, id-4, id-5");
    expect(oneOf(ids(100_000), "values")).toBe(
      "one of 100000 values, such as: id-1, id-2, id-3, id-4, id-5",
    );
  });

  it("cuts each value it lists short", () => {
    expect(oneOf(["a".repeat(100), "b"], "ids")).toBe(`one of: ${"a".repeat(60)}…, b`);
    expect(
      oneOf(
        [...ids(10), "c"].reverse().map((id) => id.repeat(20)),
        "ids",
      ),
    ).toMatch(/^one of 11 ids, such as: c{20}, (id-10){12}…, /);
  });
});

describe("describeValue", () => {
  class Filter {
    readonly role = "chair";
  }
  const cases: [string, unknown, string][] = [
    ["undefined", undefined, "undefined"],
    ["null", null, "null"],
    ["a string", "ru", '"ru"'],
    ["a long string", "r".repeat(100), `"${"r".repeat(60)}"… (100 characters)`],
    ["a number", 42, "42"],
    ["NaN", Number.NaN, "NaN"],
    ["Infinity", -Infinity, "-Infinity"],
    ["a boolean", true, "true"],
    ["a bigint", 10n, "10n"],
    ["a huge bigint", 10n ** 100n, `1${"0".repeat(59)}…n`],
    ["a symbol", Symbol("ru"), "Symbol(ru)"],
    ["a symbol with a long description", Symbol("d".repeat(100)), `Symbol(${"d".repeat(53)}…`],
    ["a named function", function ru() {}, "a function named ru"],
    [
      "an anonymous function",
      (
        () => () =>
          1
      )(),
      "an anonymous function",
    ],
    ["an empty array", [], "an array of 0 items"],
    ["an array of one", ["ru"], "an array of 1 item"],
    ["an array of two", [1, 2], "an array of 2 items"],
    ["a Date", new Date(0), "a Date"],
    ["a plain object", { language: "ru" }, "an object"],
    ["an object without a prototype", Object.create(null), "an object"],
    ["a class instance", new Filter(), "an instance of Filter"],
    ["a Map", new Map(), "an instance of Map"],
    ["a boxed string", new String("ru"), "an instance of String"],
    ["an object whose prototype has no constructor", Object.create({}), "an object"],
    [
      "an object whose constructor has no name",
      Object.create({ constructor: Object.defineProperty(() => 1, "name", { value: "" }) }),
      "an object",
    ],
    [
      "an object whose constructor is not a function",
      Object.create({ constructor: "Filter" }),
      "an object",
    ],
    [
      "an object whose constructor's name is not a string",
      Object.create({ constructor: Object.defineProperty(() => 1, "name", { value: 7 }) }),
      "an object",
    ],
  ];
  for (const [what, value, description] of cases) {
    it(`describes ${what} as ${description}`, () => {
      expect(describeValue(value)).toBe(description);
    });
  }

  it("never throws: a revoked proxy or a throwing trap is a value that cannot be read", () => {
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    expect(describeValue(proxy)).toBe("a value that cannot be read");
    const trap = new Proxy(
      {},
      {
        getPrototypeOf() {
          throw new Error("no");
        },
      },
    );
    expect(describeValue(trap)).toBe("a value that cannot be read");
    const fn = Object.defineProperty(() => 1, "name", {
      get() {
        throw new Error("no name");
      },
    });
    expect(describeValue(fn)).toBe("a value that cannot be read");
  });
});

describe("describeThrown", () => {
  it("gives an Error's name and message, cut to 200 characters", () => {
    expect(describeThrown(new TypeError("bad"))).toBe("TypeError: bad");
    expect(MAX_REASON_LENGTH).toBe(200);
    const long = describeThrown(new Error("e".repeat(1_000)));
    expect(long).toBe(`Error: ${"e".repeat(193)}…`);
  });

  it("describes anything else thrown as a value", () => {
    expect(describeThrown("a string")).toBe('"a string"');
    expect(describeThrown(undefined)).toBe("undefined");
    expect(describeThrown({ message: "not an Error" })).toBe("an object");
  });

  it("describes an Error whose name or message cannot be read as a value", () => {
    const error = new RangeError("hidden");
    Object.defineProperty(error, "name", {
      get() {
        throw new Error("no");
      },
    });
    expect(describeThrown(error)).toBe("an instance of RangeError");
  });
});
