// Type tests for object shapes: allOf merging, required/optional fields, $ref properties,
// numeric enums and their name constants, alias definitions. Nothing here runs: vitest
// type-checks this file.
import { describe, expectTypeOf, test } from 'vitest';
import type {
  ApiResponse,
  BaseBoolInt,
  BaseCountry,
  GroupsCountersGroup,
  GroupsGroupAdminLevel,
  GroupsGroupFull,
  GroupsGroupIsClosed,
  GroupsGroupType,
  GroupsMarketInfo,
  UsersFields,
  UsersUserFull,
  UsersUserXtrType,
  WallGetByIdExtendedResponse,
  WallGetByIdResponse,
  WallWallItem,
  WallWallpostFull,
} from '../../packages/types/src/index.js';
import { BaseBoolIntEnumNames, GroupsGroupAdminLevelEnumNames, GroupsGroupIsClosedEnumNames } from '../../packages/types/src/enum-names.js';

type RequiredKeys<T> = { [K in keyof T]-?: {} extends Pick<T, K> ? never : K }[keyof T];

// Property names per part of groups/objects.json#/definitions/groups_group_full
// (allOf: groups_group, groups_market_properties, own properties), from the pinned schema.
type GroupsGroupKeys =
  | 'id' | 'name' | 'screen_name' | 'is_closed' | 'type' | 'is_admin' | 'admin_level' | 'is_member'
  | 'is_advertiser' | 'start_date' | 'finish_date' | 'verified' | 'deactivated' | 'photo_50' | 'photo_100'
  | 'photo_200' | 'photo_200_orig' | 'photo_400' | 'photo_400_orig' | 'photo_max' | 'photo_max_orig'
  | 'est_date' | 'public_date_label' | 'photo_max_size' | 'is_video_live_notifications_blocked' | 'video_live';
type GroupsMarketPropertiesKeys = 'market' | 'has_market_app' | 'using_vkpay_market_app';
type GroupsGroupFullOwnKeys =
  | 'member_status' | 'is_adult' | 'is_hidden_from_feed' | 'is_favorite' | 'is_subscribed' | 'city'
  | 'description' | 'wiki_page' | 'members_count' | 'members_count_text' | 'requests_count'
  | 'video_live_level' | 'video_live_count' | 'clips_count' | 'counters' | 'textlives_count' | 'cover'
  | 'video_cover' | 'can_post' | 'can_suggest' | 'can_upload_story' | 'can_call_to_community'
  | 'can_upload_doc' | 'can_upload_video' | 'can_upload_clip' | 'can_see_all_posts' | 'can_create_topic'
  | 'activity' | 'fixed_post' | 'has_photo' | 'crop_photo' | 'status' | 'status_audio' | 'main_album_id'
  | 'links' | 'contacts' | 'wall' | 'site' | 'main_section' | 'secondary_section' | 'trending'
  | 'can_message' | 'is_messages_blocked' | 'can_send_notify' | 'online_status' | 'invited_by'
  | 'age_limits' | 'ban_info' | 'has_group_channel' | 'addresses' | 'is_subscribed_podcasts'
  | 'can_subscribe_podcasts' | 'can_subscribe_posts' | 'live_covers' | 'stories_archive_count'
  | 'has_unseen_stories' | 'video_notifications_status' | 'videos_count';

// wall/objects.json#/definitions/wall_wallpost_full (allOf: wall_carousel_base, wall_wallpost, own).
type WallWallpostFullKeys =
  | 'carousel_offset' | 'inner_type' | 'access_key' | 'is_deleted' | 'deleted_reason' | 'deleted_details'
  | 'donut_miniapp_url' | 'attachments' | 'copyright' | 'date' | 'edited' | 'from_id' | 'geo' | 'id'
  | 'is_archived' | 'is_favorite' | 'likes' | 'owner_id' | 'post_id' | 'parents_stack' | 'post_source'
  | 'post_type' | 'reposts' | 'signer_id' | 'text' | 'views' | 'copy_history' | 'can_edit' | 'created_by'
  | 'can_delete' | 'can_pin' | 'donut' | 'is_pinned' | 'comments' | 'marked_as_ads' | 'topic_id'
  | 'short_text_rate' | 'hash' | 'type' | 'feedback' | 'to_id';

