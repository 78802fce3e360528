import type { JSONSchema } from 'json-schema-to-typescript';
import type { ObjectNode, TypeNode } from '../ir/types.js';

// IR → the JSON Schema handed to json-schema-to-typescript. Refs become `tsType` names so the
// compiler never resolves (and so never duplicates or renames) a referenced definition.

export type JsonSchemaOut = JSONSchema;

/**
 * The TypeScript text of a node that holds no inline object, or undefined. Such leaves (enums,
 * primitives, refs, their arrays and unions) are handed to the compiler as finished `tsType`s:
 * it adds nothing to them, and walking them was most of its run time (its optimiser re-prints
 * every member of every enum union).
 */
export function leafType(node: TypeNode, typeNameOf: (definition: string) => string): string | undefined {
  switch (node.kind) {
    case 'ref':
      return typeNameOf(node.target);
    case 'primitive':
      if (node.enum) return node.enum.map((v) => JSON.stringify(v)).join(' | ');
      return node.type === 'integer' ? 'number' : node.type;
    case 'unknown':
      return 'unknown';
    case 'array': {
      const items = leafType(node.items, typeNameOf);
      if (items === undefined) return undefined;
      return /[|&\s]/.test(items) ? `(${items})[]` : `${items}[]`;
    }
    case 'union': {
      const members = node.members.map((m) => leafType(m, typeNameOf));
      if (members.some((m) => m === undefined)) return undefined;
      return [...new Set(members)].join(' | ');
    }
    case 'object':
      return undefined;
  }
}

export function toJsonSchema(node: TypeNode, typeNameOf: (definition: string) => string): JsonSchemaOut {
  const withDoc = (schema: JsonSchemaOut): JsonSchemaOut =>
    node.description !== undefined ? { description: node.description, ...schema } : schema;
  const leaf = leafType(node, typeNameOf);
  if (leaf !== undefined) return withDoc({ tsType: leaf });
  switch (node.kind) {
    case 'array':
      return withDoc({ type: 'array', items: toJsonSchema(node.items, typeNameOf) });
    case 'object':
      return withDoc(objectSchema(node, typeNameOf));
    case 'union':
      return withDoc({ anyOf: node.members.map((m) => toJsonSchema(m, typeNameOf)) });
    case 'ref':
    case 'primitive':
    case 'unknown':
      throw new Error(`unreachable: leafType always types a ${node.kind} node`);
  }
}

/** A property's doc comment text: its description, and since when it is deprecated. */
export function propertyDoc(property: { description?: string | undefined; deprecatedFrom?: string | undefined }): string {
  return [property.description, property.deprecatedFrom && `@deprecated since API ${property.deprecatedFrom}`]
    .filter((s): s is string => typeof s === 'string' && s.length > 0)
    .join('\n\n');
}

export function objectSchema(node: ObjectNode, typeNameOf: (definition: string) => string): JsonSchemaOut {
  // A bare object is any JSON object: the schema says nothing about its keys.
  if (node.open) return { tsType: '{ [key: string]: unknown }' };
  const properties: Record<string, JsonSchemaOut> = {};
  for (const property of node.properties) {
    const schema = toJsonSchema(property.type, typeNameOf);
    const doc = propertyDoc(property);
    properties[property.name] = doc ? { ...schema, description: doc } : schema;
  }
  return {
    type: 'object',
    properties,
    required: node.properties.filter((p) => p.required).map((p) => p.name),
    additionalProperties: false,
  };
}
