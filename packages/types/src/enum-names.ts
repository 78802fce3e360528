// `@vkts/types/enum-names`: the `…EnumNames` constants (names of the values of numeric enums,
// `GroupsGroupIsClosedEnumNames.private` → 2). A subpath of their own, not the `.` entry: every
// program that imports `@vkts/api` parses `.`'s declarations, and these 97 objects cost each
// consumer's compiler ~0.8 MB of heap (bench/RESULTS.md, section typecheck) for names few use.
export * from './gen/enums.gen.js';
