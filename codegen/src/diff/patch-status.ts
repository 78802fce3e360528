import type { PatchOutcome } from './lenient-patches.js';
import { getAtPointer, jsonEqual, parsePointer, formatPointer, type PatchOperation, type SchemaPatch } from '../patches/index.js';

// What each patch of schema/patches/ means for the new schema:
// - applies: still needed and still applies;
// - changes-nothing: applies, but the new document already is what it produces — delete it;
// - fixed-upstream: fails (a `test` op sees a new value, a removed member is gone, …) and the new
//   document already holds, at every path the patch writes, what the patch produced on the old
//   schema — the fix is upstream, delete it;
// - broken: fails otherwise — upstream changed differently; the detail is the failing operation.

export type PatchVerdict = 'applies' | 'changes-nothing' | 'fixed-upstream' | 'broken';

export interface PatchStatus {
  file: string;
  target: string;
  verdict: PatchVerdict;
  /** For broken patches: `<target>: op #N (…): <what failed>`. */
  detail?: string;
}

/** `old` and `now` are the lenient outcomes of the same patches on the old and the new schema. */
export function patchStatuses(patches: readonly SchemaPatch[], old: readonly PatchOutcome[], now: readonly PatchOutcome[]): PatchStatus[] {
  return patches.map((patch, i) => {
    const before = old[i];
    const after = now[i];
    if (before?.file !== patch.file || after?.file !== patch.file) throw new Error(`patch outcomes are out of step with the patch list at ${patch.file}`);
    const base = { file: patch.file, target: patch.target };
    if (after.status === 'applied') return { ...base, verdict: 'applies' };
    if (after.status === 'unchanged') return { ...base, verdict: 'changes-nothing' };
    if (before.status !== 'skipped' && fixedUpstream(patch.patch, before.after, after.before)) return { ...base, verdict: 'fixed-upstream' };
    return { ...base, verdict: 'broken', detail: after.detail ?? 'does not apply' };
  });
}

/**
 * Whether `current` holds what the operations produced (`produced`, the patched old document) at
 * every location they write. Removed locations compare as absent; an append (`/-`) compares the
 * whole array it appended to.
 */
export function fixedUpstream(operations: readonly PatchOperation[], produced: unknown, current: unknown): boolean {
  if (produced === undefined || current === undefined) return false;
  const written = operations.flatMap((op) => {
    if (op.op === 'test') return [];
    return op.op === 'move' ? [op.path, op.from] : [op.path];
  });
  if (written.length === 0) return false;
  return written.map(comparable).every((pointer) => jsonEqual(getAtPointer(produced, pointer), getAtPointer(current, pointer)));
}

function comparable(pointer: string): string {
  const tokens = parsePointer(pointer);
  return tokens[tokens.length - 1] === '-' ? formatPointer(tokens.slice(0, -1)) : pointer;
}
