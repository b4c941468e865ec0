/**
 * `T` with every nested property and array element readonly. Mapping over an
 * array or tuple type keeps it an array or tuple, now readonly.
 */
export type DeepReadonly<T> = T extends (...args: never[]) => unknown
  ? T
  : T extends object
    ? { readonly [Key in keyof T]: DeepReadonly<T[Key]> }
    : T;
