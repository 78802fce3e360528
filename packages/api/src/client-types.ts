// The client's types, all derived from generated ones: the namespaces are the generated
// `ApiNamespaces` interfaces (one member per method, so hovers show each method's docs and a
// misspelled param is named by TypeScript's own excess-property check); `call` and `paginate`
// index the `ApiMethods` map. Nothing here lists methods by hand; the two overrides below are
// the only corrections.
import type {
  ApiMethodName,
  ApiMethodWithoutRequiredParams,
  ApiNamespaceName,
  ApiPaginatedMethodName,
  ApiParams,
  ApiResponse,
  ApiNamespaces as GeneratedNamespaces,
  MessagesSendCallParams,
} from '@vkts/types';
import type { ApiError } from './errors.js';
import type { CallOptions, PaginateOptions } from './options.js';

/** A value `execute` passes on to its code as `Args.<name>`. */
export type ExecuteArg = string | number | boolean | readonly (string | number)[];

/** Params of `execute`: the VKScript `code`, `func_v`, and any arguments the code reads. */
export interface ExecuteParams {
  code: string;
  func_v?: number;
  [arg: string]: ExecuteArg | undefined;
}

/** What `execute` resolves with: the code's return value and the errors of the calls it made. */
export interface ExecuteResult<R = unknown> {
  /** The value the code returned (`false` in place of a failed call). */
  readonly response: R;
  /** `execute_errors`, in order, as ApiErrors (`viaExecute: true`). */
  readonly errors: readonly ApiError[];
}

/**
 * Where the client's call signature differs from the generated params, and why:
 * - `messages.send`: `random_id` is required by VK (the schema patch makes it so), but the
 *   client fills a random one in when it is missing, so callers may leave it out.
 * - `execute`: the schema lists no params at all; the client takes the code and its args.
 */
export interface ParamOverrides {
  'messages.send': MessagesSendCallParams;
  execute: ExecuteParams;
}

/** The params a client call of `M` takes. */
export type CallParams<M extends ApiMethodName> = M extends keyof ParamOverrides ? ParamOverrides[M] : ApiParams<M>;

/**
 * The params a call was given: `P`, or `{}` when the params argument was left out (then `P` is
 * its default, `never`). `{}` selects VK's plain response, as `ApiResponse<M, {}>` does;
 * defaulting `P` to the method's whole params type would answer "any variant" for `groups.get()`.
 */
type GivenParams<P> = [P] extends [never] ? {} : P;

/** What a client call of `M` with params `P` resolves with (`execute` is special, see ExecuteResult). */
export type CallResponse<M extends ApiMethodName, P> = M extends 'execute' ? ExecuteResult : ApiResponse<M, GivenParams<P>>;

/**
 * Methods whose params are all optional: their params argument may be left out. The generated
 * list, corrected as ParamOverrides corrects the params: `messages.send` joins it, `execute`
 * (which needs its code) leaves it. Named, not mapped over every method's params, so that a
 * compiler checking these declarations does not instantiate 566 params types (test/api.test-d.ts
 * pins it to the mapped form).
 */
export type OptionalParamsMethodName = Exclude<ApiMethodWithoutRequiredParams, 'execute'> | 'messages.send';

/** Namespace names, from the method names (`execute` has none and sits on the client itself). */
export type ApiNamespaceKey = ApiNamespaceName;

/** Every namespace of the API: `api.groups.getById(params, options?)`. */
export type ApiNamespaces = GeneratedNamespaces<CallOptions>;

/** The methods of one namespace: `ApiNamespace<'groups'>['getById']`. */
export type ApiNamespace<NS extends ApiNamespaceKey> = ApiNamespaces[NS];

/** The item type of a `{ count, items }` response. */
export type PageItem<R> = R extends { count: number; items: ReadonlyArray<infer I> } ? I : never;

/** Methods that take `count` and `offset` and answer `{ count, items }`: what `paginate` accepts (generated, like OptionalParamsMethodName). */
export type PaginatedMethodName = ApiPaginatedMethodName;

