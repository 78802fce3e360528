/**
 * Which schema folder codegen reads: the verified copy `schema/vk-api-schema`, or an explicit
 * override (env `VKTS_SCHEMA_DIR` or a `--schema-dir` flag), which is read unverified.
 */
import { readFileSync } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { loadPin, pinPath, type SchemaPin } from './pin.js';
import { SCHEMA_COPY_DIR } from './pull.js';
import { listJsonFiles, readVerifiedSchema } from './verify.js';

export const SCHEMA_DIR_ENV = 'VKTS_SCHEMA_DIR';
export const SCHEMA_DIR_FLAG = '--schema-dir';

export interface ResolveSchemaDirOptions {
  projectRoot: string;
  /** Folder to use instead of the verified copy (relative paths resolve against `projectRoot`). */
  override?: string | undefined;
  /** Receives the one-line warning printed when an override is used. Default: stderr. */
  warn?: (line: string) => void;
}

export interface ResolvedSchemaDir {
  dir: string;
  /** False when an override was used. */
  verified: boolean;
  /** The pin the copy was verified against (absent for an override). */
  pin?: SchemaPin;
  /**
   * The verified bytes of every JSON file (schema-relative POSIX path → content; absent for an
   * override), for `readSchemaFiles` to parse without reading the folder again.
   */
  contents?: ReadonlyMap<string, Uint8Array>;
}

/** The verified copy is absent (or the override folder does not exist). */
export class SchemaNotFoundError extends Error {
  override readonly name = 'SchemaNotFoundError';
}

/**
 * Picks the `--schema-dir <dir>` / `--schema-dir=<dir>` flag from `argv`, else `VKTS_SCHEMA_DIR`.
 * Returns undefined when neither is set (empty values count as unset).
 */
export function schemaDirOverride(argv: readonly string[], env: Readonly<Record<string, string | undefined>> = process.env): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === SCHEMA_DIR_FLAG) {
      const value = argv[i + 1];
      if (value === undefined || value.startsWith('--')) throw new Error(`${SCHEMA_DIR_FLAG} needs a folder argument`);
      return value;
    }
    if (arg.startsWith(`${SCHEMA_DIR_FLAG}=`)) {
      const value = arg.slice(SCHEMA_DIR_FLAG.length + 1);
      if (value === '') throw new Error(`${SCHEMA_DIR_FLAG} needs a folder argument`);
      return value;
    }
  }
  const fromEnv = env[SCHEMA_DIR_ENV];
  return fromEnv === undefined || fromEnv === '' ? undefined : fromEnv;
}

/**
 * Returns the folder codegen must read. Without an override this is `schema/vk-api-schema`,
 * verified against `schema/source.json` on every call (throws `SchemaVerificationError` if it
 * drifted, `SchemaNotFoundError` if it is absent). With an override: that folder, unverified,
 * after a one-line warning.
 */
export async function resolveSchemaDir(opts: ResolveSchemaDirOptions): Promise<ResolvedSchemaDir> {
  const projectRoot = path.resolve(opts.projectRoot);
  if (opts.override !== undefined && opts.override !== '') {
    const dir = path.resolve(projectRoot, opts.override);
    if (!(await isDirectory(dir))) {
      throw new SchemaNotFoundError(`schema folder from ${SCHEMA_DIR_ENV}/${SCHEMA_DIR_FLAG} does not exist: ${dir}`);
    }
    const warn = opts.warn ?? ((line: string) => process.stderr.write(`${line}\n`));
    warn(`warning: reading the VK API schema from ${dir} (${SCHEMA_DIR_ENV}/${SCHEMA_DIR_FLAG}) without checking it against schema/source.json`);
    return { dir, verified: false };
  }

  const dir = path.join(projectRoot, SCHEMA_COPY_DIR);
  if (!(await isDirectory(dir)) || (await readdir(dir)).length === 0) {
    throw new SchemaNotFoundError(`the VK API schema copy ${SCHEMA_COPY_DIR} is missing: run \`pnpm schema:pull\` first`);
  }
  const pin = await loadPin(pinPath(projectRoot));
  const { contents } = await readVerifiedSchema(dir, pin);
  return { dir, verified: true, pin, contents };
}

/**
 * Reads every JSON file under `dir` into a map keyed by schema-relative POSIX path. With
 * `contents` (from `resolveSchemaDir`), parses those bytes instead of reading the folder.
 */
export async function readSchemaFiles(dir: string, contents?: ReadonlyMap<string, Uint8Array>): Promise<Map<string, unknown>> {
  const files = new Map<string, unknown>();
  const names = contents ? [...contents.keys()] : await listJsonFiles(dir);
  for (const file of names) {
    const bytes = contents?.get(file) ?? readFileSync(path.join(dir, ...file.split('/')));
    const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
    try {
      files.set(file, JSON.parse(text));
    } catch (error) {
      throw new Error(`schema file ${file} is not valid JSON: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  return files;
}

async function isDirectory(file: string): Promise<boolean> {
  return (await stat(file).catch(() => undefined))?.isDirectory() ?? false;
}
