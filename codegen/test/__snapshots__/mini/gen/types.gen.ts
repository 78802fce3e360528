// This file is generated. Do not edit it by hand: change codegen/ or schema/patches/ and run `pnpm codegen`.
// Source: VKCOM/vk-api-schema@fixture (API 5.199), with the patches in schema/patches/.
// Contents: TypeScript declarations of every schema definition, method params and response variant.
/* eslint-disable */
/**
 * Schema: `base/objects.json#/definitions/base_bool_int`
 */
export type BaseBoolInt = 0 | 1
/**
 * Button style
 *
 * Schema: `base/objects.json#/definitions/base_link_button_style`
 */
export type BaseLinkButtonStyle = "primary" | "secondary"
/**
 * Schema: `base/responses.json#/definitions/base_ok_response`
 */
export type BaseOkResponse = 1
/**
 * Response schema is not defined yet
 *
 * Schema: `base/responses.json#/definitions/base_undefined_response`
 */
export type BaseUndefinedResponse = { [key: string]: unknown }
/**
 * Schema: `users/objects.json#/definitions/users_fields`
 */
export type UsersFields = "sex" | "photo_50" | "domain" | "last_seen"
/**
 * Schema: `users/responses.json#/definitions/users_get_response`
 */
export type UsersGetResponse = UsersUserFull[]
/**
 * User sex
 *
 * Schema: `users/objects.json#/definitions/users_sex`
 */
export type UsersSex = 0 | 1 | 2
/**
 * An attachment: a link or an image
 *
 * Schema: `wall/objects.json#/definitions/wall_attachment`
 */
export type WallAttachment = WallAttachedLink | BaseImage
/**
 * Free-form geo data: the schema lists no keys
 *
 * Schema: `wall/objects.json#/definitions/wall_geo`
 */
export type WallGeo = { [key: string]: unknown }
/**
 * Post type
 *
 * Schema: `wall/objects.json#/definitions/wall_post_type`
 */
export type WallPostType = "post" | "copy" | "reply" | "suggest"
/**
 * Schema: `wall/objects.json#/definitions/wall_wall_item`
 */
export type WallWallItem = WallWallpost
/**
 * Response of `execute` (`response`).
 *
 * Docs: https://dev.vk.com/method/execute
 */
export type ExecuteResponse = BaseUndefinedResponse
/**
 * Response of `groups.setCallbackSettings` (`response`).
 *
 * Docs: https://dev.vk.com/method/groups.setCallbackSettings
 */
export type GroupsSetCallbackSettingsResponse = BaseOkResponse
/**
 * Response of `groups.setLongPollSettings` (`response`).
 *
 * Docs: https://dev.vk.com/method/groups.setLongPollSettings
 */
export type GroupsSetLongPollSettingsResponse = BaseOkResponse

/**
 * Schema: `base/objects.json#/definitions/base_image`
 */
export interface BaseImage {
  /**
   * Image URL
   */
  url: string
  /**
   * Image width
   */
  width: number
  height?: number
}
/**
 * Schema: `base/objects.json#/definitions/base_object_count`
 */
export interface BaseObjectCount {
  /**
   * Items count
   */
  count?: number
}
/**
 * Schema: `users/responses.json#/definitions/users_getFollowers_fields_response`
 */
export interface UsersGetFollowersFieldsResponse {
  /**
   * Total number of available results
   */
  count: number
  items: UsersUserFull[]
}
/**
 * Schema: `users/responses.json#/definitions/users_getFollowers_response`
 */
export interface UsersGetFollowersResponse {
  /**
   * Total number of available results
   */
  count: number
  items: number[]
}
/**
 * Schema: `users/responses.json#/definitions/users_getSubscriptions_extended_response`
 */
export interface UsersGetSubscriptionsExtendedResponse {
  count: number
  items: UsersUserMin[]
}
/**
 * Schema: `users/responses.json#/definitions/users_getSubscriptions_response`
 */
export interface UsersGetSubscriptionsResponse {
  users: BaseObjectCount
}
/**
 * Schema: `users/objects.json#/definitions/users_last_seen`
 */
