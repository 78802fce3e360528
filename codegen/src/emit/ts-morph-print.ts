import { createRequire } from 'node:module';
import type { SourceFileStructure, StatementStructures, WriterFunction } from 'ts-morph';

let loaded: typeof import('ts-morph') | undefined;

/**
 * ts-morph, loaded on first use: loading it loads the whole TypeScript compiler (~0.3–0.5 s),
 * which only the worker thread should pay (see ts-morph-worker.ts). It is loaded with require:
 * it is CommonJS, and importing it from ESM makes Node scan its 1 MB entry for export names first.
 */
export function tsMorph(): typeof import('ts-morph') {
  loaded ??= createRequire(import.meta.url)('ts-morph') as typeof import('ts-morph');
  return loaded;
}

/**
 * The text of a module built from its ts-morph structure: what `Project.createSourceFile` (with
 * two-space indentation and single quotes) would hold, without parsing the printed text back
 * into a TypeScript AST, which made these emitters the slowest step of codegen.
 */
export function printModule(statements: readonly (string | WriterFunction | StatementStructures)[]): string {
  const { StructureKind, printStructure } = tsMorph();
  const structure: SourceFileStructure = { kind: StructureKind.SourceFile, statements: [...statements] };
  return printStructure(structure, { indentNumberOfSpaces: 2, useSingleQuote: true, newLine: '\n' });
}