/** Params of `paginate(M)`: the method's params without `count` (that is `pageSize`); `offset` is where to start. */
export type PaginateParams<M extends ApiMethodName> = Omit<CallParams<M>, 'count'>;

/** Keys of `P` that are not params of `paginate(M)`; none when the params were left out (`P` is `never`). */
type ExtraPaginateKeys<M extends ApiMethodName, P> = [P] extends [never] ? never : Exclude<keyof P, keyof PaginateParams<M>>;

/**
 * The client's own members, next to the namespaces. `call` and `paginate` take the params as a
 * generic `P` (the literal picks the response variant), which TypeScript does not excess-check.
 * `call` intersects `P` with a mapped type rejecting each key that is not a param, its type
 * reading `{ "mesage is not a param of messages.send": never }`, so the error names it.
 * `paginate` takes `P` itself when every key is a param, and otherwise the method's own params
 * (with a key naming each stray one): an object literal then gets TypeScript's excess-property
 * check ("'feilds' does not exist … Did you mean to write 'fields'?"), another value a missing
 * `"feilds is not a param of groups.getMembers"`. The mapped type after it is always empty once
 * `P` is inferred; while it is inferred, it gives each property the contextual type `never`,
 * which keeps a `const` array literal a mutable tuple (`fields: ['sex']` must satisfy the
 * mutable `UsersFields[]` for `P` to be inferred, and the response variant with it); without it
 * the conditional leaves `fields` with no contextual type. Written out in each signature: a named
 * helper would show in hovers instead of the params.
 */
export interface ApiCore {
  /** Any method by name: `api.call('groups.getById', { group_id: 1 })`. */
  call<M extends OptionalParamsMethodName, const P extends CallParams<M> = never>(
    method: M,
    params?: P & { [K in Exclude<keyof P, keyof CallParams<M>>]: { [E in `${K & string} is not a param of ${M}`]: never } },
    options?: CallOptions,
  ): Promise<CallResponse<M, P>>;
  call<M extends ApiMethodName, const P extends CallParams<M>>(
    method: M,
    params: P & { [K in Exclude<keyof P, keyof CallParams<M>>]: { [E in `${K & string} is not a param of ${M}`]: never } },
    options?: CallOptions,
  ): Promise<CallResponse<M, P>>;
  /** Runs VKScript; never batched. */
  execute(params: ExecuteParams, options?: CallOptions): Promise<ExecuteResult>;
  /**
   * Every item of a `{ count, items }` method, page by page (`count` = `pageSize`, `offset`
   * advanced by the items received), until `count` is reached or a page comes back empty.
   */
  paginate<M extends PaginatedMethodName & OptionalParamsMethodName, const P extends PaginateParams<M> = never>(
    method: M,
    params?: ([ExtraPaginateKeys<M, P>] extends [never] ? P : PaginateParams<M> & { [E in `${ExtraPaginateKeys<M, P> & string} is not a param of ${M}`]: never }) & {
      [K in ExtraPaginateKeys<M, P> & keyof PaginateParams<M>]: never;
    },
    options?: PaginateOptions,
  ): AsyncIterableIterator<PageItem<ApiResponse<M, GivenParams<P>>>>;
  paginate<M extends PaginatedMethodName, const P extends PaginateParams<M>>(
    method: M,
    params: ([ExtraPaginateKeys<M, P>] extends [never] ? P : PaginateParams<M> & { [E in `${ExtraPaginateKeys<M, P> & string} is not a param of ${M}`]: never }) & {
      [K in ExtraPaginateKeys<M, P> & keyof PaginateParams<M>]: never;
    },
    options?: PaginateOptions,
  ): AsyncIterableIterator<PageItem<ApiResponse<M, GivenParams<P>>>>;
  /** Closes the client's own HTTP agent (not a `dispatcher` you passed). Later calls fail with TransportError `closed`; calling it again is harmless. */
  close(): Promise<void>;
}

/** What `createApi` returns. */
export type Api = ApiCore & ApiNamespaces;
