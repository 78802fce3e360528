import type { JSONSchema } from 'json-schema-to-typescript';
import type { ObjectNode, TypeNode } from '../ir/types.js';

// IR → the JSON Schema handed to json-schema-to-typescript. Refs become `tsType` names so the
// compiler never resolves (and so never duplicates or renames) a referenced definition.

export type JsonSchemaOut = JSONSchema;

export function toJsonSchema(node: TypeNode, typeNameOf: (definition: string) => string): JsonSchemaOut {
  const withDoc = (schema: JsonSchemaOut): JsonSchemaOut =>
    node.description !== undefined ? { description: node.description, ...schema } : schema;
  switch (node.kind) {
    case 'ref':
      return withDoc({ tsType: typeNameOf(node.target) });
    case 'primitive': {
      if (node.enum) return withDoc({ type: node.type, enum: [...node.enum] });
      return withDoc({ type: node.type });
    }
    case 'array':
      return withDoc({ type: 'array', items: toJsonSchema(node.items, typeNameOf) });
    case 'object':
      return withDoc(objectSchema(node, typeNameOf));
    case 'union':
      return withDoc({ anyOf: node.members.map((m) => toJsonSchema(m, typeNameOf)) });
    case 'unknown':
      return withDoc({ tsType: 'unknown' });
  }
}

export function objectSchema(node: ObjectNode, typeNameOf: (definition: string) => string): JsonSchemaOut {
  // A bare object is any JSON object: the schema says nothing about its keys.
  if (node.open) return { tsType: '{ [key: string]: unknown }' };
  const properties: Record<string, JsonSchemaOut> = {};
  for (const property of node.properties) {
    const schema = toJsonSchema(property.type, typeNameOf);
    const doc = [property.description, property.deprecatedFrom && `@deprecated since API ${property.deprecatedFrom}`]
      .filter((s): s is string => typeof s === 'string' && s.length > 0)
      .join('\n\n');
    properties[property.name] = doc ? { ...schema, description: doc } : schema;
  }
  return {
    type: 'object',
    properties,
    required: node.properties.filter((p) => p.required).map((p) => p.name),
    additionalProperties: false,
  };
}
