import type { VariantTable } from '../ir/response-variants.js';
import type { SchemaIR } from '../ir/types.js';
import type { GenerationContext } from './header.js';
import { emitMetadata } from './metadata.js';
import { emitMethods } from './methods.js';
import { emitNamespaces } from './namespaces.js';
import { typeNames } from './type-names.js';

/** The modules ts-morph builds: the ApiMethods map, the client namespace interfaces and the runtime metadata. */
export function emitTsMorphModules(ir: SchemaIR, variants: VariantTable, context: GenerationContext): Map<string, string> {
  const names = typeNames(ir);
  return new Map([
    ['methods.gen.ts', emitMethods(ir, names, variants, context)],
    ['metadata.gen.ts', emitMetadata(ir, variants, context)],
    ['namespaces.gen.ts', emitNamespaces(ir, names, variants, context)],
  ]);
}
