// This file is generated. Do not edit it by hand: change codegen/ or schema/patches/ and run `pnpm codegen`.
// Source: VKCOM/vk-api-schema@fixture (API 5.199), with the patches in schema/patches/.
// Contents: zod validators for every definition, method params and response variant.
/* eslint-disable */

import { z } from 'zod';
import type * as T from './types.gen.js';
import { looseObjectOf, schemaOf, strictObjectOf } from '../zod-shape.js';
import type { ApiMethods, ApiMethodName } from './methods.gen.js';

export const zBaseBoolInt: z.ZodType<T.BaseBoolInt> = schemaOf<T.BaseBoolInt>(z.literal([0,1]));
export const zBaseImage: z.ZodType<T.BaseImage> = looseObjectOf<T.BaseImage>({ "url": z.string(), "width": z.number().int().min(0), "height": z.number().int().min(0).optional() });
export const zBaseLinkButtonStyle: z.ZodType<T.BaseLinkButtonStyle> = schemaOf<T.BaseLinkButtonStyle>(z.enum(["primary","secondary"]));
export const zBaseObjectCount: z.ZodType<T.BaseObjectCount> = looseObjectOf<T.BaseObjectCount>({ "count": z.number().int().min(0).optional() });
export const zBaseOkResponse: z.ZodType<T.BaseOkResponse> = schemaOf<T.BaseOkResponse>(z.literal(1));
export const zBaseUndefinedResponse: z.ZodType<T.BaseUndefinedResponse> = schemaOf<T.BaseUndefinedResponse>(z.record(z.string(), z.unknown()));
export const zUsersFields: z.ZodType<T.UsersFields> = schemaOf<T.UsersFields>(z.enum(["sex","photo_50","domain","last_seen"]));
export const zUsersLastSeen: z.ZodType<T.UsersLastSeen> = looseObjectOf<T.UsersLastSeen>({ "platform": z.literal([1,2,7]).optional(), "time": z.number().int().min(0) });
export const zUsersSex: z.ZodType<T.UsersSex> = schemaOf<T.UsersSex>(z.literal([0,1,2]));
export const zUsersUserFull: z.ZodType<T.UsersUserFull> = looseObjectOf<T.UsersUserFull>({ "id": z.number().int(), "first_name": z.string(), "last_name": z.string(), "deactivated": z.string().optional(), "sex": zUsersSex, "domain": z.string().optional(), "photo_50": z.string().optional(), "last_seen": zUsersLastSeen.optional(), "is_closed": zBaseBoolInt.optional(), "2fa_required": zBaseBoolInt.optional() });
export const zUsersGetFollowersFieldsResponse: z.ZodType<T.UsersGetFollowersFieldsResponse> = looseObjectOf<T.UsersGetFollowersFieldsResponse>({ "count": z.number().int().min(0), "items": z.array(zUsersUserFull) });
export const zUsersGetFollowersResponse: z.ZodType<T.UsersGetFollowersResponse> = looseObjectOf<T.UsersGetFollowersResponse>({ "count": z.number().int().min(0), "items": z.array(z.number().int()) });
export const zUsersUserMin: z.ZodType<T.UsersUserMin> = looseObjectOf<T.UsersUserMin>({ "id": z.number().int(), "first_name": z.string(), "last_name": z.string().optional(), "deactivated": z.string().optional() });
export const zUsersGetSubscriptionsExtendedResponse: z.ZodType<T.UsersGetSubscriptionsExtendedResponse> = looseObjectOf<T.UsersGetSubscriptionsExtendedResponse>({ "count": z.number().int(), "items": z.array(zUsersUserMin) });
export const zUsersGetSubscriptionsResponse: z.ZodType<T.UsersGetSubscriptionsResponse> = looseObjectOf<T.UsersGetSubscriptionsResponse>({ "users": zBaseObjectCount });
export const zUsersGetResponse: z.ZodType<T.UsersGetResponse> = schemaOf<T.UsersGetResponse>(z.array(zUsersUserFull));
export const zWallAttachedLink: z.ZodType<T.WallAttachedLink> = looseObjectOf<T.WallAttachedLink>({ "url": z.string(), "title": z.string().optional(), "button_style": zBaseLinkButtonStyle.optional() });
export const zWallAttachment: z.ZodType<T.WallAttachment> = schemaOf<T.WallAttachment>(z.union([zWallAttachedLink, zBaseImage]));
export const zWallCommentThread: z.ZodType<T.WallCommentThread> = looseObjectOf<T.WallCommentThread>({ "count": z.number().int().min(0), "items": z.array(z.lazy(() => zWallComment)).optional(), "can_post": z.boolean().optional() });
export const zWallComment: z.ZodType<T.WallComment> = looseObjectOf<T.WallComment>({ "id": z.number().int().min(1), "from_id": z.number().int(), "text": z.string(), "thread": zWallCommentThread.optional() });
export const zWallGeo: z.ZodType<T.WallGeo> = schemaOf<T.WallGeo>(z.record(z.string(), z.unknown()));
export const zWallPostType: z.ZodType<T.WallPostType> = schemaOf<T.WallPostType>(z.enum(["post","copy","reply","suggest"]));
export const zWallWallpost: z.ZodType<T.WallWallpost> = looseObjectOf<T.WallWallpost>({ "id": z.number().int().min(0), "owner_id": z.number().int(), "post_type": zWallPostType, "text": z.string().optional(), "views": zBaseObjectCount.optional(), "is_pinned": zBaseBoolInt.optional(), "sticker_id": z.union([z.number().int(), z.string()]).optional(), "attachments": z.array(zWallAttachment).optional(), "geo": zWallGeo.optional(), "comments": zWallCommentThread.optional(), "copy_history": z.array(z.lazy(() => zWallWallpost)).optional() });
export const zWallWallItem: z.ZodType<T.WallWallItem> = schemaOf<T.WallWallItem>(zWallWallpost);
export const zWallGetExtendedResponse: z.ZodType<T.WallGetExtendedResponse> = looseObjectOf<T.WallGetExtendedResponse>({ "count": z.number().int(), "items": z.array(zWallWallItem), "profiles": z.array(zUsersUserFull) });
export const zWallGetResponse: z.ZodType<T.WallGetResponse> = looseObjectOf<T.WallGetResponse>({ "count": z.number().int(), "items": z.array(zWallWallItem) });
export const zWallPostResponse: z.ZodType<T.WallPostResponse> = looseObjectOf<T.WallPostResponse>({ "post_id": z.number().int() });
export const zExecuteParams: z.ZodType<T.ExecuteParams> = strictObjectOf<T.ExecuteParams>({ "code": z.string(), "func_v": z.number().int().optional() });
export const zExecuteResponse: z.ZodType<T.ExecuteResponse> = schemaOf<T.ExecuteResponse>(zBaseUndefinedResponse);
export const zGroupsSetCallbackSettingsParams: z.ZodType<T.GroupsSetCallbackSettingsParams> = strictObjectOf<T.GroupsSetCallbackSettingsParams>({ "group_id": z.number().int().min(1), "server_id": z.number().int().min(0).optional(), "api_version": z.string().optional(), "wall_post_new": z.union([z.boolean(), z.literal([0,1])]).optional(), "wall_reply_new": z.union([z.boolean(), z.literal([0,1])]).optional() });
export const zGroupsSetCallbackSettingsResponse: z.ZodType<T.GroupsSetCallbackSettingsResponse> = schemaOf<T.GroupsSetCallbackSettingsResponse>(zBaseOkResponse);
export const zGroupsSetLongPollSettingsParams: z.ZodType<T.GroupsSetLongPollSettingsParams> = strictObjectOf<T.GroupsSetLongPollSettingsParams>({ "group_id": z.number().int().min(1), "enabled": z.union([z.boolean(), z.literal([0,1])]).optional(), "api_version": z.string().optional(), "wall_post_new": z.union([z.boolean(), z.literal([0,1])]).optional(), "wall_reply_new": z.union([z.boolean(), z.literal([0,1])]).optional() });
export const zGroupsSetLongPollSettingsResponse: z.ZodType<T.GroupsSetLongPollSettingsResponse> = schemaOf<T.GroupsSetLongPollSettingsResponse>(zBaseOkResponse);
export const zUsersGetParams: z.ZodType<T.UsersGetParams> = strictObjectOf<T.UsersGetParams>({ "user_ids": z.array(z.string()).optional(), "fields": z.array(zUsersFields).optional(), "name_case": z.enum(["nom","gen"]).optional() });
export const zUsersGetFollowersParams: z.ZodType<T.UsersGetFollowersParams> = strictObjectOf<T.UsersGetFollowersParams>({ "user_id": z.number().int().min(1).optional(), "count": z.number().int().min(0).max(1000).optional(), "fields": z.array(zUsersFields).optional() });
export const zUsersGetSubscriptionsParams: z.ZodType<T.UsersGetSubscriptionsParams> = strictObjectOf<T.UsersGetSubscriptionsParams>({ "user_id": z.number().int().min(1).optional(), "offset": z.number().int().min(0).optional() });
export const zWallGetParams: z.ZodType<T.WallGetParams> = strictObjectOf<T.WallGetParams>({ "owner_id": z.number().int().optional(), "domain": z.string().optional(), "count": z.number().int().min(0).max(100).optional(), "filter": z.enum(["owner","others","all"]).optional(), "post_type": zWallPostType.optional(), "extended": z.union([z.boolean(), z.literal([0,1])]).optional(), "fields": z.array(zUsersFields).optional() });
export const zWallPostParams: z.ZodType<T.WallPostParams> = strictObjectOf<T.WallPostParams>({ "owner_id": z.number().int().optional(), "message": z.string().optional(), "attachments": z.array(z.string()).optional(), "mark_as_ads": z.union([z.boolean(), z.literal([0,1])]).optional(), "links": z.union([z.array(z.string()), z.string()]).optional(), "primary_link": z.union([zWallAttachedLink, z.string()]).optional(), "signer": z.union([z.number().int(), z.string()]).optional(), "post_type": zWallPostType.optional(), "guid": z.string().max(64) });

