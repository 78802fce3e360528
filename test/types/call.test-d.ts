// Type tests for the generic call signature (`ApiCall`) and the helpers behind it
// (`ApiResponse`, `ApiErrorCodeOf`). Nothing here runs: vitest type-checks this file.
import { describe, expectTypeOf, test } from 'vitest';
import type {
  AdsGetSuggestionsCitiesResponse,
  AdsGetSuggestionsRegionsResponse,
  AdsGetSuggestionsResponse,
  AdsGetSuggestionsSchoolsResponse,
  ApiCall,
  ApiErrorCodeOf,
  ApiGlobalErrorCode,
  ApiMethodName,
  ApiMethodWithoutRequiredParams,
  ApiParams,
  ApiResponse,
  FriendsGetFieldsResponse,
  FriendsGetOnlineExtendedResponse,
  FriendsGetOnlineOnlineMobileExtendedResponse,
  FriendsGetOnlineOnlineMobileResponse,
  FriendsGetOnlineResponse,
  FriendsGetResponse,
  GroupsFields,
  GroupsFilter,
  GroupsGetExtendedResponse,
  GroupsGetMembersFieldsResponse,
  GroupsGetMembersFilterResponse,
  GroupsGetMembersResponse,
  GroupsGetParams,
  GroupsGetResponse,
  GroupsGetTokenPermissionsResponse,
  MessagesGetChatChatIdsFieldsResponse,
  MessagesGetChatChatIdsResponse,
  MessagesGetChatFieldsResponse,
  MessagesGetChatResponse,
  SecureSetCounterResponseArray,
  SecureSetCounterResponseInteger,
} from '../../packages/types/src/index.js';

declare const call: ApiCall;
declare const someBoolean: boolean;

describe('ApiCall rejects bad calls', () => {
  test('a param of the wrong type', () => {
    // @ts-expect-error count is a number
    call('groups.get', { count: '10' });
    // @ts-expect-error group_id of groups.leave is a number, not a screen name
    call('groups.leave', { group_id: 'apiclub' });
    // @ts-expect-error user_ids is an array of numbers
    call('groups.isMember', { group_id: 1, user_ids: 1 });
  });

  test('a missing required param', () => {
    // @ts-expect-error groups.isMember requires group_id
    call('groups.isMember', { user_id: 1 });
    // @ts-expect-error groups.search requires q
    call('groups.search', { count: 10 });
  });

  test('a misspelled param name', () => {
    // @ts-expect-error `extend` is not a param of groups.get (it is `extended`)
    call('groups.get', { extend: 1 });
    // @ts-expect-error `group` is not a param of groups.getMembers, even next to valid params
    call('groups.getMembers', { group_id: 1, count: 10, group: 1 });
    // @ts-expect-error `groupId` is not a param of groups.isMember
    call('groups.isMember', { group_id: 1, groupId: 1 });
  });

  test('an unknown method', () => {
    // @ts-expect-error no such method
    call('groups.getAll', {});
    // @ts-expect-error method names are case-sensitive
    call('Groups.get', {});
    // @ts-expect-error no such method, even without params
    call('groups.nope');
  });

  test('the method name is restricted to ApiMethodName', () => {
    expectTypeOf(call).parameter(0).toEqualTypeOf<ApiMethodName>();
    expectTypeOf<'groups.get'>().toExtend<ApiMethodName>();
    expectTypeOf<'groups.getAll'>().not.toExtend<ApiMethodName>();
  });
});

describe('ApiCall picks the response variant from the params (groups.get, extended)', () => {
  test('extended: 1 → GroupsGetExtendedResponse', () => {
    expectTypeOf(call('groups.get', { extended: 1 })).resolves.toEqualTypeOf<GroupsGetExtendedResponse>();
  });

  test('extended: true → GroupsGetExtendedResponse', () => {
    expectTypeOf(call('groups.get', { extended: true })).resolves.toEqualTypeOf<GroupsGetExtendedResponse>();
  });

  test('extended: 1 next to other params → GroupsGetExtendedResponse', () => {
    expectTypeOf(
      call('groups.get', { user_id: 1, extended: 1, filter: ['admin'], fields: ['members_count'], count: 100 }),
    ).resolves.toEqualTypeOf<GroupsGetExtendedResponse>();
  });

  test('no extended → GroupsGetResponse', () => {
    expectTypeOf(call('groups.get', {})).resolves.toEqualTypeOf<GroupsGetResponse>();
    expectTypeOf(call('groups.get', { user_id: 1, count: 100 })).resolves.toEqualTypeOf<GroupsGetResponse>();
  });

  test('no params at all → GroupsGetResponse', () => {
    expectTypeOf(call('groups.get')).resolves.toEqualTypeOf<GroupsGetResponse>();
  });

  test('extended: 0 / false → GroupsGetResponse', () => {
    expectTypeOf(call('groups.get', { extended: 0 })).resolves.toEqualTypeOf<GroupsGetResponse>();
    expectTypeOf(call('groups.get', { extended: false })).resolves.toEqualTypeOf<GroupsGetResponse>();
  });

  test('a non-literal boolean extended → the union of both', () => {
    expectTypeOf(call('groups.get', { extended: someBoolean })).resolves.toEqualTypeOf<
      GroupsGetResponse | GroupsGetExtendedResponse
    >();
  });

  test('params typed as the whole params interface → the union of both', () => {
    const params: GroupsGetParams = { extended: 1 };
    expectTypeOf(call('groups.get', params)).resolves.toEqualTypeOf<GroupsGetResponse | GroupsGetExtendedResponse>();
  });

  test('ApiResponse, the selection without the call inference', () => {
    expectTypeOf<ApiResponse<'groups.get', { extended: 1 }>>().toEqualTypeOf<GroupsGetExtendedResponse>();
    expectTypeOf<ApiResponse<'groups.get', { extended: true }>>().toEqualTypeOf<GroupsGetExtendedResponse>();
    expectTypeOf<ApiResponse<'groups.get', {}>>().toEqualTypeOf<GroupsGetResponse>();
    expectTypeOf<ApiResponse<'groups.get', { extended: 0 }>>().toEqualTypeOf<GroupsGetResponse>();
    expectTypeOf<ApiResponse<'groups.get', { extended: boolean }>>().toEqualTypeOf<
      GroupsGetResponse | GroupsGetExtendedResponse
    >();
    // The default P is the whole params type: extended may or may not be given.
    expectTypeOf<ApiResponse<'groups.get'>>().toEqualTypeOf<GroupsGetResponse | GroupsGetExtendedResponse>();
  });
});

describe('ApiCall: required params decide whether params may be omitted', () => {
  test('ApiMethodWithoutRequiredParams (a generated list) is every method whose params are all optional', () => {
    type RequiredKeys<T> = { [K in keyof T]-?: {} extends Pick<T, K> ? never : K }[keyof T];
    type Mapped = { [M in ApiMethodName]: [RequiredKeys<ApiParams<M>>] extends [never] ? M : never }[ApiMethodName];
    expectTypeOf<ApiMethodWithoutRequiredParams>().toEqualTypeOf<Mapped>();
  });

  test('a method without required params can be called without params', () => {
    expectTypeOf(call('groups.getTokenPermissions')).resolves.toEqualTypeOf<GroupsGetTokenPermissionsResponse>();
    expectTypeOf(call('groups.getTokenPermissions', {})).resolves.toEqualTypeOf<GroupsGetTokenPermissionsResponse>();
    call('groups.getCatalogInfo');
    call('users.get');
  });

  test('a method with required params cannot', () => {
    // @ts-expect-error groups.isMember requires group_id
    call('groups.isMember');
    // @ts-expect-error groups.leave requires group_id
    call('groups.leave');
    // @ts-expect-error groups.leave requires group_id, an empty object is not enough
    call('groups.leave', {});
  });
});

describe('ApiCall: other variant kinds of schema/response-variants.json', () => {
  test('a "*" rule (param given): groups.getMembers fields, friends.get fields', () => {
    expectTypeOf(call('groups.getMembers', { group_id: 1, fields: ['sex', 'city'] })).resolves.toEqualTypeOf<
      GroupsGetMembersFieldsResponse
    >();
    expectTypeOf(call('groups.getMembers', { group_id: 1 })).resolves.toEqualTypeOf<GroupsGetMembersResponse>();
    expectTypeOf(call('friends.get', { fields: ['nickname'] })).resolves.toEqualTypeOf<FriendsGetFieldsResponse>();
    expectTypeOf(call('friends.get', { count: 10 })).resolves.toEqualTypeOf<FriendsGetResponse>();
  });

  test('a "*" rule with numeric arrays: messages.getChat, two keys in one rule', () => {
    expectTypeOf(call('messages.getChat', { chat_ids: [1, 2], fields: ['sex'] })).resolves.toEqualTypeOf<
      MessagesGetChatChatIdsFieldsResponse
    >();
    expectTypeOf(call('messages.getChat', { chat_ids: [1, 2] })).resolves.toEqualTypeOf<MessagesGetChatChatIdsResponse>();
    expectTypeOf(call('messages.getChat', { chat_id: 1, fields: ['sex'] })).resolves.toEqualTypeOf<
      MessagesGetChatFieldsResponse
    >();
    expectTypeOf(call('messages.getChat', { chat_id: 1 })).resolves.toEqualTypeOf<MessagesGetChatResponse>();
  });

  test('a string-valued rule: ads.getSuggestions section', () => {
    expectTypeOf(call('ads.getSuggestions', { section: 'regions' })).resolves.toEqualTypeOf<
      AdsGetSuggestionsRegionsResponse
    >();
    expectTypeOf(call('ads.getSuggestions', { section: 'cities', q: 'Mos' })).resolves.toEqualTypeOf<
      AdsGetSuggestionsCitiesResponse
    >();
    expectTypeOf(call('ads.getSuggestions', { section: 'streets' })).resolves.toEqualTypeOf<
      AdsGetSuggestionsCitiesResponse
    >();
    expectTypeOf(call('ads.getSuggestions', { section: 'schools' })).resolves.toEqualTypeOf<
      AdsGetSuggestionsSchoolsResponse
    >();
    // A section that no rule names → the default.
    expectTypeOf(call('ads.getSuggestions', { section: 'countries' })).resolves.toEqualTypeOf<AdsGetSuggestionsResponse>();
    // @ts-expect-error not a section
    call('ads.getSuggestions', { section: 'planets' });
    // @ts-expect-error section is required
    call('ads.getSuggestions', { q: 'Mos' });
  });

  test('a string-valued rule with a non-literal section → every variant it might meet plus the default', () => {
    const section = 'regions' as 'regions' | 'countries';
    expectTypeOf(call('ads.getSuggestions', { section })).resolves.toEqualTypeOf<
      AdsGetSuggestionsRegionsResponse | AdsGetSuggestionsResponse
    >();
    expectTypeOf<ApiResponse<'ads.getSuggestions', { section: 'schools' | 'streets' }>>().toEqualTypeOf<
      AdsGetSuggestionsCitiesResponse | AdsGetSuggestionsSchoolsResponse | AdsGetSuggestionsResponse
    >();
  });

  test('a union default: secure.setCounter', () => {
    expectTypeOf(call('secure.setCounter', { user_id: 1, counter: 5 })).resolves.toEqualTypeOf<
      SecureSetCounterResponseInteger | SecureSetCounterResponseArray
    >();
    expectTypeOf(call('secure.setCounter', { counters: ['1:5', '2:7'] })).resolves.toEqualTypeOf<
      SecureSetCounterResponseInteger | SecureSetCounterResponseArray
    >();
  });

  test('a union default with a rule: friends.getOnline online_mobile', () => {
    expectTypeOf(call('friends.getOnline', { online_mobile: 1 })).resolves.toEqualTypeOf<
      FriendsGetOnlineOnlineMobileExtendedResponse
    >();
    expectTypeOf(call('friends.getOnline', {})).resolves.toEqualTypeOf<
      FriendsGetOnlineResponse | FriendsGetOnlineExtendedResponse | FriendsGetOnlineOnlineMobileResponse
    >();
  });
});

describe('ApiErrorCodeOf', () => {
  type GroupsGetErrors = ApiErrorCodeOf<'groups.get'>;

  test('includes the global codes', () => {
    expectTypeOf<5>().toExtend<GroupsGetErrors>(); // User authorization failed
    expectTypeOf<6>().toExtend<GroupsGetErrors>(); // Too many requests per second
    expectTypeOf<ApiGlobalErrorCode>().toExtend<GroupsGetErrors>();
  });

  test("includes the method's own code", () => {
    expectTypeOf<260>().toExtend<GroupsGetErrors>(); // Access to the groups list is denied
    expectTypeOf<Exclude<GroupsGetErrors, ApiGlobalErrorCode>>().toEqualTypeOf<260>();
    expectTypeOf<Exclude<ApiErrorCodeOf<'groups.editManager'>, ApiGlobalErrorCode>>().toEqualTypeOf<
      700 | 701 | 702 | 703 | 704
    >();
  });

  test('excludes codes of unrelated methods', () => {
    expectTypeOf<700>().not.toExtend<GroupsGetErrors>(); // groups.editManager's
    expectTypeOf<1431>().not.toExtend<GroupsGetErrors>(); // groups.toggleMarket's
    expectTypeOf<260>().not.toExtend<ApiErrorCodeOf<'groups.leave'>>();
  });
});

describe('param value types', () => {
  test('boolean params accept true, false, 1 and 0', () => {
    call('groups.get', { extended: true });
    call('groups.get', { extended: false });
    call('groups.get', { extended: 1 });
    call('groups.get', { extended: 0 });
    call('groups.ban', { group_id: 1, owner_id: 2, comment_visible: 1 });
    expectTypeOf<ApiParams<'groups.get'>['extended']>().toEqualTypeOf<boolean | 0 | 1 | undefined>();
  });

  test('boolean params reject 2 and "1"', () => {
    // @ts-expect-error 2 is not a boolean flag
    call('groups.get', { extended: 2 });
    // @ts-expect-error the string "1" is not a boolean flag
    call('groups.get', { extended: '1' });
    // @ts-expect-error same for a flag next to a required param
    call('groups.ban', { group_id: 1, comment_visible: 2 });
  });

  test('array params take arrays of their item type', () => {
    call('groups.get', { filter: ['admin', 'editor'], fields: ['members_count', 'city'] });
    call('groups.get', { filter: [] });
    call('groups.getById', { group_ids: [1, 'apiclub'] });
    const filter: GroupsFilter[] = ['moder'];
    call('groups.get', { filter });
    expectTypeOf<ApiParams<'groups.get'>['filter']>().toEqualTypeOf<GroupsFilter[] | undefined>();
    expectTypeOf<ApiParams<'groups.get'>['fields']>().toEqualTypeOf<GroupsFields[] | undefined>();
    expectTypeOf<'members_count'>().toExtend<GroupsFields>();
  });

  test('array params reject a misspelled enum value, a bare item and wrong item types', () => {
    // @ts-expect-error `admins` is not a groups_filter value (it is `admin`)
    call('groups.get', { filter: ['admins'] });
    // @ts-expect-error `member_count` is not a groups_fields value (it is `members_count`)
    call('groups.get', { fields: ['city', 'member_count'] });
    // @ts-expect-error a bare item is not an array
    call('groups.get', { filter: 'admin' });
    // @ts-expect-error group_ids holds ids or screen names, not booleans
    call('groups.getById', { group_ids: [true] });
  });
});
