// Zod validators for every definition, method params and response variant (`zGroupsGroupFull`,
// `zGroupsGetParams`, `zGroupsGetExtendedResponse`, …) and `apiValidators` by method name.
export * from './gen/zod.gen.js';
export * from './gen/events-zod.gen.js';
