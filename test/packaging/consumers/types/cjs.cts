// Type-checked by test/packaging/pack.test.ts: module/moduleResolution nodenext with
// verbatimModuleSyntax, CJS file → require() of the ESM-only package, .d.mts.
import type {
  ApiMethodName,
  ApiMethods,
  GroupsGetExtendedResponse,
  GroupsGetParams,
  GroupsGroupFull,
} from '@vkts/types';
import vkts = require('@vkts/types');
import vktsZod = require('@vkts/types/zod');
import vktsChecks = require('@vkts/types/event-checks');

type Assert<T extends true> = T;
type IsAny<T> = 0 extends 1 & T ? true : false;
type NotAny<T> = IsAny<T> extends true ? false : true;

type Checks = [
  Assert<NotAny<ApiMethods>>,
  Assert<NotAny<ApiMethods['groups.get']>>,
  Assert<NotAny<GroupsGroupFull>>,
  Assert<NotAny<GroupsGetParams>>,
  Assert<NotAny<GroupsGetExtendedResponse>>,
  Assert<NotAny<typeof vkts.apiMethodMeta>>,
  Assert<NotAny<typeof vktsZod.zGroupsGroupFull>>,
  Assert<NotAny<typeof vktsChecks.callbackEventChecks>>,
];

const method: ApiMethodName = 'groups.get';
// @ts-expect-error not a VK API method
const notAMethod: ApiMethodName = 'groups.definitelyNotAMethod';

const name: string = vkts.apiMethodMeta[method].name;
const errorName: string | undefined = vkts.apiErrorNames[5];
const groupId: GroupsGroupFull['id'] = 1;
const count: GroupsGetExtendedResponse['count'] = 0;
const parsed: boolean = vktsZod.zGroupsGroupFull.safeParse({ id: 1, name: 'x' }).success;

// The event guards narrow `unknown` to the event's type.
const input: unknown = JSON.parse('{"type":"group_join","group_id":1,"object":{"user_id":1,"join_type":"join"}}');
const joinedUserId: number | undefined = vktsChecks.callbackEventChecks.group_join(input) ? input.object.user_id : undefined;

export = { checks: [] as unknown as Checks, count, errorName, groupId, joinedUserId, name, notAMethod, parsed };
