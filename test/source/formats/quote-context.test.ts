// The context of a Web Annotation TextQuoteSelector (src/formats/quote-context.ts): the shortest
// prefix and suffix, grown one code point on each side at a time up to a limit, that make the
// quote's match unique in the whole text.
import { describe, expect, it } from "vitest";
import { contextLimit, occurrencesIn, quoteInContext } from "../../../src/formats/quote-context";

/** How often `needle` occurs in `text`, overlapping occurrences included. */
const count = (text: string, needle: string) =>
  [...text.matchAll(new RegExp(`(?=${needle.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")})`, "gu"))]
    .length;

describe("occurrencesIn", () => {
  it("gives every offset of a string, overlapping ones included, and none for an absent one", () => {
    const occurrences = occurrencesIn("aaa b aa");
    expect(occurrences("aa")).toEqual([0, 1, 6]);
    expect(occurrences("c")).toEqual([]);
  });

  it("searches for each string once", () => {
    const occurrences = occurrencesIn("abc abc");
    expect(occurrences("abc")).toBe(occurrences("abc"));
  });
});

describe("quoteInContext", () => {
  const context = (text: string, start: number, end: number) =>
    quoteInContext(text, start, end, occurrencesIn(text));

  it("counts an occurrence near the text's start only where its context fits in the text", () => {
    // "b" at 0 has no character before it, so "bb" at 0 does not match "b" at 1 with its prefix.
    expect(context("bbaa", 1, 2)).toEqual({ exact: "b", prefix: "b", suffix: "a" });
  });

  it("needs no context for a quote that occurs once", () => {
    expect(context("Брюссель и Москва", 11, 17)).toEqual({
      exact: "Москва",
      prefix: "",
      suffix: "",
    });
  });

  it("grows the context one character on each side until the match is unique", () => {
    const text = "axЕСya bxЕСyb ЕС.";
    const selectors = [2, 9, 14].map((start) => context(text, start, start + 2));
    expect(selectors).toEqual([
      { exact: "ЕС", prefix: "ax", suffix: "ya" },
      { exact: "ЕС", prefix: "bx", suffix: "yb" },
      { exact: "ЕС", prefix: " ", suffix: "." },
    ]);
    for (const { exact, prefix, suffix } of selectors) {
      expect(count(text, prefix + exact + suffix)).toBe(1);
    }
  });

  it("takes what there is at the text's edges", () => {
    expect(context("ab ab", 0, 2)).toEqual({ exact: "ab", prefix: "", suffix: " " });
    expect(context("ab ab", 3, 5)).toEqual({ exact: "ab", prefix: " ", suffix: "" });
    expect(context("abab", 2, 4)).toEqual({ exact: "ab", prefix: "b", suffix: "" });
  });

  it("counts overlapping matches as matches", () => {
    expect(context("aaa", 1, 3)).toEqual({ exact: "aa", prefix: "a", suffix: "" });
  });

  it("never splits a character outside the Basic Multilingual Plane", () => {
    const text = "\u{1D538}x \u{1D539}x";
    expect(context(text, 2, 3)).toEqual({ exact: "x", prefix: "\u{1D538}", suffix: " " });
  });

  it(`stops at ${contextLimit} characters on each side, where the position selector decides`, () => {
    const passage = "x".repeat(contextLimit + 5);
    const text = `${passage}ЕС${passage} ${passage}ЕС${passage}`;
    const start = passage.length;
    const selector = context(text, start, start + 2);
    expect(selector.prefix).toBe("x".repeat(contextLimit));
    expect(selector.suffix).toBe("x".repeat(contextLimit));
    expect(count(text, selector.prefix + selector.exact + selector.suffix)).toBe(2);
  });
});
