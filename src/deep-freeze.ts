import type { DeepReadonly } from "./deep-readonly";

/**
 * Freezes `value` and everything reachable from it, in place, and returns it.
 * Already-frozen objects are still walked, since freezing is shallow and a
 * frozen object may hold unfrozen children.
 */
export function deepFreeze<T>(value: T): DeepReadonly<T> {
  if (typeof value === "object" && value !== null) {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value as DeepReadonly<T>;
}
