// This file is generated. Do not edit it by hand: change codegen/ or schema/patches/ and run `pnpm codegen`.
// Source: VKCOM/vk-api-schema@fixture (API 5.199), with the patches in schema/patches/.
// Contents: the ApiMethods type map.
/* eslint-disable */
import type * as T from './types.gen.js';
import type { ApiGlobalErrorCode } from './errors.gen.js';

/**
 * Every VK API method: its params, its response (picked by `variants` from the params given,
 * else `response`), every response variant by key, the error codes it can return (its own and
 * the global ones), and the token types that may call it. Each method is documented on its
 * client member (`ApiNamespaces` in namespaces.gen.ts), which is what hovers show.
 */
export interface ApiMethods {
  "execute": {
      params: T.ExecuteParams;
      response: T.ExecuteResponse;
      variants: [];
      responses: { "response": T.ExecuteResponse };
      errors: ApiGlobalErrorCode | 12 | 13;
      tokens: "user" | "group";
    };
  "groups.setCallbackSettings": {
      params: T.GroupsSetCallbackSettingsParams;
      response: T.GroupsSetCallbackSettingsResponse;
      variants: [];
      responses: { "response": T.GroupsSetCallbackSettingsResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user" | "group";
    };
  "groups.setLongPollSettings": {
      params: T.GroupsSetLongPollSettingsParams;
      response: T.GroupsSetLongPollSettingsResponse;
      variants: [];
      responses: { "response": T.GroupsSetLongPollSettingsResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user" | "group";
    };
  "users.get": {
      params: T.UsersGetParams;
      response: T.UsersGetResponse;
      variants: [];
      responses: { "response": T.UsersGetResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user" | "group" | "service";
    };
  "users.getFollowers": {
      params: T.UsersGetFollowersParams;
      response: T.UsersGetFollowersResponse;
      variants: [[{ "fields": {} }, T.UsersGetFollowersFieldsResponse]];
      responses: { "response": T.UsersGetFollowersResponse; "fieldsResponse": T.UsersGetFollowersFieldsResponse };
      errors: ApiGlobalErrorCode | 15;
      tokens: "user" | "service";
    };
  "users.getSubscriptions": {
      params: T.UsersGetSubscriptionsParams;
      response: T.UsersGetSubscriptionsResponse | T.UsersGetSubscriptionsExtendedResponse;
      variants: [];
      responses: { "response": T.UsersGetSubscriptionsResponse; "extendedResponse": T.UsersGetSubscriptionsExtendedResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user";
    };
  "wall.get": {
      params: T.WallGetParams;
      response: T.WallGetResponse;
      variants: [[{ "extended": 1 | true }, T.WallGetExtendedResponse]];
      responses: { "response": T.WallGetResponse; "extendedResponse": T.WallGetExtendedResponse };
      errors: ApiGlobalErrorCode | 19;
      tokens: "user" | "service";
    };
  "wall.post": {
      params: T.WallPostParams;
      response: T.WallPostResponse;
      variants: [];
      responses: { "response": T.WallPostResponse };
      errors: ApiGlobalErrorCode | 214 | 220;
      tokens: "user";
    };
}

/** Name of any VK API method. */
export type ApiMethodName = keyof ApiMethods;
/** Method namespaces (`groups`, `messages`, …), derived from the method names. */
export type ApiNamespaceName = "groups" | "users" | "wall";
