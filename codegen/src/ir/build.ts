import { methodNamespace, definitionTypeName } from '../naming.js';
import { expectArray, expectObject, expectString, isObject, optionalString, type JsonObject } from './json.js';
import { Normaliser } from './normalise.js';
import { indexDefinitions, resolveRef } from './refs.js';
import type {
  DefinitionIR,
  ErrorIR,
  MethodIR,
  ParamIR,
  ParamWire,
  ResponseVariantIR,
  SchemaIR,
  SubcodeIR,
  TokenType,
  TypeNode,
} from './types.js';

/** Builds the IR from the (patched) schema files, keyed by path relative to the schema root. */
export function buildIR(files: ReadonlyMap<string, unknown>): SchemaIR {
  const index = indexDefinitions(files);
  const normaliser = new Normaliser(index);

  const definitions = new Map<string, DefinitionIR>();
  for (const [name, location] of [...index].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const kind = location.file.endsWith('/responses.json') ? 'response' : 'object';
    const where = `${location.file}#/definitions/${name}`;
    let node: TypeNode;
    let description = optionalString(location.schema['description'], `${where}/description`);
    if (kind === 'response') {
      // Every response definition wraps its value as {response: X}; the API client unwraps it,
      // so the generated type is X.
      const props = location.schema['properties'];
      if (!isObject(props) || Object.keys(props).length !== 1 || !isObject(props['response'])) {
        throw new Error(`${where}: a response definition must be {response: …}`);
      }
      node = normaliser.node(props['response'], location.file, `${where}/properties/response`);
      description ??= node.description;
    } else {
      node = normaliser.definition(name);
    }
    if (node.description !== undefined) {
      const { description: _omit, ...rest } = node;
      node = rest as TypeNode;
    }
    definitions.set(name, {
      name,
      typeName: definitionTypeName(name),
      kind,
      file: location.file,
      node,
      ...(description !== undefined ? { description } : {}),
    });
  }

  const methods: MethodIR[] = [];
  for (const [file, content] of [...files].sort(([a], [b]) => (a < b ? -1 : 1))) {
    if (!file.endsWith('/methods.json')) continue;
    const list = expectArray(expectObject(content, file)['methods'], `${file}/methods`);
    list.forEach((raw, i) => methods.push(buildMethod(expectObject(raw, `${file}/methods/${i}`), file, `${file}/methods/${i}`, normaliser, index)));
  }
  methods.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));

  const errorsFile = files.get('errors.json');
  if (errorsFile === undefined) throw new Error('errors.json is missing from the schema');
  return { definitions, methods, errors: buildErrors(expectObject(errorsFile, 'errors.json')) };
}

const TOKEN_TYPES: ReadonlySet<string> = new Set(['user', 'group', 'service', 'open']);

function buildMethod(
  raw: JsonObject,
  file: string,
  where: string,
  normaliser: Normaliser,
  index: ReturnType<typeof indexDefinitions>,
): MethodIR {
  const name = expectString(raw['name'], `${where}/name`);
  const at = `${file} ${name}`;
  const tokenTypes = expectArray(raw['access_token_type'] ?? [], `${at} access_token_type`).map((t) => {
    const token = expectString(t, `${at} access_token_type`);
    if (!TOKEN_TYPES.has(token)) throw new Error(`${at}: unknown access_token_type ${token}`);
    return token as TokenType;
  });

  const params = expectArray(raw['parameters'] ?? [], `${at} parameters`).map((p, i) =>
    buildParam(expectObject(p, `${at} parameters/${i}`), file, `${at} parameters/${i}`, normaliser),
  );

  const responses: ResponseVariantIR[] = Object.entries(expectObject(raw['responses'], `${at} responses`)).map(
    ([key, value]) => ({
      key,
      definition: resolveRef(expectString(expectObject(value, `${at} responses/${key}`)['$ref'], `${at} responses/${key}/$ref`), file, index),
    }),
  );
  if (responses.length === 0) throw new Error(`${at}: no responses`);

  const errors = expectArray(raw['errors'] ?? [], `${at} errors`).map((e, i) => {
    const ref = expectString(expectObject(e, `${at} errors/${i}`)['$ref'], `${at} errors/${i}/$ref`);
    const match = /^(?:\.\.\/)?errors\.json#\/errors\/([A-Za-z0-9_]+)$/.exec(ref);
    if (!match) throw new Error(`${at}: unsupported error $ref ${ref}`);
    return match[1]!;
  });

  const description = optionalString(raw['description'], `${at} description`);
  return {
    name,
    namespace: methodNamespace(name),
    ...(description !== undefined ? { description } : {}),
    tokenTypes,
    params,
    responses,
    errors,
  };
}

