// Type guards and value descriptions for input from outside (JSON, users' options, handlers' results).

/** A plain object: not null, not an array. */
export function isRecord(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Anything with a callable `then` (a promise from any realm or library). */
export function isPromiseLike<T>(value: T | PromiseLike<T>): value is PromiseLike<T> {
  return (
    ((typeof value === 'object' && value !== null) || typeof value === 'function') &&
    'then' in value &&
    typeof value.then === 'function'
  );
}

/** What kind of value this is, for a message: `null`, `an array`, `a string`, `an object`. */
export function describeType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  const type = typeof value;
  return type === 'object' || type === 'undefined' ? `an ${type}` : `a ${type}`;
}

/**
 * An error (or anything thrown) in one line for a message: `Name: message`, with a system error's
 * code when it has one (`TypeError (ECONNREFUSED): connect ECONNREFUSED 127.0.0.1:9`).
 * Text from elsewhere: redact secrets (redact.ts) before it goes into an error.
 */
export function describeError(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const code = 'code' in error && typeof error.code === 'string' ? ` (${error.code})` : '';
  return `${error.name}${code}: ${error.message}`;
}
