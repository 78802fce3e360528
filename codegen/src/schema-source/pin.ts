/**
 * `schema/source.json`: the pinned upstream commit of VKCOM/vk-api-schema and the sha256 of every
 * JSON file of that commit that the project uses.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';

export interface SchemaPin {
  /** `owner/name` on GitHub, e.g. `VKCOM/vk-api-schema`. */
  repository: string;
  /** Full 40-character commit id. */
  commit: string;
  /** VK API version the schema describes, e.g. `5.199`. */
  apiVersion: string;
  /** URL of the commit's tar.gz archive. */
  archive: string;
  /** Schema-relative POSIX path → lowercase hex sha256. */
  files: Record<string, string>;
  /**
   * Generate from folders whose API version disagrees with the schema's too (tolerance rule
   * `stale-folder`); absent means they are left out. Set by `schema:update --include-stale-folders`.
   */
  includeStaleFolders?: boolean;
}

/** `schema/source.json` is missing, not JSON, or has a malformed field. */
export class SchemaPinError extends Error {
  override readonly name = 'SchemaPinError';
  constructor(
    readonly file: string,
    readonly problems: readonly string[],
  ) {
    super(
      problems.length === 1
        ? `malformed schema pin ${file}: ${problems[0]}`
        : `malformed schema pin ${file}:\n${problems.map((p) => `  - ${p}`).join('\n')}`,
    );
  }
}

export const PIN_FILE = path.join('schema', 'source.json');

/** Location of `schema/source.json` for a project root. */
export function pinPath(projectRoot: string): string {
  return path.join(projectRoot, PIN_FILE);
}

/** Reads and validates a pin file. */
export async function loadPin(file: string): Promise<SchemaPin> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    throw new SchemaPinError(file, [`cannot read it (${errorCode(error)})`]);
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    throw new SchemaPinError(file, [`not valid JSON (${error instanceof Error ? error.message : String(error)})`]);
  }
  return parsePin(raw, file);
}

/** Validates an already parsed pin; collects every problem before throwing. */
export function parsePin(raw: unknown, file = PIN_FILE): SchemaPin {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    throw new SchemaPinError(file, ['expected a JSON object with repository, commit, apiVersion, archive and files']);
  }
  const record = raw as Record<string, unknown>;
  const problems: string[] = [];

  const repository = record['repository'];
  if (typeof repository !== 'string' || !/^[\w.-]+\/[\w.-]+$/.test(repository)) {
    problems.push(`"repository" must be "owner/name" (got ${show(repository)})`);
  }
  const commit = record['commit'];
  if (typeof commit !== 'string' || !/^[0-9a-f]{40}$/.test(commit)) {
    problems.push(`"commit" must be a full 40-character lowercase hex commit id (got ${show(commit)})`);
  }
  const apiVersion = record['apiVersion'];
  if (typeof apiVersion !== 'string' || !/^\d+\.\d+$/.test(apiVersion)) {
    problems.push(`"apiVersion" must look like "5.199" (got ${show(apiVersion)})`);
  }
  const archive = record['archive'];
  if (typeof archive !== 'string' || !isHttpUrl(archive)) {
    problems.push(`"archive" must be an http(s) URL (got ${show(archive)})`);
  }

  const files = record['files'];
  if (typeof files !== 'object' || files === null || Array.isArray(files)) {
    problems.push('"files" must be an object mapping schema-relative paths to sha256 hex digests');
  } else {
    const entries = Object.entries(files as Record<string, unknown>);
    if (entries.length === 0) problems.push('"files" is empty');
    for (const [name, digest] of entries) {
      if (!isRelativeJsonPath(name)) {
        problems.push(`"files" key ${show(name)} must be a relative POSIX path to a .json file without "." or ".." segments`);
      }
      if (typeof digest !== 'string' || !/^[0-9a-f]{64}$/.test(digest)) {
        problems.push(`"files"[${show(name)}] must be a 64-character lowercase hex sha256 (got ${show(digest)})`);
      }
    }
  }

  const includeStale = record['includeStaleFolders'];
  if (includeStale !== undefined && typeof includeStale !== 'boolean') problems.push(`"includeStaleFolders" must be true or false when present (got ${show(includeStale)})`);

  if (problems.length > 0) throw new SchemaPinError(file, problems);
  return {
    repository: repository as string,
    commit: commit as string,
    apiVersion: apiVersion as string,
    archive: archive as string,
    files: { ...(files as Record<string, string>) },
    ...(includeStale === true ? { includeStaleFolders: true } : {}),
  };
}

/** `VKCOM/vk-api-schema@0efe478`. */
export function describePin(pin: SchemaPin): string {
  return `${pin.repository}@${pin.commit.slice(0, 7)}`;
}

function isRelativeJsonPath(name: string): boolean {
  if (!name.endsWith('.json') || name.startsWith('/') || name.includes('\\')) return false;
  return name.split('/').every((segment) => segment !== '' && segment !== '.' && segment !== '..');
}

function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:';
  } catch {
    return false;
  }
}

function show(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 59)}…` : text;
}

function errorCode(error: unknown): string {
  if (typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string') return error.code;
  return error instanceof Error ? error.message : String(error);
}
