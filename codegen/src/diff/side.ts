import path from 'node:path';
import { buildIR } from '../ir/build.js';
import { loadEventRegistry } from '../ir/events.js';
import type { SchemaIR } from '../ir/types.js';
import { loadPatches, type SchemaPatch } from '../patches/index.js';
import { readSchemaFiles } from '../schema-source/index.js';
import { apiVersionOrUndefined } from './api-version.js';
import { registryCoverage, type RegistryCoverage } from './event-coverage.js';
import { eventViews, readRegistry, type EventView, type RegistryEntry } from './events.js';
import { allOfAncestors } from './inheritance.js';
import { applyPatchesLeniently, type PatchOutcome } from './lenient-patches.js';
import { definitionUses, type DefinitionUse } from './usage.js';

// One side of a diff: a schema folder with our current patches applied leniently, its IR, and
// what it offers of the event registry.

export interface Curated {
  patches: readonly SchemaPatch[];
  /** schema/events.json, parsed but unchecked. */
  registryRaw: unknown;
  registry: readonly RegistryEntry[];
}

export interface SchemaSide {
  label: string;
  apiVersion: string | undefined;
  /** The unpatched documents, keyed by schema-relative path. */
  raw: ReadonlyMap<string, unknown>;
  patches: readonly PatchOutcome[];
  ir: SchemaIR;
  coverage: RegistryCoverage;
  events: ReadonlyMap<string, EventView>;
  uses: ReadonlyMap<string, DefinitionUse>;
  /** The patches tried, in order (their outcomes are `patches`). */
  patchList: readonly SchemaPatch[];
  /** Definition → the definitions it inherits from through allOf. */
  ancestors: ReadonlyMap<string, readonly string[]>;
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

export async function loadSide(dir: string, curated: Curated, label = dir): Promise<SchemaSide> {
  return buildSide(label, await readSchemaFiles(dir), curated);
}

export function buildSide(label: string, raw: ReadonlyMap<string, unknown>, curated: Curated): SchemaSide {
  const { files, outcomes } = applyPatchesLeniently(raw, curated.patches);
  let ir: SchemaIR;
  try {
    ir = buildIR(files);
  } catch (error) {
    const skipped = outcomes.filter((o) => o.status === 'skipped').map((o) => o.file);
    const note = skipped.length > 0 ? ` with ${skipped.length} patch(es) skipped (${skipped.join(', ')})` : '';
    throw new Error(`cannot build the IR of ${label}${note}: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
  const coverage = registryCoverage(curated.registryRaw, ir);
  const events = eventViews(curated.registry, ir, coverage);
  const eventObjects = [...events.values()].flatMap((e) => (e.object === null ? [] : [e.object]));
  return {
    label,
    apiVersion: apiVersionOrUndefined(raw),
    raw,
    patches: outcomes,
    ir,
    coverage,
    events,
    uses: definitionUses(ir, eventObjects),
    patchList: curated.patches,
    ancestors: allOfAncestors(files),
  };
}
