import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { diffSummary, renderDiffMarkdown } from '../diff/markdown.js';
import { isBreaking } from '../diff/diff.js';
import type { ApiDiff, Surface } from '../diff/types.js';

// The changeset a VK API bump writes. @vkts/types always changes; another published package is
// bumped only when its public types are built on a surface the diff reaches (surfacesOfPackage:
// what it imports from @vkts/types — method types, event types, or neither). The bump is major
// when any change it gets breaks compilation, minor otherwise (additions, and new values that may
// break exhaustive switches on response enums or error codes); the text is the diff's Markdown.

export const TYPES_PACKAGE = '@vkts/types';

export type Bump = 'major' | 'minor';

export interface ChangesetInfo {
  /** Absolute path of the written file. */
  file: string;
  /** The highest bump written. */
  bump: Bump;
  packages: string[];
  /** Each package's bump. */
  bumps: Record<string, Bump>;
}

/**
 * Names imported from @vkts/types that do not come from the schema diff (curated tables, metadata
 * shapes): a package importing only these is unaffected by an API bump.
 */
const SCHEMA_NEUTRAL = new Set(['ParamMeta', 'ParamWire', 'ParamKind', 'MethodMeta', 'userLongPollVersion']);

/** The surfaces a package's public types are built on, from the names its src imports from @vkts/types. */
export async function surfacesOfPackage(packageDir: string): Promise<Set<Surface>> {
  const surfaces = new Set<Surface>();
  const files = await readdir(path.join(packageDir, 'src'), { recursive: true }).catch(() => []);
  for (const file of files) {
    if (!/\.(?:ts|mts)$/.test(file) || file.endsWith('.d.ts')) continue;
    const text = await readFile(path.join(packageDir, 'src', file), 'utf8');
    for (const match of text.matchAll(/import\s+(?:type\s+)?\{([^}]*)\}\s+from\s+'@vkts\/types(?:\/[\w-]+)?'/g)) {
      for (const raw of (match[1] ?? '').split(',')) {
        const name = raw.replace(/^\s*type\s+/, '').split(/\s+as\s+/)[0]?.trim() ?? '';
        if (name === '' || SCHEMA_NEUTRAL.has(name)) continue;
        surfaces.add(/event/i.test(name) ? 'events' : 'methods');
      }
    }
  }
  return surfaces;
}

interface Manifest {
  name?: unknown;
  private?: unknown;
  dependencies?: unknown;
  peerDependencies?: unknown;
  optionalDependencies?: unknown;
}

/** Names of the packages a schema bump may release, sorted; throws when @vkts/types is not among them. */
export async function releasedPackages(projectRoot: string): Promise<string[]> {
  return [...(await packageSurfaces(projectRoot)).keys()].sort();
}

/** Each releasable package and the surfaces its types are built on (@vkts/types: every surface). */
export async function packageSurfaces(projectRoot: string): Promise<Map<string, Set<Surface>>> {
  const packagesDir = path.join(projectRoot, 'packages');
  const folders = await readdir(packagesDir, { withFileTypes: true }).catch(() => []);
  const ignored = await changesetIgnore(projectRoot);
  const names = new Map<string, Set<Surface>>();
  for (const folder of folders) {
    if (!folder.isDirectory()) continue;
    const file = path.join(packagesDir, folder.name, 'package.json');
    const text = await readFile(file, 'utf8').catch(() => undefined);
    if (text === undefined) continue;
    const manifest = JSON.parse(text) as Manifest;
    if (typeof manifest.name !== 'string' || manifest.private === true || ignored.has(manifest.name)) continue;
    const dependsOnTypes = [manifest.dependencies, manifest.peerDependencies, manifest.optionalDependencies].some(
      (deps) => typeof deps === 'object' && deps !== null && TYPES_PACKAGE in deps,
    );
    if (manifest.name === TYPES_PACKAGE) names.set(manifest.name, new Set<Surface>(['methods', 'events']));
    else if (dependsOnTypes) names.set(manifest.name, await surfacesOfPackage(path.join(packagesDir, folder.name)));
  }
  if (!names.has(TYPES_PACKAGE)) throw new Error(`no published ${TYPES_PACKAGE} under ${packagesDir}: cannot say which packages the schema update releases`);
  return names;
}

/** Each package the diff reaches, with its bump: major when a change it gets breaks compilation. */
export function packageBumps(diff: ApiDiff, surfaces: ReadonlyMap<string, ReadonlySet<Surface>>): Record<string, Bump> {
  const bumps: Record<string, Bump> = {};
  for (const [name, built] of [...surfaces].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const reaching = diff.changes.filter((c) => name === TYPES_PACKAGE || (c.reaches ?? ['methods', 'events']).some((s) => built.has(s)));
    if (reaching.length === 0) continue;
    bumps[name] = reaching.some((c) => c.breaking) ? 'major' : 'minor';
  }
  return bumps;
}

/** `vk-api-5.200-0efe478.md`. */
export function changesetFileName(apiVersion: string, commit: string): string {
  return `vk-api-${apiVersion}-${commit.slice(0, 7)}.md`;
}

export function changesetText(diff: ApiDiff, bumps: Readonly<Record<string, Bump>>, headline: string): string {
  const front = ['---', ...Object.entries(bumps).map(([name, bump]) => `"${name}": ${bump}`), '---'].join('\n');
  // Level 3: the changelog puts this under its own "### Major/Minor Changes" heading.
  return `${front}\n\n${headline}: ${diffSummary(diff)}.\n\n${renderDiffMarkdown(diff, { headingLevel: 3, skippedPatches: false })}`;
}

/** Writes `.changeset/<name>` for a non-empty diff; returns undefined (and writes nothing) for an empty one. */
export async function writeChangeset(
  projectRoot: string,
  diff: ApiDiff,
  release: { apiVersion: string; commit: string; headline: string },
): Promise<ChangesetInfo | undefined> {
  if (diff.changes.length === 0) return undefined;
  const bumps = packageBumps(diff, await packageSurfaces(projectRoot));
  const dir = path.join(projectRoot, '.changeset');
  await mkdir(dir, { recursive: true });
  const file = path.join(dir, changesetFileName(release.apiVersion, release.commit));
  await writeFile(file, changesetText(diff, bumps, release.headline));
  return { file, bump: isBreaking(diff) ? 'major' : 'minor', packages: Object.keys(bumps), bumps };
}

async function changesetIgnore(projectRoot: string): Promise<Set<string>> {
  const text = await readFile(path.join(projectRoot, '.changeset', 'config.json'), 'utf8').catch(() => undefined);
  if (text === undefined) return new Set();
  const config = JSON.parse(text) as { ignore?: unknown };
  return new Set(Array.isArray(config.ignore) ? config.ignore.filter((n): n is string => typeof n === 'string') : []);
}
