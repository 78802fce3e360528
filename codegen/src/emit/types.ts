import type { ParamIR, SchemaIR } from '../ir/types.js';
import { header, type GenerationContext } from './header.js';
import { heritageOf } from './heritage.js';
import { methodDocUrl } from './jsdoc.js';
import { objectSchema, toJsonSchema, type JsonSchemaOut } from './json-schema.js';
import type { TypeNames } from './type-names.js';

// Kept here too for emitters that import them from this module.
export { typeNames, type TypeNames } from './type-names.js';

// Declarations of every definition (objects and unwrapped responses), every method's params and
// every method response variant, compiled by json-schema-to-typescript in one pass.

const ROOT = 'VktsSchemaRoot';
/** The name of the empty root interface every compile's output holds (see declarations-merge.ts). */
export const DECLARATIONS_ROOT = ROOT;

/** Definitions → declarations text, as compileDeclarations gives it; pipeline.ts splits it between two threads. */
export type DeclarationsCompiler = (definitions: Record<string, JsonSchemaOut>) => Promise<string>;

export async function emitTypes(ir: SchemaIR, names: TypeNames, context: GenerationContext, compile: DeclarationsCompiler = compileDeclarations): Promise<string> {
  const { definitions, owners, extendsClauses } = typeDefinitions(ir, names);
  const compiled = await compile(definitions);
  const body = indent(addExtendsClauses(stripCompilerNotes(stripRoot(compiled)), extendsClauses));
  checkNoNumberedDuplicates(body, owners);
  return header(context, 'TypeScript declarations of every schema definition, method params and response variant') + body;
}

interface TypeDefinitions {
  definitions: Record<string, JsonSchemaOut>;
  /** Type name → who produces it (a clash of two is an error). */
  owners: Map<string, string>;
  /** Interface name → its extends clause (`A, Omit<B, "k">`), for allOf definitions. */
  extendsClauses: Map<string, string>;
}

function typeDefinitions(ir: SchemaIR, names: TypeNames): TypeDefinitions {
  const definitions: Record<string, JsonSchemaOut> = {};
  const owners = new Map<string, string>();
  const extendsClauses = new Map<string, string>();
  const claim = (name: string, owner: string, schema: JsonSchemaOut): void => {
    const previous = owners.get(name);
    if (previous !== undefined) throw new Error(`type name ${name} is produced by both ${previous} and ${owner}`);
    owners.set(name, owner);
    definitions[name] = { title: name, ...schema };
  };

  for (const def of ir.definitions.values()) {
    const doc = [def.description, `Schema: \`${def.file}#/definitions/${def.name}\``].filter(Boolean).join('\n\n');
    const heritage = def.node.kind === 'object' ? heritageOf(def.node, ir.definitions, names.definition) : undefined;
    if (heritage !== undefined) {
      // The compiler declares the own properties; the extends clause is added to its output.
      extendsClauses.set(def.typeName, heritage.clauses.join(', '));
      claim(def.typeName, `definition ${def.name}`, { ...objectSchema({ kind: 'object', open: false, properties: heritage.own }, names.definition), description: doc });
      continue;
    }
    claim(def.typeName, `definition ${def.name}`, { ...toJsonSchema(def.node, names.definition), description: doc });
  }

  for (const method of ir.methods) {
    claim(names.params(method), `params of ${method.name}`, {
      ...objectSchema({ kind: 'object', open: false, properties: method.params.map(paramProperty) }, names.definition),
      description: [`Parameters of \`${method.name}\`.`, method.description, docsLine(method.name)]
        .filter(Boolean)
        .join('\n\n'),
    });
    for (const variant of method.responses) {
      const name = names.response(method, variant.key);
      const target = names.definition(variant.definition);
      // Most variants are named exactly like their definition (groups.get + extendedResponse →
      // groups_get_extended_response); the rest get an alias under the method's name.
      if (name === target) continue;
      claim(name, `${method.name} ${variant.key}`, {
        tsType: target,
        description: `Response of \`${method.name}\` (\`${variant.key}\`).\n\n${docsLine(method.name)}`,
      });
    }
  }

  return { definitions, owners, extendsClauses };
}

/**
 * The method's page as a plain line, not an `@see` tag: tsc parses every JSDoc comment holding
 * `@see` or `@link` (to resolve their references) in every consumer program, and these ~900
 * comments cost consumers ~1.5 MB of compiler heap. The editor shows the link either way (the
 * method's own hover, namespaces.gen.ts, does the same).
 */
