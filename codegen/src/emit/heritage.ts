import { isDeepStrictEqual } from 'node:util';
import type { DefinitionIR, ObjectNode, Property } from '../ir/types.js';

// How a definition made of an allOf is declared: `interface X extends A, Omit<B, 'k'> { … }` with
// only the properties its bases do not already declare the same way, instead of a flattened copy
// of every base (users_user_full's ~125 properties were repeated in five definitions). The type
// is the same as the merged object's: every property keeps its merged type, requiredness and doc.

export interface Heritage {
  /** `A`, `Omit<B, "k">`: the interface's extends clause, in allOf order. */
  clauses: string[];
  /** The properties declared in the interface body: new ones and the ones it overrides. */
  own: Property[];
}

/**
 * The heritage of an allOf definition, or undefined for any other node. A `$ref` member that is
 * not a closed object definition is not extended: its properties are declared like an inline
 * member's.
 */
export function heritageOf(
  node: ObjectNode,
  definitions: ReadonlyMap<string, DefinitionIR>,
  typeNameOf: (definition: string) => string,
): Heritage | undefined {
  if (node.open || node.allOf === undefined) return undefined;
  const bases: { name: string; properties: Map<string, Property> }[] = [];
  for (const name of new Set(node.allOf)) {
    const base = definitions.get(name)?.node;
    if (base?.kind === 'object' && !base.open) bases.push({ name, properties: new Map(base.properties.map((p) => [p.name, p])) });
  }
  if (bases.length === 0) return undefined;

  const own: Property[] = [];
  const omitted = new Map<string, string[]>(bases.map((b) => [b.name, []]));
  for (const property of node.properties) {
    const declaring = bases.filter((b) => b.properties.has(property.name));
    const sameType = declaring.filter((b) => isDeepStrictEqual(b.properties.get(property.name)!.type, property.type));
    // Redeclared with another type: the bases' declarations go (an interface may not change a
    // member's type, nor extend two bases that disagree on one).
    for (const base of declaring) if (!sameType.includes(base)) omitted.get(base.name)!.push(property.name);
    // Inherited only when every base declares it exactly so; otherwise declared here, which may
    // make an optional member required (allowed) and never the reverse (merged requiredness is
    // the OR of the members').
    const inherited = declaring.length > 0 && declaring.every((b) => isDeepStrictEqual(b.properties.get(property.name), property));
    if (!inherited) own.push(property);
  }
  const clauses = bases.map(({ name }) => {
    const keys = omitted.get(name)!;
    const type = typeNameOf(name);
    return keys.length === 0 ? type : `Omit<${type}, ${keys.map((k) => JSON.stringify(k)).join(' | ')}>`;
  });
  return { clauses, own };
}
