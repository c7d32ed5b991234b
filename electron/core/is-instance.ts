/**
 * `instanceof` on anything thrown, made total: a revoked Proxy makes `instanceof` itself throw,
 * and such a value is no instance of ours.
 */
export function isInstance<T>(
  value: unknown,
  type: abstract new (...args: never[]) => T,
): value is T {
  try {
    return value instanceof type;
  } catch {
    return false;
  }
}
