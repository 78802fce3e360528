import type { MethodIR, ParamIR, SchemaIR } from '../ir/types.js';
import type { MethodVariants, VariantTable } from '../ir/response-variants.js';
import { header, type GenerationContext } from './header.js';
import { jsdoc } from './jsdoc.js';
import { propertyDoc } from './json-schema.js';
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

/**
 * `<Method>CallParams`: the params type a client method takes where it differs from the generated
 * params type: a client-filled param made optional, and each param a response-variant rule reads
 * made a type parameter (defaulting to the param's own type), so the method infers it from that
 * param alone. Interfaces, not intersections or `Omit`: the compiler then looks up only the keys a
 * call gives, where an intersection or a mapped type makes it resolve every param (`fields` alone
 * is a union of 118 names). Each lists the method's params, typed by indexing the generated params
 * type, rather than extending it: a type parameter whose constraint holds `undefined` cannot
 * override an optional param under exactOptionalPropertyTypes, and wrapping it (`K & {}`) spoils
 * the inference from a union value.
 */
function emitCallParams(methods: readonly MethodIR[], names: TypeNames, variants: VariantTable): string {
  const out: string[] = [];
  for (const method of methods) {
    const filled = CLIENT_FILLED.get(method.name);
    const rules = variants.get(method.name);
    const keys = rules && rules.rules.length > 0 ? variantKeys(method, rules) : [];
    if (!filled && keys.length === 0) continue;
    if (filled && !method.params.some((p) => p.name === filled.param)) throw new Error(`namespaces: ${method.name} has no param ${filled.param}`);
    const typeParams = keys.map((param) => `${pascal(param.name)} extends ${paramTypeOf(method, names, param)} = ${paramTypeOf(method, names, param)}`);
    const member = (param: ParamIR, doc: string, optional: boolean, type: string): string =>
      jsdoc(doc === '' ? [] : [doc], '  ') + `  ${param.name}${optional ? '?' : ''}: ${type};\n`;
    const members = method.params.map((param) => {
      if (keys.includes(param)) return member(param, propertyDoc(param), !param.required, pascal(param.name));
      const own = paramTypeOf(method, names, param);
      if (param.name === filled?.param) return member(param, filled.doc, true, own);
      // `& {}` drops the `undefined` that indexing an optional param adds.
      return member(param, propertyDoc(param), !param.required, param.required ? own : `${own} & {}`);
    });
    const about = [
      ...(filled ? [`\`${filled.param}\` may be left out`] : []),
      ...(keys.length > 0 ? [`${keys.map((p) => `\`${p.name}\``).join(' and ')} ${keys.length === 1 ? 'picks' : 'pick'} the response (schema/response-variants.json)`] : []),
    ];
    out.push(
      jsdoc([`Params of \`${method.name}\` as API clients take them: ${about.join('; ')}.`]) +
        `export interface ${callParamsTypeName(method.name)}${typeParams.length > 0 ? `<${typeParams.join(', ')}>` : ''} {\n${members.join('')}}\n`,
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
  const name = memberName(method);
  const response = (keys: readonly string[]): string => keys.map((key) => `T.${names.response(method, key)}`).join(' | ');
  if (!rules || rules.rules.length === 0) {
    return `${name}(params${q}: ${paramsType(method, names)}, options?: O): Promise<${response(rules ? rules.defaults : method.responses.map((r) => r.key))}>;`;
  }
  const keys = variantKeys(method, rules);
  const typeParams = keys.map((param) => `${pascal(param.name)} extends ${paramTypeOf(method, names, param)}${param.required ? '' : ' = undefined'}`);
  return (
    `${name}<${typeParams.join(', ')}>(params${q}: ${variantParamsType(method, keys)}, options?: O): ` +
    `Promise<${selectedResponse(rules, keys.map((param) => pascal(param.name)), response)}>;`
  );
}

/** The params the variant rules of a method read, in the order they are first read. */
function variantKeys(method: MethodIR, rules: MethodVariants): ParamIR[] {
  return [...new Set(rules.rules.flatMap((rule) => [...rule.when.keys()]))].map((key) => {
    const param = method.params.find((p) => p.name === key);
    if (!param) throw new Error(`namespaces: ${method.name} variant rule reads ${key}, which is not a param`);
    return param;
  });
}

/** The type of one param as the generated params type has it (`undefined` included when optional). */
function paramTypeOf(method: MethodIR, names: TypeNames, param: ParamIR): string {
  return `T.${names.params(method)}[${JSON.stringify(param.name)}]`;
}

function variantParamsType(method: MethodIR, keys: readonly ParamIR[]): string {
  return `${callParamsTypeName(method.name)}<${keys.map((param) => pascal(param.name)).join(', ')}>`;
}

/**
 * The response picked by the variant rules from the method's own type parameters, as
 * `ApiResponse` (select.ts) picks it from `ApiMethods[M]['variants']`, written out per method so
 * that a consumer's compiler resolves a few conditionals on the call's types instead of walking
 * the variants tuple: a rule the params surely meet gives its response; one they only might meet
 * (a `boolean`, an optional value) adds its response to what the later rules give.
 */
function selectedResponse(rules: MethodVariants, typeParams: readonly string[], response: (keys: readonly string[]) => string): string {
  const group = (type: string): string => (type.includes(' | ') ? `(${type})` : type);
  let result = group(response(rules.defaults));
  for (const rule of [...rules.rules].reverse()) {
    const when = [...rule.when].map(([param, value]) => ({ typeParam: pascal(param), type: value === '*' ? '{}' : value.map((v) => JSON.stringify(v)).join(' | ') }));
    const surely = `[${when.map((w) => w.typeParam).join(', ')}] extends [${when.map((w) => w.type).join(', ')}]`;
    const meets = when.map((w) => `Exclude<${w.typeParam}, undefined> & ${group(w.type)}`);
    // Might meet: no condition is impossible. For one condition `[X] extends [never]`; for several,
    // the tuple of their intersections with one `never` in it matches one of the `never` patterns.
    const never = when.length === 1 ? '[never]' : when.map((_, i) => `[${when.map((__, j) => (i === j ? 'never' : 'unknown')).join(', ')}]`).join(' | ');
    const might = `([${meets.join(', ')}] extends ${never} ? never : ${response([rule.key])})`;
    result = `${surely} ? ${response([rule.key])} : ${might} | ${result}`;
    if (rule !== rules.rules[0]) result = `(${result})`;
  }
  // The common call gives none of the keys: answered by the first check, the rules never instantiated.
  return `[${typeParams.join(', ')}] extends [${typeParams.map(() => 'undefined').join(', ')}] ? ${response(rules.defaults)} : ${result}`;
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
  const callParams = emitCallParams(ir.methods, names, variants);
  const parts: string[] = [
    "import type * as T from './types.gen.js';\n",
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
