import type { PatchOutcome } from '../patches/index.js';
import { TOLERANCE_RULES, type ToleranceHit } from './rules.js';

// One-line notes for the CLIs about what codegen read leniently: tolerance rules that fired and
// patches it skipped because they do not apply to this schema version. Empty on today's pin.

export function toleranceNotes(hits: readonly ToleranceHit[]): string[] {
  return hits.map((hit) => `tolerated (${hit.rule}): ${hit.file}${hit.where === '' ? '' : `#${hit.where}`}: ${hit.detail} — ${TOLERANCE_RULES[hit.rule].summary}`);
}

export function skippedPatchNotes(outcomes: readonly PatchOutcome[]): string[] {
  return outcomes
    .filter((o) => o.verdict !== 'applies')
    .map((o) => `patch ${o.file} ${o.verdict === 'fixed-upstream' ? 'skipped, fixed upstream' : o.verdict === 'not-applicable' ? 'not applicable here' : 'broken'}: ${o.detail ?? ''}`);
}
