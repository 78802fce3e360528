import path from 'node:path';
import { isObject, type JsonObject } from './json.js';

// VK refs are file-relative: `../groups/objects.json#/definitions/groups_group_full`.
// Definition names are unique across the schema, so a resolved ref is just that name,
// checked to live in the file the ref points at.

export interface DefinitionLocation {
  file: string;
  schema: JsonObject;
}

export function resolveRef(
  ref: string,
  fromFile: string,
  definitions: ReadonlyMap<string, DefinitionLocation>,
): string {
  const match = /^([^#]*)#\/definitions\/([A-Za-z0-9_]+)$/.exec(ref);
  if (!match) throw new Error(`${fromFile}: unsupported $ref ${JSON.stringify(ref)}`);
  const [, relFile, name] = match as unknown as [string, string, string];
  // Only file-relative refs are VK's dialect; a URL or absolute path is not ours to resolve.
  if (/^[a-z][a-z0-9+.-]*:/i.test(relFile) || relFile.startsWith('/')) throw new Error(`${fromFile}: unsupported $ref ${JSON.stringify(ref)}`);
  const file = relFile === '' ? fromFile : path.posix.normalize(path.posix.join(path.posix.dirname(fromFile), relFile));
  const found = definitions.get(name);
  if (!found) throw new Error(`${fromFile}: $ref ${ref} points at a missing definition ${name}`);
  if (found.file !== file) throw new Error(`${fromFile}: $ref ${ref} expects ${file} but ${name} lives in ${found.file}`);
  return name;
}

/** Every definition of every objects.json / responses.json, keyed by its (unique) name. */
export function indexDefinitions(files: ReadonlyMap<string, unknown>): Map<string, DefinitionLocation> {
  const index = new Map<string, DefinitionLocation>();
  for (const [file, content] of files) {
    if (!/\/(objects|responses)\.json$/.test(file)) continue;
    if (!isObject(content) || !isObject(content['definitions'])) throw new Error(`${file}: no definitions`);
    for (const [name, schema] of Object.entries(content['definitions'])) {
      if (!isObject(schema)) throw new Error(`${file}#/definitions/${name}: not an object`);
      const clash = index.get(name);
      if (clash) throw new Error(`definition ${name} is defined in both ${clash.file} and ${file}`);
      index.set(name, { file, schema });
    }
  }
  return index;
}
