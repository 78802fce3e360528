import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parsePin, readSchemaFiles, sha256, type SchemaPin } from '../schema-source/index.js';

// What makes schema:update repeatable: the first run of an update to commit X saves the schema it
// started from (its pin and files) under .tmp/schema-update/X/. A rerun — the pin already at X,
// typically after the maintainer fixed a patch — diffs from that saved schema again, so the report
// and the changeset are recomputed for the same bump instead of "the API did not change".

const BASE_DIR = path.join('.tmp', 'schema-update');

function baseDir(projectRoot: string, commit: string): string {
  return path.join(projectRoot, BASE_DIR, commit);
}

export async function saveUpdateBase(projectRoot: string, commit: string, pin: SchemaPin, contents: ReadonlyMap<string, Uint8Array>): Promise<void> {
  const dir = baseDir(projectRoot, commit);
  await rm(dir, { recursive: true, force: true });
  for (const [file, bytes] of contents) {
    const target = path.join(dir, 'schema', ...file.split('/'));
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, bytes);
  }
  await writeFile(path.join(dir, 'pin.json'), `${JSON.stringify(pin, null, 2)}\n`);
}

/** The saved starting point of the update to `commit`, when a first run saved one and it is intact. */
export async function loadUpdateBase(projectRoot: string, commit: string): Promise<{ pin: SchemaPin; files: Map<string, unknown> } | undefined> {
  const dir = baseDir(projectRoot, commit);
  const text = await readFile(path.join(dir, 'pin.json'), 'utf8').catch(() => undefined);
  if (text === undefined) return undefined;
  const pin = parsePin(JSON.parse(text), path.join(dir, 'pin.json'));
  if (pin.commit === commit) return undefined;
  const contents = new Map<string, Uint8Array>();
  for (const [file, digest] of Object.entries(pin.files)) {
    const bytes = await readFile(path.join(dir, 'schema', ...file.split('/'))).catch(() => undefined);
    // A damaged base is no base: the update then diffs from the pinned copy as usual.
    if (bytes === undefined || sha256(bytes) !== digest) return undefined;
    contents.set(file, bytes);
  }
  return { pin, files: await readSchemaFiles(path.join(dir, 'schema'), contents) };
}
