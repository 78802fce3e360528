// Checks of numeric options, with one wording: `createApi: \`timeoutMs\` must be a positive number, got -1`.

/** A whole number above zero. */
export function isPositiveInteger(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value > 0;
}

/** Throws a RangeError naming `caller` and `name` unless `value` is a positive integer; returns it. */
export function checkPositiveInteger(caller: string, name: string, value: number): number {
  if (!isPositiveInteger(value)) throw new RangeError(`${caller}: \`${name}\` must be a positive integer, got ${String(value)}`);
  return value;
}

/** Throws a RangeError naming `caller` and `name` unless `value` is a finite number above zero; returns it. */
export function checkPositiveNumber(caller: string, name: string, value: number): number {
  if (!(typeof value === 'number' && Number.isFinite(value) && value > 0)) {
    throw new RangeError(`${caller}: \`${name}\` must be a positive number, got ${String(value)}`);
  }
  return value;
}

/** Throws a RangeError naming `caller` and `name` unless `value` is a finite number of zero or more; returns it. */
export function checkNonNegativeNumber(caller: string, name: string, value: number): number {
  if (!(typeof value === 'number' && Number.isFinite(value) && value >= 0)) {
    throw new RangeError(`${caller}: \`${name}\` must be a non-negative number, got ${String(value)}`);
  }
  return value;
}
