import { z } from 'zod';

// Zod 4 keeps constraints as a list of check objects on the schema (`.min(1)` adds a
// `greater_than` check, `.int()` a `number_format` check, …). Zod folds them for its JSON
// Schema output with an internal helper it does not export, so the sampler folds the few
// kinds it needs here, narrowing each check with `instanceof` on zod's own constructors.

/** The checks attached to a schema; a format schema such as `z.int()` is its own first check. */
function checksOf(schema: z.core.$ZodType): readonly z.core.$ZodCheck<never>[] {
  const own = schema._zod.def.checks ?? [];
  return schema instanceof z.core.$ZodCheck ? [schema, ...own] : own;
}

export interface NumberBounds {
  /** Smallest allowed value, inclusive. */
  min: number | undefined;
  /** Largest allowed value, inclusive. */
  max: number | undefined;
  /** Set when the bound is exclusive (`gt`/`lt`). */
  minExclusive: boolean;
  maxExclusive: boolean;
  integer: boolean;
  /** Every `multipleOf` divisor. */
  divisors: number[];
  /** The range a number format (`int32`, `uint32`, `safeint`, …) allows, when one is set. */
  formatRange: readonly [number, number] | undefined;
}

const FORMAT_RANGES: Readonly<Record<string, readonly [number, number]>> = {
  safeint: [Number.MIN_SAFE_INTEGER, Number.MAX_SAFE_INTEGER],
  int32: [-2147483648, 2147483647],
  uint32: [0, 4294967295],
  float32: [-3.4028234663852886e38, 3.4028234663852886e38],
  float64: [-Number.MAX_VALUE, Number.MAX_VALUE],
};

export function numberBounds(schema: z.core.$ZodType): NumberBounds {
  const bounds: NumberBounds = {
    min: undefined,
    max: undefined,
    minExclusive: false,
    maxExclusive: false,
    integer: false,
    divisors: [],
    formatRange: undefined,
  };
  for (const check of checksOf(schema)) {
    if (check instanceof z.core.$ZodCheckGreaterThan) {
      const value = Number(check._zod.def.value);
      if (bounds.min === undefined || value > bounds.min || (value === bounds.min && !check._zod.def.inclusive)) {
        bounds.min = value;
        bounds.minExclusive = !check._zod.def.inclusive;
      }
    } else if (check instanceof z.core.$ZodCheckLessThan) {
      const value = Number(check._zod.def.value);
      if (bounds.max === undefined || value < bounds.max || (value === bounds.max && !check._zod.def.inclusive)) {
        bounds.max = value;
        bounds.maxExclusive = !check._zod.def.inclusive;
      }
    } else if (check instanceof z.core.$ZodCheckMultipleOf) {
      bounds.divisors.push(Number(check._zod.def.value));
    } else if (check instanceof z.core.$ZodCheckNumberFormat) {
      const format = check._zod.def.format;
      if (format.includes('int')) bounds.integer = true;
      bounds.formatRange = FORMAT_RANGES[format];
    }
  }
  return bounds;
}

export interface LengthBounds {
  min: number;
  max: number | undefined;
}

/** Length (strings, arrays) or size (sets, maps) limits. */
export function lengthBounds(schema: z.core.$ZodType): LengthBounds {
  const bounds: LengthBounds = { min: 0, max: undefined };
  const atLeast = (value: number): void => {
    bounds.min = Math.max(bounds.min, value);
  };
  const atMost = (value: number): void => {
    bounds.max = bounds.max === undefined ? value : Math.min(bounds.max, value);
  };
  for (const check of checksOf(schema)) {
    if (check instanceof z.core.$ZodCheckMinLength) atLeast(check._zod.def.minimum);
    else if (check instanceof z.core.$ZodCheckMaxLength) atMost(check._zod.def.maximum);
    else if (check instanceof z.core.$ZodCheckLengthEquals) {
      atLeast(check._zod.def.length);
      atMost(check._zod.def.length);
    } else if (check instanceof z.core.$ZodCheckMinSize) atLeast(check._zod.def.minimum);
    else if (check instanceof z.core.$ZodCheckMaxSize) atMost(check._zod.def.maximum);
    else if (check instanceof z.core.$ZodCheckSizeEquals) {
      atLeast(check._zod.def.size);
      atMost(check._zod.def.size);
    }
  }
  return bounds;
}

/** String format checks (`email`, `startsWith`, …) as the sampler understands them. */
export interface StringFormat {
  format: string;
  /** `startsWith` / `endsWith` / `includes` text. */
  text?: string;
}

export function stringFormats(schema: z.core.$ZodType): StringFormat[] {
  const formats: StringFormat[] = [];
  for (const check of checksOf(schema)) {
    if (check instanceof z.core.$ZodCheckStartsWith) {
      formats.push({ format: 'starts_with', text: check._zod.def.prefix });
    } else if (check instanceof z.core.$ZodCheckEndsWith) {
      formats.push({ format: 'ends_with', text: check._zod.def.suffix });
    } else if (check instanceof z.core.$ZodCheckIncludes) {
      formats.push({ format: 'includes', text: check._zod.def.includes });
    } else if (check instanceof z.core.$ZodCheckStringFormat) {
      formats.push({ format: check._zod.def.format });
    }
  }
  return formats;
}
