import type { SchemaIR, TypeNode } from '../ir/types.js';
import type { Direction } from './classify.js';

// Which way data flows through each definition: read by consumers (responses, event payloads and
// all they reference) or only written by them (reached from params alone). The direction picks
// the classification rules for the definition's own changes (classify.ts).

export interface DefinitionUse {
  input: boolean;
  output: boolean;
}

export function definitionUses(ir: SchemaIR, eventObjects: Iterable<string>): Map<string, DefinitionUse> {
  const uses = new Map<string, DefinitionUse>();
  const mark = (roots: Iterable<string>, side: keyof DefinitionUse): void => {
    const queue = [...roots];
    const seen = new Set<string>();
    while (queue.length > 0) {
      const name = queue.pop() ?? '';
      if (seen.has(name)) continue;
      seen.add(name);
      const definition = ir.definitions.get(name);
      if (!definition) continue;
      const use = uses.get(name) ?? { input: false, output: false };
      use[side] = true;
      uses.set(name, use);
      queue.push(...refsOf(definition.node));
    }
  };
  mark(
    ir.methods.flatMap((m) => m.params.flatMap((p) => refsOf(p.type))),
    'input',
  );
  mark([...ir.methods.flatMap((m) => m.responses.map((r) => r.definition)), ...eventObjects], 'output');
  return uses;
}

/** Input rules only when no side of the diff lets a consumer read the definition. */
export function directionOf(name: string, ...sides: readonly ReadonlyMap<string, DefinitionUse>[]): Direction {
  const seen = sides.map((uses) => uses.get(name)).filter((use): use is DefinitionUse => use !== undefined);
  return seen.length > 0 && seen.every((use) => use.input && !use.output) ? 'input' : 'output';
}

/** Definition names a node refers to directly. */
export function refsOf(node: TypeNode): string[] {
  switch (node.kind) {
    case 'ref':
      return [node.target];
    case 'array':
      return refsOf(node.items);
    case 'object':
      return node.properties.flatMap((p) => refsOf(p.type));
    case 'union':
      return node.members.flatMap(refsOf);
    default:
      return [];
  }
}

/**
 * Every definition reachable from `roots` through refs and allOf ancestors (which the IR merges
 * away, so a parent's field is reached through its children); the roots included when they exist.
 */
export function reachable(ir: SchemaIR, roots: Iterable<string>, ancestors: ReadonlyMap<string, readonly string[]> = new Map()): Set<string> {
  const seen = new Set<string>();
  const queue = [...roots];
  while (queue.length > 0) {
    const name = queue.pop() ?? '';
    if (seen.has(name)) continue;
    const definition = ir.definitions.get(name);
    if (!definition) continue;
    seen.add(name);
    queue.push(...refsOf(definition.node), ...(ancestors.get(name) ?? []));
  }
  return seen;
}
