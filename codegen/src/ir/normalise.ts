import { resolveRef, type DefinitionLocation } from './refs.js';
import { isObject, optionalNumber, optionalString, type Json, type JsonObject } from './json.js';
import type { ObjectNode, Primitive, Property, TypeNode } from './types.js';

// Turns one VK-dialect schema node into the IR:
// - boolean `required` on properties → Property.required;
// - `$ref` with siblings → a RefNode keeping only the description (the target defines the type);
// - allOf → one merged object (members' properties in order, later members win), which also
//   names its `$ref` members (`allOf`) so declarations can extend them;
// - oneOf and `type` arrays → unions;
// - `items` on a non-array (format: json strings) is ignored for the value's type.

const PRIMITIVES: ReadonlySet<string> = new Set(['string', 'integer', 'number', 'boolean']);

export class Normaliser {
  private readonly cache = new Map<string, TypeNode>();
  private readonly inProgress = new Set<string>();

  constructor(private readonly definitions: ReadonlyMap<string, DefinitionLocation>) {}

  /** The normalised node of a definition (a response wrapper `{response: X}` is unwrapped by the caller). */
  definition(name: string): TypeNode {
    const cached = this.cache.get(name);
    if (cached) return cached;
    const location = this.definitions.get(name);
    if (!location) throw new Error(`unknown definition ${name}`);
    if (this.inProgress.has(name)) throw new Error(`allOf cycle through ${name}`);
    this.inProgress.add(name);
    const node = this.node(location.schema, location.file, `${location.file}#/definitions/${name}`);
    this.inProgress.delete(name);
    this.cache.set(name, node);
    return node;
  }

  node(schema: JsonObject, file: string, where: string): TypeNode {
    const description = optionalString(schema['description'], `${where}/description`);
    const withDescription = <T extends TypeNode>(node: T): T =>
      description !== undefined && node.description === undefined ? { ...node, description } : node;

    const ref = schema['$ref'];
    if (typeof ref === 'string') {
      return withDescription({ kind: 'ref', target: resolveRef(ref, file, this.definitions) });
    }
    if (Array.isArray(schema['allOf'])) {
      return withDescription(this.mergeAllOf(schema['allOf'], file, `${where}/allOf`));
    }
    if (Array.isArray(schema['oneOf']) || Array.isArray(schema['anyOf'])) {
      const key = Array.isArray(schema['oneOf']) ? 'oneOf' : 'anyOf';
      const members = (schema[key] as Json[]).map((member, i) =>
        this.node(asObject(member, `${where}/${key}/${i}`), file, `${where}/${key}/${i}`),
      );
      return withDescription({ kind: 'union', members });
    }

    const type = schema['type'];
    if (Array.isArray(type)) {
      const members = type.map((t, i) => this.typed(schema, file, where, expectTypeName(t, `${where}/type/${i}`)));
      return withDescription({ kind: 'union', members });
    }
    if (typeof type === 'string') return withDescription(this.typed(schema, file, where, type));
    if (isObject(schema['properties'])) return withDescription(this.typed(schema, file, where, 'object'));
    if (Array.isArray(schema['enum'])) {
      const first = schema['enum'][0];
      return withDescription(this.typed(schema, file, where, typeof first === 'number' ? 'integer' : 'string'));
    }
    return withDescription({ kind: 'unknown' });
  }

  private typed(schema: JsonObject, file: string, where: string, type: string): TypeNode {
    if (PRIMITIVES.has(type)) return primitive(schema, type as Primitive, where);
    if (type === 'array') {
      const items = schema['items'];
      return {
        kind: 'array',
        items: isObject(items) ? this.node(items, file, `${where}/items`) : { kind: 'unknown' },
        ...numberField('minItems', schema, where),
        ...numberField('maxItems', schema, where),
      };
    }
    if (type === 'object') return this.object(schema, file, where);
    throw new Error(`${where}: unsupported type ${JSON.stringify(type)}`);
  }

