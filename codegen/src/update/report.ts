import path from 'node:path';
import { diffSummary, renderDiffMarkdown } from '../diff/markdown.js';
import { describePin } from '../schema-source/index.js';
import type { PatchStatus } from '../diff/patch-status.js';
import type { UpdateResult } from './update.js';
import { toleranceNotes } from '../tolerance/index.js';

// The Markdown report of a schema update: what was pinned and written, the verdict on every patch
// that needs attention, the event registry's gaps, the maintainer's to-do list, then the API diff.

export function renderUpdateReport(result: Omit<UpdateResult, 'report'>, projectRoot: string): string {
  const rel = (file: string): string => displayPath(projectRoot, file);
  const { previous, pin } = result;
  const lines: string[] = [
    `# Schema update: VK API ${previous.apiVersion} → ${pin.apiVersion}`,
    '',
    `- Upstream: ${describePin(previous)} → ${describePin(pin)} (from ${result.from})`,
    `- Schema copy: ${result.fileCount} verified files in schema/vk-api-schema; schema/source.json rewritten`,
    `- Generated code: ${generationLine(result, rel)}`,
    `- Changeset: ${
      result.changeset
        ? `${rel(result.changeset.file)} (${Object.entries(result.changeset.bumps).map(([n, b]) => `${n} ${b}`).join(', ')})`
        : result.diff
          ? 'none — the API did not change'
          : 'none — no diff without the new IR'
    }`,
    `- API diff: ${result.diff ? diffSummary(result.diff) : `not computed: ${result.irError ?? 'the new IR is missing'}`}`,
    '',
    '## Patches',
    '',
    ...patchLines(result.patches),
    '',
    '## Upstream quirks tolerated',
    '',
    ...(result.tolerated.length > 0 ? toleranceNotes(result.tolerated).map((n) => `- ${n}`) : ['None: the new schema needs no tolerance rule.']),
    '',
    '## Curated tables on this schema version',
    '',
    ...(result.generation.status === 'written' && result.generation.notes.length > 0
      ? result.generation.notes.map((n) => `- ${n}`)
      : ['schema/events.json and schema/response-variants.json apply as they are.']),
    '',
    '## Event registry',
    '',
    ...registryLines(result),
    '',
    '## What to do',
    '',
    ...(result.actions.length > 0
      ? result.actions.map((a, i) => `${i + 1}. ${a}`)
      : [`Nothing blocks the update: review the diff${result.changeset ? ' and the changeset' : ''}, then commit.`]),
    '',
    ...(result.advice.length > 0 ? ['Optional:', '', ...result.advice.map((a) => `- ${a}`), ''] : []),
  ];
  if (result.diff) lines.push(renderDiffMarkdown(result.diff, { headingLevel: 2 }));
  return `${lines.join('\n').trimEnd()}\n`;
}

/** Relative to the project when inside it, absolute otherwise. */
export function displayPath(projectRoot: string, file: string): string {
  const relative = path.relative(projectRoot, file);
  return relative === '' ? '.' : relative.startsWith('..') || path.isAbsolute(relative) ? file : relative;
}

function generationLine(result: Omit<UpdateResult, 'report'>, rel: (file: string) => string): string {
  const g = result.generation;
  if (g.status === 'written') {
    const removed = g.removed.length > 0 ? `, ${g.removed.length} stale removed` : '';
    return `${g.written.length} files written to ${rel(g.out)}${removed}`;
  }
  if (g.status === 'failed') return `generation failed: ${g.error}`;
  return `not regenerated: ${g.reason}`;
}

function verdictText(status: PatchStatus): string {
  switch (status.verdict) {
    case 'applies':
      return 'applies';
    case 'fixed-upstream':
      return `fixed upstream (${status.detail ?? ''}) — skipped; delete it`;
    case 'not-applicable':
      return `not applicable here (${status.detail ?? ''}) — skipped`;
    case 'broken':
      return `no longer applies: ${status.detail ?? ''}`;
  }
}

function patchLines(patches: readonly PatchStatus[]): string[] {
  const lines = patches.filter((p) => p.verdict !== 'applies').map((p) => `- \`${p.file}\`: ${verdictText(p)}`);
  const applying = patches.filter((p) => p.verdict === 'applies').length;
  if (lines.length === 0) return [`All ${applying} patches still apply and still change something.`];
  return [...lines, `- ${applying} other patch${applying === 1 ? '' : 'es'} still appl${applying === 1 ? 'ies' : 'y'}.`];
}

function registryLines(result: Omit<UpdateResult, 'report'>): string[] {
  const registry = result.registry;
  if (!registry) return ['Not checked: the new schema does not build.'];
  const leftOut = result.eventsLeftOut.map((e) => `- left out (not in this schema version): ${e}`);
  if (registry.problems.length === 0 && leftOut.length > 0) return ['schema/events.json covers every event flag of groups.setCallbackSettings and groups.setLongPollSettings.', ...leftOut];
  if (registry.problems.length === 0) {
    return ['schema/events.json covers every event flag of groups.setCallbackSettings and groups.setLongPollSettings.'];
  }
  const uncovered = registry.uncovered.map((u) => `- ${u.method}: ${u.transport} event flag \`${u.flag}\` has no entry in schema/events.json`);
  const others = registry.otherProblems.map((p) => `- ${p}`);
  return [...uncovered, ...others, ...leftOut];
}
