import { Worker } from 'node:worker_threads';
import type { EmitJob, EmitResult } from './emit-worker.js';
import { addMarks } from './timings.js';

export interface EmitWorker {
  /** Hands the worker its job and awaits what it emits. */
  run(job: EmitJob): Promise<{ files: Map<string, string>; declarations: string | undefined }>;
  /** Stops a worker that will get no job (its caller failed first). */
  stop(): void;
}

let prestarted: EmitWorker | undefined;

/**
 * Starts the worker ahead of `generate()` (which then takes it over), so that it starts up
 * while the caller is still verifying and reading the schema. Used by the CLI.
 */
export function prestartEmitWorker(): void {
  prestarted ??= spawnEmitWorker();
}

/** Starts the worker now, or takes over the prestarted one. */
export function startEmitWorker(): EmitWorker {
  const worker = prestarted ?? spawnEmitWorker();
  prestarted = undefined;
  return worker;
}

function spawnEmitWorker(): EmitWorker {
  // Run from source, the worker is a .ts file and needs the tsx loader like the caller; the
  // compiled build (see codegen/build.mjs) has it as plain JS beside this module.
  const fromSource = import.meta.url.endsWith('.ts');
  const url = new URL(fromSource ? './emit-worker.ts' : './emit-worker.js', import.meta.url);
  // Loader hooks registered in this thread do not reach workers, so a worker running our .ts
  // source registers tsx itself before importing it.
  const tsxApi = fromSource ? import.meta.resolve('tsx/esm/api') : undefined;
  const worker = tsxApi
    ? new Worker(`import(${JSON.stringify(tsxApi)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(url.href)}); });`, { eval: true })
    : new Worker(url);
  // An idle worker must not keep the process alive; it is held only while a job runs.
  worker.unref();
  const done = new Promise<{ files: Map<string, string>; declarations: string | undefined }>((resolve, reject) => {
    worker.once('message', (result: EmitResult) => {
      void worker.terminate();
      // The worker's error message as is (a registry or emitter error names what is wrong).
      if ('error' in result) reject(Object.assign(new Error(result.error), { stack: result.stack ?? result.error }));
      else {
        addMarks(result.marks);
        resolve({ files: result.files, declarations: result.declarations });
      }
    });
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`codegen worker exited with code ${code} before answering`)));
  });
  // Until a job is posted, a failed start must not surface as an unhandled rejection.
  done.catch(() => undefined);
  return {
    run(job) {
      worker.ref();
      worker.postMessage(job);
      return done;
    },
    stop() {
      void worker.terminate();
    },
  };
}
