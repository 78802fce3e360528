import type { MethodIR, SchemaIR, TypeNode } from '../ir/types.js';
import type { VariantTable, WhenValue } from '../ir/response-variants.js';
import { header, type GenerationContext } from './header.js';
import { methodDocsUrl } from '../docs/urls.js';
import { methodDocUrl } from './jsdoc.js';
import { declarationDoc } from './declaration-doc.js';
import type { TypeNames } from './type-names.js';

// The one type map from method name to ApiMethodTypes<params, response, tokens, errors, variants, responses>.
// Generic call signatures (`ApiCall` in @vkts/types' select.ts, the API client's `call` and
// `paginate`) index it; the per-method client members are in namespaces.ts.

export function emitMethods(ir: SchemaIR, names: TypeNames, variants: VariantTable, context: GenerationContext): string {
  const codeOf = new Map(ir.errors.map((e) => [e.name, e.code]));
  const namespaces = [...new Set(ir.methods.map((m) => m.namespace).filter((n): n is string => n !== undefined))].sort();
  // Printed as ts-morph printed it (the generated files stay byte for byte what they were).
  const entries = ir.methods.map((method) => `  ${JSON.stringify(method.name)}: ${methodEntry(method, names, variants, codeOf)};\n`);
  const methodTypes =
    declarationDoc([
      'One method of `ApiMethods`: params `P`, response `R` (picked by `V` from the params given, else `R`),',
      'token types `K`, error codes `E`, response variants `V` and every response by schema key `S`.',
      'A generic with defaults, so the 566 entries name only what differs (a quarter of the nodes',
      'every consumer program parses, see bench/RESULTS.md, section typecheck).',
    ]) +
    'export interface ApiMethodTypes<P, R, K, E = ApiGlobalErrorCode, V extends readonly unknown[] = [], S = { "response": R }> {\n' +
    '  params: P;\n  response: R;\n  variants: V;\n  responses: S;\n  errors: E;\n  tokens: K;\n}\n\n';
  const text =
    "import type * as T from './types.gen.js';\n" +
    "import type { ApiGlobalErrorCode } from './errors.gen.js';\n\n" +
    methodTypes +
    declarationDoc([
      'Every VK API method: its params, its response (picked by `variants` from the params given,',
      'else `response`), every response variant by key, the error codes it can return (its own and',
      'the global ones), and the token types that may call it. Each method is documented on its',
      'client member (`ApiNamespaces` in namespaces.gen.ts), which is what hovers show.',
    ]) +
    `export interface ApiMethods {\n${entries.join('')}}\n\n` +
    declarationDoc(['Name of any VK API method.']) +
    'export type ApiMethodName = keyof ApiMethods;\n' +
    declarationDoc(['Method namespaces (`groups`, `messages`, …), derived from the method names.']) +
    `export type ApiNamespaceName = ${namespaces.map((n) => JSON.stringify(n)).join(' | ')};\n` +
    emitMethodNameSets(ir, variants);
  return header(context, 'the ApiMethods type map') + text;
}

// The method-name sets generic calls constrain `M` to, listed by name. Derived with mapped types
// they cost every consumer whose compiler checks declarations (skipLibCheck false) one
// instantiation of every method's params and response: 60,000 instantiations, about a second
// (bench/RESULTS.md, section typecheck). test/types/method-sets.test-d.ts pins each list to
// the mapped type it replaces.

function emitMethodNameSets(ir: SchemaIR, variants: VariantTable): string {
  const union = (methods: readonly MethodIR[]): string => methods.map((m) => JSON.stringify(m.name)).join(' | ') || 'never';
  return (
    declarationDoc(['Methods whose params are all optional: callable without params.']) +
    `export type ApiMethodWithoutRequiredParams = ${union(ir.methods.filter((m) => m.params.every((p) => !p.required)))};\n` +
    declarationDoc(['Methods that take `count` and `offset` and answer `{ count, items }` (by default): what `paginate` accepts.']) +
    `export type ApiPaginatedMethodName = ${union(ir.methods.filter((m) => isPaginated(m, ir, variants)))};\n`
  );
}

function isPaginated(method: MethodIR, ir: SchemaIR, table: VariantTable): boolean {
  const names = new Set(method.params.map((p) => p.name));
  if (!names.has('count') || !names.has('offset')) return false;
  const keys = table.get(method.name)?.defaults ?? method.responses.map((r) => r.key);
  return keys.some((key) => {
    const response = method.responses.find((r) => r.key === key);
    const node = response && ir.definitions.get(response.definition)?.node;
    return node !== undefined && isPage(node, ir);
  });
}

