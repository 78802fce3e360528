export {
  JsonPointerError,
  PATCH_OP_NAMES,
  PatchError,
  applyPatch,
  briefJson,
  describeOperation,
  formatPointer,
  getAtPointer,
  jsonEqual,
  operationProblems,
  parsePointer,
  toOperation,
  type PatchOpName,
  type PatchOperation,
} from './json-patch.js';
export {
  EVIDENCE_KINDS,
  PATCH_FILE_NAME,
  PatchApplyError,
  PatchFileError,
  applyPatches,
  loadPatches,
  parsePatchFile,
  type AppliedPatch,
  type ApplyOptions,
  type PatchOutcome,
  type ApplyPatchesResult,
  type EvidenceKind,
  type PatchEvidence,
  type SchemaPatch,
} from './load.js';
export { holdsResult, judgeFailure, tryPatchInPlace, type PatchEvaluation, type PatchVerdict } from './evaluate.js';
export { NamedPathError, formatNamedPath, parseNamedPath, resolveNamedPath, selectorFor, type PathToken, type Resolution } from './named-path.js';
