import { parentPort } from 'node:worker_threads';
import type { VariantTable } from './ir/response-variants.js';
import type { SchemaIR } from './ir/types.js';
import type { GenerationContext } from './emit/header.js';
// Importing ts-morph loads the whole TypeScript compiler (~0.5 s); this worker does that while
// the main thread reads the schema and builds the IR, then emits the ts-morph modules while the
// main thread runs json-schema-to-typescript and the zod emitter.
import { emitTsMorphModules } from './emit/ts-morph-modules.js';

export interface TsMorphJob {
  ir: SchemaIR;
  variants: VariantTable;
  context: GenerationContext;
}

export type TsMorphResult = { files: Map<string, string> } | { error: string };

const port = parentPort;
if (!port) throw new Error('ts-morph-worker must run in a worker thread');
port.once('message', (job: TsMorphJob) => {
  let result: TsMorphResult;
  try {
    result = { files: emitTsMorphModules(job.ir, job.variants, job.context) };
  } catch (error) {
    result = { error: error instanceof Error ? (error.stack ?? error.message) : String(error) };
  }
  port.postMessage(result);
});
