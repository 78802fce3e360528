// The normalised intermediate representation: the VK dialect (boolean `required`, `$ref`
// with siblings, allOf, type arrays, …) is resolved here once so every emitter sees plain,
// closed shapes.

export type Primitive = 'string' | 'integer' | 'number' | 'boolean';

interface NodeBase {
  description?: string;
}

export interface RefNode extends NodeBase {
  kind: 'ref';
  /** Definition name in the schema (`groups_group_full`). */
  target: string;
}

export interface PrimitiveNode extends NodeBase {
  kind: 'primitive';
  type: Primitive;
  format?: string;
  enum?: readonly (string | number)[];
  enumNames?: readonly string[];
  minimum?: number;
  maximum?: number;
  minLength?: number;
  maxLength?: number;
}

export interface ArrayNode extends NodeBase {
  kind: 'array';
  items: TypeNode;
  minItems?: number;
  maxItems?: number;
}

export interface Property {
  name: string;
  type: TypeNode;
  required: boolean;
  description?: string;
  deprecatedFrom?: string;
}

export interface ObjectNode extends NodeBase {
  kind: 'object';
  properties: Property[];
  /** A bare `{type: object}` with no properties: any JSON object. */
  open: boolean;
  /**
   * An allOf's `$ref` members (definition names, in order). Their properties are already merged
   * into `properties`; the declarations extend these definitions instead of repeating them.
   */
  allOf?: string[];
}

export interface UnionNode extends NodeBase {
  kind: 'union';
  members: TypeNode[];
}

export interface UnknownNode extends NodeBase {
  kind: 'unknown';
}

export type TypeNode = RefNode | PrimitiveNode | ArrayNode | ObjectNode | UnionNode | UnknownNode;

export type DefinitionKind = 'object' | 'response';

export interface DefinitionIR {
  /** Schema name, e.g. `groups_group_full`. */
  name: string;
  typeName: string;
  kind: DefinitionKind;
  /** Schema file relative to the schema root, e.g. `groups/objects.json`. */
  file: string;
  node: TypeNode;
  description?: string;
}

/** How a param travels on the wire in a form-urlencoded body. */
export type ParamWire = 'scalar' | 'boolean' | 'list' | 'json';

export interface ParamIR {
  name: string;
  type: TypeNode;
  required: boolean;
  wire: ParamWire;
  description?: string;
  deprecatedFrom?: string;
}

export type TokenType = 'user' | 'group' | 'service' | 'open';

export interface ResponseVariantIR {
  key: string;
  /** Definition name the variant points at. */
  definition: string;
}

export interface MethodIR {
  name: string;
  /** `groups` for `groups.get`; undefined for top-level methods such as `execute`. */
  namespace: string | undefined;
  description?: string;
  tokenTypes: TokenType[];
  params: ParamIR[];
  responses: ResponseVariantIR[];
  /** Keys into errors.json `errors`, e.g. `api_error_access`. */
  errors: string[];
}

export interface SubcodeIR {
  name: string;
  subcode: number;
  description?: string;
}

export interface ErrorIR {
  /** Key in errors.json, e.g. `api_error_access`. */
  name: string;
  code: number;
  description: string;
  global: boolean;
  subcodes: SubcodeIR[];
}

export interface SchemaIR {
  definitions: Map<string, DefinitionIR>;
  methods: MethodIR[];
  errors: ErrorIR[];
}
