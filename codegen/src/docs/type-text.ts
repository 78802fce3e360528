import type { DefinitionIR, PrimitiveNode, TypeNode } from '../ir/types.js';

// TypeScript text for an IR type as a user writes it in a call (`number | string`,
// `GroupsFields[]`, `boolean | 0 | 1`), and a value of that type for the generated examples.

type Definitions = ReadonlyMap<string, DefinitionIR>;

export function typeText(node: TypeNode, definitions: Definitions): string {
  switch (node.kind) {
    case 'ref':
      return definitions.get(node.target)?.typeName ?? node.target;
    case 'primitive':
      if (node.enum) return node.enum.map((v) => JSON.stringify(v)).join(' | ');
      return node.type === 'integer' ? 'number' : node.type;
    case 'array': {
      const inner = typeText(node.items, definitions);
      return /[ |]/.test(inner) ? `(${inner})[]` : `${inner}[]`;
    }
    case 'object':
      if (node.open || node.properties.length === 0) return 'object';
      return `{ ${node.properties.map((p) => `${p.name}${p.required ? '' : '?'}: ${typeText(p.type, definitions)}`).join('; ')} }`;
    case 'union':
      return node.members.map((m) => typeText(m, definitions)).join(' | ');
    case 'unknown':
      return 'unknown';
  }
}

/** The enum a param or field takes, following refs: values with VK's names for them. */
export function enumOf(node: TypeNode, definitions: Definitions, seen = new Set<string>()): PrimitiveNode | undefined {
  switch (node.kind) {
    case 'primitive':
      return node.enum ? node : undefined;
    case 'ref': {
      const def = definitions.get(node.target);
      if (!def || seen.has(node.target)) return undefined;
      seen.add(node.target);
      return enumOf(def.node, definitions, seen);
    }
    case 'array':
      return enumOf(node.items, definitions, seen);
    default:
      return undefined;
  }
}

/** Readable values for well-known param names, so examples look like real calls. */
const SAMPLE_VALUES: Readonly<Record<string, string>> = {
  group_id: '1',
  owner_id: '-1',
  user_id: '1',
  peer_id: '2000000001',
  message: "'Hello!'",
  text: "'Hello!'",
  q: "'vk'",
};

/** A TypeScript expression of the node's type; depth-limited for recursive definitions. */
export function sampleValue(node: TypeNode, definitions: Definitions, name?: string, depth = 0): string {
  if (depth > 6) return 'undefined as never';
  switch (node.kind) {
    case 'ref': {
      const def = definitions.get(node.target);
      return def ? sampleValue(def.node, definitions, name, depth + 1) : '{}';
    }
    case 'primitive': {
      if (node.enum && node.enum.length > 0) return JSON.stringify(node.enum[0]);
      if (node.type === 'boolean') return 'true';
      if (node.type === 'string') return name !== undefined && SAMPLE_VALUES[name]?.startsWith("'") ? SAMPLE_VALUES[name]! : "'text'";
      const preferred = name !== undefined && SAMPLE_VALUES[name] && !SAMPLE_VALUES[name]!.startsWith("'") ? Number(SAMPLE_VALUES[name]) : 1;
      const low = node.minimum ?? Number.NEGATIVE_INFINITY;
      const high = node.maximum ?? Number.POSITIVE_INFINITY;
      return String(Math.min(Math.max(preferred, low), high));
    }
    case 'array':
      return `[${Array.from({ length: Math.max(1, node.minItems ?? 1) }, () => sampleValue(node.items, definitions, undefined, depth + 1)).join(', ')}]`;
    case 'object': {
      const required = node.properties.filter((p) => p.required);
      if (required.length === 0) return '{}';
      return `{ ${required.map((p) => `${p.name}: ${sampleValue(p.type, definitions, p.name, depth + 1)}`).join(', ')} }`;
    }
    case 'union': {
      // Prefer a plain member: a number over an enum-of-0/1 spelling, an object over its JSON text.
      const first = node.members[0];
      return first ? sampleValue(first, definitions, name, depth + 1) : '{}';
    }
    case 'unknown':
      return '{}';
  }
}

/** The node a chain of refs ends at (aliases such as callback_message_new → callback_message_object). */
export function resolveRefs(node: TypeNode, definitions: Definitions): TypeNode {
  let current = node;
  for (let hops = 0; current.kind === 'ref' && hops < 10; hops++) {
    const def = definitions.get(current.target);
    if (!def) break;
    current = def.node;
  }
  return current;
}
