// This file is generated. Do not edit it by hand: change codegen/ or schema/patches/ and run `pnpm codegen`.
// Source: VKCOM/vk-api-schema@fixture (API 5.199), with the patches in schema/patches/.
// Contents: the ApiMethods type map.
/* eslint-disable */
import type * as T from './types.gen.js';
import type { ApiGlobalErrorCode } from './errors.gen.js';

/**
 * One method of `ApiMethods`: params `P`, response `R` (picked by `V` from the params given, else `R`),
 * token types `K`, error codes `E`, response variants `V` and every response by schema key `S`.
 * A generic with defaults, so the 566 entries name only what differs (a quarter of the nodes
 * every consumer program parses, see bench/RESULTS.md, section typecheck).
 */
export interface ApiMethodTypes<P, R, K, E = ApiGlobalErrorCode, V extends readonly unknown[] = [], S = { "response": R }> {
  params: P;
  response: R;
  variants: V;
  responses: S;
  errors: E;
  tokens: K;
}

/**
 * Every VK API method: its params, its response (picked by `variants` from the params given,
 * else `response`), every response variant by key, the error codes it can return (its own and
 * the global ones), and the token types that may call it. Each method is documented on its
 * client member (`ApiNamespaces` in namespaces.gen.ts), which is what hovers show.
 */
export interface ApiMethods {
  "execute": ApiMethodTypes<T.ExecuteParams, T.ExecuteResponse, "user" | "group", ApiGlobalErrorCode | 12 | 13>;
  "groups.setCallbackSettings": ApiMethodTypes<T.GroupsSetCallbackSettingsParams, T.GroupsSetCallbackSettingsResponse, "user" | "group">;
  "groups.setLongPollSettings": ApiMethodTypes<T.GroupsSetLongPollSettingsParams, T.GroupsSetLongPollSettingsResponse, "user" | "group">;
  "users.get": ApiMethodTypes<T.UsersGetParams, T.UsersGetResponse, "user" | "group" | "service">;
  "users.getFollowers": ApiMethodTypes<T.UsersGetFollowersParams, T.UsersGetFollowersResponse, "user" | "service", ApiGlobalErrorCode | 15, [[{ "fields": {} }, T.UsersGetFollowersFieldsResponse]], { "response": T.UsersGetFollowersResponse; "fieldsResponse": T.UsersGetFollowersFieldsResponse }>;
  "users.getSubscriptions": ApiMethodTypes<T.UsersGetSubscriptionsParams, T.UsersGetSubscriptionsResponse | T.UsersGetSubscriptionsExtendedResponse, "user", ApiGlobalErrorCode, [], { "response": T.UsersGetSubscriptionsResponse; "extendedResponse": T.UsersGetSubscriptionsExtendedResponse }>;
  "wall.get": ApiMethodTypes<T.WallGetParams, T.WallGetResponse, "user" | "service", ApiGlobalErrorCode | 19, [[{ "extended": 1 | true }, T.WallGetExtendedResponse]], { "response": T.WallGetResponse; "extendedResponse": T.WallGetExtendedResponse }>;
  "wall.post": ApiMethodTypes<T.WallPostParams, T.WallPostResponse, "user", ApiGlobalErrorCode | 214 | 220>;
}

/** Name of any VK API method. */
export type ApiMethodName = keyof ApiMethods;
/** Method namespaces (`groups`, `messages`, …), derived from the method names. */
export type ApiNamespaceName = "groups" | "users" | "wall";
/** Methods whose params are all optional: callable without params. */
export type ApiMethodWithoutRequiredParams = "users.get" | "users.getFollowers" | "users.getSubscriptions" | "wall.get";
/** Methods that take `count` and `offset` and answer `{ count, items }` (by default): what `paginate` accepts. */
export type ApiPaginatedMethodName = never;
