/** A language's strings as another must have them: the same keys, any string as a leaf. */
export type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };
