// The namespace methods (`api.groups.getMembers(…)`) pick a response variant with a conditional
// generated per method from schema/response-variants.json; `call` picks it with ApiResponse, which
// walks `ApiMethods[M]['variants']`. The two must agree for every kind of params: the variant key
// left out, given as a literal, as a `boolean`, as an optional value, and for rules reading two
// keys. Nothing here runs: vitest type-checks this file.
import { describe, expectTypeOf, test } from 'vitest';
import type {
  ApiNamespaces,
  ApiResponse,
  FriendsGetMutualResponse,
  FriendsGetMutualTargetUidsResponse,
  FriendsGetMutualTotalCountResponse,
  FriendsGetMutualParams,
  GroupsGetExtendedResponse,
  GroupsGetMembersFieldsResponse,
  GroupsGetMembersFilterResponse,
  GroupsGetMembersParams,
  GroupsGetMembersResponse,
  GroupsGetParams,
  GroupsGetResponse,
  GroupsIsMemberExtendedResponse,
  GroupsIsMemberParams,
  GroupsIsMemberResponse,
  GroupsIsMemberUserIdsExtendedResponse,
  GroupsIsMemberUserIdsResponse,
  UsersFields,
} from '../../packages/types/src/index.js';

declare const ns: ApiNamespaces<never>;
declare const someBoolean: boolean;
declare const maybeIds: number[] | undefined;
declare const maybeFields: UsersFields[] | undefined;
declare const someFilter: 'managers' | 'friends';

// The signatures as they were before the per-method conditionals: the variant keys inferred from
// the params, the response picked by ApiResponse. (Like any inference from an optional key, a
// value typed `X | undefined` infers `X`.)
declare const before: {
  groupsGet<Extended extends GroupsGetParams['extended'] = undefined>(
    params?: GroupsGetParams & { extended?: Extended },
  ): Promise<ApiResponse<'groups.get', { extended: Extended }>>;
  getMembers<Fields extends GroupsGetMembersParams['fields'] = undefined, Filter extends GroupsGetMembersParams['filter'] = undefined>(
    params?: GroupsGetMembersParams & { fields?: Fields; filter?: Filter },
  ): Promise<ApiResponse<'groups.getMembers', { fields: Fields; filter: Filter }>>;
  isMember<UserIds extends GroupsIsMemberParams['user_ids'] = undefined, Extended extends GroupsIsMemberParams['extended'] = undefined>(
    params: GroupsIsMemberParams & { user_ids?: UserIds; extended?: Extended },
  ): Promise<ApiResponse<'groups.isMember', { user_ids: UserIds; extended: Extended }>>;
  getMutual<TargetUids extends FriendsGetMutualParams['target_uids'] = undefined, NeedCommonCount extends FriendsGetMutualParams['need_common_count'] = undefined>(
    params?: FriendsGetMutualParams & { target_uids?: TargetUids; need_common_count?: NeedCommonCount },
  ): Promise<ApiResponse<'friends.getMutual', { target_uids: TargetUids; need_common_count: NeedCommonCount }>>;
};

describe('one key, literal values (extended: 1 | true)', () => {
  test('left out, 0, false, 1, true, boolean', () => {
    expectTypeOf(ns.groups.get()).resolves.toEqualTypeOf<GroupsGetResponse>();
    expectTypeOf(ns.groups.get({ user_id: 1 })).resolves.toEqualTypeOf<GroupsGetResponse>();
    expectTypeOf(ns.groups.get({ extended: 0 })).resolves.toEqualTypeOf<GroupsGetResponse>();
    expectTypeOf(ns.groups.get({ extended: false })).resolves.toEqualTypeOf<GroupsGetResponse>();
    expectTypeOf(ns.groups.get({ extended: 1 })).resolves.toEqualTypeOf<GroupsGetExtendedResponse>();
    expectTypeOf(ns.groups.get({ extended: true })).resolves.toEqualTypeOf<GroupsGetExtendedResponse>();
    expectTypeOf(ns.groups.get({ extended: someBoolean })).resolves.toEqualTypeOf<GroupsGetExtendedResponse | GroupsGetResponse>();
    expectTypeOf(ns.groups.get({ extended: someBoolean })).toEqualTypeOf(before.groupsGet({ extended: someBoolean }));
    expectTypeOf(ns.groups.get({ extended: 1 })).toEqualTypeOf(before.groupsGet({ extended: 1 }));
    expectTypeOf(ns.groups.get()).toEqualTypeOf(before.groupsGet());
  });
});