  object(schema: JsonObject, file: string, where: string): ObjectNode {
    const props = schema['properties'];
    if (props === undefined) return { kind: 'object', properties: [], open: true };
    const properties: Property[] = [];
    for (const [name, raw] of Object.entries(asObject(props, `${where}/properties`))) {
      const propWhere = `${where}/properties/${name}`;
      const propSchema = asObject(raw, propWhere);
      const type = this.node(propSchema, file, propWhere);
      const { description, ...typeWithoutDescription } = type;
      const deprecatedFrom = optionalString(propSchema['deprecated_from_version'], `${propWhere}/deprecated_from_version`);
      properties.push({
        name,
        // The property carries the description; a ref keeps none of its own.
        type: typeWithoutDescription as TypeNode,
        required: propSchema['required'] === true,
        ...(description !== undefined ? { description } : {}),
        ...(deprecatedFrom !== undefined ? { deprecatedFrom } : {}),
      });
    }
    return { kind: 'object', properties, open: false };
  }

  private mergeAllOf(members: Json[], file: string, where: string): ObjectNode {
    const byName = new Map<string, Property>();
    const bases: string[] = [];
    members.forEach((member, i) => {
      const memberWhere = `${where}/${i}`;
      const node = this.node(asObject(member, memberWhere), file, memberWhere);
      if (node.kind === 'ref') bases.push(node.target);
      const object = this.asMergeableObject(node, memberWhere);
      for (const property of object.properties) {
        const previous = byName.get(property.name);
        // A later member refines an earlier one; a property required anywhere stays required.
        byName.set(property.name, previous ? { ...property, required: property.required || previous.required } : property);
      }
    });
    return { kind: 'object', properties: [...byName.values()], open: false, ...(bases.length > 0 ? { allOf: bases } : {}) };
  }

  private asMergeableObject(node: TypeNode, where: string): ObjectNode {
    if (node.kind === 'object') return node;
    if (node.kind === 'ref') return this.asMergeableObject(this.definition(node.target), `${where} → ${node.target}`);
    throw new Error(`${where}: allOf member is a ${node.kind}, only objects can be merged`);
  }
}

function primitive(schema: JsonObject, type: Primitive, where: string): TypeNode {
  const enumValues = schema['enum'];
  const enumNames = schema['enumNames'];
  let values: (string | number)[] | undefined;
  if (Array.isArray(enumValues)) {
    values = enumValues.map((value, i) => {
      const ok = type === 'string' ? typeof value === 'string' : typeof value === 'number';
      if (!ok) throw new Error(`${where}/enum/${i}: ${JSON.stringify(value)} is not a ${type}`);
      return value as string | number;
    });
  }
  let names: string[] | undefined;
  if (Array.isArray(enumNames)) {
    if (!values || enumNames.length !== values.length) throw new Error(`${where}: enumNames does not match enum`);
    names = enumNames.map((name, i) => {
      if (typeof name !== 'string') throw new Error(`${where}/enumNames/${i}: not a string`);
      return name;
    });
  }
  const format = optionalString(schema['format'], `${where}/format`);
  const numeric = type === 'integer' || type === 'number';
  return {
    kind: 'primitive',
    type,
    ...(format !== undefined ? { format } : {}),
    ...(values ? { enum: values } : {}),
    ...(names ? { enumNames: names } : {}),
    ...(numeric ? numberField('minimum', schema, where) : {}),
    ...(numeric ? numberField('maximum', schema, where) : {}),
    ...(type === 'string' ? numberField('minLength', schema, where) : {}),
    ...(type === 'string' ? numberField('maxLength', schema, where) : {}),
  };
}

function numberField<K extends string>(key: K, schema: JsonObject, where: string): Partial<Record<K, number>> {
  const value = optionalNumber(schema[key], `${where}/${key}`);
  return value === undefined ? {} : ({ [key]: value } as Partial<Record<K, number>>);
}

function asObject(value: unknown, where: string): JsonObject {
  if (!isObject(value)) throw new Error(`${where}: expected a schema object`);
  return value;
}

function expectTypeName(value: unknown, where: string): string {
  if (typeof value !== 'string') throw new Error(`${where}: expected a type name`);
  return value;
}
