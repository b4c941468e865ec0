import type { Article } from "./article-types";
import { collections } from "./collections";
import { describeThrown, describeValue, oneOf, quote } from "./describe-value";

// Checks for arguments that plain JavaScript callers may get wrong. Each
// failure is a TypeError that names the function, the argument and what is
// allowed, so a mistake never surfaces as a crash deep inside a helper. They
// read only the argument's own properties, so a polluted Object.prototype
// changes nothing, and an argument that throws when read (a getter, a proxy)
// gives a TypeError too.

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (!isRecord(value)) return false;
  const prototype = Reflect.getPrototypeOf(value);
  return prototype === Reflect.getPrototypeOf({}) || prototype === null;
}

/** `value`'s own property `key`, or `undefined`: never one it inherits. */
function own(value: Record<string, unknown>, key: string): unknown {
  return Object.hasOwn(value, key) ? value[key] : undefined;
}

/**
 * What `read` returns; when reading the argument throws (a getter, a proxy's trap, a revoked
 * proxy), a TypeError that says so, naming the function and the argument.
 */
function readArgument<T>(functionName: string, argument: string, read: () => T): T {
  try {
    return read();
  } catch (error) {
    throw new TypeError(
      `${functionName}: ${argument} could not be read (${describeThrown(error)})`,
      { cause: error },
    );
  }
}

/**
 * Checks an optional filter object: each key must be one of `allowed`'s keys,
 * and each value that is not `undefined` one of that key's allowed values.
 */
export function checkFilter<Key extends string>(
  functionName: string,
  filter: unknown,
  allowed: Readonly<Record<Key, readonly string[]>>,
): Partial<Record<Key, string>> {
  // type-coverage:ignore-next-line -- Object.keys returns string[]; these are exactly allowed's keys.
  const keys = Object.keys(allowed) as Key[];
  if (filter === undefined) return {};
  // The filter's own enumerable keys and their values, read once.
  const given = readArgument(functionName, "filter", () =>
    isPlainObject(filter)
      ? new Map(Object.keys(filter).map((key) => [key, filter[key]]))
      : undefined,
  );
  if (given === undefined) {
    throw new TypeError(
      `${functionName}: filter must be undefined or an object with optional keys ${keys.join(", ")}; got ${describeValue(filter)}`,
    );
  }
  for (const key of given.keys()) {
    if (!Object.hasOwn(allowed, key)) {
      throw new TypeError(
        `${functionName}: unknown filter key ${quote(key)}; allowed keys: ${keys.join(", ")}`,
      );
    }
  }
  const checked: Partial<Record<Key, string>> = {};
  // No prototype, so that a caller destructuring a key that is not set gets undefined, even with
  // a polluted Object.prototype.
  Object.setPrototypeOf(checked, null);
  for (const key of keys) {
    const value = given.get(key);
    if (value === undefined) continue;
    // Stryker disable next-line ConditionalExpression: equivalent when false: includes() already rejects every non-string
    if (typeof value !== "string" || !allowed[key].includes(value)) {
      throw new TypeError(
        `${functionName}: filter.${key} must be ${oneOf(allowed[key], "values")}; got ${describeValue(value)}`,
      );
    }
    checked[key] = value;
  }
  return checked;
}

/** Checks that an argument is a string; `examples` are listed in the error. */
export function checkString(
  functionName: string,
  argument: string,
  value: unknown,
  examples: readonly string[],
): string {
  if (typeof value !== "string") {
    throw new TypeError(
      `${functionName}: ${argument} must be a string, ${oneOf(examples, "ids")}; got ${describeValue(value)}`,
    );
  }
  return value;
}

/** Checks that an argument is one of `allowed`. */
export function checkOneOf<Value extends string>(
  functionName: string,
  argument: string,
  value: unknown,
  allowed: readonly Value[],
): Value {
  const found = allowed.find((candidate) => candidate === value);
  if (found === undefined) {
    throw new TypeError(
      `${functionName}: ${argument} must be ${oneOf(allowed, "values")}; got ${describeValue(value)}`,
    );
  }
  return found;
}

/**
 * Checks that a value looks like an article: an object with a headline and
 * the five collections. It does not validate the data; `parseArticle` does.
 */
export function checkArticle(functionName: string, value: unknown): asserts value is Article {
  const ok = readArgument(
    functionName,
    "article",
    () =>
      isRecord(value) &&
      isRecord(own(value, "headline")) &&
      collections.every((key) => Array.isArray(own(value, key))),
  );
  if (!ok) {
    throw new TypeError(
      `${functionName}: article must be an article object with headline, ${collections.join(", ")} (such as parseArticle returns); got ${describeValue(value)}`,
    );
  }
}
