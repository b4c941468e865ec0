import type { Article } from "../../src/index";

/**
 * A mutable deep copy of `T` for corrupting in tests: every property writable, every string,
 * number and boolean literal widened, and tuples kept as tuples, so that `draft.entities[0]`
 * needs no `!` and a corruption that no longer fits the data fails to type-check.
 */
export type Draft<T> = T extends string
  ? string
  : T extends number
    ? number
    : T extends boolean
      ? boolean
      : T extends object
        ? { -readonly [Key in keyof T]: Draft<T[Key]> }
        : T;

/** A mutable deep copy of `value` (`structuredClone`), typed as its {@link Draft}. */
export function draftOf<T>(value: T): Draft<T> {
  // type-coverage:ignore-next-line -- the copy is T made mutable, which is what Draft<T> says.
  return structuredClone(value) as Draft<T>;
}

/**
 * A draft handed to a function that takes an article: corrupted drafts are articles only in the
 * shape the function reads, which is what the test is about.
 */
export function asArticle(draft: unknown): Article {
  // type-coverage:ignore-next-line -- a test's copy of the article, changed on purpose.
  return draft as Article;
}