describe('"*" (given) and a literal on two keys, in order: groups.getMembers', () => {
  test('each combination', () => {
    expectTypeOf(ns.groups.getMembers({ group_id: 1 })).resolves.toEqualTypeOf<GroupsGetMembersResponse>();
    expectTypeOf(ns.groups.getMembers({ group_id: 1, fields: ['sex'] })).resolves.toEqualTypeOf<GroupsGetMembersFieldsResponse>();
    expectTypeOf(ns.groups.getMembers({ group_id: 1, filter: 'managers' })).resolves.toEqualTypeOf<GroupsGetMembersFilterResponse>();
    expectTypeOf(ns.groups.getMembers({ group_id: 1, filter: 'friends' })).resolves.toEqualTypeOf<GroupsGetMembersResponse>();
    expectTypeOf(ns.groups.getMembers({ group_id: 1, fields: ['sex'], filter: 'managers' })).resolves.toEqualTypeOf<GroupsGetMembersFieldsResponse>();
    expectTypeOf(ns.groups.getMembers({ group_id: 1, filter: someFilter })).resolves.toEqualTypeOf<
      GroupsGetMembersFilterResponse | GroupsGetMembersResponse
    >();
    expectTypeOf(ns.groups.getMembers({ group_id: 1, filter: someFilter })).toEqualTypeOf(before.getMembers({ group_id: 1, filter: someFilter }));
    expectTypeOf(ns.groups.getMembers({ group_id: 1, fields: maybeFields, filter: someFilter })).toEqualTypeOf(
      before.getMembers({ group_id: 1, fields: maybeFields, filter: someFilter }),
    );
  });
});

describe('a rule reading two keys: groups.isMember, friends.getMutual', () => {
  test('groups.isMember', () => {
    expectTypeOf(ns.groups.isMember({ group_id: 1, user_id: 1 })).resolves.toEqualTypeOf<GroupsIsMemberResponse>();
    expectTypeOf(ns.groups.isMember({ group_id: 1, user_ids: [1], extended: 1 })).resolves.toEqualTypeOf<GroupsIsMemberUserIdsExtendedResponse>();
    expectTypeOf(ns.groups.isMember({ group_id: 1, user_ids: [1] })).resolves.toEqualTypeOf<GroupsIsMemberUserIdsResponse>();
    expectTypeOf(ns.groups.isMember({ group_id: 1, extended: true })).resolves.toEqualTypeOf<GroupsIsMemberExtendedResponse>();
    // Might meet the two-key rule (extended may be false), surely meets the user_ids one.
    expectTypeOf(ns.groups.isMember({ group_id: 1, user_ids: [1], extended: someBoolean })).resolves.toEqualTypeOf<
      GroupsIsMemberUserIdsExtendedResponse | GroupsIsMemberUserIdsResponse
    >();
    expectTypeOf(ns.groups.isMember({ group_id: 1, extended: someBoolean })).resolves.toEqualTypeOf<GroupsIsMemberExtendedResponse | GroupsIsMemberResponse>();
    for (const extended of [someBoolean, 1, 0] as const) {
      expectTypeOf(ns.groups.isMember({ group_id: 1, user_ids: maybeIds, extended })).toEqualTypeOf(
        before.isMember({ group_id: 1, user_ids: maybeIds, extended }),
      );
    }
  });

  test('friends.getMutual: the first rule surely met wins over a later one', () => {
    expectTypeOf(ns.friends.getMutual({ target_uids: [1], need_common_count: 1 })).resolves.toEqualTypeOf<FriendsGetMutualTargetUidsResponse>();
    expectTypeOf(ns.friends.getMutual({ need_common_count: 1 })).resolves.toEqualTypeOf<FriendsGetMutualTotalCountResponse>();
    expectTypeOf(ns.friends.getMutual({ target_uid: 1 })).resolves.toEqualTypeOf<FriendsGetMutualResponse>();
    expectTypeOf(ns.friends.getMutual({ need_common_count: someBoolean })).resolves.toEqualTypeOf<
      FriendsGetMutualTotalCountResponse | FriendsGetMutualResponse
    >();
    expectTypeOf(ns.friends.getMutual({ target_uids: maybeIds, need_common_count: someBoolean })).toEqualTypeOf(
      before.getMutual({ target_uids: maybeIds, need_common_count: someBoolean }),
    );
  });
});

describe('the params stay checked', () => {
  test('a misspelled or wrong-typed key next to a variant key', () => {
    // @ts-expect-error `feilds` is not a param of groups.getMembers
    void ns.groups.getMembers({ group_id: 1, feilds: ['sex'] });
    // @ts-expect-error `fields` takes user field names
    void ns.groups.getMembers({ group_id: 1, fields: ['nope'] });
    // @ts-expect-error `filter` takes one of four names
    void ns.groups.getMembers({ group_id: 1, filter: 'admins' });
    // @ts-expect-error group_id is required
    void ns.groups.isMember({ user_ids: [1], extended: 1 });
  });
});
