export { TOLERANCE_RULES, type ToleranceHit, type ToleranceRule, type ToleranceRuleName } from './rules.js';
export { declaredVersions, rewriteQuirks, schemaApiVersion, selectFolders, type FolderSelection, type StaleFolder, type TolerateOptions } from './tolerate.js';
export { skippedPatchNotes, toleranceNotes } from './describe.js';
