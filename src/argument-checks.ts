import type { Article } from "./article-types";
import { collections } from "./collections";

// Checks for arguments that plain JavaScript callers may get wrong. Each
// failure is a TypeError that names the function, the argument and what is
// allowed, so a mistake never surfaces as a crash deep inside a helper.

/** A short, safe description of a value for error messages. */
export function describe(value: unknown): string {
  if (typeof value === "string") return JSON.stringify(value);
  // eslint-disable-next-line @typescript-eslint/no-base-to-string -- a primitive or a function here, never an object
  if (typeof value !== "object") return `${typeof value} ${String(value)}`;
  if (value === null) return "null";
  return Array.isArray(value) ? "an array" : "an object";
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (!isRecord(value)) return false;
  const prototype = Reflect.getPrototypeOf(value);
  return prototype === Reflect.getPrototypeOf({}) || prototype === null;
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
  if (!isPlainObject(filter)) {
    throw new TypeError(
      `${functionName}: filter must be undefined or an object with optional keys ${keys.join(", ")}; got ${describe(filter)}`,
    );
  }
  for (const key of Object.keys(filter)) {
    if (!Object.hasOwn(allowed, key)) {
      throw new TypeError(
        `${functionName}: unknown filter key ${JSON.stringify(key)}; allowed keys: ${keys.join(", ")}`,
      );
    }
  }
  const checked: Partial<Record<Key, string>> = {};
  for (const key of keys) {
    const value = filter[key];
    if (value === undefined) continue;
    // Stryker disable next-line ConditionalExpression: equivalent when false: includes() already rejects every non-string
    if (typeof value !== "string" || !allowed[key].includes(value)) {
      throw new TypeError(
        `${functionName}: filter.${key} must be one of: ${allowed[key].join(", ")}; got ${describe(value)}`,
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
      `${functionName}: ${argument} must be a string, one of: ${examples.join(", ")}; got ${describe(value)}`,
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
      `${functionName}: ${argument} must be one of: ${allowed.join(", ")}; got ${describe(value)}`,
    );
  }
  return found;
}

/**
 * Checks that a value looks like an article: an object with a headline and
 * the five collections. It does not validate the data; `parseArticle` does.
 */
export function checkArticle(functionName: string, value: unknown): asserts value is Article {
  const ok =
    isRecord(value) &&
    typeof value.headline === "object" &&
    value.headline !== null &&
    collections.every((key) => Array.isArray(value[key]));
  if (!ok) {
    throw new TypeError(
      `${functionName}: article must be an article object with headline, ${collections.join(", ")} (such as parseArticle returns); got ${describe(value)}`,
    );
  }
}
