import path from 'node:path';
import { buildIR } from './ir/build.js';
import { methodParamsTypeName } from './naming.js';
import { checkVariantTable, loadVariantTable, type VariantTable } from './ir/response-variants.js';
import type { SchemaIR } from './ir/types.js';
import { applyPatches, loadPatches } from './patches/index.js';
import { readSchemaFiles } from './schema-source/index.js';
import { collectNamedEnums, emitEnums } from './emit/enums.js';
import { emitErrors } from './emit/errors.js';
import { emitEventTypes, emitEventValidators } from './emit/events.js';
import { checkEventRegistry, loadEventRegistry } from './ir/events.js';
import type { GenerationContext } from './emit/header.js';
import { emitTsMorphModules } from './emit/ts-morph-modules.js';
import { startTsMorphWorker } from './ts-morph-pool.js';
import { emitTypes, typeNames } from './emit/types.js';
import { emitUserLongPoll } from './emit/user-longpoll.js';
import { emitSettings } from './emit/settings.js';
import { checkUserLongPollRegistry, loadUserLongPollRegistry } from './ir/user-longpoll.js';
import { emitZod } from './emit/zod.js';
import { mark } from './timings.js';
import { emitUploads } from './uploads/emit.js';
import { checkUploadRegistry, loadUploadRegistry } from './uploads/registry.js';

// load → patch → IR → emitters. Returns file contents keyed by path relative to the output
// folder; writing and drift checking are the CLI's job.

export interface GenerateOptions {
  /** Folder holding the schema JSON (verified copy or an explicit override). */
  schemaDir: string;
  /** The project's schema/ folder: patches/ and the curated tables. */
  curatedDir: string;
  /** The schema's bytes as already read and verified (`resolveSchemaDir`); else read from `schemaDir`. */
  schemaContents?: ReadonlyMap<string, Uint8Array> | undefined;
  context: GenerationContext;
}

export interface Generated {
  ir: SchemaIR;
  files: Map<string, string>;
  patchesApplied: number;
}

export async function loadPatchedIR(
  schemaDir: string,
  curatedDir: string,
  schemaContents?: ReadonlyMap<string, Uint8Array>,
): Promise<{ ir: SchemaIR; patchesApplied: number }> {
  const raw = await readSchemaFiles(schemaDir, schemaContents);
  mark('schema parsed');
  const patches = await loadPatches(path.join(curatedDir, 'patches'));
  const { files } = applyPatches(raw, patches);
  mark('patched');
  const ir = buildIR(files);
  mark('IR built');
  return { ir, patchesApplied: patches.length };
}

export async function generate(options: GenerateOptions): Promise<Generated> {
  // Two threads: a worker (see ts-morph-worker.ts) loads ts-morph while this one builds the IR,
  // then emits every module but types.gen.ts (emitModules below) while this one runs
  // json-schema-to-typescript, by far the longest step.
  const worker = startTsMorphWorker();
  let ir: SchemaIR, patchesApplied: number, variants: VariantTable;
  try {
    ({ ir, patchesApplied } = await loadPatchedIR(options.schemaDir, options.curatedDir, options.schemaContents));
    variants = checkVariantTable(await loadVariantTable(path.join(options.curatedDir, 'response-variants.json')), ir.methods, ir.definitions);
  } catch (error) {
    worker.stop();
    throw error;
  }
  const { context } = options;
  const workerFiles = worker.run({ ir, variants, context, curatedDir: options.curatedDir });
  mark('IR posted to the worker');

  const files = new Map<string, string>();
  files.set('types.gen.ts', await emitTypes(ir, typeNames(ir), context));
  mark('declarations compiled');
  for (const [file, content] of await workerFiles) files.set(file, content);
  mark('worker files received');
  return { ir, files: new Map([...files].sort(([a], [b]) => (a < b ? -1 : 1))), patchesApplied };
}

/** Every generated module except types.gen.ts (the declarations), keyed by file name. Runs in the worker. */
export async function emitModules(ir: SchemaIR, variants: VariantTable, context: GenerationContext, curatedDir: string): Promise<Map<string, string>> {
  const files = emitTsMorphModules(ir, variants, context);
  const names = typeNames(ir);
  files.set('enums.gen.ts', emitEnums(collectNamedEnums(ir, methodParamsTypeName), context));
  files.set('errors.gen.ts', emitErrors(ir, context));
  files.set('zod.gen.ts', emitZod(ir, names, context));
  const events = checkEventRegistry(await loadEventRegistry(path.join(curatedDir, 'events.json')), ir);
  files.set('events.gen.ts', emitEventTypes(events, ir, context));
  files.set('events-zod.gen.ts', emitEventValidators(events, ir, context));
  files.set('settings.gen.ts', emitSettings(events, context));
  files.set('events-check.gen.ts', (await import('./emit/events-check.js')).emitEventChecks(events, ir, context));
  const userLongPoll = checkUserLongPollRegistry(await loadUserLongPollRegistry(path.join(curatedDir, 'user-longpoll.json')));
  files.set('user-longpoll.gen.ts', emitUserLongPoll(userLongPoll, context));
  const uploads = await loadUploadRegistry(path.join(curatedDir, 'uploads.json'));
  if (uploads !== undefined) files.set('uploads.gen.ts', emitUploads(checkUploadRegistry(uploads, ir), context));
  return files;
}
