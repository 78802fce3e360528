import path from 'node:path';
import { buildIR } from './ir/build.js';
import { methodParamsTypeName } from './naming.js';
import { checkVariantTable, loadVariantTable } from './ir/response-variants.js';
import type { SchemaIR } from './ir/types.js';
import { applyPatches, loadPatches } from './patches/index.js';
import { readSchemaFiles } from './schema-source/index.js';
import { collectNamedEnums, emitEnums } from './emit/enums.js';
import { emitErrors } from './emit/errors.js';
import { emitEventTypes, emitEventValidators } from './emit/events.js';
import { checkEventRegistry, loadEventRegistry } from './ir/events.js';
import type { GenerationContext } from './emit/header.js';
import { startTsMorphWorker } from './ts-morph-pool.js';
import { emitTypes, typeNames } from './emit/types.js';
import { emitUserLongPoll } from './emit/user-longpoll.js';
import { checkUserLongPollRegistry, loadUserLongPollRegistry } from './ir/user-longpoll.js';
import { emitZod } from './emit/zod.js';

// load → patch → IR → emitters. Returns file contents keyed by path relative to the output
// folder; writing and drift checking are the CLI's job.

export interface GenerateOptions {
  /** Folder holding the schema JSON (verified copy or an explicit override). */
  schemaDir: string;
  /** The project's schema/ folder: patches/ and the curated tables. */
  curatedDir: string;
  context: GenerationContext;
}

export interface Generated {
  ir: SchemaIR;
  files: Map<string, string>;
  patchesApplied: number;
}

export async function loadPatchedIR(schemaDir: string, curatedDir: string): Promise<{ ir: SchemaIR; patchesApplied: number }> {
  const raw = await readSchemaFiles(schemaDir);
  const patches = await loadPatches(path.join(curatedDir, 'patches'));
  const { files } = applyPatches(raw, patches);
  return { ir: buildIR(files), patchesApplied: patches.length };
}

export async function generate(options: GenerateOptions): Promise<Generated> {
  // ts-morph's modules are emitted on a second core (see ts-morph-worker.ts).
  const runTsMorph = startTsMorphWorker();
  const { ir, patchesApplied } = await loadPatchedIR(options.schemaDir, options.curatedDir);
  const variants = checkVariantTable(await loadVariantTable(path.join(options.curatedDir, 'response-variants.json')), ir.methods, ir.definitions);
  const { context } = options;
  const tsMorphFiles = runTsMorph({ ir, variants, context });
  const names = typeNames(ir);

  const files = new Map<string, string>();
  files.set('types.gen.ts', await emitTypes(ir, names, context));
  files.set('enums.gen.ts', emitEnums(collectNamedEnums(ir, methodParamsTypeName), context));
  files.set('errors.gen.ts', emitErrors(ir, context));
  files.set('zod.gen.ts', emitZod(ir, names, context));
  const events = checkEventRegistry(await loadEventRegistry(path.join(options.curatedDir, 'events.json')), ir);
  files.set('events.gen.ts', emitEventTypes(events, ir, context));
  files.set('events-zod.gen.ts', emitEventValidators(events, ir, context));
  const userLongPoll = checkUserLongPollRegistry(await loadUserLongPollRegistry(path.join(options.curatedDir, 'user-longpoll.json')));
  files.set('user-longpoll.gen.ts', emitUserLongPoll(userLongPoll, context));
  for (const [file, content] of await tsMorphFiles) files.set(file, content);
  return { ir, files: new Map([...files].sort(([a], [b]) => (a < b ? -1 : 1))), patchesApplied };
}
