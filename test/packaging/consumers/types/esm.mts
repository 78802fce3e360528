// Type-checked by test/packaging/pack.test.ts in a scratch project that installed the
// packed tarballs: module/moduleResolution nodenext, ESM file → the package's only build, .d.mts.
import {
  apiErrorNames,
  apiMethodMeta,
  type ApiMethodName,
  type ApiMethods,
  type GroupsGetExtendedResponse,
  type GroupsGetParams,
  type GroupsGroupFull,
} from '@vkts/types';
import { zGroupsGroupFull } from '@vkts/types/zod';
import { callbackEventChecks } from '@vkts/types/event-checks';

type Assert<T extends true> = T;
type IsAny<T> = 0 extends 1 & T ? true : false;
type NotAny<T> = IsAny<T> extends true ? false : true;

export type Checks = [
  Assert<NotAny<ApiMethods>>,
  Assert<NotAny<ApiMethods['groups.get']>>,
  Assert<NotAny<GroupsGroupFull>>,
  Assert<NotAny<GroupsGetParams>>,
  Assert<NotAny<GroupsGetExtendedResponse>>,
  Assert<NotAny<typeof apiMethodMeta>>,
  Assert<NotAny<typeof zGroupsGroupFull>>,
  Assert<NotAny<typeof callbackEventChecks>>,
];

const method: ApiMethodName = 'groups.get';
// @ts-expect-error not a VK API method
const notAMethod: ApiMethodName = 'groups.definitelyNotAMethod';

const name: string = apiMethodMeta[method].name;
const errorName: string | undefined = apiErrorNames[5];
const groupId: GroupsGroupFull['id'] = 1;
const count: GroupsGetExtendedResponse['count'] = 0;
const parsed: boolean = zGroupsGroupFull.safeParse({ id: 1, name: 'x' }).success;

// The event guards narrow `unknown` to the event's type.
const input: unknown = JSON.parse('{"type":"group_join","group_id":1,"object":{"user_id":1,"join_type":"join"}}');
const joinedUserId: number | undefined = callbackEventChecks.group_join(input) ? input.object.user_id : undefined;

export { count, errorName, groupId, joinedUserId, name, notAMethod, parsed };
