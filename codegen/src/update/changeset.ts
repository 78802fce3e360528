import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { diffSummary, renderDiffMarkdown } from '../diff/markdown.js';
import { isBreaking } from '../diff/diff.js';
import type { ApiDiff } from '../diff/types.js';

// The changeset a VK API bump writes: every published package built on the generated types
// (@vkts/types and each non-private packages/* depending on it) gets a major bump when any change
// breaks a TypeScript consumer, a minor one otherwise; the text is the diff's counts and Markdown.

export const TYPES_PACKAGE = '@vkts/types';

export type Bump = 'major' | 'minor';

export interface ChangesetInfo {
  /** Absolute path of the written file. */
  file: string;
  bump: Bump;
  packages: string[];
}

interface Manifest {
  name?: unknown;
  private?: unknown;
  dependencies?: unknown;
  peerDependencies?: unknown;
  optionalDependencies?: unknown;
}

/** Names of the packages a schema bump releases, sorted; throws when @vkts/types is not among them. */
export async function releasedPackages(projectRoot: string): Promise<string[]> {
  const packagesDir = path.join(projectRoot, 'packages');
  const folders = await readdir(packagesDir, { withFileTypes: true }).catch(() => []);
  const ignored = await changesetIgnore(projectRoot);
  const names: string[] = [];
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
    if (manifest.name === TYPES_PACKAGE || dependsOnTypes) names.push(manifest.name);
  }
  if (!names.includes(TYPES_PACKAGE)) throw new Error(`no published ${TYPES_PACKAGE} under ${packagesDir}: cannot say which packages the schema update releases`);
  return names.sort();
}

/** `vk-api-5.200-0efe478.md`. */
export function changesetFileName(apiVersion: string, commit: string): string {
  return `vk-api-${apiVersion}-${commit.slice(0, 7)}.md`;
}

export function changesetText(diff: ApiDiff, packages: readonly string[], headline: string): string {
  const bump: Bump = isBreaking(diff) ? 'major' : 'minor';
  const front = ['---', ...packages.map((name) => `"${name}": ${bump}`), '---'].join('\n');
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
  const packages = await releasedPackages(projectRoot);
  const dir = path.join(projectRoot, '.changeset');
  await mkdir(dir, { recursive: true });
  const file = path.join(dir, changesetFileName(release.apiVersion, release.commit));
  await writeFile(file, changesetText(diff, packages, release.headline));
  return { file, bump: isBreaking(diff) ? 'major' : 'minor', packages };
}

async function changesetIgnore(projectRoot: string): Promise<Set<string>> {
  const text = await readFile(path.join(projectRoot, '.changeset', 'config.json'), 'utf8').catch(() => undefined);
  if (text === undefined) return new Set();
  const config = JSON.parse(text) as { ignore?: unknown };
  return new Set(Array.isArray(config.ignore) ? config.ignore.filter((n): n is string => typeof n === 'string') : []);
}
