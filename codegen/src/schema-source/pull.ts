/**
 * `pnpm schema:pull`: fills the git-ignored `schema/vk-api-schema/` with the pinned schema files,
 * from the local mirror `../shared/vk-api-schema` when it exists, otherwise from the pinned
 * commit's tar.gz archive, and verifies the result against `schema/source.json`.
 */
import { copyFile, mkdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { loadPin, pinPath, type SchemaPin } from './pin.js';
import { readTarGz } from './tar.js';
import { SchemaVerificationError, verifySchema } from './verify.js';

/** Where the verified copy lives, relative to the project root. */
export const SCHEMA_COPY_DIR = path.join('schema', 'vk-api-schema');
/** Local mirror used instead of a download when present, relative to the project root. */
export const LOCAL_MIRROR_DIR = path.join('..', 'shared', 'vk-api-schema');
/** Archives of upstream commits (`<sha>.tar.gz`), used when the mirror holds another commit. */
export const LOCAL_HISTORY_DIR = path.join('..', 'shared', 'vk-api-schema-history');

const LICENSE_FILE = 'LICENSE';

export interface PullOptions {
  /** Project root (the folder holding `schema/source.json`). */
  projectRoot: string;
  /**
   * Folder to copy from (relative to `projectRoot`). Default: `../shared/vk-api-schema`, used only
   * if it exists; a given folder that does not exist also falls back to the download.
   * `null` skips the local mirror and always downloads.
   */
  localSource?: string | null;
  /** Archive to download instead of `pin.archive` (plain http is accepted for loopback hosts only). */
  archiveUrl?: string;
  /** A local `.tar.gz` of the pinned commit to read instead of downloading (with `localSource: null`). */
  archiveFile?: string;
  /** Pin to use instead of reading `<projectRoot>/schema/source.json`. */
  pin?: SchemaPin;
  /** Destination folder. Default: `<projectRoot>/schema/vk-api-schema`. */
  dest?: string;
  /** Download timeout in milliseconds (default 120 s). */
  timeoutMs?: number;
}

export interface PullResult {
  /** `history`: the pinned commit's archive in ../shared/vk-api-schema-history. */
  source: 'local' | 'history' | 'archive';
  /** Why the default mirror was not used, when it holds another commit than the pin. */
  note?: string;
  /** The folder or URL the files came from. */
  from: string;
  dest: string;
  /** Number of verified JSON files now in `dest`. */
  fileCount: number;
  /** Whether a LICENSE file was copied along. */
  license: boolean;
  pin: SchemaPin;
}

/** Download or archive problems (HTTP status, network, archive format). */
export class SchemaPullError extends Error {
  override readonly name = 'SchemaPullError';
}

export async function pullSchema(opts: PullOptions): Promise<PullResult> {
  const projectRoot = path.resolve(opts.projectRoot);
  const pin = opts.pin ?? (await loadPin(pinPath(projectRoot)));
  const dest = path.resolve(projectRoot, opts.dest ?? SCHEMA_COPY_DIR);
  const localSource =
    opts.localSource === undefined
      ? path.resolve(projectRoot, LOCAL_MIRROR_DIR)
      : opts.localSource === null
        ? null
        : path.resolve(projectRoot, opts.localSource);
  const local = localSource !== null && (await isDirectory(localSource)) ? localSource : null;
  // The default mirror may hold another commit (after a bump): then the pinned commit's archive in
  // the history folder, or the download, is the source — and the pull says so.
  const usingDefaultMirror = opts.localSource === undefined && local !== null;
  if (usingDefaultMirror) {
    const mirrored = await verifySchema(local, pin).then(
      () => undefined,
      (error: unknown) => (error instanceof SchemaVerificationError ? error : Promise.reject(error)),
    );
    if (mirrored !== undefined) {
      const note = `${LOCAL_MIRROR_DIR} holds another commit than the pin (${mirrored.missing.length + mirrored.extra.length + mirrored.altered.length} file(s) differ)`;
      const history = path.resolve(projectRoot, LOCAL_HISTORY_DIR, `${pin.commit}.tar.gz`);
      const archive = (await isFile(history)) ? history : undefined;
      const result = await pullSchema({ ...opts, projectRoot, pin, dest, localSource: null, ...(archive ? { archiveFile: archive } : {}) });
      return { ...result, note };
    }
  }

  // Clear first: stale files must never survive a pull, successful or not.
  await rm(dest, { recursive: true, force: true });
  const staging = `${dest}.partial-${process.pid}`;
  await rm(staging, { recursive: true, force: true });
  await mkdir(staging, { recursive: true });

  try {
    let from: string;
    let license: boolean;
    if (local !== null) {
      from = local;
      license = await copyFromFolder(from, staging, pin);
    } else if (opts.archiveFile !== undefined) {
      from = opts.archiveFile;
      license = await extractArchive(await readFile(from), staging, pin);
    } else {
      from = opts.archiveUrl ?? pin.archive;
      license = await extractArchive(await downloadArchive(from, opts.timeoutMs ?? 120_000), staging, pin);
    }

    let fileCount: number;
    try {
      ({ fileCount } = await verifySchema(staging, pin));
    } catch (error) {
      if (error instanceof SchemaVerificationError) {
        throw new SchemaVerificationError(
          from,
          pin,
          error.missing,
          error.extra,
          error.altered,
          'The source does not hold the pinned commit; nothing was written to the schema copy.',
        );
      }
      throw error;
    }

    await rename(staging, dest);
    return { source: local !== null ? 'local' : opts.archiveFile !== undefined ? 'history' : 'archive', from, dest, fileCount, license, pin };
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}

/** Copies the pinned JSON files (and LICENSE) from a folder; missing files are left to verification. */
async function copyFromFolder(from: string, to: string, pin: SchemaPin): Promise<boolean> {
  for (const file of Object.keys(pin.files)) {
    const source = path.join(from, ...file.split('/'));
    if (!(await isFile(source))) continue;
    const target = path.join(to, ...file.split('/'));
    await mkdir(path.dirname(target), { recursive: true });
    await copyFile(source, target);
  }
  const license = path.join(from, LICENSE_FILE);
  if (!(await isFile(license))) return false;
  await copyFile(license, path.join(to, LICENSE_FILE));
  return true;
}

/** Writes the pinned JSON files (and LICENSE) of a GitHub-style tarball, stripping its top folder. */
async function extractArchive(gz: Uint8Array, to: string, pin: SchemaPin): Promise<boolean> {
  let license = false;
  let entries;
  try {
    entries = readTarGz(gz);
  } catch (error) {
    throw new SchemaPullError(`cannot read the schema archive: ${error instanceof Error ? error.message : String(error)}`);
  }
  for (const entry of entries) {
    if (entry.type !== 'file') continue;
    const segments = entry.name.split('/');
    if (segments.length < 2) continue;
    const relative = segments.slice(1).join('/');
    const pinned = Object.prototype.hasOwnProperty.call(pin.files, relative);
    if (!pinned && relative !== LICENSE_FILE) continue;
    // Pinned keys are validated relative paths, so `relative` cannot escape `to`.
    const target = path.join(to, ...relative.split('/'));
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, entry.data);
    if (relative === LICENSE_FILE) license = true;
  }
  return license;
}

/** Fetches an archive over https (or http to a loopback test server), with clear errors. */
export async function downloadArchive(url: string, timeoutMs: number): Promise<Uint8Array> {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new SchemaPullError(`invalid archive URL: ${url}`);
  }
  const loopback = ['localhost', '127.0.0.1', '[::1]'].includes(parsed.hostname);
  if (parsed.protocol !== 'https:' && !(parsed.protocol === 'http:' && loopback)) {
    throw new SchemaPullError(`refusing to download the schema over ${parsed.protocol.replace(':', '')}: ${url} (use https)`);
  }
  let response: Response;
  try {
    response = await fetch(parsed, { redirect: 'follow', signal: AbortSignal.timeout(timeoutMs) });
  } catch (error) {
    throw new SchemaPullError(`download of ${url} failed: ${describeFetchError(error)}`);
  }
  if (!response.ok) {
    throw new SchemaPullError(`download of ${url} failed: HTTP ${response.status} ${response.statusText}`.trimEnd());
  }
  return new Uint8Array(await response.arrayBuffer());
}

function describeFetchError(error: unknown): string {
  if (error instanceof Error) {
    const cause = error.cause instanceof Error ? `: ${error.cause.message}` : '';
    return `${error.message}${cause}`;
  }
  return String(error);
}

async function isDirectory(file: string): Promise<boolean> {
  return (await stat(file).catch(() => undefined))?.isDirectory() ?? false;
}

async function isFile(file: string): Promise<boolean> {
  return (await stat(file).catch(() => undefined))?.isFile() ?? false;
}
