// Checking the numeric command-line options of the bench scripts (parseArgs gives strings).

/**
 * `text` as an integer from `min` to `max`, or an error naming the option. The upper bounds the
 * scripts pass keep the load they generate bounded in count and time.
 */
export function integerOption(name: string, text: string, min: number, max = Number.MAX_SAFE_INTEGER): number {
  const n = Number(text);
  if (!Number.isInteger(n) || n < min || n > max) {
    const range = max === Number.MAX_SAFE_INTEGER ? `≥ ${min}` : `from ${min} to ${max}`;
    throw new Error(`--${name} must be an integer ${range}, got ${text}`);
  }
  return n;
}
