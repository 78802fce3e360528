import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { downloadArchive, readTarGz, type SchemaPin } from '../schema-source/index.js';

// `schema:update --commit`: the new commit's tar.gz, unpacked into a scratch folder that is then
// handled like `--from`. pullSchema cannot do this step: it keeps and verifies only the files the
// pin already lists, and a new commit's file list and hashes are what we are about to learn.

/** The archive URL of `commit`, built like the pin's own (its commit swapped for the new one). */
export function commitArchiveUrl(pin: Pick<SchemaPin, 'repository' | 'commit' | 'archive'>, commit: string): string {
  if (pin.archive.includes(pin.commit)) return pin.archive.split(pin.commit).join(commit);
  return `https://codeload.github.com/${pin.repository}/tar.gz/${commit}`;
}

/** Downloads a GitHub-style tarball and writes its JSON files and LICENSE into `dest`, top folder stripped. */
export async function downloadSchemaArchive(url: string, dest: string, timeoutMs = 120_000): Promise<number> {
  return (await unpackSchemaArchive(await downloadArchive(url, timeoutMs), url, dest)).written;
}

/** The commit an archive's top folder names (`vk-api-schema-<40 hex>/`, as upstream serves it). */
export function commitOfTopFolder(name: string): string | undefined {
  return /-([0-9a-f]{40})$/.exec(name)?.[1];
}

/** Writes an archive's JSON files and LICENSE into `dest`, top folder stripped; returns the top folder too. */
export async function unpackSchemaArchive(archive: Uint8Array, label: string, dest: string): Promise<{ written: number; topFolder: string | undefined }> {
  let entries;
  try {
    entries = readTarGz(archive);
  } catch (error) {
    throw new Error(`cannot read the archive ${label}: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
  const tops = new Set(entries.map((e) => e.name.split('/')[0] ?? '').filter((t) => t !== ''));
  const topFolder = tops.size === 1 ? [...tops][0] : undefined;
  let written = 0;
  for (const entry of entries) {
    if (entry.type !== 'file') continue;
    const segments = entry.name.split('/').slice(1);
    const relative = segments.join('/');
    if (!relative.endsWith('.json') && relative !== 'LICENSE') continue;
    // Archive names are untrusted: nothing may land outside dest.
    if (segments.some((s) => s === '' || s === '.' || s === '..' || s.includes('\\'))) continue;
    const target = path.join(dest, ...segments);
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, entry.data);
    written++;
  }
  if (written === 0) throw new Error(`the archive ${label} holds no JSON files`);
  return { written, topFolder };
}

/** Whether a path names a gzip tarball (by name: `.tar.gz` or `.tgz`). */
export function isArchivePath(file: string): boolean {
  return /\.(?:tar\.gz|tgz)$/i.test(file);
}

/**
 * A schema folder for a folder or `.tar.gz` path: a folder is used as it is, an archive is
 * unpacked under `scratch`. `commit` is the archive's top-folder commit when it names one.
 */
export async function schemaFolderOf(source: string, scratch: string): Promise<{ dir: string; commit: string | undefined }> {
  if (!isArchivePath(source)) return { dir: source, commit: commitOfTopFolder(path.basename(source)) };
  const dir = await mkdtemp(path.join(scratch, 'archive-'));
  const { topFolder } = await unpackSchemaArchive(await readFile(source), source, dir);
  return { dir, commit: topFolder === undefined ? undefined : commitOfTopFolder(topFolder) };
}