/** Validators of every method: its params and each response variant by key. */
export const apiValidators: {
  readonly [M in ApiMethodName]: {
    readonly params: z.ZodType<ApiMethods[M]['params']>;
    readonly responses: { readonly [K in keyof ApiMethods[M]['responses']]: z.ZodType<ApiMethods[M]['responses'][K]> };
  };
} = {
  "execute": { params: zExecuteParams, responses: { "response": zExecuteResponse } },
  "groups.setCallbackSettings": { params: zGroupsSetCallbackSettingsParams, responses: { "response": zGroupsSetCallbackSettingsResponse } },
  "groups.setLongPollSettings": { params: zGroupsSetLongPollSettingsParams, responses: { "response": zGroupsSetLongPollSettingsResponse } },
  "users.get": { params: zUsersGetParams, responses: { "response": zUsersGetResponse } },
  "users.getFollowers": { params: zUsersGetFollowersParams, responses: { "response": zUsersGetFollowersResponse, "fieldsResponse": zUsersGetFollowersFieldsResponse } },
  "users.getSubscriptions": { params: zUsersGetSubscriptionsParams, responses: { "response": zUsersGetSubscriptionsResponse, "extendedResponse": zUsersGetSubscriptionsExtendedResponse } },
  "wall.get": { params: zWallGetParams, responses: { "response": zWallGetResponse, "extendedResponse": zWallGetExtendedResponse } },
  "wall.post": { params: zWallPostParams, responses: { "response": zWallPostResponse } },
};
