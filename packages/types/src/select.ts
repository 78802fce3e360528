import type { ApiMethodName, ApiMethods, ApiMethodWithoutRequiredParams } from './gen/methods.gen.js';

// Picks a method's response type from the params given, using the curated `variants` of
// ApiMethods (schema/response-variants.json): the first variant whose condition the params
// surely meet wins; a variant the params only might meet (a `boolean`, an optional key) adds
// its type to the result, so the type never claims more than VK may send.

/** The params of a method. */
export type ApiParams<M extends ApiMethodName> = ApiMethods[M]['params'];

/** Error codes a method can fail with (its own and the global ones). */
export type ApiErrorCodeOf<M extends ApiMethodName> = ApiMethods[M]['errors'];

type MightMeet<P, W> = {
  [K in keyof W]-?: K extends keyof P ? ([Exclude<P[K], undefined> & W[K]] extends [never] ? false : true) : false;
}[keyof W] extends true
  ? true
  : false;

type SelectVariant<V, P, Default> = V extends readonly [readonly [infer W, infer R], ...infer Rest]
  ? P extends W
    ? R
    : MightMeet<P, W> extends true
      ? R | SelectVariant<Rest, P, Default>
      : SelectVariant<Rest, P, Default>
  : Default;

/** The response of method `M` called with params `P`. */
export type ApiResponse<M extends ApiMethodName, P = ApiParams<M>> = SelectVariant<ApiMethods[M]['variants'], P, ApiMethods[M]['response']>;

/** Rejects keys that are not params of the method (an object literal passed to a generic is not excess-checked). */
export type NoExtraParams<P, Allowed> = P & { [K in Exclude<keyof P, keyof Allowed>]: never };

/** Keys a method requires. */
type RequiredKeys<T> = { [K in keyof T]-?: {} extends Pick<T, K> ? never : K }[keyof T];

/** The params argument: optional when the method requires none. */
export type ApiParamsArg<M extends ApiMethodName, P> = [RequiredKeys<ApiParams<M>>] extends [never]
  ? [params?: NoExtraParams<P, ApiParams<M>>]
  : [params: NoExtraParams<P, ApiParams<M>>];


/**
 * The one call signature every client implements: `call('groups.get', { extended: 1 })` is
 * `Promise<GroupsGetExtendedResponse>`; unknown methods, misspelled or wrong-typed params and
 * missing required ones do not compile. Two overloads rather than a conditional rest tuple:
 * while `M` is being inferred a conditional parameter type cannot resolve, and then `const P`
 * is not inferred from the argument and literals widen (`extended: 1` → `number`).
 */
export interface ApiCall<Options = never> {
  <M extends ApiMethodWithoutRequiredParams, const P extends ApiParams<M> = {}>(
    method: M,
    params?: NoExtraParams<P, ApiParams<M>>,
    options?: Options,
  ): Promise<ApiResponse<M, P>>;
  <M extends ApiMethodName, const P extends ApiParams<M>>(
    method: M,
    params: NoExtraParams<P, ApiParams<M>>,
    options?: Options,
  ): Promise<ApiResponse<M, P>>;
}
