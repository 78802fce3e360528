import type { MethodIR, SchemaIR } from '../ir/types.js';
import type { MethodVariants, VariantTable } from '../ir/response-variants.js';
import { header, type GenerationContext } from './header.js';
import { jsdoc } from './jsdoc.js';
import { methodDoc } from './methods.js';
import type { TypeNames } from './type-names.js';

// The client's method surface as plain interfaces, one member per method (as octokit generates
// its method types), so that a consumer's compiler resolves `api.groups.getById` by looking a
// member up instead of mapping 566 method names through template literals, and so that
// hovers carry each method's description, token types and links (VK's page and the guide).
//
// A method with one response takes its params type itself: an object literal is then
// excess-property checked by TypeScript, which names a misspelled key and suggests the right
// one. A method whose response depends on params (schema/response-variants.json) gets one type
// parameter per param the variant rules read, inferred from that param alone; the rest of the
// object literal is still checked against the params type.

/** Params a client fills in when they are left out (the generated params type requires them). */
const CLIENT_FILLED: ReadonlyMap<string, { param: string; doc: string }> = new Map([
  [
    'messages.send',
    {
      param: 'random_id',
      doc: 'Unique (per sender) ID that keeps VK from sending the message twice. Left out, the client fills in a random one.',
    },
  ],
]);

function pascal(name: string): string {
  return name
    .split(/[_.]/)
    .filter((part) => part !== '')
    .map((part) => part[0]!.toUpperCase() + part.slice(1))
    .join('');
}

/** The name of the client-facing params type of a method with client-filled params. */
export function callParamsTypeName(method: string): string {
  return `${pascal(method)}CallParams`;
}

function paramsType(method: MethodIR, names: TypeNames): string {
  return CLIENT_FILLED.has(method.name) ? callParamsTypeName(method.name) : `T.${names.params(method)}`;
}

function emitCallParams(methods: readonly MethodIR[], names: TypeNames): string {
  const out: string[] = [];
  for (const [name, { param, doc }] of CLIENT_FILLED) {
    const method = methods.find((m) => m.name === name);
    if (!method) continue; // a schema without the method (the test fixtures)
    if (!method.params.some((p) => p.name === param)) throw new Error(`namespaces: ${name} has no param ${param}`);
    const base = `T.${names.params(method)}`;
    out.push(
      jsdoc([`Params of \`${name}\` as API clients take them: \`${param}\` may be left out.`]) +
        `export interface ${callParamsTypeName(name)} extends Omit<${base}, ${JSON.stringify(param)}> {\n` +
        jsdoc([doc], '  ') +
        `  ${param}?: ${base}[${JSON.stringify(param)}];\n}\n`,
    );
  }
  return out.join('\n');
}

function memberName(method: MethodIR): string {
  const name = method.name.slice((method.namespace ?? '').length + 1);
  return /^[A-Za-z_$][\w$]*$/.test(name) ? name : JSON.stringify(name);
}

function isOptional(method: MethodIR): boolean {
  return method.params.every((p) => !p.required || CLIENT_FILLED.get(method.name)?.param === p.name);
}

/** `name(params, options?): Promise<Response>`, or its generic form for a method with response variants. */
function signature(method: MethodIR, names: TypeNames, rules: MethodVariants | undefined): string {
  const q = isOptional(method) ? '?' : '';
  const params = paramsType(method, names);
  const name = memberName(method);
  if (!rules || rules.rules.length === 0) {
    const keys = rules ? rules.defaults : method.responses.map((r) => r.key);
    const response = keys.map((key) => `T.${names.response(method, key)}`).join(' | ');
    return `${name}(params${q}: ${params}, options?: O): Promise<${response}>;`;
  }
  const keys = [...new Set(rules.rules.flatMap((rule) => [...rule.when.keys()]))];
  const typeParams: string[] = [];
  const picked: string[] = [];
  const given: string[] = [];
  for (const key of keys) {
    const param = method.params.find((p) => p.name === key);
    if (!param) throw new Error(`namespaces: ${method.name} variant rule reads ${key}, which is not a param`);
    const typeParam = pascal(key);
    const constraint = `${params}[${JSON.stringify(key)}]`;
    typeParams.push(param.required ? `${typeParam} extends ${constraint}` : `${typeParam} extends ${constraint} = undefined`);
    picked.push(`${param.required ? key : `${key}?`}: ${typeParam}`);
    given.push(`${key}: ${typeParam}`);
  }
  return (
    `${name}<${typeParams.join(', ')}>(params${q}: ${params} & { ${picked.join('; ')} }, options?: O): ` +
    `Promise<ApiResponse<${JSON.stringify(method.name)}, { ${given.join('; ')} }>>;`
  );
}

function namespaceInterfaceName(namespace: string): string {
  return `Api${pascal(namespace)}Namespace`;
}

export function emitNamespaces(ir: SchemaIR, names: TypeNames, variants: VariantTable, context: GenerationContext): string {
  const errorInfo = new Map(ir.errors.map((e) => [e.name, e]));
  const byNamespace = new Map<string, MethodIR[]>();
  for (const method of ir.methods) {
    if (method.namespace === undefined) continue;
    const list = byNamespace.get(method.namespace) ?? [];
    list.push(method);
    byNamespace.set(method.namespace, list);
  }
  const namespaces = [...byNamespace.keys()].sort();
  const callParams = emitCallParams(ir.methods, names);
  const parts: string[] = [
    "import type * as T from './types.gen.js';\nimport type { ApiResponse } from '../select.js';\n",
    ...(callParams === '' ? [] : [callParams]),
  ];
  for (const namespace of namespaces) {
    const methods = byNamespace.get(namespace) ?? [];
    const members = methods.map((method) => jsdoc([methodDoc(method, errorInfo)], '  ') + `  ${signature(method, names, variants.get(method.name))}\n`);
    parts.push(
      jsdoc([`The \`${namespace}.*\` methods. \`O\` is the client's per-call options type.`]) +
        `export interface ${namespaceInterfaceName(namespace)}<O> {\n${members.join('')}}\n`,
    );
  }
  parts.push(
    jsdoc(['Every method namespace of the API, as a client exposes them: `api.groups.getById(params, options?)`.']) +
      `export interface ApiNamespaces<O> {\n${namespaces
        .map((namespace) => jsdoc([`The \`${namespace}.*\` methods.`], '  ') + `  readonly ${namespace}: ${namespaceInterfaceName(namespace)}<O>;\n`)
        .join('')}}\n`,
  );
  return header(context, 'the client method interfaces, one per namespace') + parts.join('\n');
}
