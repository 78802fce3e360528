// Executed by test/packaging/pack.test.ts with node; stdout must equal consumer.json "output".
import { apiErrorNames, apiMethodMeta } from '@vkts/types';
import { callbackEventChecks, isCallbackEvent } from '@vkts/types/event-checks';
import { zGroupsGroupFull } from '@vkts/types/zod';

const groupJoin = { type: 'group_join', group_id: 1, object: { user_id: 1, join_type: 'join' } };

console.log(
  JSON.stringify({
    groupsGetName: apiMethodMeta['groups.get'].name,
    error5Type: typeof apiErrorNames[5],
    safeParseSuccessType: typeof zGroupsGroupFull.safeParse({ id: 1, name: 'x' }).success,
    groupJoinChecked: callbackEventChecks.group_join(groupJoin),
    badEventChecked: isCallbackEvent({ ...groupJoin, object: { user_id: 'x', join_type: 'join' } }),
  }),
);
