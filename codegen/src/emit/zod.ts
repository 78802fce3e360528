import { zodName } from '../naming.js';
import type { MethodIR, ObjectNode, SchemaIR, TypeNode } from '../ir/types.js';
import type { TypeNames } from './type-names.js';
import { header, type GenerationContext } from './header.js';

// Zod validators for every definition, every method's params and response variants, each
// annotated with its generated TypeScript type (so the two cannot drift, and declaration files
// stay small). Objects from VK accept unknown extra keys (VK adds fields without notice); params
// objects are strict (an unknown param is a caller's mistake). Definitions are emitted in
// dependency order; a reference back into the current cycle goes through z.lazy.

interface Emitted {
  name: string;
  typeName: string;
  expr: string;
}

export function emitZod(ir: SchemaIR, names: TypeNames, context: GenerationContext): string {
  const order = dependencyOrder(ir);
  const emitted: Emitted[] = [];

  for (const { name, lazyRefs } of order) {
    const def = ir.definitions.get(name)!;
    const ref = (target: string): string => {
      const targetName = zodName(ir.definitions.get(target)!.typeName);
      return lazyRefs.has(target) ? `z.lazy(() => ${targetName})` : targetName;
    };
    emitted.push({ name: zodName(def.typeName), typeName: def.typeName, expr: zodExpr(def.node, ref, 'loose', def.typeName) });
  }

  const direct = (target: string): string => zodName(ir.definitions.get(target)!.typeName);
  for (const method of ir.methods) {
    const params: ObjectNode = {
      kind: 'object',
      open: false,
      properties: method.params.map((p) => ({ name: p.name, type: p.type, required: p.required })),
    };
    const paramsName = names.params(method);
    emitted.push({ name: zodName(paramsName), typeName: paramsName, expr: zodExpr(params, direct, 'strict', paramsName) });
    for (const variant of method.responses) {
      const alias = names.response(method, variant.key);
      const target = names.definition(variant.definition);
      if (alias !== target) emitted.push({ name: zodName(alias), typeName: alias, expr: zodName(target) });
    }
  }

  const body = emitted
    .map((e) => {
      const checked = /^(loose|strict)ObjectOf</.test(e.expr) ? e.expr : `schemaOf<T.${e.typeName}>(${e.expr})`;
      return `export const ${e.name}: z.ZodType<T.${e.typeName}> = ${checked};`;
    })
    .join('\n');
  return [
    header(context, 'zod validators for every definition, method params and response variant'),
    `import { z } from 'zod';`,
    `import type * as T from './types.gen.js';`,
    `import { looseObjectOf, schemaOf, strictObjectOf } from '../zod-shape.js';`,
    `import type { ApiMethods, ApiMethodName } from './methods.gen.js';`,
    '',
    body,
    '',
    methodValidators(ir.methods, names),
  ].join('\n');
}

function methodValidators(methods: readonly MethodIR[], names: TypeNames): string {
  const entries = methods.map((m) => {
    const responses = m.responses.map((r) => `${JSON.stringify(r.key)}: ${zodName(names.response(m, r.key))}`).join(', ');
    return `  ${JSON.stringify(m.name)}: { params: ${zodName(names.params(m))}, responses: { ${responses} } },`;
  });
  return [
    '/** Validators of every method: its params and each response variant by key. */',
    'export const apiValidators: {',
    '  readonly [M in ApiMethodName]: {',
    "    readonly params: z.ZodType<ApiMethods[M]['params']>;",
    "    readonly responses: { readonly [K in keyof ApiMethods[M]['responses']]: z.ZodType<ApiMethods[M]['responses'][K]> };",
    '  };',
    '} = {',
    ...entries,
    '};',
    '',
  ].join('\n');
}

type ObjectMode = 'loose' | 'strict';

/** `typeName`: the generated type a top-level object is checked against, property by property. */
export function zodExpr(node: TypeNode, ref: (definition: string) => string, mode: ObjectMode, typeName?: string): string {
  switch (node.kind) {
    case 'ref':
      return ref(node.target);
    case 'primitive': {
      if (node.enum) {
        if (node.type === 'string') return `z.enum(${JSON.stringify(node.enum)})`;
        return node.enum.length === 1 ? `z.literal(${JSON.stringify(node.enum[0])})` : `z.literal(${JSON.stringify(node.enum)})`;
      }
      if (node.type === 'boolean') return 'z.boolean()';
      if (node.type === 'string') {
        return `z.string()${node.minLength !== undefined ? `.min(${node.minLength})` : ''}${node.maxLength !== undefined ? `.max(${node.maxLength})` : ''}`;
      }
      const base = node.type === 'integer' ? 'z.number().int()' : 'z.number()';
      return `${base}${node.minimum !== undefined ? `.min(${node.minimum})` : ''}${node.maximum !== undefined ? `.max(${node.maximum})` : ''}`;
    }
    case 'array':
      return `z.array(${zodExpr(node.items, ref, mode)})`;
    case 'object': {
      if (node.open) return 'z.record(z.string(), z.unknown())';
      const fields = node.properties.map((p) => {
        const value = zodExpr(p.type, ref, 'loose');
        return `${JSON.stringify(p.name)}: ${p.required ? value : `${value}.optional()`}`;
      });
      if (typeName !== undefined) return `${mode === 'strict' ? 'strictObjectOf' : 'looseObjectOf'}<T.${typeName}>({ ${fields.join(', ')} })`;
      return `${mode === 'strict' ? 'z.strictObject' : 'z.looseObject'}({ ${fields.join(', ')} })`;
    }
    case 'union':
      return node.members.length === 1 ? zodExpr(node.members[0]!, ref, mode) : `z.union([${node.members.map((m) => zodExpr(m, ref, mode)).join(', ')}])`;
    case 'unknown':
      return 'z.unknown()';
  }
}

/** Definitions in an order where each one's eager references are already defined. */
function dependencyOrder(ir: SchemaIR): { name: string; lazyRefs: Set<string> }[] {
  const refsOf = (node: TypeNode, out: Set<string>): Set<string> => {
    switch (node.kind) {
      case 'ref':
        out.add(node.target);
        break;
      case 'array':
        refsOf(node.items, out);
        break;
      case 'object':
        node.properties.forEach((p) => refsOf(p.type, out));
        break;
      case 'union':
        node.members.forEach((m) => refsOf(m, out));
        break;
      default:
        break;
    }
    return out;
  };
  const state = new Map<string, 'visiting' | 'done'>();
  const order: { name: string; lazyRefs: Set<string> }[] = [];
  const visit = (name: string): void => {
    state.set(name, 'visiting');
    const lazyRefs = new Set<string>();
    for (const target of [...refsOf(ir.definitions.get(name)!.node, new Set())].sort()) {
      const s = state.get(target);
      if (s === 'visiting') lazyRefs.add(target);
      else if (s === undefined) visit(target);
    }
    state.set(name, 'done');
    order.push({ name, lazyRefs });
  };
  for (const name of ir.definitions.keys()) if (!state.has(name)) visit(name);
  return order;
}
