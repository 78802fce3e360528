import type { PrimitiveNode, TypeNode } from '../ir/types.js';

// Types are compared through a canonical string of the IR node that keeps only what shapes the
// generated TypeScript (and the zod validators' accepted values): kinds, primitive types, enum
// values, array items, property names/optionality/types and union members. Descriptions,
// enumNames, `format` and numeric bounds are dropped: they change JSDoc or range checks, not the
// type a consumer compiles against. Refs stay names — a referenced definition's own changes are
// reported under that definition, not at every use.

/** `integer`, `'a' | 'b'`, `Array<users_fields>`, `{ count: integer; items?: Array<…> }`. */
export function canonicalType(node: TypeNode): string {
  switch (node.kind) {
    case 'ref':
      return node.target;
    case 'primitive':
      return canonicalPrimitive(node);
    case 'array':
      return `Array<${canonicalType(node.items)}>`;
    case 'object':
      if (node.open) return '{ [key: string]: unknown }';
      if (node.properties.length === 0) return '{}';
      return `{ ${[...node.properties]
        .sort((a, b) => compareStrings(a.name, b.name))
        .map((p) => `${p.name}${p.required ? '' : '?'}: ${canonicalType(p.type)}`)
        .join('; ')} }`;
    case 'union':
      return unionParts(node).join(' | ');
    case 'unknown':
      return 'unknown';
  }
}

/** Members of a union flattened (nested unions and enum values spread), sorted, deduplicated. */
function unionParts(node: TypeNode): string[] {
  const parts = new Set<string>();
  const visit = (member: TypeNode): void => {
    if (member.kind === 'union') member.members.forEach(visit);
    else if (member.kind === 'primitive' && member.enum) for (const value of member.enum) parts.add(literal(value));
    else parts.add(canonicalType(member));
  };
  visit(node);
  return [...parts].sort(compareStrings);
}

function canonicalPrimitive(node: PrimitiveNode): string {
  if (!node.enum) return node.type;
  return [...new Set(node.enum.map(literal))].sort(compareStrings).join(' | ');
}

function literal(value: string | number): string {
  return typeof value === 'string' ? `'${value}'` : String(value);
}

/**
 * Whether every value the old type accepts is accepted by the new one — the only kind of type
 * change a caller passing values in cannot notice: enum values added, union members added, an
 * enum lifted to its plain primitive, `integer` relaxed to `number`, an optional property added
 * to an inline object. Refs widen only to the same ref (their targets are compared on their own).
 */
export function widens(from: TypeNode, to: TypeNode): boolean {
  if (canonicalType(from) === canonicalType(to)) return true;
  if (to.kind === 'unknown') return true;
  if (from.kind === 'union') return from.members.every((member) => widens(member, to));
  if (from.kind === 'primitive' && from.enum && from.enum.length > 1) {
    // An enum is a union of literals: each value may land in a different member of `to`.
    return from.enum.every((value) => widens({ kind: 'primitive', type: from.type, enum: [value] }, to));
  }
  if (to.kind === 'union') return to.members.some((member) => widens(from, member));
  switch (from.kind) {
    case 'ref':
      return to.kind === 'ref' && to.target === from.target;
    case 'primitive':
      return to.kind === 'primitive' && primitiveWidens(from, to);
    case 'array':
      return to.kind === 'array' && widens(from.items, to.items);
    case 'object': {
      if (to.kind !== 'object') return false;
      if (to.open) return true;
      if (from.open) return false;
      const before = new Map(from.properties.map((p) => [p.name, p]));
      const after = new Map(to.properties.map((p) => [p.name, p]));
      // A property the new type lacks would be an excess property in an object literal.
      for (const old of from.properties) {
        const now = after.get(old.name);
        if (!now || (now.required && !old.required) || !widens(old.type, now.type)) return false;
      }
      return to.properties.every((p) => !p.required || before.has(p.name));
    }
    case 'unknown':
      return false;
  }
}

function primitiveWidens(from: PrimitiveNode, to: PrimitiveNode): boolean {
  const sameType = from.type === to.type || (from.type === 'integer' && to.type === 'number');
  if (!sameType) return false;
  if (!to.enum) return true;
  if (!from.enum) return false;
  const allowed = new Set<string | number>(to.enum);
  return from.enum.every((value) => allowed.has(value));
}

export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
