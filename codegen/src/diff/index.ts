export { apiVersionOrUndefined, readApiVersion } from './api-version.js';
export { canonicalType, widens } from './canonical.js';
export { countChanges, diffSchemas, isBreaking } from './diff.js';
export { registryCoverage, SETTINGS_METHODS, type RegistryCoverage, type UncoveredFlag } from './event-coverage.js';
export { patchStatuses, type PatchStatus, type PatchVerdict } from './patch-status.js';
export { describeChange, diffSummary, renderDiffMarkdown, type MarkdownOptions } from './markdown.js';
export { buildSide, loadCurated, loadSide, rebuildWithPatches, type Curated, type SchemaSide, type SideOptions } from './side.js';
export { impactOf, type ApiChange, type ApiDiff, type ChangeKind, type DiffCounts, type DiffSection, type DiffSideInfo, type Impact, type SkippedPatch } from './types.js';
