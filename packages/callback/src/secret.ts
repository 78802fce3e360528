// Constant-time comparison of the event's `secret` with the configured one, in plain JS so it
// runs on every runtime the Fetch adapter targets (no node:crypto on Workers without flags), and
// without allocating: it runs on every request.

/**
 * True when `given` equals `expected`. The loop always walks all of `expected` and reads `given`
 * at the same indices whatever it holds, so the time taken depends only on the expected secret's
 * length, never on how many leading characters an attacker got right. Compares UTF-16 code
 * units, which is exact string equality.
 */
export function secretsEqual(given: string, expected: string): boolean {
  // A length mismatch still walks the whole expected secret before answering false.
  let diff = given.length ^ expected.length;
  for (let i = 0; i < expected.length; i++) {
    // Past the end of `given`, charCodeAt is NaN and `| 0` makes it 0; the length already differs.
    diff |= (given.charCodeAt(i) | 0) ^ expected.charCodeAt(i);
  }
  return diff === 0;
}
