import { countChanges } from './diff.js';
import { DIFF_SECTIONS, impactOf, type ApiChange, type ApiDiff, type DiffSection, type DiffSideInfo } from './types.js';

// The diff as Markdown for a maintainer or a changelog: a count table, then one bullet per change
// grouped by section, breaking changes first and marked.

export interface MarkdownOptions {
  /** Level of the title heading; sections go one level deeper (default 2). */
  headingLevel?: number;
  /** Longest type text shown before it is cut with `…` (default 120). */
  maxTypeLength?: number;
  /** List the patches each side skipped (default true; a public changelog leaves them out). */
  skippedPatches?: boolean;
}

const SECTION_TITLES: Readonly<Record<DiffSection, string>> = {
  methods: 'Methods',
  responses: 'Responses',
  objects: 'Objects',
  events: 'Events',
  errors: 'Errors',
};

export function renderDiffMarkdown(diff: ApiDiff, options: MarkdownOptions = {}): string {
  const level = options.headingLevel ?? 2;
  const max = options.maxTypeLength ?? 120;
  const heading = (depth: number, text: string): string => `${'#'.repeat(Math.min(depth, 6))} ${text}`;
  const counts = countChanges(diff);
  const lines: string[] = [heading(level, `VK API changes: ${sideName(diff.old)} → ${sideName(diff.new)}`), ''];

  if (diff.changes.length === 0) {
    lines.push('No API changes.', '');
  } else {
    lines.push(`${diffSummary(diff)}.`, '', '| Section | Breaking | Other |', '|---|---:|---:|');
    for (const section of DIFF_SECTIONS) {
      const { breaking, nonBreaking } = counts.bySection[section];
      if (breaking + nonBreaking > 0) lines.push(`| ${SECTION_TITLES[section]} | ${breaking} | ${nonBreaking} |`);
    }
    lines.push('');
    for (const section of DIFF_SECTIONS) {
      const changes = diff.changes.filter((c) => c.section === section);
      if (changes.length === 0) continue;
      lines.push(heading(level + 1, SECTION_TITLES[section]), '');
      for (const change of changes) {
        const alsoIn = change.alsoIn && change.alsoIn.length > 0 ? ` (also in ${change.alsoIn.map((d) => `\`${d}\``).join(', ')})` : '';
        const patched = change.fromPatches && change.fromPatches.length > 0;
        // A changelog (skippedPatches: false) names no patch file: readers know no patches.
        const ours = !patched
          ? ''
          : options.skippedPatches === false
            ? ' — a correction of ours to the schema, not an upstream change'
            : ` — from our patch ${(change.fromPatches ?? []).map((f) => `\`${f}\``).join(', ')} (applied on one side only), not an upstream change`;
        lines.push(`- ${change.breaking ? '**breaking** ' : ''}${subjectLabel(change)}: ${describeChange(change, max)}${alsoIn}${ours}`);
      }
      lines.push('');
    }
  }

  const verdict = { 'fixed-upstream': 'fixed upstream', 'not-applicable': 'not applicable here', broken: 'broken' } as const;
  const skipped = [
    ...diff.old.skippedPatches.map((p) => `- old (${diff.old.label}): \`${p.file}\` — ${verdict[p.verdict]}: ${p.detail}`),
    ...diff.new.skippedPatches.map((p) => `- new (${diff.new.label}): \`${p.file}\` — ${verdict[p.verdict]}: ${p.detail}`),
  ];
  if (skipped.length > 0 && options.skippedPatches !== false) lines.push('Patches of schema/patches/ not applied:', '', ...skipped, '');
  const stale = [diff.old, diff.new].flatMap((side) =>
    side.staleFolders.map((s) => `- ${side.label}: \`${s.folder}/\` declares ${s.versions.join(', ')} — ${s.included ? 'included on request' : 'left out'}`),
  );
  if (stale.length > 0 && options.skippedPatches !== false) lines.push('Stale folders (another API version than the schema):', '', ...stale, '');
  return `${lines.join('\n').trimEnd()}\n`;
}

/** `3 breaking and 4 other changes`, or `no changes`. */
export function diffSummary(diff: ApiDiff): string {
  const { breaking, nonBreaking, exhaustiveness } = countChanges(diff);
  if (breaking + nonBreaking === 0) return 'no changes';
  const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;
  if (exhaustiveness > 0) {
    const others = nonBreaking - exhaustiveness;
    return [
      ...(breaking > 0 ? [`${breaking} breaking`] : []),
      `${exhaustiveness} that may break exhaustive switches`,
      ...(others > 0 ? [`${plural(others, 'other change')}`] : []),
    ].join(', ').replace(/, ([^,]*)$/, ' and $1');
  }
  if (breaking === 0) return plural(nonBreaking, 'non-breaking change');
  if (nonBreaking === 0) return plural(breaking, 'breaking change');
  return `${breaking} breaking and ${plural(nonBreaking, 'other change')}`;
}