export interface UsersLastSeen {
  /**
   * Type of the platform that used for the last authorization
   */
  platform?: 1 | 2 | 7
  /**
   * Last visit date (in Unix time)
   */
  time: number
}
/**
 * Full user object
 *
 * Schema: `users/objects.json#/definitions/users_user_full`
 */
export interface UsersUserFull extends UsersUserMin {
  /**
   * User last name (always present in the full object)
   */
  last_name: string
  /**
   * User sex
   */
  sex: UsersSex
  /**
   * Domain name of the user's page
   */
  domain?: string
  /**
   * URL of square photo of the user with 50 pixels in width
   */
  photo_50?: string
  last_seen?: UsersLastSeen
  /**
   * Whether the profile is closed
   */
  is_closed?: BaseBoolInt
  /**
   * Whether two-factor authentication is on (a property name that is not an identifier)
   */
  "2fa_required"?: BaseBoolInt
}
/**
 * Schema: `users/objects.json#/definitions/users_user_min`
 */
export interface UsersUserMin {
  /**
   * User ID
   */
  id: number
  /**
   * User first name
   */
  first_name: string
  /**
   * User last name
   */
  last_name?: string
  /**
   * Returns if a profile is deleted or blocked
   */
  deactivated?: string
}
/**
 * Schema: `wall/objects.json#/definitions/wall_attached_link`
 */
export interface WallAttachedLink {
  /**
   * Link URL
   */
  url: string
  /**
   * Link title
   */
  title?: string
  button_style?: BaseLinkButtonStyle
}
/**
 * Schema: `wall/objects.json#/definitions/wall_comment`
 */
export interface WallComment {
  /**
   * Comment ID
   */
  id: number
  /**
   * Author ID
   */
  from_id: number
  text: string
  thread?: WallCommentThread
}
/**
 * Schema: `wall/objects.json#/definitions/wall_comment_thread`
 */
export interface WallCommentThread {
  /**
   * Comments number
   */
  count: number
  items?: WallComment[]
  /**
   * Information whether current user can comment the post
   */
  can_post?: boolean
}
/**
 * Schema: `wall/responses.json#/definitions/wall_get_extended_response`
 */
export interface WallGetExtendedResponse {
  /**
   * Total number
   */
  count: number
  items: WallWallItem[]
  profiles: UsersUserFull[]
}
/**
 * Schema: `wall/responses.json#/definitions/wall_get_response`
 */
export interface WallGetResponse {
  /**
   * Total number
   */
  count: number
  items: WallWallItem[]
}
/**
 * Schema: `wall/responses.json#/definitions/wall_post_response`
 */
export interface WallPostResponse {
  /**
   * Created post ID
   */
  post_id: number
}
/**
 * Schema: `wall/objects.json#/definitions/wall_wallpost`
 */
export interface WallWallpost {
  /**
   * Post ID
   */
  id: number
  /**
   * Wall owner's ID
   */
  owner_id: number
  /**
   * Type of the post
   */
  post_type: WallPostType
  /**
   * Post text; a description that closes a comment * / must stay inside it
   */
  text?: string
  /**
   * Count of views
   */
  views?: BaseObjectCount
  /**
   * Information whether the post is pinned
   */
  is_pinned?: BaseBoolInt
  /**
   * Sticker ID or its code
   */
  sticker_id?: number | string
  attachments?: WallAttachment[]
  geo?: WallGeo
  comments?: WallCommentThread
  /**
   * Reposted posts, each a wallpost itself
   */
  copy_history?: WallWallpost[]
}
/**
 * Parameters of `execute`.
 *
 * A universal method for calling a sequence of other methods while saving and filtering interim results.
 *
 * Docs: https://dev.vk.com/method/execute
 */
export interface ExecuteParams {
  /**
   * Algorithm code in VKScript.
   */
  code: string
  func_v?: number
}
/**
 * Parameters of `groups.setCallbackSettings`.
 *
 * Allow to set notifications settings for group.
 *
 * Docs: https://dev.vk.com/method/groups.setCallbackSettings
 */
