import { methodParamsTypeName, methodResponseTypeName } from '../naming.js';
import type { MethodIR, SchemaIR } from '../ir/types.js';

// The names every emitter gives to definitions, params and response variants. Apart from
// types.ts so the emitters of the other modules need nothing of json-schema-to-typescript.

export interface TypeNames {
  /** Definition name → type name. */
  definition(name: string): string;
  params(method: MethodIR): string;
  /** The name a method's response variant is exported under. */
  response(method: MethodIR, key: string): string;
}

export function typeNames(ir: SchemaIR): TypeNames {
  const definition = (name: string): string => {
    const def = ir.definitions.get(name);
    if (!def) throw new Error(`unknown definition ${name}`);
    return def.typeName;
  };
  return {
    definition,
    params: (method) => methodParamsTypeName(method.name),
    response: (method, key) => methodResponseTypeName(method.name, key),
  };
}
