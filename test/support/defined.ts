// Tests index lists and maps the data makes sure of; this says so without a non-null assertion,
// and fails with a message, not a TypeError further on, when the data changes.

/** `value`, or an error naming `what` when it is `undefined` or `null`. */
export function defined<T>(value: T | undefined | null, what = "the value"): T {
  if (value === undefined || value === null) throw new Error(`${what} is missing`);
  return value;
}

/**
 * `fn` callable with any arguments, as plain JavaScript may call it: for the tests of what a
 * function does with arguments its types forbid.
 */
export const untyped =
  (fn: (...args: never[]) => unknown) =>
  (...args: unknown[]): unknown =>
    Reflect.apply(fn, undefined, args);
