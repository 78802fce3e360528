// A streaming multipart/form-data reader for the fake's upload servers: parts are parsed as the
// bytes arrive and file contents are only counted (and their first bytes kept), so a 200 MB
// upload costs the fake a few chunks of memory.
import type { IncomingMessage } from 'node:http';

export interface ReceivedPart {
  readonly field: string;
  readonly filename: string | undefined;
  readonly contentType: string | undefined;
  /** Bytes of content received. */
  size: number;
  /** The first bytes (up to HEAD_BYTES), for tests that check what arrived. */
  head: Buffer;
}

const HEAD_BYTES = 64;

export type MultipartResult = { ok: true; parts: ReceivedPart[] } | { ok: false; reason: string };

export function boundaryOf(contentType: string | undefined): string | undefined {
  if (contentType === undefined || !/^multipart\/form-data\s*;/i.test(contentType)) return undefined;
  const match = /boundary=(?:"([^"]+)"|([^;\s]+))/i.exec(contentType);
  return match?.[1] ?? match?.[2];
}

function parseHeaders(block: string): { field: string | undefined; filename: string | undefined; contentType: string | undefined } {
  let field: string | undefined;
  let filename: string | undefined;
  let contentType: string | undefined;
  for (const line of block.split('\r\n')) {
    const colon = line.indexOf(':');
    if (colon < 0) continue;
    const name = line.slice(0, colon).trim().toLowerCase();
    const value = line.slice(colon + 1).trim();
    if (name === 'content-disposition') {
      field = /\bname="([^"]*)"/.exec(value)?.[1];
      filename = /\bfilename="([^"]*)"/.exec(value)?.[1];
    } else if (name === 'content-type') {
      contentType = value;
    }
  }
  return { field, filename, contentType };
}

/**
 * Reads the whole body, calling `onPart` when a part's headers arrive (it may refuse the part, which
 * stops parsing but keeps draining up to `drainLimit` so the client can read the answer) and
 * `onBytes` with every part's running size.
 */
export function readMultipart(
  request: IncomingMessage,
  boundary: string,
  checkPart: (part: ReceivedPart) => string | undefined,
  checkSize: (part: ReceivedPart) => string | undefined,
): Promise<MultipartResult> {
  const delimiter = Buffer.from(`\r\n--${boundary}`);
  return new Promise((resolve) => {
    const parts: ReceivedPart[] = [];
    let failure: string | undefined;
    // The body starts with `--boundary`; prefixing CRLF lets one delimiter search find every boundary.
    let pending: Buffer = Buffer.from('\r\n');
    let state: 'preamble' | 'headers' | 'body' | 'done' = 'preamble';
    let current: ReceivedPart | undefined;
    const fail = (reason: string): void => {
      failure ??= reason;
      pending = Buffer.alloc(0);
    };
    const content = (bytes: Buffer): void => {
      if (current === undefined || bytes.length === 0) return;
      if (current.head.length < HEAD_BYTES) current.head = Buffer.concat([current.head, bytes.subarray(0, HEAD_BYTES - current.head.length)]);
      current.size += bytes.length;
      const problem = checkSize(current);
      if (problem !== undefined) fail(problem);
    };
    const step = (): void => {
      for (;;) {
        if (failure !== undefined || state === 'done') return;
        if (state === 'preamble' || state === 'body') {
          const at = pending.indexOf(delimiter);
          if (at < 0) {
            // Keep what could be the start of a delimiter split across chunks.
            const keep = Math.min(pending.length, delimiter.length - 1);
            if (state === 'body') content(pending.subarray(0, pending.length - keep));
            pending = pending.subarray(pending.length - keep);
            return;
          }
          if (state === 'body') content(pending.subarray(0, at));
          const after = pending.subarray(at + delimiter.length);
          if (after.length < 2) {
            pending = pending.subarray(at);
            return;
          }
          if (after[0] === 0x2d && after[1] === 0x2d) {
            state = 'done';
            return;
          }
          if (after[0] !== 0x0d || after[1] !== 0x0a) return fail('malformed multipart body: a boundary not followed by CRLF');
          pending = after.subarray(2);
          state = 'headers';
        } else {
          const end = pending.indexOf('\r\n\r\n');
          if (end < 0) {
            if (pending.length > 16 * 1024) fail('malformed multipart body: part headers over 16 KB');
            return;
          }
          const headers = parseHeaders(pending.subarray(0, end).toString('utf8'));
          pending = pending.subarray(end + 4);
          if (headers.field === undefined) return fail('malformed multipart body: a part without a name');
          current = { field: headers.field, filename: headers.filename, contentType: headers.contentType, size: 0, head: Buffer.alloc(0) };
          parts.push(current);
          const problem = checkPart(current);
          if (problem !== undefined) return fail(problem);
          state = 'body';
        }
      }
    };
    request.on('data', (chunk: Buffer) => {
      if (failure !== undefined || state === 'done') return;
      pending = pending.length === 0 ? chunk : Buffer.concat([pending, chunk]);
      step();
    });
    request.on('end', () => {
      if (failure !== undefined) resolve({ ok: false, reason: failure });
      else if (state !== 'done') resolve({ ok: false, reason: 'malformed multipart body: it ended before the closing boundary' });
      else resolve({ ok: true, parts });
    });
    request.on('error', () => resolve({ ok: false, reason: 'the connection failed' }));
  });
}
