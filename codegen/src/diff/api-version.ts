// The VK API version a schema describes is the top-level `version` of every methods, objects,
// responses and errors document; they must agree.

const VERSIONED = /(?:^|\/)(?:methods|objects|responses|errors)\.json$/;

/** Version → the files declaring it; files without a string `version` are listed under ''. */
export function apiVersions(files: ReadonlyMap<string, unknown>): Map<string, string[]> {
  const versions = new Map<string, string[]>();
  for (const [file, content] of files) {
    if (!VERSIONED.test(file)) continue;
    const version = typeof content === 'object' && content !== null && 'version' in content && typeof content.version === 'string' ? content.version : '';
    versions.set(version, [...(versions.get(version) ?? []), file]);
  }
  return versions;
}

/** The one API version of the files, or an error naming the files that disagree. */
export function readApiVersion(files: ReadonlyMap<string, unknown>, where: string): string {
  const versions = apiVersions(files);
  const found = [...versions.keys()];
  if (found.length === 1 && found[0] !== '' && found[0] !== undefined) return found[0];
  if (found.length === 0) throw new Error(`${where}: no methods/objects/responses/errors JSON file, so no API version to read`);
  const listing = [...versions]
    .map(([version, names]) => `${version === '' ? 'no "version"' : `"${version}"`}: ${names.slice(0, 3).join(', ')}${names.length > 3 ? ` and ${names.length - 3} more` : ''}`)
    .join('; ');
  throw new Error(`${where}: the schema files do not agree on one top-level "version" (${listing})`);
}

/** Like readApiVersion, but undefined instead of an error. */
export function apiVersionOrUndefined(files: ReadonlyMap<string, unknown>): string | undefined {
  const found = [...apiVersions(files).keys()];
  return found.length === 1 && found[0] !== '' ? found[0] : undefined;
}
