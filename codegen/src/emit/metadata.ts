import type { WriterFunction } from 'ts-morph';
import type { VariantTable } from '../ir/response-variants.js';
import type { MethodIR, SchemaIR } from '../ir/types.js';
import { header, type GenerationContext } from './header.js';
import { scalarKind } from './scalar-kind.js';
import { printModule, tsMorph } from './ts-morph-print.js';

// Runtime facts the API client and the fake VK read instead of a hand-written method list:
// token types, response keys, error codes and how every param is put on the wire.

export function emitMetadata(ir: SchemaIR, variants: VariantTable, context: GenerationContext): string {
  const errorCodes = new Map(ir.errors.map((e) => [e.name, e.code]));
  // One structure printed once (see ts-morph-print.ts).
  const { StructureKind, VariableDeclarationKind } = tsMorph();
  const text = printModule([
    { kind: StructureKind.ImportDeclaration, isTypeOnly: true, moduleSpecifier: '../method-meta.js', namedImports: ['MethodMeta'] },
    { kind: StructureKind.ImportDeclaration, isTypeOnly: true, moduleSpecifier: './methods.gen.js', namedImports: ['ApiMethodName'] },
    {
      kind: StructureKind.VariableStatement,
      isExported: true,
      declarationKind: VariableDeclarationKind.Const,
      docs: ['Every method name of the schema, sorted.'],
      declarations: [
        {
          name: 'apiMethodNames',
          type: 'readonly ApiMethodName[]',
          initializer: (writer) => {
            writer.write('[').newLine();
            writer.indent(() => ir.methods.forEach((m) => writer.writeLine(`${JSON.stringify(m.name)},`)));
            writer.write(']');
          },
        },
      ],
    },
    {
      kind: StructureKind.VariableStatement,
      isExported: true,
      declarationKind: VariableDeclarationKind.Const,
      docs: ['Runtime metadata of every method: token types, response keys, error codes, and how each param is serialised.'],
      declarations: [
        {
          name: 'apiMethodMeta',
          type: '{ readonly [M in ApiMethodName]: MethodMeta<M> }',
          initializer: (writer) => {
            writer.write('{').newLine();
            writer.indent(() => ir.methods.forEach((m) => methodEntry(m, ir, variants, errorCodes)(writer)));
            writer.write('}');
          },
        },
      ],
    },
  ]);
  return header(context, 'runtime method metadata') + text;
}

function methodEntry(method: MethodIR, ir: SchemaIR, variants: VariantTable, errorCodes: ReadonlyMap<string, number>): WriterFunction {
  return (writer) => {
    writer.write(`${JSON.stringify(method.name)}: {`).newLine();
    writer.indent(() => {
      writer.writeLine(`name: ${JSON.stringify(method.name)},`);
      writer.writeLine(`tokenTypes: ${JSON.stringify(method.tokenTypes)},`);
      writer.writeLine(`responseKeys: ${JSON.stringify(method.responses.map((r) => r.key))},`);
      const table = variants.get(method.name);
      if (table) {
        // The same rules ApiResponse<M, P> applies at the type level, for runtime consumers
        // (the fake VK answering the variant a caller asked for, response validation).
        const rules = table.rules.map((r) => ({ key: r.key, when: Object.fromEntries(r.when) }));
        writer.writeLine(`variants: { rules: ${JSON.stringify(rules)}, defaults: ${JSON.stringify(table.defaults)} },`);
      }
      const codes = method.errors.map((name) => {
        const code = errorCodes.get(name);
        if (code === undefined) throw new Error(`${method.name}: error ${name} is not in errors.json`);
        return code;
      });
      writer.writeLine(`errors: ${JSON.stringify(codes)},`);
      if (method.params.length === 0) {
        writer.writeLine('params: {},');
        return;
      }
      writer.write('params: {').newLine();
      writer.indent(() => {
        for (const p of method.params) {
          const kind = p.type.kind === 'array' ? scalarKind(p.type.items, ir) : scalarKind(p.type, ir);
          writer.writeLine(`${JSON.stringify(p.name)}: { wire: ${JSON.stringify(p.wire)}, kind: ${JSON.stringify(kind)}, required: ${p.required} },`);
        }
      });
      writer.writeLine('},');
    });
    writer.writeLine('},');
  };
}
