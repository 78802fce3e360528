// This file is generated. Do not edit it by hand: change codegen/ or schema/patches/ and run `pnpm codegen`.
// Source: VKCOM/vk-api-schema@fixture (API 5.199), with the patches in schema/patches/.
// Contents: the client method interfaces, one per namespace.
/* eslint-disable */
import type * as T from './types.gen.js';

/**
 * Params of `users.getFollowers` as API clients take them: `fields` picks the response (schema/response-variants.json).
 */
export interface UsersGetFollowersCallParams<Fields extends T.UsersGetFollowersParams["fields"] = T.UsersGetFollowersParams["fields"]> {
  /**
   * User ID.
   */
  user_id?: T.UsersGetFollowersParams["user_id"] & {};
  count?: T.UsersGetFollowersParams["count"] & {};
  fields?: Fields;
}

/**
 * Params of `wall.get` as API clients take them: `extended` picks the response (schema/response-variants.json).
 */
export interface WallGetCallParams<Extended extends T.WallGetParams["extended"] = T.WallGetParams["extended"]> {
  /**
   * ID of the user or community that owns the wall. By default, current user ID. Use a negative value to designate a community ID.
   */
  owner_id?: T.WallGetParams["owner_id"] & {};
  /**
   * User or community short address.
   */
  domain?: T.WallGetParams["domain"] & {};
  /**
   * Number of posts to return (maximum 100).
   */
  count?: T.WallGetParams["count"] & {};
  /**
   * Filter to apply.
   */
  filter?: T.WallGetParams["filter"] & {};
  /**
   * Only posts of this type.
   */
  post_type?: T.WallGetParams["post_type"] & {};
  /**
   * '1' — to return 'wall', 'profiles', and 'groups' fields, '0' — to return no additional fields (default)
   */
  extended?: Extended;
  fields?: T.WallGetParams["fields"] & {};
}

/**
 * The `groups.*` methods. `O` is the client's per-call options type.
 */
export interface ApiGroupsNamespace<O> {
  /**
   * Allow to set notifications settings for group.
   *
   * Token types: user, group.
   *
   * VK: https://dev.vk.com/method/groups.setCallbackSettings
   * Guide: https://vkts.github.io/vkts/api/groups.html#setCallbackSettings
   */
  setCallbackSettings(params: T.GroupsSetCallbackSettingsParams, options?: O): Promise<T.GroupsSetCallbackSettingsResponse>;
  /**
   * Sets Long Poll notification settings
   *
   * Token types: user, group.
   *
   * VK: https://dev.vk.com/method/groups.setLongPollSettings
   * Guide: https://vkts.github.io/vkts/api/groups.html#setLongPollSettings
   */
  setLongPollSettings(params: T.GroupsSetLongPollSettingsParams, options?: O): Promise<T.GroupsSetLongPollSettingsResponse>;
}

/**
 * The `users.*` methods. `O` is the client's per-call options type.
 */
export interface ApiUsersNamespace<O> {
  /**
   * Returns detailed information on users.
   *
   * Token types: user, group, service.
   *
   * VK: https://dev.vk.com/method/users.get
   * Guide: https://vkts.github.io/vkts/api/users.html#get
   */
  get(params?: T.UsersGetParams, options?: O): Promise<T.UsersGetResponse>;
  /**
   * Returns a list of IDs of followers of the user in question, sorted by date added, most recent first.
   *
   * Token types: user, service.
   *
   * Errors (besides the global ones):
   * - 15 `api_error_access`: Access denied
   *
   * VK: https://dev.vk.com/method/users.getFollowers
   * Guide: https://vkts.github.io/vkts/api/users.html#getFollowers
   */
  getFollowers<Fields extends T.UsersGetFollowersParams["fields"] = undefined>(params?: UsersGetFollowersCallParams<Fields>, options?: O): Promise<[Fields] extends [undefined] ? T.UsersGetFollowersResponse : [Fields] extends [{}] ? T.UsersGetFollowersFieldsResponse : ([Exclude<Fields, undefined> & {}] extends [never] ? never : T.UsersGetFollowersFieldsResponse) | T.UsersGetFollowersResponse>;
  /**
   * Returns a list of IDs of users and communities followed by the user.
   *
   * Token types: user.
   *
   * VK: https://dev.vk.com/method/users.getSubscriptions
   * Guide: https://vkts.github.io/vkts/api/users.html#getSubscriptions
   */
  getSubscriptions(params?: T.UsersGetSubscriptionsParams, options?: O): Promise<T.UsersGetSubscriptionsResponse | T.UsersGetSubscriptionsExtendedResponse>;
}

/**
 * The `wall.*` methods. `O` is the client's per-call options type.
 */
export interface ApiWallNamespace<O> {
  /**
   * Returns a list of posts on a user wall or community wall.
   *
   * Token types: user, service.
   *
   * Errors (besides the global ones):
   * - 19 `api_error_blocked`: Content blocked *\/ (a comment terminator in an error description)
   *
   * VK: https://dev.vk.com/method/wall.get
   * Guide: https://vkts.github.io/vkts/api/wall.html#get
   */
  get<Extended extends T.WallGetParams["extended"] = undefined>(params?: WallGetCallParams<Extended>, options?: O): Promise<[Extended] extends [undefined] ? T.WallGetResponse : [Extended] extends [1 | true] ? T.WallGetExtendedResponse : ([Exclude<Extended, undefined> & (1 | true)] extends [never] ? never : T.WallGetExtendedResponse) | T.WallGetResponse>;
  /**
   * Adds a new post on a user wall or community wall. Can also be used to publish suggested or scheduled posts.
   *
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 214 `api_error_wall_add_post`: Access to adding post denied
   * - 220 `api_error_wall_too_many_recipients`: Too many recipients
   *
   * VK: https://dev.vk.com/method/wall.post
   * Guide: https://vkts.github.io/vkts/api/wall.html#post
   */
  post(params: T.WallPostParams, options?: O): Promise<T.WallPostResponse>;
}

/**
 * Every method namespace of the API, as a client exposes them: `api.groups.getById(params, options?)`.
 */
export interface ApiNamespaces<O> {
  /**
   * The `groups.*` methods.
   */
  readonly groups: ApiGroupsNamespace<O>;
  /**
   * The `users.*` methods.
   */
  readonly users: ApiUsersNamespace<O>;
  /**
   * The `wall.*` methods.
   */
  readonly wall: ApiWallNamespace<O>;
}
