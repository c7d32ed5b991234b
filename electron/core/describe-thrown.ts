/** Shown when nothing readable can be had from a thrown value. */
const unreadable = 'a value that cannot be shown as text';

/** Runs a read that may throw (a getter, a Proxy trap, a revoked Proxy, a bad `toString`). */
function attempt<T>(read: () => T): T | undefined {
  try {
    return read();
  } catch {
    return undefined;
  }
}

function stringProperty(value: object, key: 'message' | 'stack'): string | undefined {
  const read = attempt(() => (value as Record<string, unknown>)[key]);
  return typeof read === 'string' && read !== '' ? read : undefined;
}

/**
 * The text of anything thrown: an error's message, a primitive as text, or an object's own
 * `toString`. Total on purpose — a script may throw an object whose `message` getter throws,
 * a Proxy, or something with no prototype — so describing a failure never fails in turn.
 */
export function describeThrown(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value !== 'object' && typeof value !== 'function') return String(value);
  if (value === null) return 'null';
  const message = stringProperty(value, 'message');
  if (message !== undefined) return message;
  const text = attempt(() => String(value));
  return typeof text === 'string' ? text : unreadable;
}

/** The stack when there is one (for the log only, never for the administrator), else the text. */
export function describeThrownForLog(value: unknown): string {
  const text = describeThrown(value);
  if (typeof value !== 'object' || value === null) return text;
  const stack = stringProperty(value, 'stack');
  if (stack === undefined) return text;
  // V8's stack starts with `Name: message`; other stacks get the text in front.
  return stack.startsWith(text) || stack.includes(`: ${text}`) ? stack : `${text}\n${stack}`;
}
