// multipart/form-data built as it is sent: a part header, the file's chunks as they arrive, the
// closing boundary. Nothing is gathered, so memory is one chunk per file, whatever the file size;
// each file's bytes are counted on the way and the body fails as soon as one passes its limit.
import { randomBytes } from 'node:crypto';
import type { PreparedFile } from './source.js';

export interface FormPart {
  readonly field: string;
  readonly file: PreparedFile;
}

/** Thrown from inside the body when a file passes its limit mid-stream; the caller maps it to UploadSizeError. */
export class OverLimit extends Error {
  constructor(
    readonly index: number,
    readonly counted: number,
  ) {
    super(`file ${index + 1} passed its size limit`);
  }
}

export interface MultipartBody {
  readonly contentType: string;
  /** Set when every file's size is known (then VK gets a Content-Length, not chunked encoding). */
  readonly length: number | undefined;
  /** The whole body in one buffer when every file is already in memory and small. */
  readonly bytes: Buffer | undefined;
  readonly stream: (signal: AbortSignal | undefined) => AsyncIterable<Uint8Array>;
}

/** In-memory files up to this total are sent as one buffer (cheapest for undici). */
const SINGLE_BUFFER_LIMIT = 8 * 1024 * 1024;

/** Quotes a filename as browsers do in form-data (WHATWG): `"` and line breaks percent-encoded. */
function quoted(value: string): string {
  return value.replace(/"/g, '%22').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

export function multipartBody(parts: readonly FormPart[], maxBytes: number): MultipartBody {
  const boundary = `----vkts${randomBytes(12).toString('hex')}`;
  const heads = parts.map(({ field, file }, i) => ({
    head: Buffer.from(`${i === 0 ? '' : '\r\n'}--${boundary}\r\nContent-Disposition: form-data; name="${quoted(field)}"; filename="${quoted(file.filename)}"\r\nContent-Type: ${file.contentType}\r\n\r\n`),
    file,
  }));
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
  let length: number | undefined = tail.length;
  for (const { head, file } of heads) length = length === undefined || file.size === undefined ? undefined : length + head.length + file.size;
  let bytes: Buffer | undefined;
  if (length !== undefined && length <= SINGLE_BUFFER_LIMIT) {
    const chunks: Uint8Array[] = [];
    for (const { head, file } of heads) if (file.bytes !== undefined) chunks.push(head, file.bytes);
    if (chunks.length === heads.length * 2) bytes = Buffer.concat([...chunks, tail], length);
  }

  async function* stream(signal: AbortSignal | undefined): AsyncIterable<Uint8Array> {
    for (const [i, { head, file }] of heads.entries()) {
      yield head;
      let counted = 0;
      for await (const chunk of await file.open(signal)) {
        counted += chunk.byteLength;
        if (counted > maxBytes) throw new OverLimit(i, counted);
        yield chunk;
      }
    }
    yield tail;
  }

  return { contentType: `multipart/form-data; boundary=${boundary}`, length, bytes, stream };
}
