import type { VariantTable } from '../ir/response-variants.js';
import type { MethodIR, SchemaIR } from '../ir/types.js';
import { header, type GenerationContext } from './header.js';
import { scalarKind } from './scalar-kind.js';
import { declarationDoc } from './declaration-doc.js';

// Runtime facts the API client and the fake VK read instead of a hand-written method list:
// token types, response keys, error codes and how every param is put on the wire.

export function emitMetadata(ir: SchemaIR, variants: VariantTable, context: GenerationContext): string {
  const errorCodes = new Map(ir.errors.map((e) => [e.name, e.code]));
  // Laid out as ts-morph printed it, so the file stays byte for byte what it was.
  const text =
    "import type { MethodMeta } from '../method-meta.js';\n" +
    "import type { ApiMethodName } from './methods.gen.js';\n" +
    declarationDoc(['Every method name of the schema, sorted.']) +
    `export const apiMethodNames: readonly ApiMethodName[] = [\n${ir.methods.map((m) => `    ${JSON.stringify(m.name)},\n`).join('')}  ];\n` +
    declarationDoc(['Runtime metadata of every method: token types, response keys, error codes, and how each param is serialised.']) +
    'export const apiMethodMeta: { readonly [M in ApiMethodName]: MethodMeta<M> } = ' +
    // JSON text, parsed once at load: V8 parses JSON far faster than the same data as an
    // object literal, which made this table most of what importing @vkts/types cost.
    `/* @__PURE__ */ JSON.parse(${jsonTemplate(ir.methods.map((m) => [m.name, methodEntry(m, ir, variants, errorCodes)]))});\n`;
  return header(context, 'runtime method metadata') + text;
}

/** A template literal of JSON text, one method a line (diffs stay readable). */
function jsonTemplate(entries: readonly (readonly [string, MetaEntry])[]): string {
  const lines = entries.map(([name, meta]) => `${JSON.stringify(name)}:${JSON.stringify(meta)}`);
  const text = `{\n${lines.join(',\n')}\n}`;
  // Inside a template literal these would not stay as they are in the JSON text.
  if (/[\\`]|\$\{/.test(text)) throw new Error('method metadata holds a backslash, a backtick or ${: it cannot be emitted as a template literal');
  return `\`${text}\``;
}

interface ParamEntry {
  wire: string;
  kind: string;
  required: boolean;
}

interface MetaEntry {
  name: string;
  tokenTypes: readonly string[];
  responseKeys: readonly string[];
  variants?: { rules: { key: string; when: Record<string, unknown> }[]; defaults: readonly string[] };
  errors: number[];
  params: Record<string, ParamEntry>;
}

function methodEntry(method: MethodIR, ir: SchemaIR, variants: VariantTable, errorCodes: ReadonlyMap<string, number>): MetaEntry {
  const table = variants.get(method.name);
  const codes = method.errors.map((name) => {
    const code = errorCodes.get(name);
    if (code === undefined) throw new Error(`${method.name}: error ${name} is not in errors.json`);
    return code;
  });
  const params: Record<string, ParamEntry> = {};
  for (const p of method.params) {
    const kind = p.type.kind === 'array' ? scalarKind(p.type.items, ir) : scalarKind(p.type, ir);
    params[p.name] = { wire: p.wire, kind, required: p.required };
  }
  return {
    name: method.name,
    tokenTypes: method.tokenTypes,
    responseKeys: method.responses.map((r) => r.key),
    // The same rules ApiResponse<M, P> applies at the type level, for runtime consumers
    // (the fake VK answering the variant a caller asked for, response validation).
    ...(table ? { variants: { rules: table.rules.map((r) => ({ key: r.key, when: Object.fromEntries(r.when) })), defaults: table.defaults } } : {}),
    errors: codes,
    params,
  };
}
