import type { MethodIR, SchemaIR } from '../ir/types.js';
import { compareStrings } from './canonical.js';
import { METHOD_ADDED_BREAKS, METHOD_REMOVED_BREAKS, RESPONSE_ADDED_BREAKS, RESPONSE_REMOVED_BREAKS, RESPONSE_RETARGETED_BREAKS } from './classify.js';
import { compareMembers, memberChangeFields, type MemberChange } from './members.js';
import type { ApiChange, ChangeKind } from './types.js';

// Methods: presence, params (compared as the properties of one input object) and response
// variants. What a response variant points at is compared as a definition (definitions.ts), so a
// change inside `groups_get_response` is listed once, under Responses, with the methods using it.

const PARAM_KINDS: Readonly<Record<MemberChange['change'], ChangeKind>> = {
  added: 'param-added',
  removed: 'param-removed',
  required: 'param-required',
  optional: 'param-optional',
  type: 'param-type',
};

export function diffMethods(before: SchemaIR, after: SchemaIR): ApiChange[] {
  const old = new Map(before.methods.map((m) => [m.name, m]));
  const now = new Map(after.methods.map((m) => [m.name, m]));
  const changes: ApiChange[] = [];
  for (const name of [...new Set([...old.keys(), ...now.keys()])].sort(compareStrings)) {
    const a = old.get(name);
    const b = now.get(name);
    if (!a && b) changes.push({ section: 'methods', kind: 'method-added', subject: name, breaking: METHOD_ADDED_BREAKS });
    else if (a && !b) changes.push({ section: 'methods', kind: 'method-removed', subject: name, breaking: METHOD_REMOVED_BREAKS });
    else if (a && b) changes.push(...diffParams(a, b), ...diffResponses(a, b), ...diffSets(a, b));
  }
  return changes;
}

function diffParams(before: MethodIR, after: MethodIR): ApiChange[] {
  return compareMembers('', before.params, after.params, 'input').map((c) => ({
    section: 'methods',
    kind: PARAM_KINDS[c.change],
    subject: after.name,
    member: c.path,
    breaking: c.breaking,
    ...memberChangeFields(c),
  }));
}

function diffResponses(before: MethodIR, after: MethodIR): ApiChange[] {
  const changes: ApiChange[] = [];
  const old = new Map(before.responses.map((r) => [r.key, r.definition]));
  const now = new Map(after.responses.map((r) => [r.key, r.definition]));
  for (const [key, definition] of old) {
    const next = now.get(key);
    if (next === undefined) {
      changes.push({ section: 'methods', kind: 'response-removed', subject: after.name, member: key, breaking: RESPONSE_REMOVED_BREAKS, from: definition });
    } else if (next !== definition) {
      changes.push({
        section: 'methods',
        kind: 'response-retargeted',
        subject: after.name,
        member: key,
        breaking: RESPONSE_RETARGETED_BREAKS,
        from: definition,
        to: next,
      });
    }
  }
  for (const [key, definition] of now) {
    if (!old.has(key)) {
      changes.push({ section: 'methods', kind: 'response-added', subject: after.name, member: key, breaking: RESPONSE_ADDED_BREAKS, to: definition });
    }
  }
  return changes;
}

/**
 * Token types and errors of a method, compared as sets: they type `ApiMethods[M]['tokens']` (a
 * token type the method no longer takes breaks a call made with it) and `ApiMethods[M]['errors']`
 * (a vanished error code breaks a comparison with it; a new one may break an exhaustive switch).
 */
function diffSets(before: MethodIR, after: MethodIR): ApiChange[] {
  const changes: ApiChange[] = [];
  const compare = (old: readonly string[], now: readonly string[], added: ChangeKind, removed: ChangeKind, addedImpact: 'compatible' | 'exhaustiveness'): void => {
    const gone = old.filter((t) => !now.includes(t)).sort(compareStrings);
    const fresh = now.filter((t) => !old.includes(t)).sort(compareStrings);
    if (gone.length > 0) changes.push({ section: 'methods', kind: removed, subject: after.name, breaking: true, valuesRemoved: gone });
    if (fresh.length > 0) changes.push({ section: 'methods', kind: added, subject: after.name, breaking: false, impact: addedImpact, valuesAdded: fresh });
  };
  compare(before.tokenTypes, after.tokenTypes, 'method-tokens-added', 'method-tokens-removed', 'compatible');
  compare(before.errors, after.errors, 'method-errors-added', 'method-errors-removed', 'exhaustiveness');
  return changes;
}
