import type { SchemaIR, TypeNode } from '../ir/types.js';

// What a param's wire text decodes to: used by the runtime metadata so the fake VK (and any
// server-side tool) can turn `a,b,1` back into typed values before validating.
export type ScalarKind = 'integer' | 'number' | 'string' | 'boolean' | 'integer|string' | 'json';

export function scalarKind(node: TypeNode, ir: SchemaIR): ScalarKind {
  switch (node.kind) {
    case 'primitive':
      return node.type;
    case 'ref': {
      const def = ir.definitions.get(node.target);
      if (!def) throw new Error(`unknown definition ${node.target}`);
      return scalarKind(def.node, ir);
    }
    case 'union': {
      const kinds = new Set(node.members.map((m) => scalarKind(m, ir)));
      if (kinds.size === 1) return [...kinds][0]!;
      if (kinds.has('json')) return 'json';
      if (kinds.has('boolean') && kinds.has('integer') && kinds.size === 2) return 'boolean';
      if (kinds.has('integer') && kinds.has('string') && kinds.size === 2) return 'integer|string';
      return 'string';
    }
    default:
      return 'json';
  }
}
