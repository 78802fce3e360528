import { writeFile } from 'node:fs/promises';
import { parsePin, pinPath, type SchemaPin } from '../schema-source/index.js';

// schema/source.json in the layout it is committed in: two-space JSON, files sorted, final newline.

export async function writePin(projectRoot: string, pin: SchemaPin): Promise<string> {
  const file = pinPath(projectRoot);
  // Validate before writing: a pin that loadPin would reject must never reach the repository.
  const checked = parsePin(pin, file);
  const files = Object.fromEntries(Object.entries(checked.files).sort(([a], [b]) => (a < b ? -1 : 1)));
  const ordered: SchemaPin = {
    repository: checked.repository,
    commit: checked.commit,
    apiVersion: checked.apiVersion,
    archive: checked.archive,
    ...(checked.includeStaleFolders === true ? { includeStaleFolders: true } : {}),
    files,
  };
  await writeFile(file, `${JSON.stringify(ordered, null, 2)}\n`);
  return file;
}
