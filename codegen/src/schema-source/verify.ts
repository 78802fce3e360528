/**
 * Checks a schema folder against the pin: every JSON file is hashed; a missing, extra or altered
 * file is an error, and all of them are reported together.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { describePin, type SchemaPin } from './pin.js';

export interface AlteredFile {
  file: string;
  expected: string;
  actual: string;
}

export interface VerifyResult {
  dir: string;
  /** Number of verified JSON files. */
  fileCount: number;
}

/** The schema folder does not match `schema/source.json`. */
export class SchemaVerificationError extends Error {
  override readonly name = 'SchemaVerificationError';
  constructor(
    readonly dir: string,
    readonly pin: SchemaPin,
    readonly missing: readonly string[],
    readonly extra: readonly string[],
    readonly altered: readonly AlteredFile[],
    hint = 'Run `pnpm schema:pull` to restore the pinned copy.',
  ) {
    const lines = [
      ...missing.map((file) => `  missing: ${file}`),
      ...extra.map((file) => `  extra:   ${file}`),
      ...altered.map((a) => `  altered: ${a.file} (sha256 ${a.actual.slice(0, 12)}…, pinned ${a.expected.slice(0, 12)}…)`),
    ];
    const count = missing.length + extra.length + altered.length;
    super(
      `schema copy ${dir} does not match schema/source.json (${describePin(pin)}): ${count} file${count === 1 ? '' : 's'} differ\n` +
        `${lines.join('\n')}${hint ? `\n${hint}` : ''}`,
    );
  }
}

/** sha256 hex digest of a buffer. */
export function sha256(data: Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}

/** Relative POSIX paths of every `*.json` file under `dir`, sorted. */
export async function listJsonFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.json'))
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .sort();
}

/**
 * Hashes every JSON file under `dir` and compares with `pin.files`.
 * Throws `SchemaVerificationError` listing each missing, extra and altered file.
 */
export async function verifySchema(dir: string, pin: SchemaPin): Promise<VerifyResult> {
  const { fileCount } = await readVerifiedSchema(dir, pin);
  return { dir, fileCount };
}

/**
 * `verifySchema`, also returning the bytes it verified (schema-relative POSIX path → content),
 * so a caller can parse exactly what was checked instead of reading every file again.
 */
export async function readVerifiedSchema(dir: string, pin: SchemaPin): Promise<VerifyResult & { contents: Map<string, Buffer> }> {
  const present = await listJsonFiles(dir);
  const presentSet = new Set(present);
  const missing = Object.keys(pin.files)
    .filter((file) => !presentSet.has(file))
    .sort();
  const extra: string[] = [];
  const altered: AlteredFile[] = [];
  const contents = new Map<string, Buffer>();
  for (const file of present) {
    const expected = pin.files[file];
    if (expected === undefined) {
      extra.push(file);
      continue;
    }
    // Read synchronously: ~140 small files, and a thread-pool round trip per file cost more
    // than the reads themselves.
    const content = readFileSync(path.join(dir, file));
    const actual = sha256(content);
    if (actual !== expected) altered.push({ file, expected, actual });
    contents.set(file, content);
  }
  if (missing.length > 0 || extra.length > 0 || altered.length > 0) {
    throw new SchemaVerificationError(dir, pin, missing, extra, altered);
  }
  return { dir, fileCount: present.length, contents };
}
