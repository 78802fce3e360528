import { PatchApplyError, PatchError, applyPatches, jsonEqual, type SchemaPatch } from '../patches/index.js';

// Codegen applies schema/patches/ strictly: one patch that stops applying stops the build. A diff
// between two schema versions must still work when upstream moved under a patch, so here each
// patch is applied on its own, in order, on top of the ones that did apply, and a failure only
// skips that patch. The outcomes keep the target document before and after each patch so the
// updater can tell "fixed upstream" from "broken" (update/patch-status.ts).

export type PatchOutcomeStatus = 'applied' | 'unchanged' | 'skipped';

export interface PatchOutcome {
  file: string;
  target: string;
  status: PatchOutcomeStatus;
  /** The target document just before this patch (undefined when the target file is missing). */
  before: unknown;
  /** The target document after this patch; absent when skipped. */
  after?: unknown;
  /** Why the patch was skipped: `<target>: op #N (…): <what failed>`. */
  detail?: string;
}

export interface LenientResult {
  files: Map<string, unknown>;
  outcomes: PatchOutcome[];
}

export function applyPatchesLeniently(files: ReadonlyMap<string, unknown>, patches: readonly SchemaPatch[]): LenientResult {
  let current = new Map(files);
  const outcomes: PatchOutcome[] = [];
  for (const patch of patches) {
    const before = current.get(patch.target);
    try {
      // One patch at a time through the strict applier keeps its checks (missing target,
      // unguarded array access, RFC 6902 failures) and its messages.
      const next = applyPatches(current, [patch]).files;
      const after = next.get(patch.target);
      outcomes.push({ file: patch.file, target: patch.target, status: jsonEqual(before, after) ? 'unchanged' : 'applied', before, after });
      current = next;
    } catch (error) {
      if (!(error instanceof PatchApplyError)) throw error;
      outcomes.push({ file: patch.file, target: patch.target, status: 'skipped', before, detail: failureDetail(error) });
    }
  }
  return { files: current, outcomes };
}

/** The failure without the `schema patch <file> no longer applies:` lead the strict applier adds. */
function failureDetail(error: PatchApplyError): string {
  if (error.cause instanceof PatchError) return `${error.target}: ${error.cause.message}`;
  const lead = `schema patch ${error.file} `;
  const message = error.message.startsWith(lead) ? error.message.slice(lead.length) : error.message;
  return message.replace(/^no longer applies: /, '');
}
