// Type tests for every groups.* method: a realistic call through `ApiCall` (every required
// param, correctly typed) resolves to the method's named response type; leaving out a
// required param does not compile; the set of required params is pinned. The last test
// fails when a groups.* method is added or removed, so no new method goes untested.
// Nothing here runs: vitest type-checks this file.
import { describe, expectTypeOf, test } from 'vitest';
import type {
  ApiCall,
  ApiMethodName,
  ApiMethods,
  ApiParams,
  BaseBoolInt,
  GroupsAddAddressResponse,
  GroupsAddCallbackServerResponse,
  GroupsAddLinkResponse,
  GroupsAddress,
  GroupsApproveRequestResponse,
  GroupsBanResponse,
  GroupsCallbackSettings,
  GroupsCreateResponse,
  GroupsDeleteAddressResponse,
  GroupsDeleteCallbackServerResponse,
  GroupsDeleteLinkResponse,
  GroupsDisableOnlineResponse,
  GroupsEditAddressResponse,
  GroupsEditCallbackServerResponse,
  GroupsEditLinkResponse,
  GroupsEditManagerResponse,
  GroupsEditResponse,
  GroupsEnableOnlineResponse,
  GroupsGetAddressesResponse,
  GroupsGetBannedResponse,
  GroupsGetByIdObjectResponse,
  GroupsGetByIdResponse,
  GroupsGetCallbackConfirmationCodeResponse,
  GroupsGetCallbackServersResponse,
  GroupsGetCallbackSettingsResponse,
  GroupsGetCatalogInfoExtendedResponse,
  GroupsGetCatalogInfoResponse,
  GroupsGetExtendedResponse,
  GroupsGetInvitedUsersResponse,
  GroupsGetInvitesExtendedResponse,
  GroupsGetInvitesResponse,
  GroupsGetLongPollServerResponse,
  GroupsGetLongPollSettingsResponse,
  GroupsGetMembersFieldsResponse,
  GroupsGetMembersFilterResponse,
  GroupsGetMembersResponse,
  GroupsGetOnlineStatusResponse,
  GroupsGetRequestsFieldsResponse,
  GroupsGetRequestsResponse,
  GroupsGetResponse,
  GroupsGetSettingsResponse,
  GroupsGetTagListResponse,
  GroupsGetTokenPermissionsResponse,
  GroupsGroupFull,
  GroupsGroupTag,
  GroupsInviteResponse,
  GroupsInviteUserIdsResponse,
  GroupsIsMemberExtendedResponse,
  GroupsIsMemberResponse,
  GroupsIsMemberUserIdsExtendedResponse,
  GroupsIsMemberUserIdsResponse,
  GroupsJoinResponse,
  GroupsLeaveResponse,
  GroupsLinksItem,
  GroupsLongPollServer,
  GroupsLongPollSettings,
  GroupsMemberRole,
  GroupsMemberStatus,
  GroupsMemberStatusFull,
  GroupsOnlineStatusType,
  GroupsRemoveUserResponse,
  GroupsReorderLinkResponse,
  GroupsSearchResponse,
  GroupsSetCallbackSettingsResponse,
  GroupsSetLongPollSettingsResponse,
  GroupsSetSettingsResponse,
  GroupsSetUserNoteResponse,
  GroupsTagAddResponse,
  GroupsTagBindResponse,
  GroupsTagDeleteResponse,
  GroupsTagUpdateResponse,
  GroupsToggleMarketResponse,
  GroupsUnbanResponse,
  GroupsUserXtrRole,
  UsersUserFull,
} from '../../packages/types/src/index.js';

declare const call: ApiCall;

/** The keys a method requires (same rule as select.ts: a key is required unless `{}` has it). */
type RequiredParams<M extends ApiMethodName> = {
  [K in keyof ApiParams<M>]-?: {} extends Pick<ApiParams<M>, K> ? never : K;
}[keyof ApiParams<M>];

/** VK's `{"response": 1}` for write methods. */
type Ok = 1;

// Every groups.* method tested below, in the schema's order. The guard test at the end checks
// this list against ApiMethodName both ways.
const covered = [
  'groups.addAddress',
  'groups.addCallbackServer',
  'groups.addLink',
  'groups.approveRequest',
  'groups.ban',
  'groups.create',
  'groups.deleteAddress',
  'groups.deleteCallbackServer',
  'groups.deleteLink',
  'groups.disableOnline',
  'groups.edit',
  'groups.editAddress',
  'groups.editCallbackServer',
  'groups.editLink',
  'groups.editManager',
  'groups.enableOnline',
  'groups.get',
  'groups.getAddresses',
  'groups.getBanned',
  'groups.getById',
  'groups.getCallbackConfirmationCode',
  'groups.getCallbackServers',
  'groups.getCallbackSettings',
  'groups.getCatalogInfo',
  'groups.getInvitedUsers',
  'groups.getInvites',
  'groups.getLongPollServer',
  'groups.getLongPollSettings',
  'groups.getMembers',
  'groups.getOnlineStatus',
  'groups.getRequests',
  'groups.getSettings',
  'groups.getTagList',
  'groups.getTokenPermissions',
  'groups.invite',
  'groups.isMember',
  'groups.join',
  'groups.leave',
  'groups.removeUser',
  'groups.reorderLink',
  'groups.search',
  'groups.setCallbackSettings',
  'groups.setLongPollSettings',
  'groups.setSettings',
  'groups.setUserNote',
  'groups.tagAdd',
  'groups.tagBind',
  'groups.tagDelete',
  'groups.tagUpdate',
  'groups.toggleMarket',
  'groups.unban',
] as const;
type Covered = (typeof covered)[number];

