import type { ApiMethodName } from './gen/methods.gen.js';

/** How a param travels in the form-urlencoded body: as is, as 1/0, comma-joined, or as JSON text. */
export type ParamWire = 'scalar' | 'boolean' | 'list' | 'json';

/** What the wire text of a param (or of each list item) decodes to. */
export type ParamKind = 'integer' | 'number' | 'string' | 'boolean' | 'integer|string' | 'json';

export interface ParamMeta {
  readonly wire: ParamWire;
  readonly kind: ParamKind;
  readonly required: boolean;
}

export type TokenType = 'user' | 'group' | 'service' | 'open';

export interface MethodMeta<M extends ApiMethodName = ApiMethodName> {
  readonly name: M;
  readonly tokenTypes: readonly TokenType[];
  /** Response keys of the schema (`response`, `extendedResponse`, …). */
  readonly responseKeys: readonly string[];
  /** The method's own error codes (the global ones apply to every method). */
  readonly errors: readonly number[];
  readonly params: { readonly [param: string]: ParamMeta };
}
