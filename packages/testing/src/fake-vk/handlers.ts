import type { ApiMethodName, ApiMethods, ApiParams } from '@vkts/types';
import { apiValidators } from '@vkts/types/zod';
import type { FakeVkAuth } from './options.js';

/** Any response variant of a method (`response`, `extendedResponse`, …). */
export type FakeVkResponse<M extends ApiMethodName> = ApiMethods[M]['responses'][keyof ApiMethods[M]['responses']];

/** What a handler knows about the call besides its params. */
export interface FakeVkCallContext {
  readonly method: ApiMethodName;
  /** Who is calling (the token itself is never handed out). */
  readonly auth: FakeVkAuth;
  /** The params as they travelled, before decoding (transport params such as `v` left out). */
  readonly wireParams: Readonly<Record<string, string>>;
  /** True for a call made inside `execute` code. */
  readonly viaExecute: boolean;
}

/**
 * A programmed answer for one method: gets the decoded, validated params and returns the
 * response (or throws `fakeVkError(code, message)` to answer with a VK error).
 */
export type FakeVkHandler<M extends ApiMethodName> = (
  params: ApiParams<M>,
  context: FakeVkCallContext,
) => FakeVkResponse<M> | Promise<FakeVkResponse<M>>;

/** A handler with its method's types erased, so handlers of all methods fit in one table. */
export type StoredHandler = (params: Readonly<Record<string, unknown>>, context: FakeVkCallContext) => Promise<unknown>;

/**
 * Store a typed handler. Its params are parsed with the method's own validator once more: the
 * pipeline already checked them, and parsing (rather than asserting) gives the handler its
 * exact params type without a cast.
 */
export function storeHandler<M extends ApiMethodName>(method: M, handler: FakeVkHandler<M>): StoredHandler {
  const validator = apiValidators[method].params;
  return async (params, context) => handler(validator.parse(params), context);
}