function sideName(side: DiffSideInfo): string {
  return side.apiVersion !== undefined ? `${side.apiVersion} (${side.label})` : side.label;
}

function subjectLabel(change: ApiChange): string {
  const users = change.usedBy ?? [];
  if (users.length === 0) return `\`${change.subject}\``;
  const shown = users.slice(0, 3).join(', ');
  return `\`${change.subject}\` (${shown}${users.length > 3 ? ` and ${users.length - 3} more` : ''})`;
}

export function describeChange(change: ApiChange, max = 120): string {
  const code = (text: string | undefined): string => {
    const value = text ?? '?';
    return `\`${value.length > max ? `${value.slice(0, max - 1)}…` : value}\``;
  };
  const member = code(change.member);
  const presence = change.required === true ? 'required' : 'optional';
  const field = change.member === undefined ? 'type' : `field ${member} type`;
  const values = (label: string, list: readonly string[] | undefined): string[] => (list && list.length > 0 ? [`${label} ${list.map((v) => `\`${v}\``).join(', ')}`] : []);
  const enumDelta = [...values('values added:', change.valuesAdded), ...values('values removed:', change.valuesRemoved)];
  const typeChange = (what: string): string => {
    // An enum's values are listed in full: a cut type text would hide the value that changed.
    if (enumDelta.length > 0) return `${what}: ${enumDelta.join('; ')}${impactOf(change) === 'exhaustiveness' ? ' (may break exhaustive switches)' : change.breaking ? '' : ' (widened)'}`;
    return `${what} ${code(change.from)} → ${code(change.to)}${change.breaking ? '' : ' (widened)'}`;
  };
  const withNote = (text: string): string => (change.note !== undefined ? `${text} — ${change.note}` : text);
  switch (change.kind) {
    case 'method-added':
      return 'method added';
    case 'method-removed':
      return 'method removed';
    case 'param-added':
      return `${presence} param ${member} added: ${code(change.to)}`;
    case 'param-removed':
      return `param ${member} removed`;
    case 'param-required':
      return `param ${member} is now required`;
    case 'param-optional':
      return `param ${member} is now optional`;
    case 'param-type':
      return typeChange(`param ${member} type`);
    case 'response-added':
      return `response variant ${member} added (${code(change.to)})`;
    case 'response-removed':
      return `response variant ${member} removed (was ${code(change.from)})`;
    case 'response-retargeted':
      return `response variant ${member} now returns ${code(change.to)} instead of ${code(change.from)}`;
    case 'definition-added':
      return 'definition added';
    case 'definition-removed':
      return 'definition removed';
    case 'field-added':
      return `${presence} field ${member} added: ${code(change.to)}`;
    case 'field-removed':
      return `field ${member} removed`;
    case 'field-required':
      return `field ${member} is now required`;
    case 'field-optional':
      return `field ${member} is now optional`;
    case 'field-type':
      return typeChange(field);
    case 'event-added':
      return withNote(`event added (${change.to ?? ''})`);
    case 'event-removed':
      return 'event removed';
    case 'event-transport-added':
      return `now also delivered over ${change.member ?? '?'}`;
    case 'event-transport-removed':
      return `no longer delivered over ${change.member ?? '?'}`;
    case 'event-payload-changed':
      return withNote(`payload ${member} changed`);
    case 'error-added':
      return `error added (code ${change.to ?? '?'}${impactOf(change) === 'exhaustiveness' ? '; may break exhaustive switches' : ''})`;
    case 'error-removed':
      return `error removed (code ${change.from ?? '?'})`;
    case 'error-code-changed':
      return `code ${change.from ?? '?'} → ${change.to ?? '?'}`;
    case 'error-global-added':
      return `now global (any method may return code ${change.to ?? '?'}; may break exhaustive switches)`;
    case 'error-global-removed':
      return `no longer global (code ${change.from ?? '?'})`;
    case 'method-tokens-added':
      return `now also callable with ${(change.valuesAdded ?? []).join(', ')} tokens`;
    case 'method-tokens-removed':
      return `no longer callable with ${(change.valuesRemoved ?? []).join(', ')} tokens`;
    case 'method-errors-added':
      return `may now return ${(change.valuesAdded ?? []).map((e) => `\`${e}\``).join(', ')} (may break exhaustive switches)`;
    case 'method-errors-removed':
      return `no longer returns ${(change.valuesRemoved ?? []).map((e) => `\`${e}\``).join(', ')}`;
  }
}
