import path from 'node:path';
import { buildIR } from '../ir/build.js';
import { eventsNotInSchema, loadEventRegistry } from '../ir/events.js';
import type { SchemaIR } from '../ir/types.js';
import { applyPatches, loadPatches, type PatchOutcome, type SchemaPatch } from '../patches/index.js';
import { readSchemaFiles } from '../schema-source/index.js';
import { rewriteQuirks, selectFolders, type StaleFolder, type ToleranceHit } from '../tolerance/index.js';
import { registryCoverage, type RegistryCoverage } from './event-coverage.js';
import { eventViews, readRegistry, type EventView, type RegistryEntry } from './events.js';
import { allOfAncestors } from './inheritance.js';
import { definitionUses, type DefinitionUse } from './usage.js';

// One side of a diff: a schema folder read like codegen reads it (stale folders left out, our
// patches applied where they apply, upstream quirks tolerated), its IR, and what it offers of the
// event registry. Unlike codegen, a broken patch is skipped and reported instead of stopping.

export interface Curated {
  patches: readonly SchemaPatch[];
  /** schema/events.json, parsed but unchecked. */
  registryRaw: unknown;
  registry: readonly RegistryEntry[];
}

export interface SideOptions {
  includeStaleFolders?: boolean;
}

export interface SchemaSide {
  label: string;
  apiVersion: string | undefined;
  /** The unpatched documents, keyed by schema-relative path, stale folders already left out. */
  raw: ReadonlyMap<string, unknown>;
  /** Every patch's outcome on this side, in patch order. */
  patches: readonly PatchOutcome[];
  ir: SchemaIR;
  coverage: RegistryCoverage;
  events: ReadonlyMap<string, EventView>;
  uses: ReadonlyMap<string, DefinitionUse>;
  /** The patches tried, in order (their outcomes are `patches`). */
  patchList: readonly SchemaPatch[];
  /** Definition → the definitions it inherits from through allOf. */
  ancestors: ReadonlyMap<string, readonly string[]>;
  staleFolders: readonly StaleFolder[];
  staleIncluded: boolean;
  /** Where a tolerance rule read an upstream quirk or left a folder out. */
  tolerated: readonly ToleranceHit[];
  /** The event registry this side was built with. */
  curated: Curated;
  /** Registry events (or transports) this schema version lacks (left out of generated code). */
  eventsLeftOut: readonly string[];
}

/** Patches and event registry of a project's `schema/` folder. */
export async function loadCurated(curatedDir: string): Promise<Curated> {
  const registryRaw = await loadEventRegistry(path.join(curatedDir, 'events.json'));
  return {
    patches: await loadPatches(path.join(curatedDir, 'patches')),
    registryRaw,
    registry: readRegistry(registryRaw),
  };
}

export async function loadSide(dir: string, curated: Curated, label = dir, options: SideOptions = {}): Promise<SchemaSide> {
  return buildSide(label, await readSchemaFiles(dir), curated, options);
}

export function buildSide(label: string, upstream: ReadonlyMap<string, unknown>, curated: Curated, options: SideOptions = {}): SchemaSide {
  const selected = selectFolders(upstream, options);
  const { ir, outcomes, hits } = patchedIR(label, selected.files, curated.patches);
  const coverage = registryCoverage(curated.registryRaw, ir);
  const events = eventViews(curated.registry, ir, coverage);
  const eventObjects = [...events.values()].flatMap((e) => (e.object === null ? [] : [e.object]));
  return {
    label,
    apiVersion: selected.apiVersion,
    raw: selected.files,
    patches: outcomes,
    ir,
    coverage,
    events,
    uses: definitionUses(ir, eventObjects),
    patchList: curated.patches,
    ancestors: allOfAncestors(selected.files),
    staleFolders: selected.staleFolders,
    staleIncluded: selected.staleIncluded,
    tolerated: [...selected.hits, ...hits],
    curated,
    eventsLeftOut: eventsNotInSchema(curated.registryRaw, ir),
  };
}

/** The same side built with only `patches` (to tell our patches' effects from upstream's). */
export function rebuildWithPatches(side: SchemaSide, patches: readonly SchemaPatch[]): SchemaSide {
  const { ir, outcomes } = patchedIR(side.label, side.raw, patches);
  const coverage = registryCoverage(side.curated.registryRaw, ir);
  const events = eventViews(side.curated.registry, ir, coverage);
  const eventObjects = [...events.values()].flatMap((e) => (e.object === null ? [] : [e.object]));
  return { ...side, patches: outcomes, patchList: patches, ir, coverage, events, uses: definitionUses(ir, eventObjects) };
}

function patchedIR(label: string, files: ReadonlyMap<string, unknown>, patches: readonly SchemaPatch[]): { ir: SchemaIR; outcomes: PatchOutcome[]; hits: ToleranceHit[] } {
  const patched = applyPatches(files, patches, { lenient: true });
  const quirks = rewriteQuirks(patched.files);
  try {
    return { ir: buildIR(quirks.files), outcomes: patched.outcomes, hits: quirks.hits };
  } catch (error) {
    const skipped = patched.outcomes.filter((o) => o.verdict !== 'applies').map((o) => `${o.file} (${o.verdict})`);
    const note = skipped.length > 0 ? ` with ${skipped.length} patch(es) not applied: ${skipped.join(', ')}` : '';
    throw new Error(`cannot build the IR of ${label}${note}: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
}
