// Compressed answers, as VK gives them: zstd when the client accepts it and this runtime's zlib
// has it (Node >= 22.15), else gzip when accepted, else the body as is. Answers always carry
// `Vary: Accept-Encoding`, as VK's do, since the body depends on that header.
import zlib from 'node:zlib';

export type FakeCoding = 'gzip' | 'zstd';

interface ZstdCompress {
  zstdCompressSync(buffer: Buffer): Buffer;
}
function hasZstd(lib: object): lib is ZstdCompress {
  return 'zstdCompressSync' in lib && typeof lib.zstdCompressSync === 'function';
}

/** The codings an `Accept-Encoding` value allows (a `q=0` entry refuses its coding). */
function accepted(header: string): Set<string> {
  const codings = new Set<string>();
  for (const part of header.split(',')) {
    const [name = '', ...params] = part.split(';').map((piece) => piece.trim().toLowerCase());
    const refused = params.some((param) => /^q=0(\.0*)?$/.test(param));
    if (name !== '' && !refused) codings.add(name);
  }
  return codings;
}

/** The coding to answer with, or undefined for none. */
export function pickCoding(acceptEncoding: string | undefined): FakeCoding | undefined {
  if (acceptEncoding === undefined) return undefined;
  const codings = accepted(acceptEncoding);
  if (codings.has('zstd') && hasZstd(zlib)) return 'zstd';
  if (codings.has('gzip') || codings.has('*')) return 'gzip';
  return undefined;
}

export function compress(body: Buffer, coding: FakeCoding): Buffer {
  if (coding === 'zstd' && hasZstd(zlib)) return zlib.zstdCompressSync(body);
  return zlib.gzipSync(body);
}
