import { parentPort } from 'node:worker_threads';
import type { VariantTable } from './ir/response-variants.js';
import type { SchemaIR } from './ir/types.js';
import type { GenerationContext } from './emit/header.js';
import { mark, takeMarks, type TimingMark } from './timings.js';

// Loading ts-morph loads the whole TypeScript compiler (~0.3–0.5 s); this worker does that while
// the main thread reads the schema and builds the IR, then emits the ts-morph modules and every
// other module but types.gen.ts (pipeline.ts, emitModules) while the main thread runs
// json-schema-to-typescript.

export interface TsMorphJob {
  ir: SchemaIR;
  variants: VariantTable;
  context: GenerationContext;
  /** The project's schema/ folder: the curated tables. */
  curatedDir: string;
}

export type TsMorphResult = { files: Map<string, string>; marks: TimingMark[] } | { error: string; stack: string | undefined };

const port = parentPort;
if (!port) throw new Error('ts-morph-worker must run in a worker thread');
mark('worker started', 'worker');
const pipeline = import('./pipeline.js');

port.once('message', async (job: TsMorphJob) => {
  mark('job received', 'worker');
  let result: TsMorphResult;
  try {
    const files = await (await pipeline).emitModules(job.ir, job.variants, job.context, job.curatedDir);
    mark('modules emitted', 'worker');
    result = { files, marks: takeMarks() };
  } catch (error) {
    result = error instanceof Error ? { error: error.message, stack: error.stack } : { error: String(error), stack: undefined };
  }
  port.postMessage(result);
});
