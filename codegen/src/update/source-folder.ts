import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { readApiVersion } from '../diff/api-version.js';
import { listJsonFiles, sha256, type SchemaPin } from '../schema-source/index.js';

// A new schema version as the pin records it: which files belong to the schema, their sha256 and
// the API version they declare. A folder may be a full upstream checkout, so "belongs to the
// schema" is decided by content, not by name: a JSON document with a top-level `$schema`, at the
// root or one folder down (upstream's layout), outside dot-folders and node_modules. That keeps
// package.json and tool configs out, and picks up new namespaces without a list to maintain.

export interface SchemaFolderPin {
  pin: SchemaPin;
  /** Parsed documents, keyed like `pin.files`. */
  documents: Map<string, unknown>;
}

export async function schemaFilesOf(dir: string): Promise<Map<string, { digest: string; document: unknown }>> {
  const found = new Map<string, { digest: string; document: unknown }>();
  for (const file of await listJsonFiles(dir)) {
    const segments = file.split('/');
    if (segments.length > 2 || segments.some((s) => s.startsWith('.') || s === 'node_modules')) continue;
    const bytes = await readFile(path.join(dir, ...segments));
    let document: unknown;
    try {
      document = JSON.parse(bytes.toString('utf8'));
    } catch (error) {
      throw new Error(`${path.join(dir, file)} is not valid JSON: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
    }
    if (typeof document !== 'object' || document === null || Array.isArray(document) || !('$schema' in document)) continue;
    found.set(file, { digest: sha256(bytes), document });
  }
  return found;
}

/** The pin of the schema in `dir` for `commit` of `repository`, downloadable from `archive`. */
export async function pinForFolder(dir: string, origin: Pick<SchemaPin, 'repository' | 'commit' | 'archive'>): Promise<SchemaFolderPin> {
  const files = await schemaFilesOf(dir);
  if (files.size === 0) throw new Error(`${dir} holds no schema JSON (no *.json with a top-level "$schema" at its root or one folder down)`);
  const documents = new Map([...files].map(([file, { document }]) => [file, document]));
  const digests = Object.fromEntries([...files].sort(([a], [b]) => (a < b ? -1 : 1)).map(([file, { digest }]) => [file, digest]));
  return {
    pin: { ...origin, apiVersion: readApiVersion(documents, dir), files: digests },
    documents,
  };
}
