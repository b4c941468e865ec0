// How error messages show what a caller passed: short, never the whole of a huge value, and
// never an error of their own. Used by the helpers' TypeErrors, the schema's messages and
// ArticleValidationError alike.

/** The most characters (UTF-16 code units) of an input value that a message shows. */
export const MAX_SHOWN_LENGTH = 60;

/** The most characters of a thrown error's name and message that a message shows. */
export const MAX_REASON_LENGTH = 200;

/** How many values a message lists, at most, before it summarises the rest. */
const MAX_LISTED = 10;

/** How many values a summary names as examples. */
const EXAMPLES = 5;

/** The first `max` characters (UTF-16 code units) of `text`, one fewer if that would split a surrogate pair. */
function head(text: string, max: number): string {
  const last = text.charCodeAt(max - 1);
  return text.slice(0, last >= 0xd800 && last <= 0xdbff ? max - 1 : max);
}

/**
 * `text` cut to `max` characters (UTF-16 code units) followed by "…" when longer, without
 * splitting a surrogate pair.
 */
export function truncate(text: string, max: number = MAX_SHOWN_LENGTH): string {
  return text.length <= max ? text : `${head(text, max)}…`;
}

/**
 * A string as a message shows it: in double quotes, JSON-escaped, at most
 * {@link MAX_SHOWN_LENGTH} characters of it; a longer one is cut, with "…" and its length after
 * the closing quote: `"kkkk"… (5000000 characters)`.
 */
export function quote(text: string): string {
  if (text.length <= MAX_SHOWN_LENGTH) return JSON.stringify(text);
  return `${JSON.stringify(head(text, MAX_SHOWN_LENGTH))}… (${text.length} characters)`;
}

/**
 * `values` as a message lists the allowed ones: every value when there are at most 10
 * (`one of: a, b, c`), else the count and the first five
 * (`one of 14 ids, such as: a, b, c, d, e`), each cut to {@link MAX_SHOWN_LENGTH} characters.
 *
 * @param noun - what the values are, in the plural, such as `"ids"`.
 */
export function oneOf(values: readonly string[], noun: string): string {
  if (values.length <= MAX_LISTED)
    return `one of: ${values.map((value) => truncate(value)).join(", ")}`;
  const examples = values.slice(0, EXAMPLES).map((value) => truncate(value));
  return `one of ${values.length} ${noun}, such as: ${examples.join(", ")}`;
}

/**
 * A short description of any value, for a message that says what was passed: a string quoted
 * ({@link quote}); `undefined`, `null`, a number (`NaN` too), a boolean or a bigint (`10n`) as
 * written; `Symbol(description)`; `a function named f`; `an array of 3 items`; `a Date`;
 * `an object` (a plain object, or one without a prototype); `an instance of Map` (any other
 * object, by its constructor's name). It never throws: a value it cannot inspect, such as a
 * revoked proxy, is `a value that cannot be read`.
 */
export function describeValue(value: unknown): string {
  try {
    return describeOrThrow(value);
  } catch {
    return "a value that cannot be read";
  }
}

function describeOrThrow(value: unknown): string {
  switch (typeof value) {
    case "string":
      return quote(value);
    case "bigint":
      return `${truncate(value.toString())}n`;
    case "symbol":
      return truncate(value.toString());
    case "function":
      return value.name === ""
        ? "an anonymous function"
        : `a function named ${truncate(value.name)}`;
    case "object":
      return value === null ? "null" : describeObject(value);
    default:
      // undefined, a number or a boolean
      return String(value);
  }
}

const isArray = (value: object): value is readonly unknown[] => Array.isArray(value);

function describeObject(value: object): string {
  if (isArray(value)) {
    return `an array of ${value.length} item${value.length === 1 ? "" : "s"}`;
  }
  if (value instanceof Date) return "a Date";
  const prototype = Reflect.getPrototypeOf(value);
  if (prototype === null || prototype === Reflect.getPrototypeOf({})) return "an object";
  // The descriptor, not the property: a getter is not run.
  const descriptor: { value?: unknown } | undefined = Reflect.getOwnPropertyDescriptor(
    prototype,
    "constructor",
  );
  const constructor = descriptor?.value;
  const name: unknown = typeof constructor === "function" ? constructor.name : undefined;
  return typeof name === "string" && name !== "" ? `an instance of ${truncate(name)}` : "an object";
}

/**
 * Why something could not be read, from what was thrown: an `Error`'s name and message
 * (`TypeError: Cannot perform 'get' on a proxy that has been revoked`), cut to
 * {@link MAX_REASON_LENGTH} characters, or {@link describeValue} of anything else thrown. It
 * never throws.
 */
export function describeThrown(thrown: unknown): string {
  try {
    if (thrown instanceof Error) {
      return truncate(`${thrown.name}: ${thrown.message}`, MAX_REASON_LENGTH);
    }
  } catch {
    // An error whose name or message cannot be read is described like any other value.
  }
  return describeValue(thrown);
}
