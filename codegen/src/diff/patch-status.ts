import type { PatchOutcome, PatchVerdict } from '../patches/index.js';

// What each patch of schema/patches/ means for a schema version, as schema:update reports it.
// The verdict is judged on that version alone, by name and by value (patches/evaluate.ts).

export type { PatchVerdict };

export interface PatchStatus {
  file: string;
  target: string;
  verdict: PatchVerdict;
  /** Why it does not apply (every verdict but `applies`). */
  detail?: string;
  /** Whether it applied to the old side: a patch only the old side needed shows up in the diff. */
  appliedBefore: boolean;
}

export function patchStatuses(old: readonly PatchOutcome[], now: readonly PatchOutcome[]): PatchStatus[] {
  const before = new Map(old.map((o) => [o.file, o]));
  return now.map((o) => ({
    file: o.file,
    target: o.target,
    verdict: o.verdict,
    ...(o.detail !== undefined ? { detail: o.detail } : {}),
    appliedBefore: before.get(o.file)?.verdict === 'applies',
  }));
}