describe('groups.* methods', () => {
  test('groups.addAddress', () => {
    expectTypeOf(
      call('groups.addAddress', {
        group_id: 1,
        title: 'Main office',
        address: 'Nevsky prospekt, 28',
        additional_address: '3rd floor',
        city_id: 2,
        latitude: 59.9357,
        longitude: 30.3256,
        phone: '+7 812 000-00-00',
        work_info_status: 'timetable',
        timetable: '{"mon":{"open_time":540,"close_time":1080}}',
        is_main_address: 1,
      }),
    ).resolves.toEqualTypeOf<GroupsAddAddressResponse>();
    expectTypeOf<GroupsAddAddressResponse>().toEqualTypeOf<GroupsAddress>();
    expectTypeOf<RequiredParams<'groups.addAddress'>>().toEqualTypeOf<
      'group_id' | 'title' | 'address' | 'city_id' | 'latitude' | 'longitude'
    >();
    // @ts-expect-error latitude and longitude are required
    call('groups.addAddress', { group_id: 1, title: 'Main office', address: 'Nevsky prospekt, 28', city_id: 2 });
    // @ts-expect-error not a work_info_status value
    call('groups.addAddress', { group_id: 1, title: 'T', address: 'A', city_id: 2, latitude: 0, longitude: 0, work_info_status: 'open' });
  });

  test('groups.addCallbackServer', () => {
    expectTypeOf(
      call('groups.addCallbackServer', {
        group_id: 1,
        url: 'https://bot.example.com/vk',
        title: 'Bot',
        secret_key: 's3cret',
      }),
    ).resolves.toEqualTypeOf<GroupsAddCallbackServerResponse>();
    expectTypeOf<GroupsAddCallbackServerResponse>().toEqualTypeOf<{ server_id: number }>();
    expectTypeOf<RequiredParams<'groups.addCallbackServer'>>().toEqualTypeOf<'group_id' | 'url' | 'title'>();
    // @ts-expect-error title is required
    call('groups.addCallbackServer', { group_id: 1, url: 'https://bot.example.com/vk' });
  });

  test('groups.addLink', () => {
    expectTypeOf(call('groups.addLink', { group_id: 1, link: 'https://dev.vk.com', text: 'Docs' })).resolves.toEqualTypeOf<
      GroupsAddLinkResponse
    >();
    expectTypeOf<GroupsAddLinkResponse>().toEqualTypeOf<GroupsLinksItem>();
    expectTypeOf<RequiredParams<'groups.addLink'>>().toEqualTypeOf<'group_id' | 'link'>();
    // @ts-expect-error link is required
    call('groups.addLink', { group_id: 1, text: 'Docs' });
  });

  test('groups.approveRequest', () => {
    expectTypeOf(call('groups.approveRequest', { group_id: 1, user_id: 1 })).resolves.toEqualTypeOf<
      GroupsApproveRequestResponse
    >();
    expectTypeOf<GroupsApproveRequestResponse>().toEqualTypeOf<Ok>();
    expectTypeOf<RequiredParams<'groups.approveRequest'>>().toEqualTypeOf<'group_id' | 'user_id'>();
    // @ts-expect-error user_id is required
    call('groups.approveRequest', { group_id: 1 });
  });

  test('groups.ban', () => {
    expectTypeOf(
      call('groups.ban', {
        group_id: 1,
        owner_id: 12345,
        end_date: 1767225600,
        reason: 1,
        comment: 'spam',
        comment_visible: true,
      }),
    ).resolves.toEqualTypeOf<GroupsBanResponse>();
    expectTypeOf<GroupsBanResponse>().toEqualTypeOf<Ok>();
    expectTypeOf<RequiredParams<'groups.ban'>>().toEqualTypeOf<'group_id'>();
    // @ts-expect-error group_id is required
    call('groups.ban', { owner_id: 12345 });
  });

  test('groups.create', () => {
    expectTypeOf(
      call('groups.create', {
        title: 'Bakery on the corner',
        description: 'Fresh bread every morning',
        type: 'public',
        public_category: 1,
        subtype: 1,
      }),
    ).resolves.toEqualTypeOf<GroupsCreateResponse>();
    expectTypeOf<GroupsCreateResponse>().toEqualTypeOf<GroupsGroupFull>();
    expectTypeOf<RequiredParams<'groups.create'>>().toEqualTypeOf<'title'>();
    // @ts-expect-error title is required
    call('groups.create', { type: 'group' });
    // @ts-expect-error subtype is 0..4
    call('groups.create', { title: 'Bakery', subtype: 5 });
  });

  test('groups.deleteAddress', () => {
    expectTypeOf(call('groups.deleteAddress', { group_id: 1, address_id: 10 })).resolves.toEqualTypeOf<
      GroupsDeleteAddressResponse
    >();
    expectTypeOf<GroupsDeleteAddressResponse>().toEqualTypeOf<Ok>();
    expectTypeOf<RequiredParams<'groups.deleteAddress'>>().toEqualTypeOf<'group_id' | 'address_id'>();
    // @ts-expect-error address_id is required
    call('groups.deleteAddress', { group_id: 1 });
  });

  test('groups.deleteCallbackServer', () => {
    expectTypeOf(call('groups.deleteCallbackServer', { group_id: 1, server_id: 3 })).resolves.toEqualTypeOf<
      GroupsDeleteCallbackServerResponse
    >();
    expectTypeOf<GroupsDeleteCallbackServerResponse>().toEqualTypeOf<Ok>();
    expectTypeOf<RequiredParams<'groups.deleteCallbackServer'>>().toEqualTypeOf<'group_id' | 'server_id'>();
    // @ts-expect-error server_id is required
    call('groups.deleteCallbackServer', { group_id: 1 });
  });

  test('groups.deleteLink', () => {
    expectTypeOf(call('groups.deleteLink', { group_id: 1, link_id: 7 })).resolves.toEqualTypeOf<GroupsDeleteLinkResponse>();
    expectTypeOf<GroupsDeleteLinkResponse>().toEqualTypeOf<Ok>();
    expectTypeOf<RequiredParams<'groups.deleteLink'>>().toEqualTypeOf<'group_id' | 'link_id'>();
    // @ts-expect-error link_id is required
    call('groups.deleteLink', { group_id: 1 });
  });

  test('groups.disableOnline', () => {
    expectTypeOf(call('groups.disableOnline', { group_id: 1 })).resolves.toEqualTypeOf<GroupsDisableOnlineResponse>();
    expectTypeOf<GroupsDisableOnlineResponse>().toEqualTypeOf<Ok>();
    expectTypeOf<RequiredParams<'groups.disableOnline'>>().toEqualTypeOf<'group_id'>();
    // @ts-expect-error group_id is required
    call('groups.disableOnline', {});
  });

  test('groups.edit', () => {
    expectTypeOf(
      call('groups.edit', {
        group_id: 1,
        title: 'Bakery on the corner',
        description: 'Fresh bread every morning',
        screen_name: 'corner_bakery',
        access: 0,
        website: 'https://bakery.example.com',
        subject: 3,
        wall: 2,
        topics: 1,
        photos: 1,
        video: 1,
        audio: 0,
        docs: 2,
        wiki: 0,
        messages: 1,
        articles: true,
        market: 1,
        market_country: [1],
        market_city: [1, 2],
        market_currency: 643,
        age_limits: 1,
        obscene_filter: 1,
        obscene_words: ['spam', 'scam'],
        country: 1,
        city: 2,
      }),
    ).resolves.toEqualTypeOf<GroupsEditResponse>();
    expectTypeOf<GroupsEditResponse>().toEqualTypeOf<Ok>();
    expectTypeOf<RequiredParams<'groups.edit'>>().toEqualTypeOf<'group_id'>();
    // @ts-expect-error group_id is required
    call('groups.edit', { title: 'Bakery' });
    // @ts-expect-error market_currency is one of the listed ISO 4217 codes
    call('groups.edit', { group_id: 1, market_currency: 1 });
  });

  test('groups.editAddress', () => {
    expectTypeOf(
      call('groups.editAddress', {
        group_id: 1,
        address_id: 10,
        title: 'Main office',
        phone: '+7 812 000-00-01',
        work_info_status: 'always_opened',
        is_main_address: false,
      }),
    ).resolves.toEqualTypeOf<GroupsEditAddressResponse>();
    expectTypeOf<GroupsEditAddressResponse>().toEqualTypeOf<GroupsAddress>();
    expectTypeOf<RequiredParams<'groups.editAddress'>>().toEqualTypeOf<'group_id' | 'address_id'>();
    // @ts-expect-error address_id is required
    call('groups.editAddress', { group_id: 1, title: 'Main office' });
  });

  test('groups.editCallbackServer', () => {
    expectTypeOf(
      call('groups.editCallbackServer', {
        group_id: 1,
        server_id: 3,
        url: 'https://bot.example.com/vk2',
        title: 'Bot v2',
        secret_key: 'n3w',
      }),
    ).resolves.toEqualTypeOf<GroupsEditCallbackServerResponse>();
    expectTypeOf<GroupsEditCallbackServerResponse>().toEqualTypeOf<Ok>();
    expectTypeOf<RequiredParams<'groups.editCallbackServer'>>().toEqualTypeOf<
      'group_id' | 'server_id' | 'url' | 'title'
    >();
    // @ts-expect-error url is required
    call('groups.editCallbackServer', { group_id: 1, server_id: 3, title: 'Bot v2' });
  });

  test('groups.editLink', () => {
    expectTypeOf(call('groups.editLink', { group_id: 1, link_id: 7, text: 'API docs' })).resolves.toEqualTypeOf<
      GroupsEditLinkResponse
    >();
    expectTypeOf<GroupsEditLinkResponse>().toEqualTypeOf<Ok>();
    expectTypeOf<RequiredParams<'groups.editLink'>>().toEqualTypeOf<'group_id' | 'link_id'>();
    // @ts-expect-error link_id is required
    call('groups.editLink', { group_id: 1, text: 'API docs' });
  });

  test('groups.editManager', () => {
    expectTypeOf(
      call('groups.editManager', {
        group_id: 1,
        user_id: 12345,
        role: 'editor',
        is_contact: 1,
        contact_position: 'PR manager',
        contact_email: 'pr@example.com',
      }),
    ).resolves.toEqualTypeOf<GroupsEditManagerResponse>();
    expectTypeOf<GroupsEditManagerResponse>().toEqualTypeOf<Ok>();
    expectTypeOf<RequiredParams<'groups.editManager'>>().toEqualTypeOf<'group_id' | 'user_id'>();
    // @ts-expect-error user_id is required
    call('groups.editManager', { group_id: 1, role: 'editor' });
    // @ts-expect-error not a role
    call('groups.editManager', { group_id: 1, user_id: 12345, role: 'owner' });
  });

  test('groups.enableOnline', () => {
    expectTypeOf(call('groups.enableOnline', { group_id: 1 })).resolves.toEqualTypeOf<GroupsEnableOnlineResponse>();
    expectTypeOf<GroupsEnableOnlineResponse>().toEqualTypeOf<Ok>();
    expectTypeOf<RequiredParams<'groups.enableOnline'>>().toEqualTypeOf<'group_id'>();
    // @ts-expect-error group_id is required
    call('groups.enableOnline', {});
  });

  test('groups.get', () => {
    expectTypeOf(call('groups.get', { user_id: 1, filter: ['admin'], count: 100 })).resolves.toEqualTypeOf<
      GroupsGetResponse
    >();
    expectTypeOf(
      call('groups.get', { user_id: 1, extended: 1, fields: ['members_count', 'activity'], offset: 100, count: 100 }),
    ).resolves.toEqualTypeOf<GroupsGetExtendedResponse>();
    expectTypeOf<GroupsGetResponse>().toEqualTypeOf<{ count: number; items: number[] }>();
    expectTypeOf<GroupsGetExtendedResponse>().toEqualTypeOf<{ count: number; items: GroupsGroupFull[] }>();
    expectTypeOf<RequiredParams<'groups.get'>>().toBeNever();
    call('groups.get');
  });

  test('groups.getAddresses', () => {
    expectTypeOf(
      call('groups.getAddresses', {
        group_id: 1,
        latitude: 59.9357,
        longitude: 30.3256,
        count: 10,
        fields: ['title', 'address', 'work_info_status', 'timetable'],
      }),
    ).resolves.toEqualTypeOf<GroupsGetAddressesResponse>();
    expectTypeOf<GroupsGetAddressesResponse>().toEqualTypeOf<{ count: number; items: GroupsAddress[] }>();
    expectTypeOf<RequiredParams<'groups.getAddresses'>>().toEqualTypeOf<'group_id'>();
    // @ts-expect-error group_id is required
    call('groups.getAddresses', { count: 10 });
  });

  test('groups.getBanned', () => {
    expectTypeOf(call('groups.getBanned', { group_id: 1, count: 20, fields: ['bdate', 'city'] })).resolves.toEqualTypeOf<
      GroupsGetBannedResponse
    >();
    expectTypeOf<GroupsGetBannedResponse['count']>().toEqualTypeOf<number>();
    expectTypeOf<RequiredParams<'groups.getBanned'>>().toEqualTypeOf<'group_id'>();
    // @ts-expect-error group_id is required
    call('groups.getBanned', { count: 20 });
  });

  test('groups.getById', () => {
    expectTypeOf(
      call('groups.getById', { group_ids: ['apiclub', 1], fields: ['members_count', 'description'] }),
    ).resolves.toEqualTypeOf<GroupsGetByIdResponse>();
    expectTypeOf(call('groups.getById', { group_id: 'apiclub' })).resolves.toEqualTypeOf<GroupsGetByIdResponse>();
    expectTypeOf<GroupsGetByIdResponse>().toEqualTypeOf<GroupsGetByIdObjectResponse>();
    expectTypeOf<GroupsGetByIdResponse['groups']>().toEqualTypeOf<GroupsGroupFull[] | undefined>();
    expectTypeOf<RequiredParams<'groups.getById'>>().toBeNever();
    call('groups.getById');
  });

  test('groups.getCallbackConfirmationCode', () => {
    expectTypeOf(call('groups.getCallbackConfirmationCode', { group_id: 1 })).resolves.toEqualTypeOf<
      GroupsGetCallbackConfirmationCodeResponse
    >();
    expectTypeOf<GroupsGetCallbackConfirmationCodeResponse>().toEqualTypeOf<{ code: string }>();
    expectTypeOf<RequiredParams<'groups.getCallbackConfirmationCode'>>().toEqualTypeOf<'group_id'>();
    // @ts-expect-error group_id is required
    call('groups.getCallbackConfirmationCode', {});
  });

  test('groups.getCallbackServers', () => {
    expectTypeOf(call('groups.getCallbackServers', { group_id: 1, server_ids: [3, 4] })).resolves.toEqualTypeOf<
      GroupsGetCallbackServersResponse
    >();
    expectTypeOf<GroupsGetCallbackServersResponse['count']>().toEqualTypeOf<number>();
    expectTypeOf<RequiredParams<'groups.getCallbackServers'>>().toEqualTypeOf<'group_id'>();
    // @ts-expect-error group_id is required
    call('groups.getCallbackServers', { server_ids: [3, 4] });
  });

  test('groups.getCallbackSettings', () => {
    expectTypeOf(call('groups.getCallbackSettings', { group_id: 1, server_id: 3 })).resolves.toEqualTypeOf<
      GroupsGetCallbackSettingsResponse
    >();
    expectTypeOf<GroupsGetCallbackSettingsResponse>().toEqualTypeOf<GroupsCallbackSettings>();
    expectTypeOf<RequiredParams<'groups.getCallbackSettings'>>().toEqualTypeOf<'group_id'>();
    // @ts-expect-error group_id is required
    call('groups.getCallbackSettings', { server_id: 3 });
  });

  test('groups.getCatalogInfo', () => {
    expectTypeOf(call('groups.getCatalogInfo', { subcategories: 1 })).resolves.toEqualTypeOf<GroupsGetCatalogInfoResponse>();
    expectTypeOf(call('groups.getCatalogInfo', { extended: 1, subcategories: 1 })).resolves.toEqualTypeOf<
      GroupsGetCatalogInfoExtendedResponse
    >();
    expectTypeOf<GroupsGetCatalogInfoResponse['enabled']>().toEqualTypeOf<BaseBoolInt>();
    expectTypeOf<RequiredParams<'groups.getCatalogInfo'>>().toBeNever();
  });

  test('groups.getInvitedUsers', () => {
    expectTypeOf(
      call('groups.getInvitedUsers', { group_id: 1, count: 20, fields: ['photo_100', 'sex'], name_case: 'Gen' }),
    ).resolves.toEqualTypeOf<GroupsGetInvitedUsersResponse>();
    expectTypeOf<GroupsGetInvitedUsersResponse>().toEqualTypeOf<{ count: number; items: UsersUserFull[] }>();
    expectTypeOf<RequiredParams<'groups.getInvitedUsers'>>().toEqualTypeOf<'group_id'>();
    // @ts-expect-error group_id is required
    call('groups.getInvitedUsers', { count: 20 });
    // @ts-expect-error name_case values are capitalised (Nom, Gen, ...)
    call('groups.getInvitedUsers', { group_id: 1, name_case: 'gen' });
  });

  test('groups.getInvites', () => {
    expectTypeOf(call('groups.getInvites', { offset: 0, count: 20 })).resolves.toEqualTypeOf<GroupsGetInvitesResponse>();
    expectTypeOf(call('groups.getInvites', { count: 20, extended: 1 })).resolves.toEqualTypeOf<
      GroupsGetInvitesExtendedResponse
    >();
    expectTypeOf<GroupsGetInvitesResponse>().toEqualTypeOf<{ count: number; items: GroupsGroupFull[] }>();
    expectTypeOf<RequiredParams<'groups.getInvites'>>().toBeNever();
  });

  test('groups.getLongPollServer', () => {
    expectTypeOf(call('groups.getLongPollServer', { group_id: 1 })).resolves.toEqualTypeOf<
      GroupsGetLongPollServerResponse
    >();
    expectTypeOf<GroupsGetLongPollServerResponse>().toEqualTypeOf<GroupsLongPollServer>();
    expectTypeOf<GroupsLongPollServer>().toEqualTypeOf<{ key: string; server: string; ts: string }>();
    expectTypeOf<RequiredParams<'groups.getLongPollServer'>>().toEqualTypeOf<'group_id'>();
    // @ts-expect-error group_id is required
    call('groups.getLongPollServer', {});
  });

  test('groups.getLongPollSettings', () => {
    expectTypeOf(call('groups.getLongPollSettings', { group_id: 1 })).resolves.toEqualTypeOf<
      GroupsGetLongPollSettingsResponse
    >();
    expectTypeOf<GroupsGetLongPollSettingsResponse>().toEqualTypeOf<GroupsLongPollSettings>();
    expectTypeOf<GroupsLongPollSettings['is_enabled']>().toEqualTypeOf<boolean>();
    expectTypeOf<RequiredParams<'groups.getLongPollSettings'>>().toEqualTypeOf<'group_id'>();
    // @ts-expect-error group_id is required
    call('groups.getLongPollSettings', {});
  });

  test('groups.getMembers', () => {
    expectTypeOf(call('groups.getMembers', { group_id: 'apiclub', sort: 'id_asc', count: 1000 })).resolves.toEqualTypeOf<
      GroupsGetMembersResponse
    >();
    expectTypeOf(call('groups.getMembers', { group_id: 1, fields: ['sex', 'bdate', 'city'] })).resolves.toEqualTypeOf<
      GroupsGetMembersFieldsResponse
    >();
    expectTypeOf(call('groups.getMembers', { group_id: 1, filter: 'managers' })).resolves.toEqualTypeOf<
      GroupsGetMembersFilterResponse
    >();
    // Only `managers` selects the filter variant.
    expectTypeOf(call('groups.getMembers', { group_id: 1, filter: 'friends' })).resolves.toEqualTypeOf<
      GroupsGetMembersResponse
    >();
    expectTypeOf<GroupsGetMembersResponse['items']>().toEqualTypeOf<number[]>();
    expectTypeOf<GroupsGetMembersFieldsResponse['items']>().toEqualTypeOf<GroupsUserXtrRole[]>();
    expectTypeOf<GroupsGetMembersFilterResponse['items']>().toEqualTypeOf<GroupsMemberRole[]>();
    expectTypeOf<RequiredParams<'groups.getMembers'>>().toBeNever();
    // @ts-expect-error not a filter value
    call('groups.getMembers', { group_id: 1, filter: 'admins' });
  });

  test('groups.getOnlineStatus', () => {
    expectTypeOf(call('groups.getOnlineStatus', { group_id: 1 })).resolves.toEqualTypeOf<GroupsGetOnlineStatusResponse>();
    expectTypeOf<GroupsGetOnlineStatusResponse['status']>().toEqualTypeOf<GroupsOnlineStatusType>();
    expectTypeOf<GroupsOnlineStatusType>().toEqualTypeOf<'none' | 'online' | 'answer_mark'>();
    expectTypeOf<RequiredParams<'groups.getOnlineStatus'>>().toEqualTypeOf<'group_id'>();
    // @ts-expect-error group_id is required
    call('groups.getOnlineStatus', {});
  });

  test('groups.getRequests', () => {
    expectTypeOf(call('groups.getRequests', { group_id: 1, count: 20 })).resolves.toEqualTypeOf<GroupsGetRequestsResponse>();
    expectTypeOf(call('groups.getRequests', { group_id: 1, count: 20, fields: ['photo_100'] })).resolves.toEqualTypeOf<
      GroupsGetRequestsFieldsResponse
    >();
    expectTypeOf<GroupsGetRequestsResponse['items']>().toEqualTypeOf<number[]>();
    expectTypeOf<GroupsGetRequestsFieldsResponse['items']>().toEqualTypeOf<UsersUserFull[]>();
    expectTypeOf<RequiredParams<'groups.getRequests'>>().toEqualTypeOf<'group_id'>();
    // @ts-expect-error group_id is required
    call('groups.getRequests', { count: 20 });
  });

  test('groups.getSettings', () => {
    expectTypeOf(call('groups.getSettings', { group_id: 1 })).resolves.toEqualTypeOf<GroupsGetSettingsResponse>();
    expectTypeOf(call('groups.getSettings', { group_id: 'apiclub' })).resolves.toEqualTypeOf<GroupsGetSettingsResponse>();
    expectTypeOf<GroupsGetSettingsResponse['articles']>().toEqualTypeOf<number>();
    expectTypeOf<RequiredParams<'groups.getSettings'>>().toEqualTypeOf<'group_id'>();
    // @ts-expect-error group_id is required
    call('groups.getSettings', {});
  });

  test('groups.getTagList', () => {
    expectTypeOf(call('groups.getTagList', { group_id: 1 })).resolves.toEqualTypeOf<GroupsGetTagListResponse>();
    expectTypeOf<GroupsGetTagListResponse>().toEqualTypeOf<GroupsGroupTag[]>();
    expectTypeOf<RequiredParams<'groups.getTagList'>>().toEqualTypeOf<'group_id'>();
    // @ts-expect-error group_id is required
    call('groups.getTagList', {});
  });

  test('groups.getTokenPermissions', () => {
    expectTypeOf(call('groups.getTokenPermissions')).resolves.toEqualTypeOf<GroupsGetTokenPermissionsResponse>();
    expectTypeOf(call('groups.getTokenPermissions', {})).resolves.toEqualTypeOf<GroupsGetTokenPermissionsResponse>();
    expectTypeOf<GroupsGetTokenPermissionsResponse['mask']>().toEqualTypeOf<number>();
    expectTypeOf<keyof ApiParams<'groups.getTokenPermissions'>>().toBeNever();
    // @ts-expect-error the method takes no params at all
    call('groups.getTokenPermissions', { group_id: 1 });
  });

  test('groups.invite', () => {
    expectTypeOf(call('groups.invite', { group_id: 1, user_id: 12345 })).resolves.toEqualTypeOf<GroupsInviteResponse>();
    expectTypeOf(call('groups.invite', { group_id: 1, user_ids_list: [12345, 67890] })).resolves.toEqualTypeOf<
      GroupsInviteUserIdsResponse
    >();
    expectTypeOf<GroupsInviteResponse>().toEqualTypeOf<Ok>();
    expectTypeOf<GroupsInviteUserIdsResponse>().toEqualTypeOf<{ invites_send_count: number }>();
    expectTypeOf<RequiredParams<'groups.invite'>>().toEqualTypeOf<'group_id'>();
    // @ts-expect-error group_id is required
    call('groups.invite', { user_id: 12345 });
  });

  test('groups.isMember', () => {
    expectTypeOf(call('groups.isMember', { group_id: 'apiclub', user_id: 12345 })).resolves.toEqualTypeOf<
      GroupsIsMemberResponse
    >();
    expectTypeOf(call('groups.isMember', { group_id: 'apiclub', user_id: 12345, extended: 1 })).resolves.toEqualTypeOf<
      GroupsIsMemberExtendedResponse
    >();
    expectTypeOf(call('groups.isMember', { group_id: 1, user_ids: [12345, 67890] })).resolves.toEqualTypeOf<
      GroupsIsMemberUserIdsResponse
    >();
    expectTypeOf(call('groups.isMember', { group_id: 1, user_ids: [12345, 67890], extended: true })).resolves.toEqualTypeOf<
      GroupsIsMemberUserIdsExtendedResponse
    >();
    expectTypeOf<GroupsIsMemberResponse>().toEqualTypeOf<BaseBoolInt>();
    expectTypeOf<GroupsIsMemberUserIdsResponse>().toEqualTypeOf<GroupsMemberStatus[]>();
    expectTypeOf<GroupsIsMemberUserIdsExtendedResponse>().toEqualTypeOf<GroupsMemberStatusFull[]>();
    expectTypeOf<RequiredParams<'groups.isMember'>>().toEqualTypeOf<'group_id'>();
    // @ts-expect-error group_id is required
    call('groups.isMember', { user_id: 12345 });
  });

  test('groups.join', () => {
    expectTypeOf(call('groups.join', { group_id: 1, not_sure: '1' })).resolves.toEqualTypeOf<GroupsJoinResponse>();
    expectTypeOf<GroupsJoinResponse>().toEqualTypeOf<Ok>();
    expectTypeOf<RequiredParams<'groups.join'>>().toEqualTypeOf<'group_id'>();
    // @ts-expect-error group_id is required
    call('groups.join', { not_sure: '1' });
  });

  test('groups.leave', () => {
    expectTypeOf(call('groups.leave', { group_id: 1 })).resolves.toEqualTypeOf<GroupsLeaveResponse>();
    expectTypeOf<GroupsLeaveResponse>().toEqualTypeOf<Ok>();
    expectTypeOf<RequiredParams<'groups.leave'>>().toEqualTypeOf<'group_id'>();
    // @ts-expect-error group_id is required
    call('groups.leave', {});
  });

  test('groups.removeUser', () => {
    expectTypeOf(call('groups.removeUser', { group_id: 1, user_id: 12345 })).resolves.toEqualTypeOf<
      GroupsRemoveUserResponse
    >();
    expectTypeOf<GroupsRemoveUserResponse>().toEqualTypeOf<Ok>();
    expectTypeOf<RequiredParams<'groups.removeUser'>>().toEqualTypeOf<'group_id' | 'user_id'>();
    // @ts-expect-error user_id is required
    call('groups.removeUser', { group_id: 1 });
  });

  test('groups.reorderLink', () => {
    expectTypeOf(call('groups.reorderLink', { group_id: 1, link_id: 7, after: 3 })).resolves.toEqualTypeOf<
      GroupsReorderLinkResponse
    >();
    expectTypeOf<GroupsReorderLinkResponse>().toEqualTypeOf<Ok>();
    expectTypeOf<RequiredParams<'groups.reorderLink'>>().toEqualTypeOf<'group_id' | 'link_id'>();
    // @ts-expect-error link_id is required
    call('groups.reorderLink', { group_id: 1, after: 3 });
  });

  test('groups.search', () => {
    expectTypeOf(
      call('groups.search', { q: 'bakery', type: 'page', city_id: 2, market: 1, sort: 0, offset: 0, count: 20 }),
    ).resolves.toEqualTypeOf<GroupsSearchResponse>();
    expectTypeOf<GroupsSearchResponse>().toEqualTypeOf<{ count: number; items: GroupsGroupFull[] }>();
    expectTypeOf<RequiredParams<'groups.search'>>().toEqualTypeOf<'q'>();
    // @ts-expect-error q is required
    call('groups.search', { type: 'page' });
    // @ts-expect-error search type is event, group or page (not public)
    call('groups.search', { q: 'bakery', type: 'public' });
  });

  test('groups.setCallbackSettings', () => {
    expectTypeOf(
      call('groups.setCallbackSettings', {
        group_id: 1,
        server_id: 3,
        api_version: '5.199',
        message_new: 1,
        message_event: 1,
        wall_post_new: true,
        group_join: 0,
        group_leave: false,
      }),
    ).resolves.toEqualTypeOf<GroupsSetCallbackSettingsResponse>();
    expectTypeOf<GroupsSetCallbackSettingsResponse>().toEqualTypeOf<Ok>();
    expectTypeOf<RequiredParams<'groups.setCallbackSettings'>>().toEqualTypeOf<'group_id'>();
    // @ts-expect-error group_id is required
    call('groups.setCallbackSettings', { server_id: 3, message_new: 1 });
  });

  test('groups.setLongPollSettings', () => {
    expectTypeOf(
      call('groups.setLongPollSettings', {
        group_id: 1,
        enabled: 1,
        api_version: '5.199',
        message_new: 1,
        message_event: 1,
        wall_post_new: 0,
      }),
    ).resolves.toEqualTypeOf<GroupsSetLongPollSettingsResponse>();
    expectTypeOf<GroupsSetLongPollSettingsResponse>().toEqualTypeOf<Ok>();
    expectTypeOf<RequiredParams<'groups.setLongPollSettings'>>().toEqualTypeOf<'group_id'>();
    // @ts-expect-error group_id is required
    call('groups.setLongPollSettings', { enabled: 1 });
  });

  test('groups.setSettings', () => {
    expectTypeOf(
      call('groups.setSettings', { group_id: 1, messages: 1, bots_capabilities: 1, bots_start_button: 1, bots_add_to_chat: 0 }),
    ).resolves.toEqualTypeOf<GroupsSetSettingsResponse>();
    expectTypeOf<GroupsSetSettingsResponse>().toEqualTypeOf<Ok>();
    expectTypeOf<RequiredParams<'groups.setSettings'>>().toEqualTypeOf<'group_id'>();
    // @ts-expect-error group_id is required
    call('groups.setSettings', { messages: 1 });
  });

  test('groups.setUserNote', () => {
    expectTypeOf(call('groups.setUserNote', { group_id: 1, user_id: 12345, note: 'Regular customer' })).resolves.toEqualTypeOf<
      GroupsSetUserNoteResponse
    >();
    expectTypeOf<GroupsSetUserNoteResponse>().toEqualTypeOf<BaseBoolInt>();
    expectTypeOf<RequiredParams<'groups.setUserNote'>>().toEqualTypeOf<'group_id' | 'user_id'>();
    // @ts-expect-error user_id is required
    call('groups.setUserNote', { group_id: 1, note: 'Regular customer' });
  });

  test('groups.tagAdd', () => {
    expectTypeOf(call('groups.tagAdd', { group_id: 1, tag_name: 'VIP', tag_color: '4bb34b' })).resolves.toEqualTypeOf<
      GroupsTagAddResponse
    >();
    expectTypeOf<GroupsTagAddResponse>().toEqualTypeOf<BaseBoolInt>();
    expectTypeOf<RequiredParams<'groups.tagAdd'>>().toEqualTypeOf<'group_id' | 'tag_name'>();
    // @ts-expect-error tag_name is required
    call('groups.tagAdd', { group_id: 1, tag_color: '4bb34b' });
    // @ts-expect-error tag_color is one of VK's palette hex codes
    call('groups.tagAdd', { group_id: 1, tag_name: 'VIP', tag_color: 'red' });
  });

  test('groups.tagBind', () => {
    expectTypeOf(call('groups.tagBind', { group_id: 1, tag_id: 5, user_id: 12345, act: 'bind' })).resolves.toEqualTypeOf<
      GroupsTagBindResponse
    >();
    expectTypeOf<GroupsTagBindResponse>().toEqualTypeOf<BaseBoolInt>();
    expectTypeOf<RequiredParams<'groups.tagBind'>>().toEqualTypeOf<'group_id' | 'tag_id' | 'user_id' | 'act'>();
    // @ts-expect-error act is required
    call('groups.tagBind', { group_id: 1, tag_id: 5, user_id: 12345 });
    // @ts-expect-error act is bind or unbind
    call('groups.tagBind', { group_id: 1, tag_id: 5, user_id: 12345, act: 'attach' });
  });

  test('groups.tagDelete', () => {
    expectTypeOf(call('groups.tagDelete', { group_id: 1, tag_id: 5 })).resolves.toEqualTypeOf<GroupsTagDeleteResponse>();
    expectTypeOf<GroupsTagDeleteResponse>().toEqualTypeOf<BaseBoolInt>();
    expectTypeOf<RequiredParams<'groups.tagDelete'>>().toEqualTypeOf<'group_id' | 'tag_id'>();
    // @ts-expect-error tag_id is required
    call('groups.tagDelete', { group_id: 1 });
  });

  test('groups.tagUpdate', () => {
    expectTypeOf(call('groups.tagUpdate', { group_id: 1, tag_id: 5, tag_name: 'VIP+' })).resolves.toEqualTypeOf<
      GroupsTagUpdateResponse
    >();
    expectTypeOf<GroupsTagUpdateResponse>().toEqualTypeOf<BaseBoolInt>();
    expectTypeOf<RequiredParams<'groups.tagUpdate'>>().toEqualTypeOf<'group_id' | 'tag_id' | 'tag_name'>();
    // @ts-expect-error tag_name is required
    call('groups.tagUpdate', { group_id: 1, tag_id: 5 });
  });

  test('groups.toggleMarket', () => {
    expectTypeOf(call('groups.toggleMarket', { group_id: 1, state: 'basic' })).resolves.toEqualTypeOf<
      GroupsToggleMarketResponse
    >();
    expectTypeOf<GroupsToggleMarketResponse>().toEqualTypeOf<Ok>();
    expectTypeOf<RequiredParams<'groups.toggleMarket'>>().toEqualTypeOf<'group_id' | 'state'>();
    // @ts-expect-error state is required
    call('groups.toggleMarket', { group_id: 1 });
    // @ts-expect-error state is none, basic or advanced
    call('groups.toggleMarket', { group_id: 1, state: 'on' });
  });

  test('groups.unban', () => {
    expectTypeOf(call('groups.unban', { group_id: 1, owner_id: 12345 })).resolves.toEqualTypeOf<GroupsUnbanResponse>();
    expectTypeOf<GroupsUnbanResponse>().toEqualTypeOf<Ok>();
    expectTypeOf<RequiredParams<'groups.unban'>>().toEqualTypeOf<'group_id'>();
    // @ts-expect-error group_id is required
    call('groups.unban', { owner_id: 12345 });
  });
});

describe('coverage guard', () => {
  test('the tested names are exactly the groups.* methods of ApiMethodName', () => {
    type GroupsMethods = Extract<ApiMethodName, `groups.${string}`>;
    // Both ways: a new groups.* method fails here until it gets a test above; a removed one too.
    expectTypeOf<GroupsMethods>().toEqualTypeOf<Covered>();
    expectTypeOf<Exclude<GroupsMethods, Covered>>().toBeNever();
    expectTypeOf<Exclude<Covered, GroupsMethods>>().toBeNever();
    // 51 entries, and (with the equality above) no duplicates.
    expectTypeOf(covered).toHaveProperty('length').toEqualTypeOf<51>();
  });
});
