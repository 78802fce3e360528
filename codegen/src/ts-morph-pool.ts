import { Worker } from 'node:worker_threads';
import type { TsMorphJob, TsMorphResult } from './ts-morph-worker.js';

/**
 * Starts the ts-morph worker now and returns a function that hands it the job and awaits its
 * files. Run from source, the worker is a .ts file and needs the tsx loader like the caller.
 */
export function startTsMorphWorker(): (job: TsMorphJob) => Promise<Map<string, string>> {
  const fromSource = import.meta.url.endsWith('.ts');
  const url = new URL(fromSource ? './ts-morph-worker.ts' : './ts-morph-worker.js', import.meta.url);
  // Loader hooks registered in this thread do not reach workers, so a worker running our .ts
  // source registers tsx itself before importing it.
  const tsxApi = fromSource ? import.meta.resolve('tsx/esm/api') : undefined;
  const worker = tsxApi
    ? new Worker(`import(${JSON.stringify(tsxApi)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(url.href)}); });`, { eval: true })
    : new Worker(url);
  const done = new Promise<Map<string, string>>((resolve, reject) => {
    worker.once('message', (result: TsMorphResult) => {
      void worker.terminate();
      if ('error' in result) reject(new Error(`ts-morph emitter failed: ${result.error}`));
      else resolve(result.files);
    });
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`ts-morph worker exited with code ${code} before answering`)));
  });
  // Until a job is posted, a failed start must not surface as an unhandled rejection.
  done.catch(() => undefined);
  return (job) => {
    worker.postMessage(job);
    return done;
  };
}
