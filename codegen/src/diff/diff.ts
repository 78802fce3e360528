import { compareStrings } from './canonical.js';
import { diffDefinitions } from './definitions.js';
import { diffErrors } from './errors.js';
import { diffEvents } from './events.js';
import { diffMethods } from './methods.js';
import type { SchemaPatch } from '../patches/index.js';
import { rebuildWithPatches, type SchemaSide } from './side.js';
import { directionOf, reachable, refsOf } from './usage.js';
import { DIFF_SECTIONS, impactOf, type Surface, type ApiChange, type ApiDiff, type DiffCounts, type DiffSideInfo } from './types.js';

// The semantic diff of two schema sides: methods, definitions, events and errors, each change
// classified for a TypeScript consumer (classify.ts).

export function diffSchemas(before: SchemaSide, after: SchemaSide): ApiDiff {
  let changes = changesBetween(before, after);
  const oneSided = oneSidedPatches(before, after);
  if (oneSided.length > 0) {
    // A patch that applies on one side only makes its own correction look like an upstream
    // change. Diff again with only the patches both sides take: what that diff lacks is ours.
    const common = before.patchList.filter((p) => applied(before, p) && applied(after, p));
    const upstream = new Set(changesBetween(withoutOneSided(before, common, oneSided), withoutOneSided(after, common, oneSided)).map(changeKey));
    changes = changes.map((c) => (upstream.has(changeKey(c)) ? c : { ...c, fromPatches: attribute(c, oneSided) }));
  }
  const surfaces = surfaceReach(before, after);
  return { old: sideInfo(before), new: sideInfo(after), changes: sortChanges(changes.map((c) => ({ ...c, reaches: surfaces(c) }))) };
}

/** Which surfaces a change reaches: its section, or for a definition what reaches it on either side. */
function surfaceReach(before: SchemaSide, after: SchemaSide): (change: ApiChange) => Surface[] {
  const reach = (side: SchemaSide): { methods: Set<string>; events: Set<string> } => ({
    methods: reachable(side.ir, side.ir.methods.flatMap((m) => [...m.responses.map((r) => r.definition), ...m.params.flatMap((p) => refsOf(p.type))]), side.ancestors),
    events: reachable(side.ir, [...side.events.values()].flatMap((e) => (e.object === null ? [] : [e.object])), side.ancestors),
  });
  const [a, b] = [reach(before), reach(after)];
  return (change) => {
    if (change.section === 'methods' || change.section === 'responses' || change.section === 'errors') return ['methods'];
    if (change.section === 'events') return ['events'];
    // A change folded into an allOf parent reaches wherever its children do.
    const names = [change.subject, ...(change.alsoIn ?? [])];
    const out: Surface[] = [];
    if (names.some((n) => a.methods.has(n) || b.methods.has(n))) out.push('methods');
    if (names.some((n) => a.events.has(n) || b.events.has(n))) out.push('events');
    return out;
  };
}

function changesBetween(before: SchemaSide, after: SchemaSide): ApiChange[] {
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
  return [...diffMethods(before.ir, after.ir), ...definitions, ...events, ...diffErrors(before.ir, after.ir)];
}

/**
 * The side with the common patches only — plus those of its one-sided patches it cannot build
 * without (e.g. 0006 dropping dangling subcode refs), whose effects then cannot be told apart.
 */
function withoutOneSided(side: SchemaSide, common: readonly SchemaPatch[], oneSided: readonly SchemaPatch[]): SchemaSide {
  const own = oneSided.filter((p) => applied(side, p));
  let kept: SchemaPatch[] = [];
  for (;;) {
    const list = side.patchList.filter((p) => common.includes(p) || kept.includes(p));
    try {
      return rebuildWithPatches(side, list);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      const named = own.filter((p) => !kept.includes(p) && message.includes(p.target));
      if (named.length === 0) return side;
      kept = [...kept, ...named];
    }
  }
}

function applied(side: SchemaSide, patch: SchemaPatch): boolean {
  return side.patches.some((o) => o.file === patch.file && o.verdict === 'applies');
}

function oneSidedPatches(before: SchemaSide, after: SchemaSide): SchemaPatch[] {
  if (before.patchList !== after.patchList) return [];
  return before.patchList.filter((p) => applied(before, p) !== applied(after, p));
}

function changeKey(c: ApiChange): string {
  return JSON.stringify([c.section, c.kind, c.subject, c.member ?? '', c.from ?? '', c.to ?? '', c.required ?? '']);
}

/** The one-sided patches naming the change's subject (or its definition), else all of them. */
function attribute(change: ApiChange, patches: readonly SchemaPatch[]): string[] {
  const names = [change.subject, ...(change.member?.startsWith('callback_') ? [change.member] : [])];
  const naming = patches.filter((p) => p.patch.some((op) => names.some((n) => op.path.includes(`=${n}]`) || op.path.includes(`/${n}/`) || op.path.endsWith(`/${n}`))));
  return (naming.length > 0 ? naming : patches).map((p) => p.file);
}

export function countChanges(diff: ApiDiff): DiffCounts {
  const bySection = Object.fromEntries(DIFF_SECTIONS.map((s) => [s, { breaking: 0, nonBreaking: 0 }])) as DiffCounts['bySection'];
  for (const change of diff.changes) {
    if (change.breaking) bySection[change.section].breaking++;
    else bySection[change.section].nonBreaking++;
  }
  const breaking = diff.changes.filter((c) => c.breaking).length;
  const exhaustiveness = diff.changes.filter((c) => impactOf(c) === 'exhaustiveness').length;
  return { breaking, nonBreaking: diff.changes.length - breaking, exhaustiveness, bySection };
}

export function isBreaking(diff: ApiDiff): boolean {
  return diff.changes.some((c) => c.breaking);
}

function usersOf(definition: string, side: SchemaSide): string[] | undefined {
  if (!side.ir.definitions.has(definition)) return undefined;
  return side.ir.methods.filter((m) => m.responses.some((r) => r.definition === definition)).map((m) => m.name);
}

function sideInfo(side: SchemaSide): DiffSideInfo {
  return {
    label: side.label,
    apiVersion: side.apiVersion,
    skippedPatches: side.patches.flatMap((o) => (o.verdict === 'applies' ? [] : [{ file: o.file, verdict: o.verdict, detail: o.detail ?? '' }])),
    staleFolders: side.staleFolders.map((s) => ({ ...s, included: side.staleIncluded })),
    tolerated: side.tolerated,
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