export interface GroupsSetCallbackSettingsParams {
  /**
   * Community ID.
   */
  group_id: number
  /**
   * Server ID.
   */
  server_id?: number
  api_version?: string
  /**
   * New wall posts notifications ('0' — disabled, '1' — enabled).
   */
  wall_post_new?: boolean | 0 | 1
  /**
   * New wall replies notifications ('0' — disabled, '1' — enabled).
   */
  wall_reply_new?: boolean | 0 | 1
}
/**
 * Parameters of `groups.setLongPollSettings`.
 *
 * Sets Long Poll notification settings
 *
 * Docs: https://dev.vk.com/method/groups.setLongPollSettings
 */
export interface GroupsSetLongPollSettingsParams {
  /**
   * Community ID.
   */
  group_id: number
  /**
   * Sets whether Long Poll is enabled ('0' — disabled, '1' — enabled).
   */
  enabled?: boolean | 0 | 1
  api_version?: string
  wall_post_new?: boolean | 0 | 1
  wall_reply_new?: boolean | 0 | 1
}
/**
 * Parameters of `users.get`.
 *
 * Returns detailed information on users.
 *
 * Docs: https://dev.vk.com/method/users.get
 */
export interface UsersGetParams {
  /**
   * User IDs or screen names (`screen_name`). By default, current user ID.
   */
  user_ids?: string[]
  /**
   * Profile fields to return.
   */
  fields?: UsersFields[]
  /**
   * Case for declension of user name and surname.
   */
  name_case?: "nom" | "gen"
}
/**
 * Parameters of `users.getFollowers`.
 *
 * Returns a list of IDs of followers of the user in question, sorted by date added, most recent first.
 *
 * Docs: https://dev.vk.com/method/users.getFollowers
 */
export interface UsersGetFollowersParams {
  /**
   * User ID.
   */
  user_id?: number
  count?: number
  fields?: UsersFields[]
}
/**
 * Parameters of `users.getSubscriptions`.
 *
 * Returns a list of IDs of users and communities followed by the user.
 *
 * Docs: https://dev.vk.com/method/users.getSubscriptions
 */
export interface UsersGetSubscriptionsParams {
  user_id?: number
  /**
   * Offset needed to return a specific subset of subscriptions.
   */
  offset?: number
}
/**
 * Parameters of `wall.get`.
 *
 * Returns a list of posts on a user wall or community wall.
 *
 * Docs: https://dev.vk.com/method/wall.get
 */
export interface WallGetParams {
  /**
   * ID of the user or community that owns the wall. By default, current user ID. Use a negative value to designate a community ID.
   */
  owner_id?: number
  /**
   * User or community short address.
   */
  domain?: string
  /**
   * Number of posts to return (maximum 100).
   */
  count?: number
  /**
   * Filter to apply.
   */
  filter?: "owner" | "others" | "all"
  /**
   * Only posts of this type.
   */
  post_type?: WallPostType
  /**
   * '1' — to return 'wall', 'profiles', and 'groups' fields, '0' — to return no additional fields (default)
   */
  extended?: boolean | 0 | 1
  fields?: UsersFields[]
}
/**
 * Parameters of `wall.post`.
 *
 * Adds a new post on a user wall or community wall. Can also be used to publish suggested or scheduled posts.
 *
 * Docs: https://dev.vk.com/method/wall.post
 */
export interface WallPostParams {
  /**
   * User ID or community ID. Use a negative value to designate a community ID.
   */
  owner_id?: number
  /**
   * (Required if 'attachments' is not set.) Text of the post.
   */
  message?: string
  /**
   * List of objects attached to the post, comma-separated.
   */
  attachments?: string[]
  mark_as_ads?: boolean | 0 | 1
  /**
   * JSON list of links to attach
   */
  links?: string[] | string
  /**
   * JSON object of the link shown first
   */
  primary_link?: WallAttachedLink | string
  /**
   * Signer ID or screen name
   */
  signer?: number | string
  post_type?: WallPostType
  guid: string
}