function buildParam(raw: JsonObject, file: string, where: string, normaliser: Normaliser): ParamIR {
  const name = expectString(raw['name'], `${where}/name`);
  const node = normaliser.node(raw, file, `${where} (${name})`);
  const { description, ...typeOnly } = node;
  let type = typeOnly as TypeNode;
  let wire: ParamWire = 'scalar';

  if (type.kind === 'array') {
    wire = 'list';
  } else if (type.kind === 'primitive' && type.type === 'boolean') {
    // VK takes booleans as 1/0; callers may write either, as VK's own docs do.
    wire = 'boolean';
    type = { kind: 'union', members: [type, { kind: 'primitive', type: 'integer', enum: [0, 1] }] };
  } else if (type.kind === 'primitive' && type.format === 'json') {
    // `format: json` strings describe their decoded value with `items`; accept that value or
    // the caller's own JSON text.
    wire = 'json';
    const items = raw['items'];
    if (isObject(items)) {
      type = { kind: 'union', members: [{ kind: 'array', items: normaliser.node(items, file, `${where}/items`) }, type] };
    }
  } else if (type.kind === 'ref' && refersToObject(type, normaliser)) {
    // e.g. messages.send keyboard: `type: string` plus a $ref to the object it encodes.
    wire = 'json';
    type = { kind: 'union', members: [type, { kind: 'primitive', type: 'string' }] };
  }

  const deprecatedFrom = optionalString(raw['deprecated_from_version'], `${where}/deprecated_from_version`);
  return {
    name,
    type,
    required: raw['required'] === true,
    wire,
    ...(description !== undefined ? { description } : {}),
    ...(deprecatedFrom !== undefined ? { deprecatedFrom } : {}),
  };
}

function refersToObject(node: TypeNode, normaliser: Normaliser): boolean {
  if (node.kind === 'ref') return refersToObject(normaliser.definition(node.target), normaliser);
  return node.kind === 'object' || (node.kind === 'union' && node.members.some((m) => refersToObject(m, normaliser)));
}

function buildErrors(root: JsonObject): ErrorIR[] {
  const subcodeDefs = expectObject(expectObject(root['definitions'], 'errors.json definitions')['subcodes'], 'errors.json definitions/subcodes');
  const errors = Object.entries(expectObject(root['errors'], 'errors.json errors')).map(([name, raw]) => {
    const where = `errors.json errors/${name}`;
    const value = expectObject(raw, where);
    const code = value['code'];
    if (typeof code !== 'number' || !Number.isInteger(code)) throw new Error(`${where}: code is not an integer`);
    const subcodes: SubcodeIR[] = expectArray(value['subcodes'] ?? [], `${where}/subcodes`).map((s, i) => {
      const ref = expectString(expectObject(s, `${where}/subcodes/${i}`)['$ref'], `${where}/subcodes/${i}/$ref`);
      const match = /^#\/definitions\/subcodes\/([A-Za-z0-9_]+)$/.exec(ref);
      const subName = match?.[1];
      const def = subName === undefined ? undefined : subcodeDefs[subName];
      if (subName === undefined || !isObject(def)) throw new Error(`${where}/subcodes/${i}: dangling subcode $ref ${ref}`);
      const subcode = def['subcode'];
      if (typeof subcode !== 'number') throw new Error(`${where}/subcodes/${i}: subcode ${subName} has no number`);
      const description = optionalString(def['description'], `${where}/subcodes/${subName}/description`);
      return { name: subName, subcode, ...(description !== undefined ? { description } : {}) };
    });
    return {
      name,
      code,
      description: expectString(value['description'], `${where}/description`),
      global: value['global'] === true,
      subcodes,
    };
  });
  const seen = new Map<number, string>();
  for (const e of errors) {
    const clash = seen.get(e.code);
    if (clash) throw new Error(`errors.json: ${clash} and ${e.name} share code ${e.code}`);
    seen.set(e.code, e.name);
  }
  return errors.sort((a, b) => a.code - b.code);
}
