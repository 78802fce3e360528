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

/** A response variant rule: the first whose every condition holds picks the response key. */
export interface ResponseVariantRule {
  readonly key: string;
  /** Param → the values that select this variant, or '*' for "the param is given". */
  readonly when: { readonly [param: string]: readonly (string | number | boolean)[] | '*' };
}

export interface MethodMeta<M extends ApiMethodName = ApiMethodName> {
  readonly name: M;
  readonly tokenTypes: readonly TokenType[];
  /** Response keys of the schema (`response`, `extendedResponse`, …). */
  readonly responseKeys: readonly string[];
  /** For methods with several response keys: which params select which (schema/response-variants.json). */
  readonly variants?: { readonly rules: readonly ResponseVariantRule[]; readonly defaults: readonly string[] };
  /** The method's own error codes (the global ones apply to every method). */
  readonly errors: readonly number[];
  readonly params: { readonly [param: string]: ParamMeta };
}
