import type { DeepReadonly } from "./deep-readonly";

/**
 * Freezes `value` and everything reachable from it, in place, and returns it.
 * Already-frozen objects are still walked, since freezing is shallow and a
 * frozen object may hold unfrozen children.
 */
export function deepFreeze<T>(value: T): DeepReadonly<T> {
  if (typeof value === "object" && value !== null) {
    const children: unknown[] = Object.values(value);
    for (const child of children) deepFreeze(child);
    Object.freeze(value);
  }
  // type-coverage:ignore-next-line -- the same value, now frozen: DeepReadonly<T> is its type.
  return value as DeepReadonly<T>;
}
