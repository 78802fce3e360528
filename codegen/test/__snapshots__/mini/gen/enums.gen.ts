// This file is generated. Do not edit it by hand: change codegen/ or schema/patches/ and run `pnpm codegen`.
// Source: VKCOM/vk-api-schema@fixture (API 5.199), with the patches in schema/patches/.
// Contents: named constants for enums that have enumNames.
/* eslint-disable */
/**
 * Names of the values of `base/objects.json#/definitions/base_bool_int`.
 */
export const BaseBoolIntEnumNames = {
  "no": 0,
  "yes": 1,
} as const;

/**
 * Names of the values of `base/objects.json#/definitions/base_link_button_style`.
 */
export const BaseLinkButtonStyleEnumNames = {
  "Primary": "primary",
  "Secondary": "secondary",
} as const;

/**
 * Names of the values of `base/responses.json#/definitions/base_ok_response`.
 */
export const BaseOkResponseEnumNames = {
  "ok": 1,
} as const;

/**
 * Names of the values of `users.get(name_case)`.
 */
export const UsersGetParamsNameCaseEnumNames = {
  "nominative": "nom",
  "genitive": "gen",
} as const;

/**
 * Names of the values of `users/objects.json#/definitions/users_last_seen.platform`.
 */
export const UsersLastSeenPlatformEnumNames = {
  "mobile": 1,
  "iphone": 2,
  "web": 7,
} as const;

/**
 * Names of the values of `users/objects.json#/definitions/users_sex`.
 */
export const UsersSexEnumNames = {
  "unknown": 0,
  "female": 1,
  "male": 2,
} as const;

/**
 * Names of the values of `wall.get(filter)`.
 */
export const WallGetParamsFilterEnumNames = {
  "owner": "owner",
  "others": "others",
  "all": "all",
} as const;

/**
 * Names of the values of `wall/objects.json#/definitions/wall_post_type`.
 */
export const WallPostTypeEnumNames = {
  "post": "post",
  "copy": "copy",
  "reply": "reply",
  "suggest": "suggest",
} as const;
