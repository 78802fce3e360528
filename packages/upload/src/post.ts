// The one POST to an upload server: the multipart body streamed through undici with its
// Content-Length when known, the answer read as text up to a cap (upload replies are small JSON).
import { Readable } from 'node:stream';
import { request, type Dispatcher } from 'undici';
import { OverLimit, type MultipartBody } from './multipart.js';

export interface UploadAnswer {
  readonly status: number;
  readonly text: string;
}

/** Upload replies are a few hundred bytes; anything past this is not one. */
const MAX_REPLY_BYTES = 1024 * 1024;

export async function postMultipart(url: string, body: MultipartBody, dispatcher: Dispatcher | undefined, signal: AbortSignal): Promise<UploadAnswer> {
  let overLimit: OverLimit | undefined;
  const source = body.bytes ?? Readable.from(guard(body.stream(signal), (error) => (overLimit = error)), { objectMode: false, highWaterMark: 64 * 1024 });
  const headers: Record<string, string> = { 'content-type': body.contentType };
  if (body.length !== undefined) headers['content-length'] = String(body.length);
  try {
    const answer = await request(url, { method: 'POST', headers, body: source, signal, ...(dispatcher ? { dispatcher } : {}) });
    const chunks: Buffer[] = [];
    let size = 0;
    for await (const chunk of answer.body) {
      const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk);
      size += buffer.length;
      if (size > MAX_REPLY_BYTES) {
        answer.body.destroy();
        return { status: answer.statusCode, text: `${Buffer.concat(chunks).toString('utf8').slice(0, 200)}… (over ${MAX_REPLY_BYTES} bytes)` };
      }
      chunks.push(buffer);
    }
    return { status: answer.statusCode, text: Buffer.concat(chunks, size).toString('utf8') };
  } catch (error) {
    if (overLimit !== undefined) throw overLimit;
    throw error;
  } finally {
    if (source instanceof Readable) source.destroy();
  }
}

/** Passes chunks through, noting an OverLimit before undici wraps or replaces it. */
async function* guard(chunks: AsyncIterable<Uint8Array>, onOverLimit: (error: OverLimit) => void): AsyncIterable<Uint8Array> {
  try {
    yield* chunks;
  } catch (error) {
    if (error instanceof OverLimit) onOverLimit(error);
    throw error;
  }
}