/** `{ count: number, items: T[] }`, both required, after following `$ref`s. */
function isPage(node: TypeNode, ir: SchemaIR): boolean {
  const object = resolve(node, ir);
  if (object?.kind !== 'object') return false;
  const count = object.properties.find((p) => p.name === 'count');
  const items = object.properties.find((p) => p.name === 'items');
  const countType = count && resolve(count.type, ir);
  const itemsType = items && resolve(items.type, ir);
  return (
    count?.required === true &&
    items?.required === true &&
    countType?.kind === 'primitive' &&
    (countType.type === 'integer' || countType.type === 'number') &&
    itemsType?.kind === 'array'
  );
}

function resolve(node: TypeNode, ir: SchemaIR): TypeNode | undefined {
  let current: TypeNode | undefined = node;
  for (let depth = 0; current?.kind === 'ref' && depth < 20; depth++) current = ir.definitions.get(current.target)?.node;
  return current;
}

export function methodDoc(method: MethodIR, errors: ReadonlyMap<string, { code: number; description: string }>): string {
  const lines: string[] = [];
  if (method.description) lines.push(method.description, '');
  lines.push(`Token types: ${method.tokenTypes.length > 0 ? method.tokenTypes.join(', ') : 'none listed in the schema'}.`);
  if (method.errors.length > 0) {
    lines.push('', 'Errors (besides the global ones):');
    for (const name of method.errors) {
      const e = errors.get(name);
      lines.push(`- ${e?.code ?? '?'} \`${name}\`${e ? `: ${e.description}` : ''}`);
    }
  }
  // VK's page and ours (params, variants, errors and patches in one place) as plain lines, not
  // `@see` tags: tsc parses every JSDoc comment holding `@see` or `@link` in every consumer
  // program, and the tags on the 566 members cost each consumer's compiler ~1.2 MB of heap
  // (bench/RESULTS.md, section typecheck). Editors show and link the URLs either way.
  lines.push('', `VK: ${methodDocUrl(method.name)}`, `Guide: ${methodDocsUrl(method.name)}`);
  return lines.join('\n').replace(/\*\//g, '*\\/');
}

function methodEntry(method: MethodIR, names: TypeNames, table: VariantTable, codeOf: ReadonlyMap<string, number>): string {
  const variant = (key: string): string => `T.${names.response(method, key)}`;
  const rules = table.get(method.name);
  const defaults = rules ? rules.defaults : method.responses.map((r) => r.key);
  const response = defaults.map(variant).join(' | ');
  const tuple = (rules?.rules ?? []).map((r) => `[${whenType(r.when)}, ${variant(r.key)}]`);
  const onlyResponse = method.responses.length === 1 && method.responses[0]!.key === 'response' && variant('response') === response;
  // ApiMethodTypes<P, R, K, E, V, S>: trailing arguments equal to their defaults are left out.
  const args: (string | undefined)[] = [
    `T.${names.params(method)}`,
    response,
    method.tokenTypes.length > 0 ? method.tokenTypes.map((t) => JSON.stringify(t)).join(' | ') : 'never',
    method.errors.length > 0 ? `ApiGlobalErrorCode | ${codesOf(method, codeOf)}` : undefined,
    tuple.length > 0 ? `[${tuple.join(', ')}]` : undefined,
    onlyResponse ? undefined : `{ ${method.responses.map((r) => `${JSON.stringify(r.key)}: ${variant(r.key)}`).join('; ')} }`,
  ];
  const fallbacks = [undefined, undefined, undefined, 'ApiGlobalErrorCode', '[]', `{ "response": ${response} }`];
  while (args.length > 3 && args[args.length - 1] === undefined) args.pop();
  return `ApiMethodTypes<${args.map((a, i) => a ?? fallbacks[i]!).join(', ')}>`;
}

function codesOf(method: MethodIR, codeOf: ReadonlyMap<string, number>): string {
  return method.errors
    .map((name) => {
      const code = codeOf.get(name);
      if (code === undefined) throw new Error(`${method.name}: error ${name} is not in errors.json`);
      return String(code);
    })
    .join(' | ');
}

function whenType(when: ReadonlyMap<string, WhenValue>): string {
  const parts = [...when].map(([param, value]) => {
    // `{}` is any non-nullish value: "the param is given".
    const type = value === '*' ? '{}' : value.map((v) => JSON.stringify(v)).join(' | ');
    return `${JSON.stringify(param)}: ${type}`;
  });
  return `{ ${parts.join('; ')} }`;
}
