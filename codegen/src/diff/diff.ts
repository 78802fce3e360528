import { compareStrings } from './canonical.js';
import { diffDefinitions } from './definitions.js';
import { diffErrors } from './errors.js';
import { diffEvents } from './events.js';
import { diffMethods } from './methods.js';
import { patchStatuses } from './patch-status.js';
import type { SchemaSide } from './side.js';
import { directionOf } from './usage.js';
import { DIFF_SECTIONS, type ApiChange, type ApiDiff, type DiffCounts, type DiffSideInfo } from './types.js';

// The semantic diff of two schema sides: methods, definitions, events and errors, each change
// classified for a TypeScript consumer (classify.ts).

export function diffSchemas(before: SchemaSide, after: SchemaSide): ApiDiff {
  const definitions = diffDefinitions(before.ir, after.ir, {
    direction: (name) => directionOf(name, before.uses, after.uses),
    usedBy: (name) => usersOf(name, after) ?? usersOf(name, before) ?? [],
    ancestors: (name) => [...new Set([...(before.ancestors.get(name) ?? []), ...(after.ancestors.get(name) ?? [])])],
  });
  const byDefinition = new Map<string, ApiChange[]>();
  for (const change of definitions) byDefinition.set(change.subject, [...(byDefinition.get(change.subject) ?? []), change]);
  const events = diffEvents(before.events, after.events, {
    exists: (name, side) => (side === 'old' ? before : after).ir.definitions.has(name),
    changesOf: (name) => byDefinition.get(name) ?? [],
  });
  const changes = [...diffMethods(before.ir, after.ir), ...definitions, ...events, ...diffErrors(before.ir, after.ir)];
  const fixed = new Set(
    before.patchList === after.patchList
      ? patchStatuses(after.patchList, before.patches, after.patches).filter((s) => s.verdict === 'fixed-upstream').map((s) => s.file)
      : [],
  );
  return { old: sideInfo(before, new Set()), new: sideInfo(after, fixed), changes: sortChanges(changes) };
}

export function countChanges(diff: ApiDiff): DiffCounts {
  const bySection = Object.fromEntries(DIFF_SECTIONS.map((s) => [s, { breaking: 0, nonBreaking: 0 }])) as DiffCounts['bySection'];
  for (const change of diff.changes) {
    if (change.breaking) bySection[change.section].breaking++;
    else bySection[change.section].nonBreaking++;
  }
  const breaking = diff.changes.filter((c) => c.breaking).length;
  return { breaking, nonBreaking: diff.changes.length - breaking, bySection };
}

export function isBreaking(diff: ApiDiff): boolean {
  return diff.changes.some((c) => c.breaking);
}

function usersOf(definition: string, side: SchemaSide): string[] | undefined {
  if (!side.ir.definitions.has(definition)) return undefined;
  return side.ir.methods.filter((m) => m.responses.some((r) => r.definition === definition)).map((m) => m.name);
}

function sideInfo(side: SchemaSide, fixedUpstream: ReadonlySet<string>): DiffSideInfo {
  return {
    label: side.label,
    apiVersion: side.apiVersion,
    skippedPatches: side.patches
      .filter((o) => o.status === 'skipped')
      .map((o) => ({ file: o.file, detail: o.detail ?? '', ...(fixedUpstream.has(o.file) ? { fixedUpstream: true } : {}) })),
  };
}

function sortChanges(changes: readonly ApiChange[]): ApiChange[] {
  const order = new Map(DIFF_SECTIONS.map((s, i) => [s, i]));
  return [...changes].sort(
    (a, b) =>
      (order.get(a.section) ?? 0) - (order.get(b.section) ?? 0) ||
      Number(b.breaking) - Number(a.breaking) ||
      compareStrings(a.subject, b.subject) ||
      compareStrings(a.member ?? '', b.member ?? ''),
  );
}
