// Compressed HTTP answers: which encodings to ask VK for, and decoding a whole collected body.
//
// The body is decoded in one synchronous pass over the gathered chunks rather than through a
// zlib stream: bodies are read whole anyway (they are parsed as one JSON document), and a
// one-shot inflate skips the stream's per-chunk callbacks and the copies of its output chunks.
//
// zlib and node:buffer are taken with process.getBuiltinModule, not imported: this package is also
// bundled into platform-neutral builds (@vkts/events), which must not see a `node:` import they never use.
type Zlib = typeof import('node:zlib');
type BufferModule = typeof import('node:buffer');
let zlibModule: Zlib | undefined;
const zlib = (): Zlib => (zlibModule ??= process.getBuiltinModule('node:zlib'));
let bufferModule: BufferModule | undefined;
const bufferLib = (): BufferModule => (bufferModule ??= process.getBuiltinModule('node:buffer'));

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

/** Below this many bytes the plain UTF-8 decode wins: the transcode has a fixed cost of ~1 µs. */
const TRANSCODE_MIN_BYTES = 512;

/**
 * A body as UTF-8 text, a leading BOM skipped (as undici's `body.text()` does): the same string as
 * `buffer.toString('utf8')`, made faster on large bodies. Node 20's UTF-8 decode into a V8 string
 * runs at ~200 MB/s on non-ASCII text (Cyrillic names, messages) — on VK's large answers it costs
 * as much as JSON.parse — while `transcode` to UTF-16 (simdutf) plus a UTF-16 copy runs 3–10×
 * faster. Only a body that is valid UTF-8 takes that path (`transcode` throws on invalid input,
 * where `toString` puts U+FFFD), and an all-ASCII body becomes a one-byte string as before.
 */
export function utf8Text(buffer: Buffer): string {
  const start = buffer.length > 2 && buffer[0] === 0xef && buffer[1] === 0xbb && buffer[2] === 0xbf ? 3 : 0;
  if (buffer.length - start < TRANSCODE_MIN_BYTES) return buffer.toString('utf8', start);
  const body = start === 0 ? buffer : buffer.subarray(start);
  const lib = bufferLib();
  if (lib.isAscii(body)) return body.toString('latin1');
  // A Node built without ICU has no transcode (buffer.transcode is ICU's).
  if (typeof lib.transcode !== 'function' || !lib.isUtf8(body)) return body.toString('utf8');
  return transcodeValid(lib.transcode, body);
}

/**
 * UTF-8 bytes transcoded in one `transcode` call, so that its UTF-16 Buffer (at most twice as
 * large) stays under 128 KB, glibc's default mmap threshold. The Buffers of a body are freed only
 * when a scavenge collects them, many at once, and glibc gives such memory back to the kernel
 * (munmap, or a trim of the heap top), so the next bodies fault those pages in again. On a Long
 * Poll batch of 100 `message_new` (68 KB, 136 KB as UTF-16), bench/longpoll/in-process.ts
 * --gap-ms 2 counted 42–46 minor page faults per batch whole in every process, and 0–22 in
 * pieces, CPU per event 0.9–1.0× (noisy); exactly which frees glibc hands back depends on the
 * heap's layout, so this lowers the count rather than promising none. The pieces cost one more
 * copy of the text (the join).
 */
const TRANSCODE_PIECE_BYTES = 48 * 1024;

/** Valid UTF-8 as a string, transcoded piece by piece (see TRANSCODE_PIECE_BYTES). */
function transcodeValid(transcode: BufferModule['transcode'], body: Buffer): string {
  if (body.length <= TRANSCODE_PIECE_BYTES) return transcode(body, 'utf8', 'utf16le').toString('utf16le');
  const parts: string[] = [];
  for (let from = 0; from < body.length; ) {
    let to = Math.min(body.length, from + TRANSCODE_PIECE_BYTES);
    // A cut never splits a character: back up over continuation bytes (10xxxxxx) to a lead byte,
    // at most three in valid UTF-8.
    while (to < body.length && ((body[to] ?? 0) & 0xc0) === 0x80) to -= 1;
    parts.push(transcode(body.subarray(from, to), 'utf8', 'utf16le').toString('utf16le'));
    from = to;
  }
  return parts.join('');
}

// zlib's own default is 16 KB; a small answer needs less, and no single buffer grows past 32 MB.
const GZIP_MIN_CHUNK = 1024;
const MAX_GZIP_CHUNK = 32 * 1024 * 1024;

/**
 * zlib's output chunk size for a gzip body: the size its trailer announces (ISIZE, the last four
 * bytes), so the whole answer inflates into one buffer with no re-chunking and no final concat.
 * ISIZE comes from the sender, so it only sizes a buffer: a lie just means more chunks, and the
 * size is capped by what `compressed` bytes can inflate to (deflate's ratio is at most ~1032:1).
 */
function gzipChunkSize(compressed: Buffer): number {
  if (compressed.length < 18) return GZIP_MIN_CHUNK;
  const announced = compressed.readUInt32LE(compressed.length - 4);
  const possible = Math.min(compressed.length * 1032, MAX_GZIP_CHUNK);
  // One byte over: zlib starts a spare chunk when the output fills the current one exactly.
  return Math.max(GZIP_MIN_CHUNK, Math.min(announced + 1, possible));
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
    if (coding === 'gzip') return { ok: true, body: lib.gunzipSync(body, { maxOutputLength: MAX_DECODED_BYTES, chunkSize: gzipChunkSize(body) }) };
    if (!hasZstd(lib)) return { ok: false, problem: 'answered with Content-Encoding "zstd", which this runtime cannot decode' };
    return { ok: true, body: lib.zstdDecompressSync(body, { maxOutputLength: MAX_DECODED_BYTES }) };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { ok: false, problem: `answered with a ${coding} body (${body.length} bytes) that does not decompress: ${reason}` };
  }
}
