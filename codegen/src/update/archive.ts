import { mkdir, writeFile } from 'node:fs/promises';
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
  const archive = await downloadArchive(url, timeoutMs);
  let entries;
  try {
    entries = readTarGz(archive);
  } catch (error) {
    throw new Error(`cannot read the archive ${url}: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
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
  if (written === 0) throw new Error(`the archive ${url} holds no JSON files`);
  return written;
}
