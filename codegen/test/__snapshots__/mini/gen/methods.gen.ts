// This file is generated. Do not edit it by hand: change codegen/ or schema/patches/ and run `pnpm codegen`.
// Source: VKCOM/vk-api-schema@fixture (API 5.199), with the patches in schema/patches/.
// Contents: the ApiMethods type map.
/* eslint-disable */
import type * as T from './types.gen.js';
import type { ApiGlobalErrorCode } from './errors.gen.js';

/**
 * Every VK API method: its params, its response (picked by `variants` from the params given,
 * else `response`), every response variant by key, the error codes it can return (its own and
 * the global ones), and the token types that may call it.
 */
export interface ApiMethods {
  /**
   * A universal method for calling a sequence of other methods while saving and filtering interim results.
   *
   * Token types: user, group.
   *
   * Errors (besides the global ones):
   * - 12 `api_error_compile`: Unable to compile code
   * - 13 `api_error_runtime`: Runtime error occurred during code invocation
   *
   * @see https://dev.vk.com/method/execute
   */
  "execute": {
      params: T.ExecuteParams;
      response: T.ExecuteResponse;
      variants: [];
      responses: { "response": T.ExecuteResponse };
      errors: ApiGlobalErrorCode | 12 | 13;
      tokens: "user" | "group";
    };
  /**
   * Allow to set notifications settings for group.
   *
   * Token types: user, group.
   *
   * @see https://dev.vk.com/method/groups.setCallbackSettings
   */
  "groups.setCallbackSettings": {
      params: T.GroupsSetCallbackSettingsParams;
      response: T.GroupsSetCallbackSettingsResponse;
      variants: [];
      responses: { "response": T.GroupsSetCallbackSettingsResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user" | "group";
    };
  /**
   * Sets Long Poll notification settings
   *
   * Token types: user, group.
   *
   * @see https://dev.vk.com/method/groups.setLongPollSettings
   */
  "groups.setLongPollSettings": {
      params: T.GroupsSetLongPollSettingsParams;
      response: T.GroupsSetLongPollSettingsResponse;
      variants: [];
      responses: { "response": T.GroupsSetLongPollSettingsResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user" | "group";
    };
  /**
   * Returns detailed information on users.
   *
   * Token types: user, group, service.
   *
   * @see https://dev.vk.com/method/users.get
   */
  "users.get": {
      params: T.UsersGetParams;
      response: T.UsersGetResponse;
      variants: [];
      responses: { "response": T.UsersGetResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user" | "group" | "service";
    };
  /**
   * Returns a list of IDs of followers of the user in question, sorted by date added, most recent first.
   *
   * Token types: user, service.
   *
   * Errors (besides the global ones):
   * - 15 `api_error_access`: Access denied
   *
   * @see https://dev.vk.com/method/users.getFollowers
   */
  "users.getFollowers": {
      params: T.UsersGetFollowersParams;
      response: T.UsersGetFollowersResponse;
      variants: [[{ "fields": {} }, T.UsersGetFollowersFieldsResponse]];
      responses: { "response": T.UsersGetFollowersResponse; "fieldsResponse": T.UsersGetFollowersFieldsResponse };
      errors: ApiGlobalErrorCode | 15;
      tokens: "user" | "service";
    };
  /**
   * Returns a list of IDs of users and communities followed by the user.
   *
   * Token types: user.
   *
   * @see https://dev.vk.com/method/users.getSubscriptions
   */
  "users.getSubscriptions": {
      params: T.UsersGetSubscriptionsParams;
      response: T.UsersGetSubscriptionsResponse | T.UsersGetSubscriptionsExtendedResponse;
      variants: [];
      responses: { "response": T.UsersGetSubscriptionsResponse; "extendedResponse": T.UsersGetSubscriptionsExtendedResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user";
    };
  /**
   * Returns a list of posts on a user wall or community wall.
   *
   * Token types: user, service.
   *
   * Errors (besides the global ones):
   * - 19 `api_error_blocked`: Content blocked *\/ (a comment terminator in an error description)
   *
   * @see https://dev.vk.com/method/wall.get
   */
  "wall.get": {
      params: T.WallGetParams;
      response: T.WallGetResponse;
      variants: [[{ "extended": 1 | true }, T.WallGetExtendedResponse]];
      responses: { "response": T.WallGetResponse; "extendedResponse": T.WallGetExtendedResponse };
      errors: ApiGlobalErrorCode | 19;
      tokens: "user" | "service";
    };
  /**
   * Adds a new post on a user wall or community wall. Can also be used to publish suggested or scheduled posts.
   *
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 214 `api_error_wall_add_post`: Access to adding post denied
   * - 220 `api_error_wall_too_many_recipients`: Too many recipients
   *
   * @see https://dev.vk.com/method/wall.post
   */
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
