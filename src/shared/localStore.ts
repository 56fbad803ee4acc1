/**
 * The browser's localStorage, or null where there is none or reading it
 * throws (storage disabled by policy, a sandboxed frame, Node): the one way
 * every part of the app reaches it, so each decides what to do without it.
 */
export function localStore(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}

/** A store that keeps nothing: for the callers that go on without storage. */
export const NO_STORE = { getItem: (): string | null => null, setItem: (): void => undefined, removeItem: (): void => undefined };
