import { schemaApiVersion } from '../tolerance/index.js';

// The VK API version a schema describes: the top-level `version` most methods, objects, responses
// and errors documents declare. Folders declaring another one are stale (tolerance rule
// `stale-folder`) and do not count against it; files declaring none are ignored.

/** The API version of the files, or an error listing the versions found when none prevails. */
export function readApiVersion(files: ReadonlyMap<string, unknown>, where: string): string {
  const { apiVersion, versions } = schemaApiVersion(files);
  if (apiVersion !== undefined) return apiVersion;
  if (versions.size === 0) throw new Error(`${where}: no methods/objects/responses/errors JSON file declares a top-level "version", so no API version to read`);
  const listing = [...versions]
    .map(([version, names]) => `"${version}": ${names.slice(0, 3).join(', ')}${names.length > 3 ? ` and ${names.length - 3} more` : ''}`)
    .join('; ');
  throw new Error(`${where}: no top-level "version" is declared by more schema files than every other (${listing})`);
}

/** Like readApiVersion, but undefined instead of an error. */
export function apiVersionOrUndefined(files: ReadonlyMap<string, unknown>): string | undefined {
  return schemaApiVersion(files).apiVersion;
}
