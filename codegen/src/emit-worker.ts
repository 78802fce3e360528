import { parentPort } from 'node:worker_threads';
import type { JsonSchemaOut } from './emit/json-schema.js';
import type { VariantTable } from './ir/response-variants.js';
import type { SchemaIR } from './ir/types.js';
import type { GenerationContext } from './emit/header.js';
import { mark, takeMarks, type TimingMark } from './timings.js';

// The second thread of codegen (pipeline.ts): it starts while the main thread reads the schema
// and builds the IR, then emits every module but types.gen.ts (emitModules) and compiles its
// share of the declarations while the main thread compiles the rest.

export interface EmitJob {
  ir: SchemaIR;
  variants: VariantTable;
  context: GenerationContext;
  /** The project's schema/ folder: the curated tables. */
  curatedDir: string;
  /** This thread's share of the definitions for json-schema-to-typescript, if any. */
  declarations: Record<string, JsonSchemaOut> | undefined;
}

export type EmitResult =
  | { files: Map<string, string>; declarations: string | undefined; marks: TimingMark[] }
  | { error: string; stack: string | undefined };

const port = parentPort;
if (!port) throw new Error('emit-worker must run in a worker thread');
mark('worker started', 'worker');
const modules = Promise.all([import('./pipeline.js'), import('./emit/types.js')]);

port.once('message', async (job: EmitJob) => {
  mark('job received', 'worker');
  let result: EmitResult;
  try {
    const [{ emitModules }, { compileDeclarations }] = await modules;
    const files = await emitModules(job.ir, job.variants, job.context, job.curatedDir);
    mark('modules emitted', 'worker');
    const declarations = job.declarations === undefined ? undefined : await compileDeclarations(job.declarations);
    mark('declarations share compiled', 'worker');
    result = { files, declarations, marks: takeMarks() };
  } catch (error) {
    result = error instanceof Error ? { error: error.message, stack: error.stack } : { error: String(error), stack: undefined };
  }
  port.postMessage(result);
});
