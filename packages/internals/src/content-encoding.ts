// Compressed HTTP answers: which encodings to ask VK for, and decoding a whole collected body.
//
// The body is decoded in one synchronous pass over the gathered chunks rather than through a
// zlib stream: bodies are read whole anyway (they are parsed as one JSON document), and a
// one-shot inflate skips the stream's per-chunk callbacks and the copies of its output chunks.
//
// zlib is taken with process.getBuiltinModule, not imported: this package is also bundled into
// platform-neutral builds (@vkts/events), which must not see a `node:` import they never use.
type Zlib = typeof import('node:zlib');
let zlibModule: Zlib | undefined;
const zlib = (): Zlib => (zlibModule ??= process.getBuiltinModule('node:zlib'));

export type ContentCoding = 'gzip' | 'zstd';

/** What a client was told: ask for the best coding the runtime has, one coding, or none. */
export type CompressionOption = boolean | ContentCoding;

/** A decompressed body may be at most this many bytes: a few KB must not inflate into GBs. */
export const MAX_DECODED_BYTES: number = 256 * 1024 * 1024;

interface ZstdZlib {
  zstdDecompressSync(buffer: Buffer, options: { maxOutputLength: number }): Buffer;
}
function hasZstd(lib: object): lib is ZstdZlib {
  return 'zstdDecompressSync' in lib && typeof lib.zstdDecompressSync === 'function';
}

/** Whether this runtime's zlib decodes zstd (Node ≥ 22.15). */
export const runtimeHasZstd = (): boolean => hasZstd(zlib());

/**
 * The codings to ask for, or undefined for none. `true` picks zstd where the runtime has it and
 * gzip otherwise; naming zstd on a runtime without it is an option error (`who` names the caller).
 */
export function resolveCompression(who: string, option: CompressionOption | undefined, zstdAvailable = runtimeHasZstd()): ContentCoding | undefined {
  if (option === undefined || option === true) return zstdAvailable ? 'zstd' : 'gzip';
  if (option === false) return undefined;
  if (option === 'gzip') return 'gzip';
  if (option === 'zstd') {
    if (!zstdAvailable) throw new TypeError(`${who}: \`compression: 'zstd'\` needs Node >= 22.15 (this runtime's zlib has no zstd); use true or 'gzip'`);
    return 'zstd';
  }
  throw new TypeError(`${who}: \`compression\` must be true, false, 'gzip' or 'zstd', got ${JSON.stringify(option)}`);
}

/** The `Accept-Encoding` header value for a resolved coding. */
export function acceptEncodingFor(coding: ContentCoding): string {
  // gzip stays acceptable alongside zstd: a proxy or older front may only speak gzip.
  return coding === 'zstd' ? 'zstd, gzip' : 'gzip';
}

/** A body as UTF-8 text, a leading BOM skipped (as undici's `body.text()` does). */
export function utf8Text(buffer: Buffer): string {
  const start = buffer.length > 2 && buffer[0] === 0xef && buffer[1] === 0xbb && buffer[2] === 0xbf ? 3 : 0;
  return buffer.toString('utf8', start);
}

export type DecodeResult = { readonly ok: true; readonly body: Buffer } | { readonly ok: false; readonly problem: string };

/**
 * The body as sent before `Content-Encoding` was applied. `asked` is what the request accepted
 * (undefined: nothing); any other coding, or a body that does not decode, is a problem that names
 * the coding (never the body, which may echo request params).
 */
export function decodeContent(body: Buffer, contentEncoding: string | undefined, asked: ContentCoding | undefined): DecodeResult {
  const coding = contentEncoding?.trim().toLowerCase();
  if (coding === undefined || coding === '' || coding === 'identity') return { ok: true, body };
  const accepted = asked === undefined ? [] : asked === 'zstd' ? ['zstd', 'gzip'] : ['gzip'];
  if (!accepted.includes(coding)) {
    const wanted = accepted.length === 0 ? 'no compression was asked for' : `asked for ${accepted.join(' or ')}`;
    return { ok: false, problem: `answered with Content-Encoding ${JSON.stringify(contentEncoding)}, which the client did not ask for (${wanted})` };
  }
  try {
    const lib = zlib();
    if (coding === 'gzip') return { ok: true, body: lib.gunzipSync(body, { maxOutputLength: MAX_DECODED_BYTES }) };
    if (!hasZstd(lib)) return { ok: false, problem: 'answered with Content-Encoding "zstd", which this runtime cannot decode' };
    return { ok: true, body: lib.zstdDecompressSync(body, { maxOutputLength: MAX_DECODED_BYTES }) };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { ok: false, problem: `answered with a ${coding} body (${body.length} bytes) that does not decompress: ${reason}` };
  }
}
