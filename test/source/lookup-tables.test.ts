// The look-ups that keep the public functions linear (src/lookup-tables.ts).
import { describe, expect, it } from "vitest";
import { byId, itemHolding } from "../../src/lookup-tables";

describe("byId", () => {
  it("finds each item by its id, the first of two with one id, as find would", () => {
    const items = [
      { id: "a", n: 1 },
      { id: "b", n: 2 },
      { id: "a", n: 3 },
    ];
    const map = byId(items);
    expect(map.get("a")).toBe(items[0]);
    expect(map.get("b")).toBe(items[1]);
    expect(map.get("c")).toBeUndefined();
    expect(map.get("__proto__")).toBeUndefined();
    expect(map.size).toBe(2);
  });
});

describe("itemHolding", () => {
  // Sentences as a block has them: in order, not overlapping, with gaps between.
  const sentences = [
    { id: "s1", span: { start: 0, end: 10 } },
    { id: "s2", span: { start: 12, end: 20 } },
    { id: "s3", span: { start: 21, end: 30 } },
  ];
  const holding = (start: number, end: number) =>
    itemHolding(sentences, (s) => s.span, start, end)?.id;

  it("finds the item whose span holds the span, at its edges too", () => {
    expect(holding(0, 10)).toBe("s1");
    expect(holding(3, 4)).toBe("s1");
    expect(holding(12, 13)).toBe("s2");
    expect(holding(19, 20)).toBe("s2");
    expect(holding(21, 30)).toBe("s3");
  });

  it("finds none for a span across two items, in a gap, or outside them all", () => {
    expect(holding(8, 13)).toBeUndefined();
    expect(holding(10, 12)).toBeUndefined();
    expect(holding(11, 12)).toBeUndefined();
    expect(holding(25, 31)).toBeUndefined();
    expect(holding(-3, -1)).toBeUndefined();
    expect(itemHolding([], (s: { start: number; end: number }) => s, 0, 1)).toBeUndefined();
  });

  it("looks at a logarithmic number of items, not at each", () => {
    const many = Array.from({ length: 1_024 }, (_, i) => ({ start: 2 * i, end: 2 * i + 1 }));
    let looks = 0;
    const spanOf = (span: { start: number; end: number }) => {
      looks++;
      return span;
    };
    expect(itemHolding(many, spanOf, 2 * 700, 2 * 700 + 1)).toBe(many[700]);
    expect(looks).toBeLessThanOrEqual(12);
  });
});
