import path from 'node:path';
import { buildIR } from './ir/build.js';
import { methodParamsTypeName } from './naming.js';
import { adaptVariantTable, loadVariantTable, type VariantTable } from './ir/response-variants.js';
import type { SchemaIR } from './ir/types.js';
import { applyPatches, loadPatches, type PatchOutcome } from './patches/index.js';
import { rewriteQuirks, selectFolders, type ToleranceHit } from './tolerance/index.js';
import { readSchemaFiles } from './schema-source/index.js';
import { collectNamedEnums, emitEnums } from './emit/enums.js';
import { emitErrors } from './emit/errors.js';
import { emitEventTypes, emitEventValidators } from './emit/events.js';
import { checkEventRegistry, eventsNotInSchema, loadEventRegistry } from './ir/events.js';
import type { GenerationContext } from './emit/header.js';
import { emitMetadata } from './emit/metadata.js';
import { emitMethods } from './emit/methods.js';
import { emitNamespaces } from './emit/namespaces.js';
import { startEmitWorker } from './emit-worker-pool.js';
import { mergeCompiled, splitDefinitions } from './emit/declarations-merge.js';
import { compileDeclarations, DECLARATIONS_ROOT, emitTypes, typeNames, type DeclarationsCompiler } from './emit/types.js';
import { emitUserLongPoll } from './emit/user-longpoll.js';
import { emitSettings } from './emit/settings.js';
import { checkUserLongPollRegistry, loadUserLongPollRegistry } from './ir/user-longpoll.js';
import { emitZod } from './emit/zod.js';
import { mark } from './timings.js';
import { emitUploads } from './uploads/emit.js';
import { checkUploadRegistry, loadUploadRegistry, uploadFlowsNotInSchema } from './uploads/registry.js';

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
  /** Keep folders whose API version disagrees with the schema's (tolerance rule `stale-folder`). */
  includeStaleFolders?: boolean | undefined;
}

export interface PatchedIR {
  ir: SchemaIR;
  patchesApplied: number;
  /** Every patch's outcome: the skipped ones (not applicable here, fixed upstream) say why. */
  patches: PatchOutcome[];
  /** Where the tolerance rules read an upstream quirk or left a stale folder out. */
  tolerated: ToleranceHit[];
}

export interface Generated extends PatchedIR {
  files: Map<string, string>;
  /** Registry events (or transports) this schema version lacks, left out of the generated code. */
  eventsLeftOut: string[];
  /** How schema/response-variants.json was adapted to this schema version (empty on the pin). */
  variantNotes: string[];
  /** schema/uploads.json flows this schema version has none of the methods of, left out (empty on the pin). */
  uploadsLeftOut: string[];
}

/** Upstream files → stale folders left out → patches (strict: a broken one throws) → quirks read → IR. */
export function patchedIRFrom(raw: ReadonlyMap<string, unknown>, patches: Parameters<typeof applyPatches>[1], includeStaleFolders = false): PatchedIR {
  const selected = selectFolders(raw, { includeStaleFolders });
  const patched = applyPatches(selected.files, patches);
  mark('patched');
  const quirks = rewriteQuirks(patched.files);
  const ir = buildIR(quirks.files);
  mark('IR built');
  return { ir, patchesApplied: patched.applied.length, patches: patched.outcomes, tolerated: [...selected.hits, ...quirks.hits] };
}

export async function loadPatchedIR(
  schemaDir: string,
  curatedDir: string,
  schemaContents?: ReadonlyMap<string, Uint8Array>,
  includeStaleFolders = false,
): Promise<PatchedIR> {
  const raw = await readSchemaFiles(schemaDir, schemaContents);
  mark('schema parsed');
  return patchedIRFrom(raw, await loadPatches(path.join(curatedDir, 'patches')), includeStaleFolders);
}

/**
 * The main thread's share of the definitions json-schema-to-typescript compiles (by count, in
 * definition order); the worker compiles the rest after emitting every other module.
 */
const MAIN_THREAD_DECLARATIONS = 0.55;

export async function generate(options: GenerateOptions): Promise<Generated> {
  // Two threads: a worker (see emit-worker.ts) starts up while this one builds the IR, then
  // emits every module but types.gen.ts (emitModules below) and compiles part of the
  // declarations while this one compiles the rest (json-schema-to-typescript is by far the
  // longest step).
  const worker = startEmitWorker();
  let patched: PatchedIR, variants: VariantTable, variantNotes: string[];
  try {
    patched = await loadPatchedIR(options.schemaDir, options.curatedDir, options.schemaContents, options.includeStaleFolders === true);
    ({ table: variants, notes: variantNotes } = adaptVariantTable(
      await loadVariantTable(path.join(options.curatedDir, 'response-variants.json')),
      patched.ir.methods,
      patched.ir.definitions,
    ));
  } catch (error) {
    worker.stop();
    throw error;
  }
  const { context } = options;
  const { ir } = patched;
  const eventsLeftOut = eventsNotInSchema(await loadEventRegistry(path.join(options.curatedDir, 'events.json')), ir);
  const uploadsRaw = await loadUploadRegistry(path.join(options.curatedDir, 'uploads.json'));
  const uploadsLeftOut = uploadsRaw === undefined ? [] : uploadFlowsNotInSchema(uploadsRaw, ir);
  let fromWorker: ReturnType<typeof worker.run> | undefined;
  const compileInParts: DeclarationsCompiler = async (definitions) => {
    const [here, there] = splitDefinitions(definitions, MAIN_THREAD_DECLARATIONS);
    const share = Object.keys(there).length > 0 ? there : undefined;
    fromWorker = worker.run({ ir, variants, context, curatedDir: options.curatedDir, declarations: share });
    mark('IR posted to the worker');
    const compiled = await compileDeclarations(here);
    mark('declarations compiled (main share)');
    const theirs = (await fromWorker).declarations;
    return theirs === undefined ? compiled : mergeCompiled([compiled, theirs], DECLARATIONS_ROOT);
  };

  const files = new Map<string, string>();
  try {
    files.set('types.gen.ts', await emitTypes(ir, typeNames(ir), context, compileInParts));
  } catch (error) {
    if (fromWorker === undefined) worker.stop();
    throw error;
  }
  mark('declarations compiled');
  // Posted by compileInParts, which emitTypes always calls once.
  if (fromWorker === undefined) throw new Error('unreachable: the worker got no job');
  for (const [file, content] of (await fromWorker).files) files.set(file, content);
  mark('worker files received');
  return { ...patched, eventsLeftOut, variantNotes, uploadsLeftOut, files: new Map([...files].sort(([a], [b]) => (a < b ? -1 : 1))) };
}

/** Every generated module except types.gen.ts (the declarations), keyed by file name. Runs in the worker. */
export async function emitModules(ir: SchemaIR, variants: VariantTable, context: GenerationContext, curatedDir: string): Promise<Map<string, string>> {
  const names = typeNames(ir);
  const files = new Map<string, string>([
    ['methods.gen.ts', emitMethods(ir, names, variants, context)],
    ['metadata.gen.ts', emitMetadata(ir, variants, context)],
    ['namespaces.gen.ts', emitNamespaces(ir, names, variants, context)],
  ]);
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
