import { z } from 'zod';

// Typed constructors for the generated validators. Asking the type checker whether a whole zod
// schema type is assignable to `z.ZodType<T>` costs minutes over ~1,600 definitions; comparing
// only the schema's output type (`_zod.output`) with T is cheap and just as strict about the
// data the validator accepts.

/** Any zod schema whose parsed output is exactly assignable to T. */
export type OutputsAs<T> = { readonly _zod: { readonly output: T } };

/** The validators an object of type T needs: one per key, each yielding T[K]. */
export type ShapeOf<T> = { [K in keyof T]-?: OutputsAs<T[K]> };

/** An object validator that accepts unknown extra keys: VK adds fields without notice. */
export function looseObjectOf<T>(shape: ShapeOf<T>): z.ZodType<T> {
  return z.looseObject(shape as unknown as z.ZodRawShape) as unknown as z.ZodType<T>;
}

/** An object validator that rejects unknown keys: method params, where an extra key is a mistake. */
export function strictObjectOf<T>(shape: ShapeOf<T>): z.ZodType<T> {
  return z.strictObject(shape as unknown as z.ZodRawShape) as unknown as z.ZodType<T>;
}

/** A non-object validator checked against its generated type by output only. */
export function schemaOf<T>(schema: OutputsAs<T>): z.ZodType<T> {
  return schema as unknown as z.ZodType<T>;
}
