/**
 * Offsets in Unicode code points, as the Web Annotation model and brat count them, from the
 * UTF-16 offsets JavaScript strings (and the data) use. They differ after every character outside
 * the Basic Multilingual Plane, which JavaScript stores as two UTF-16 code units (a surrogate
 * pair) and which counts as one code point.
 */

/**
 * A function that gives the code point offset of a UTF-16 offset in `text`, or `undefined` when
 * the offset is outside the text or between the two halves of a surrogate pair (where no code
 * point offset exists). One pass over the text; each look-up is constant time.
 */
export function codePointOffsets(text: string): (offset: number) => number | undefined {
  // At each UTF-16 offset, the number of code points before it; none inside a surrogate pair.
  const before: (number | undefined)[] = [];
  let count = 0;
  for (const character of text) {
    before.push(count);
    if (character.length === 2) before.push(undefined);
    count++;
  }
  before.push(count);
  return (offset) => before[offset];
}

/** Whether a UTF-16 code unit is the first (high) half of a surrogate pair. */
const isHigh = (unit: number) => unit >= 0xd800 && unit <= 0xdbff;
/** Whether a UTF-16 code unit is the second (low) half of a surrogate pair. */
const isLow = (unit: number) => unit >= 0xdc00 && unit <= 0xdfff;

/** The UTF-16 offset one code point before `offset` in `text` (0 stays 0). */
export function previousCodePoint(text: string, offset: number): number {
  if (offset <= 0) return 0;
  const pair = isLow(text.charCodeAt(offset - 1)) && isHigh(text.charCodeAt(offset - 2));
  return offset - (pair ? 2 : 1);
}

/** The UTF-16 offset one code point after `offset` in `text` (the end stays the end). */
export function nextCodePoint(text: string, offset: number): number {
  if (offset >= text.length) return text.length;
  const pair = isHigh(text.charCodeAt(offset)) && isLow(text.charCodeAt(offset + 1));
  return offset + (pair ? 2 : 1);
}
