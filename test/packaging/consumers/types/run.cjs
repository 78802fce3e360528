// Executed by test/packaging/pack.test.ts with node; stdout must equal consumer.json "output".
const { apiErrorNames, apiMethodMeta } = require('@vkts/types');
const { zGroupsGroupFull } = require('@vkts/types/zod');

console.log(
  JSON.stringify({
    groupsGetName: apiMethodMeta['groups.get'].name,
    error5Type: typeof apiErrorNames[5],
    safeParseSuccessType: typeof zGroupsGroupFull.safeParse({ id: 1, name: 'x' }).success,
  }),
);
