/**
 * A minimal reader for (gzip-compressed) POSIX ustar archives, enough for GitHub's codeload
 * tarballs: regular files and directories, PAX extended headers (`x`/`g`, for long paths) and
 * GNU long names (`L`). Links and other entry types are skipped.
 */
import { gunzipSync } from 'node:zlib';

export interface TarEntry {
  /** Path inside the archive, POSIX separators, no trailing slash. */
  name: string;
  type: 'file' | 'directory' | 'other';
  data: Buffer;
}

export class TarError extends Error {
  override readonly name = 'TarError';
}

const BLOCK = 512;

/** Gunzips and reads a `.tar.gz` buffer. */
export function readTarGz(gz: Uint8Array): TarEntry[] {
  let tar: Buffer;
  try {
    tar = gunzipSync(gz);
  } catch (error) {
    throw new TarError(`archive is not valid gzip: ${error instanceof Error ? error.message : String(error)}`);
  }
  return readTar(tar);
}

/** Reads an uncompressed tar buffer. */
export function readTar(tar: Buffer): TarEntry[] {
  const entries: TarEntry[] = [];
  let offset = 0;
  let globalPax: Record<string, string> = {};
  let nextPax: Record<string, string> | undefined;
  let nextLongName: string | undefined;

  while (offset + BLOCK <= tar.length) {
    const header = tar.subarray(offset, offset + BLOCK);
    if (header.every((byte) => byte === 0)) break; // end-of-archive marker
    verifyChecksum(header, offset);

    const size = readSize(header, offset);
    const typeflag = String.fromCharCode(header[156] ?? 0);
    const dataStart = offset + BLOCK;
    const dataEnd = dataStart + size;
    if (dataEnd > tar.length) throw new TarError(`truncated archive: entry at byte ${offset} needs ${size} bytes`);
    const data = tar.subarray(dataStart, dataEnd);
    offset = dataStart + Math.ceil(size / BLOCK) * BLOCK;

    if (typeflag === 'g') {
      globalPax = { ...globalPax, ...parsePax(data) };
      continue;
    }
    if (typeflag === 'x') {
      nextPax = parsePax(data);
      continue;
    }
    if (typeflag === 'L') {
      nextLongName = cString(data);
      continue;
    }

    const pax = { ...globalPax, ...nextPax };
    let name = nextLongName ?? pax['path'] ?? headerName(header);
    nextPax = undefined;
    nextLongName = undefined;
    name = name.replace(/\/+$/, '');

    const type = typeflag === '0' || typeflag === '\0' || typeflag === '7' ? 'file' : typeflag === '5' ? 'directory' : 'other';
    entries.push({ name, type, data: Buffer.from(data) });
  }
  return entries;
}

function headerName(header: Buffer): string {
  const name = cString(header.subarray(0, 100));
  // POSIX ustar ("ustar\0") has a path prefix at 345; the old GNU format ("ustar ") keeps times there.
  const posix = header.subarray(257, 262).toString('latin1') === 'ustar' && header[262] === 0;
  if (posix) {
    const prefix = cString(header.subarray(345, 500));
    if (prefix) return `${prefix}/${name}`;
  }
  return name;
}

function readSize(header: Buffer, offset: number): number {
  const field = header.subarray(124, 136);
  const first = field[0] ?? 0;
  if (first & 0x80) {
    // GNU base-256 encoding for large sizes.
    let value = first & 0x7f;
    for (let i = 1; i < field.length; i++) value = value * 256 + (field[i] ?? 0);
    return value;
  }
  const text = cString(field).trim();
  if (text === '') return 0;
  if (!/^[0-7]+$/.test(text)) throw new TarError(`bad size field ${JSON.stringify(text)} in header at byte ${offset}`);
  return parseInt(text, 8);
}

function verifyChecksum(header: Buffer, offset: number): void {
  const stored = cString(header.subarray(148, 156)).trim();
  let sum = 0;
  for (let i = 0; i < BLOCK; i++) sum += i >= 148 && i < 156 ? 0x20 : (header[i] ?? 0);
  if (!/^[0-7]+$/.test(stored) || parseInt(stored, 8) !== sum) {
    throw new TarError(`bad header checksum at byte ${offset} (not a tar archive, or corrupted)`);
  }
}

/** PAX records: `"<len> <key>=<value>\n"` repeated. */
function parsePax(data: Buffer): Record<string, string> {
  const records: Record<string, string> = {};
  let position = 0;
  while (position < data.length) {
    const space = data.indexOf(0x20, position);
    if (space < 0) break;
    const length = parseInt(data.subarray(position, space).toString('latin1'), 10);
    if (!Number.isFinite(length) || length <= 0) break;
    const record = data.subarray(space + 1, position + length - 1).toString('utf8');
    const equals = record.indexOf('=');
    if (equals > 0) records[record.slice(0, equals)] = record.slice(equals + 1);
    position += length;
  }
  return records;
}

function cString(bytes: Buffer): string {
  const end = bytes.indexOf(0);
  return bytes.subarray(0, end < 0 ? bytes.length : end).toString('utf8');
}