function docsLine(method: string): string {
  return `Docs: ${methodDocUrl(method)}`;
}

export async function compileDeclarations(definitions: Record<string, JsonSchemaOut>): Promise<string> {
  // Loaded on first use, not when a thread starts (see pipeline.ts).
  const { compile } = await import('json-schema-to-typescript');
  const root: JsonSchemaOut = { title: ROOT, type: 'object', additionalProperties: false, properties: {}, definitions };
  return compile(root, ROOT, {
    // The schema handed over holds no $ref (a reference is a finished `tsType` name, see
    // json-schema.ts), so the $ref parser is told to skip the whole document instead of
    // crawling it twice, once for external refs and once to dereference, finding nothing.
    $refOptions: { resolve: { external: false }, dereference: { excludedPathMatcher: () => true } },
    bannerComment: '',
    format: false,
    unreachableDefinitions: true,
    additionalProperties: false,
    ignoreMinAndMaxItems: true,
    unknownAny: true,
    strictIndexSignatures: false,
    enableConstEnums: false,
    declareExternallyReferenced: true,
  });
}

function paramProperty(param: ParamIR) {
  return {
    name: param.name,
    type: param.type,
    required: param.required,
    ...(param.description !== undefined ? { description: param.description } : {}),
    ...(param.deprecatedFrom !== undefined ? { deprecatedFrom: param.deprecatedFrom } : {}),
  };
}

/** Removes the empty root interface the compiler needs as an entry point. */
function stripRoot(code: string): string {
  const pattern = new RegExp(`export interface ${ROOT} \\{\\s*\\}\\n?`);
  if (!pattern.test(code)) throw new Error(`json-schema-to-typescript output lacks the ${ROOT} entry`);
  return code.replace(pattern, '');
}

/** Adds each allOf definition's extends clause to the interface the compiler declared for it. */
function addExtendsClauses(code: string, clauses: ReadonlyMap<string, string>): string {
  let added = 0;
  const out = code.replace(/^export interface ([A-Za-z0-9_]+) \{/gm, (line, name: string) => {
    const clause = clauses.get(name);
    if (clause === undefined) return line;
    added += 1;
    return `export interface ${name} extends ${clause} {`;
  });
  if (added !== clauses.size) throw new Error(`extends clauses: ${clauses.size} expected, ${added} interfaces found`);
  return out;
}

/** Drops the compiler's "referenced by the root schema" note from every comment. */
function stripCompilerNotes(code: string): string {
  return code.replace(/\n \* ?\n \* This (?:interface|type) was referenced by `[A-Za-z]+`'s JSON-Schema\n \* via the `definition` "[A-Za-z0-9]+"\./g, '');
}

/**
 * Indents by brace depth and trims trailing spaces: the compiler's unformatted output is
 * valid but flat, and running a formatter over 30k lines would dominate codegen time.
 */
export function indent(code: string): string {
  let depth = 0;
  const out: string[] = [];
  for (const raw of code.split('\n')) {
    const line = raw.trimEnd();
    const isComment = /^\s*(\/\*\*|\*)/.test(line);
    const opens = isComment ? 0 : (line.match(/\{/g)?.length ?? 0);
    const closes = isComment ? 0 : (line.match(/\}/g)?.length ?? 0);
    const leadingCloses = isComment ? 0 : (/^\}+/.exec(line.trim())?.[0].length ?? 0);
    const level = Math.max(0, depth - leadingCloses);
    out.push(line === '' ? '' : '  '.repeat(level) + (isComment && line.startsWith('*') ? ` ${line}` : line));
    depth = Math.max(0, depth + opens - closes);
  }
  return out.join('\n');
}

/** json-schema-to-typescript renames a clashing name to `Name1`; every name must be ours. */
function checkNoNumberedDuplicates(code: string, owners: ReadonlyMap<string, string>): void {
  const exported = [...code.matchAll(/^export (?:type|interface) ([A-Za-z0-9_]+)/gm)].map((m) => m[1]!);
  const unexpected = exported.filter((name) => !owners.has(name));
  if (unexpected.length > 0) throw new Error(`unexpected generated type names: ${unexpected.slice(0, 10).join(', ')}`);
  const missing = [...owners.keys()].filter((name) => !exported.includes(name));
  if (missing.length > 0) throw new Error(`definitions without an exported type: ${missing.slice(0, 10).join(', ')}`);
}
