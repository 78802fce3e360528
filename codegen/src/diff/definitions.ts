import type { DefinitionIR, SchemaIR } from '../ir/types.js';
import { compareStrings } from './canonical.js';
import { DEFINITION_ADDED_BREAKS, DEFINITION_REMOVED_BREAKS, type Direction } from './classify.js';
import { compareTypes, memberChangeFields, type MemberChange } from './members.js';
import type { ApiChange, ChangeKind } from './types.js';

// Definitions (objects and unwrapped responses): presence, then their fields walked through
// inline objects. Refs are compared by name only, so a change to `users_user_min` is listed
// under that definition and nowhere it is used; a change a child inherits through allOf is listed
// under the parent only, naming the children in `alsoIn`.

const FIELD_KINDS: Readonly<Record<MemberChange['change'], ChangeKind>> = {
  added: 'field-added',
  removed: 'field-removed',
  required: 'field-required',
  optional: 'field-optional',
  type: 'field-type',
};

export interface DefinitionDiffOptions {
  /** Which rules a definition's fields follow (usage.ts). */
  direction: (name: string) => Direction;
  /** Methods whose response variants point at a definition. */
  usedBy: (name: string) => readonly string[];
  /** Definitions a definition inherits fields from through allOf (inheritance.ts). */
  ancestors: (name: string) => readonly string[];
}

export function diffDefinitions(before: SchemaIR, after: SchemaIR, options: DefinitionDiffOptions): ApiChange[] {
  const changes: ApiChange[] = [];
  const names = [...new Set([...before.definitions.keys(), ...after.definitions.keys()])].sort(compareStrings);
  for (const name of names) {
    const a = before.definitions.get(name);
    const b = after.definitions.get(name);
    const base = (definition: DefinitionIR): Pick<ApiChange, 'section' | 'subject' | 'usedBy'> => {
      const usedBy = definition.kind === 'response' ? options.usedBy(name) : [];
      return { section: definition.kind === 'response' ? 'responses' : 'objects', subject: name, ...(usedBy.length > 0 ? { usedBy } : {}) };
    };
    if (!a && b) changes.push({ ...base(b), kind: 'definition-added', breaking: DEFINITION_ADDED_BREAKS });
    else if (a && !b) changes.push({ ...base(a), kind: 'definition-removed', breaking: DEFINITION_REMOVED_BREAKS });
    else if (a && b) {
      for (const c of compareTypes('', a.node, b.node, options.direction(name))) {
        changes.push({
          ...base(b),
          kind: FIELD_KINDS[c.change],
          ...(c.path !== '' ? { member: c.path } : {}),
          breaking: c.breaking,
          ...memberChangeFields(c),
        });
      }
    }
  }
  return foldInherited(changes, options.ancestors);
}

/** Drops a child's change that one of its allOf ancestors has too, noting the child there. */
function foldInherited(changes: readonly ApiChange[], ancestors: (name: string) => readonly string[]): ApiChange[] {
  const key = (c: ApiChange): string => JSON.stringify([c.subject, c.kind, c.member, c.from, c.to, c.required, c.breaking]);
  const byKey = new Map(changes.map((c) => [key(c), c]));
  const alsoIn = new Map<ApiChange, string[]>();
  const kept: ApiChange[] = [];
  for (const change of changes) {
    const parent = ancestors(change.subject)
      .map((name) => byKey.get(key({ ...change, subject: name })))
      .find((c): c is ApiChange => c !== undefined);
    if (parent) alsoIn.set(parent, [...(alsoIn.get(parent) ?? []), change.subject]);
    else kept.push(change);
  }
  return kept.map((c) => {
    const children = alsoIn.get(c);
    return children ? { ...c, alsoIn: children.sort(compareStrings) } : c;
  });
}
