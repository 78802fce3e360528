import type { Property, TypeNode } from '../ir/types.js';
import { canonicalType } from './canonical.js';
import {
  becameOptionalBreaks,
  becameRequiredBreaks,
  memberAddedBreaks,
  memberRemovedBreaks,
  typeChangeBreaks,
  type Direction,
} from './classify.js';

// Member-level comparison shared by params (a method's params behave like the properties of one
// input object) and definition fields. Inline objects are walked so a change is named at the
// deepest field it touches (`items[].title`), not as "the whole type changed".

export type MemberChangeKind = 'added' | 'removed' | 'required' | 'optional' | 'type';

export interface MemberChange {
  /** Dotted path; `[]` marks array items; empty for the root of a definition. */
  path: string;
  change: MemberChangeKind;
  breaking: boolean;
  required?: boolean;
  from?: string;
  to?: string;
}

/** A property list as both params and object fields can be seen. */
export type Member = Pick<Property, 'name' | 'type' | 'required'>;

export function compareMembers(prefix: string, before: readonly Member[], after: readonly Member[], direction: Direction): MemberChange[] {
  const changes: MemberChange[] = [];
  const next = new Map(after.map((m) => [m.name, m]));
  const previous = new Map(before.map((m) => [m.name, m]));
  for (const old of before) {
    const path = join(prefix, old.name);
    const now = next.get(old.name);
    if (!now) {
      changes.push({ path, change: 'removed', breaking: memberRemovedBreaks() });
      continue;
    }
    if (!old.required && now.required) changes.push({ path, change: 'required', breaking: becameRequiredBreaks(direction) });
    if (old.required && !now.required) changes.push({ path, change: 'optional', breaking: becameOptionalBreaks(direction) });
    changes.push(...compareTypes(path, old.type, now.type, direction));
  }
  for (const added of after) {
    if (previous.has(added.name)) continue;
    changes.push({
      path: join(prefix, added.name),
      change: 'added',
      breaking: memberAddedBreaks(direction, added.required),
      required: added.required,
      to: canonicalType(added.type),
    });
  }
  return changes;
}

export function compareTypes(path: string, before: TypeNode, after: TypeNode, direction: Direction): MemberChange[] {
  const from = canonicalType(before);
  const to = canonicalType(after);
  if (from === to) return [];
  if (before.kind === 'object' && after.kind === 'object' && !before.open && !after.open) {
    return compareMembers(path, before.properties, after.properties, direction);
  }
  if (before.kind === 'array' && after.kind === 'array' && walkable(before.items) && walkable(after.items)) {
    return compareTypes(`${path}[]`, before.items, after.items, direction);
  }
  return [{ path, change: 'type', breaking: typeChangeBreaks(direction, before, after), from, to }];
}

/** Array items worth descending into: inline objects (possibly nested in arrays). */
function walkable(node: TypeNode): boolean {
  if (node.kind === 'array') return walkable(node.items);
  return node.kind === 'object' && !node.open;
}

function join(prefix: string, name: string): string {
  return prefix === '' ? name : `${prefix}.${name}`;
}
