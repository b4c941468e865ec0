// Code point offsets (src/formats/code-points.ts): the Web Annotation model and brat count Unicode
// code points, JavaScript strings UTF-16 code units; they part after an astral character.
import { describe, expect, it } from "vitest";
import {
  codePointOffsets,
  nextCodePoint,
  previousCodePoint,
} from "../../../src/formats/code-points";

const text = "a\u{1D538}b"; // UTF-16: a, high, low, b; code points: a, 𝔸, b

describe("codePointOffsets", () => {
  it("equals the UTF-16 offset up to an astral character, and one less after it", () => {
    const codePoint = codePointOffsets(text);
    expect([0, 1, 3, 4].map(codePoint)).toEqual([0, 1, 2, 3]);
    expect(codePointOffsets("Брюссель")(8)).toBe(8);
  });

  it("has no offset between the two halves of a surrogate pair, or outside the text", () => {
    const codePoint = codePointOffsets(text);
    expect(codePoint(2)).toBeUndefined();
    expect(codePoint(5)).toBeUndefined();
    expect(codePoint(-1)).toBeUndefined();
  });

  it("counts a lone surrogate as one code point, as JavaScript's string iterator does", () => {
    expect(codePointOffsets("\uD835x")(2)).toBe(2);
  });
});

describe("previousCodePoint and nextCodePoint", () => {
  it("step over a surrogate pair as one character", () => {
    expect(previousCodePoint(text, 3)).toBe(1);
    expect(nextCodePoint(text, 1)).toBe(3);
  });

  it("step one code unit elsewhere", () => {
    expect(previousCodePoint(text, 4)).toBe(3);
    expect(previousCodePoint(text, 1)).toBe(0);
    expect(nextCodePoint(text, 0)).toBe(1);
    expect(nextCodePoint(text, 3)).toBe(4);
    expect(previousCodePoint("\uDC00", 1)).toBe(0);
    expect(nextCodePoint("\uD835", 0)).toBe(1);
  });

  it("take a pair only of a high half (U+D800–U+DBFF) then a low half (U+DC00–U+DFFF)", () => {
    for (const pair of ["\uD800\uDC00", "\uDBFF\uDFFF"]) {
      expect(nextCodePoint(pair, 0), pair).toBe(2);
      expect(previousCodePoint(pair, 2), pair).toBe(0);
    }
    for (const notPair of ["a\uDC00", "\uD7FF\uDC00", "\uDC00\uDC00", "\uE000\uDC00"]) {
      expect(nextCodePoint(notPair, 0), notPair).toBe(1);
      expect(previousCodePoint(notPair, 2), notPair).toBe(1);
    }
    for (const notPair of ["\uD800a", "\uD800\uDBFF", "\uD800\uE000"]) {
      expect(nextCodePoint(notPair, 0), notPair).toBe(1);
      expect(previousCodePoint(notPair, 2), notPair).toBe(1);
    }
  });

  it("stay at the text's edges", () => {
    expect(previousCodePoint(text, 0)).toBe(0);
    expect(nextCodePoint(text, 4)).toBe(4);
  });
});
