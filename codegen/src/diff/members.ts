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
  /** Set (to `exhaustiveness`) when an output enum only gained values. */
  impact?: 'exhaustiveness';
  valuesAdded?: string[];
  valuesRemoved?: string[];
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
  const change: MemberChange = { path, change: 'type', breaking: typeChangeBreaks(direction, before, after), from, to };
  const old = literalValues(before);
  const now = literalValues(after);
  if (old && now) {
    const valuesAdded = now.filter((v) => !old.includes(v));
    const valuesRemoved = old.filter((v) => !now.includes(v));
    Object.assign(change, valuesAdded.length > 0 ? { valuesAdded } : {}, valuesRemoved.length > 0 ? { valuesRemoved } : {});
    // A value a reader may now receive breaks only exhaustive switches over the old ones.
    if (direction === 'output' && valuesRemoved.length === 0 && valuesAdded.length > 0 && sameBase(before, after)) {
      Object.assign(change, { breaking: false, impact: 'exhaustiveness' });
    }
  }
  return [change];
}

/** The literal values of an enum (or a union of enums), as canonical text; undefined for anything else. */
function literalValues(node: TypeNode): string[] | undefined {
  if (node.kind === 'primitive') return node.enum ? node.enum.map((v) => (typeof v === 'string' ? `'${v}'` : String(v))) : undefined;
  if (node.kind !== 'union') return undefined;
  const parts = node.members.map(literalValues);
  return parts.every((p): p is string[] => p !== undefined) ? [...new Set(parts.flat())] : undefined;
}

function sameBase(a: TypeNode, b: TypeNode): boolean {
  const base = (n: TypeNode): string => (n.kind === 'primitive' ? n.type : n.kind === 'union' ? [...new Set(n.members.map(base))].sort().join('|') : n.kind);
  return base(a) === base(b);
}

/** Array items worth descending into: inline objects (possibly nested in arrays). */
function walkable(node: TypeNode): boolean {
  if (node.kind === 'array') return walkable(node.items);
  return node.kind === 'object' && !node.open;
}

function join(prefix: string, name: string): string {
  return prefix === '' ? name : `${prefix}.${name}`;
}

/** The optional fields of a member change as an ApiChange carries them (absent ones left out). */
export function memberChangeFields(c: MemberChange): Pick<MemberChange, 'required' | 'from' | 'to' | 'impact' | 'valuesAdded' | 'valuesRemoved'> {
  const { required, from, to, impact, valuesAdded, valuesRemoved } = c;
  return Object.fromEntries(Object.entries({ required, from, to, impact, valuesAdded, valuesRemoved }).filter(([, v]) => v !== undefined));
}