describe('GroupsGroupFull', () => {
  test('id is a required number, and the only required field', () => {
    expectTypeOf<GroupsGroupFull['id']>().toEqualTypeOf<number>();
    expectTypeOf<RequiredKeys<GroupsGroupFull>>().toEqualTypeOf<'id'>();
    // @ts-expect-error id is required
    const noId: GroupsGroupFull = { name: 'VK API' };
    const minimal: GroupsGroupFull = { id: 1 };
    expectTypeOf(minimal).toEqualTypeOf<GroupsGroupFull>();
    void noId;
  });

  test('fields from both allOf refs (groups_group, groups_market_properties) and its own are present', () => {
    expectTypeOf<keyof GroupsGroupFull>().toEqualTypeOf<
      GroupsGroupKeys | GroupsMarketPropertiesKeys | GroupsGroupFullOwnKeys
    >();
    // A few by type: from groups_group …
    expectTypeOf<GroupsGroupFull['name']>().toEqualTypeOf<string | undefined>();
    expectTypeOf<GroupsGroupFull['screen_name']>().toEqualTypeOf<string | undefined>();
    expectTypeOf<GroupsGroupFull['photo_200']>().toEqualTypeOf<string | undefined>();
    // … from groups_market_properties …
    expectTypeOf<GroupsGroupFull['market']>().toEqualTypeOf<GroupsMarketInfo | undefined>();
    expectTypeOf<GroupsGroupFull['has_market_app']>().toEqualTypeOf<boolean | undefined>();
    expectTypeOf<GroupsGroupFull['using_vkpay_market_app']>().toEqualTypeOf<boolean | undefined>();
    // … and its own.
    expectTypeOf<GroupsGroupFull['members_count']>().toEqualTypeOf<number | undefined>();
    expectTypeOf<GroupsGroupFull['counters']>().toEqualTypeOf<GroupsCountersGroup | undefined>();
    expectTypeOf<GroupsGroupFull['video_notifications_status']>().toEqualTypeOf<
      'none' | 'all' | 'preferred' | undefined
    >();
  });

  test('$ref properties keep their named types', () => {
    expectTypeOf<GroupsGroupFull['is_admin']>().toEqualTypeOf<BaseBoolInt | undefined>();
    expectTypeOf<GroupsGroupFull['is_member']>().toEqualTypeOf<BaseBoolInt | undefined>();
    expectTypeOf<GroupsGroupFull['is_closed']>().toEqualTypeOf<GroupsGroupIsClosed | undefined>();
    expectTypeOf<GroupsGroupFull['admin_level']>().toEqualTypeOf<GroupsGroupAdminLevel | undefined>();
    expectTypeOf<GroupsGroupFull['type']>().toEqualTypeOf<GroupsGroupType | undefined>();
    // is_admin is the 0/1 flag, not a boolean.
    const group: GroupsGroupFull = { id: 1, is_admin: 1 };
    // @ts-expect-error is_admin is BaseBoolInt (0 | 1), not boolean
    const wrong: GroupsGroupFull = { id: 1, is_admin: true };
    void group;
    void wrong;
  });
});

describe('enums', () => {
  test('numeric enums are literal unions', () => {
    expectTypeOf<BaseBoolInt>().toEqualTypeOf<0 | 1>();
    expectTypeOf<GroupsGroupIsClosed>().toEqualTypeOf<0 | 1 | 2>();
    expectTypeOf<GroupsGroupAdminLevel>().toEqualTypeOf<1 | 2 | 3>();
    expectTypeOf<2>().not.toExtend<BaseBoolInt>();
    expectTypeOf<number>().not.toExtend<BaseBoolInt>();
  });

  test('string enums are literal unions', () => {
    expectTypeOf<GroupsGroupType>().toEqualTypeOf<'group' | 'page' | 'event'>();
    expectTypeOf<string>().not.toExtend<GroupsGroupType>();
  });

  test('the *EnumNames constants map names to the values', () => {
    expectTypeOf(BaseBoolIntEnumNames).toEqualTypeOf<{ readonly no: 0; readonly yes: 1 }>();
    expectTypeOf(BaseBoolIntEnumNames.yes).toEqualTypeOf<1>();
    expectTypeOf<(typeof BaseBoolIntEnumNames)[keyof typeof BaseBoolIntEnumNames]>().toEqualTypeOf<BaseBoolInt>();
    expectTypeOf(GroupsGroupIsClosedEnumNames).toEqualTypeOf<{ readonly open: 0; readonly closed: 1; readonly private: 2 }>();
    expectTypeOf<
      (typeof GroupsGroupAdminLevelEnumNames)[keyof typeof GroupsGroupAdminLevelEnumNames]
    >().toEqualTypeOf<GroupsGroupAdminLevel>();
  });
});

describe('alias definitions (wall_wall_item → wall_wallpost_full)', () => {
  test('WallWallItem is WallWallpostFull and keeps every allOf-merged field', () => {
    expectTypeOf<WallWallItem>().toEqualTypeOf<WallWallpostFull>();
    expectTypeOf<keyof WallWallItem>().toEqualTypeOf<WallWallpostFullKeys>();
    expectTypeOf<WallWallItem['copy_history']>().toEqualTypeOf<WallWallpostFull[] | undefined>();
    expectTypeOf<WallWallItem['can_pin']>().toEqualTypeOf<BaseBoolInt | undefined>();
    expectTypeOf<WallWallItem['text']>().toEqualTypeOf<string | undefined>();
    expectTypeOf<WallWallItem['carousel_offset']>().toEqualTypeOf<number | undefined>();
  });

  test('wall.getById extended items are WallWallItem, with profiles and groups', () => {
    expectTypeOf<WallGetByIdExtendedResponse>().toEqualTypeOf<{
      items: WallWallItem[];
      profiles: UsersUserFull[];
      groups: GroupsGroupFull[];
    }>();
    expectTypeOf<WallGetByIdResponse['items']>().toEqualTypeOf<WallWallItem[] | undefined>();
    expectTypeOf<ApiResponse<'wall.getById', { posts: string[]; extended: 1 }>>().toEqualTypeOf<
      WallGetByIdExtendedResponse
    >();
    expectTypeOf<ApiResponse<'wall.getById', { posts: string[] }>>().toEqualTypeOf<WallGetByIdResponse>();
  });
});

describe('users: country (schema patch 0124, dropped upstream after API 5.131)', () => {
  test('users.get can ask for it, and the full user and its allOf extensions carry it', () => {
    expectTypeOf<'country'>().toExtend<UsersFields>();
    expectTypeOf<UsersUserFull['country']>().toEqualTypeOf<BaseCountry | undefined>();
    expectTypeOf<UsersUserXtrType['country']>().toEqualTypeOf<BaseCountry | undefined>();
    expectTypeOf<ApiResponse<'users.get', { fields: ['country'] }>[number]['country']>().toEqualTypeOf<BaseCountry | undefined>();
  });
});
