// The body of a Node request (node:http, Express, Connect, Koa's ctx.req, Fastify's raw stream):
// what a body parser already produced, or the raw stream read under the size limit.
import { concatChunks, declaredTooLarge, DRAIN_ALLOWANCE } from '../body.js';
import { replies, type CallbackReply } from '../replies.js';
import type { HeaderRecord } from '../request.js';

/**
 * The parts of `http.IncomingMessage` the adapters use, structurally (no node typings needed):
 * a readable stream of chunks, on which Express/Connect body parsers leave `body`.
 */
export interface NodeRequestLike {
  readonly method?: string | undefined;
  readonly headers: HeaderRecord;
  /** Set by a body parser (`express.json()`, `express.text()`, `express.raw()`, …). */
  readonly body?: unknown;
  /** Node ≥ 16.7: true once anything read the stream (a body parser did). */
  readonly readableDidRead?: boolean;
  readonly readableEnded?: boolean;
  on(event: 'data', listener: (chunk: Uint8Array | string) => void): unknown;
  on(event: 'end' | 'close', listener: () => void): unknown;
  on(event: 'error', listener: (error: unknown) => void): unknown;
  removeListener(event: 'data' | 'end' | 'close' | 'error', listener: (...args: never[]) => void): unknown;
  /** Stops reading: used once an oversized body ran past what is worth draining. */
  destroy(): unknown;
}

export type NodeBody = { readonly ok: true; readonly body: unknown } | { readonly ok: false; readonly reply: CallbackReply };

const encoder = new TextEncoder();

/**
 * The body when it is known without reading the stream: a body parser's result when one consumed
 * the stream, or the refusal of a body declared too large. `undefined` means: read the stream
 * (`collect`). An unread stream wins over a `body` a parser set without reading (Express 4's
 * body-parser sets `{}` for content types it skips): the raw bytes are the truth.
 */
export function readNodeBody(request: NodeRequestLike, parsed: unknown, limit: number): NodeBody | undefined {
  const streamRead = request.readableDidRead === true || request.readableEnded === true;
  if (parsed !== undefined && (streamRead || request.readableDidRead === undefined)) return { ok: true, body: parsed };
  // Something consumed the stream and left no body: there is nothing left to read.
  if (request.readableEnded === true) return { ok: true, body: undefined };
  const length = request.headers['content-length'];
  if (declaredTooLarge(typeof length === 'string' ? length : undefined, limit)) {
    // Do not read a body declared too large; `connection: close` spares the socket the rest.
    const refused = replies.tooLarge(limit);
    return { ok: false, reply: { ...refused, headers: { ...refused.headers, connection: 'close' } } };
  }
  return undefined;
}

/**
 * Reads the stream with 'data'/'end' listeners (cheaper per request than async iteration) and
 * calls `done` once. Past the limit chunks are no longer kept; past the drain allowance reading
 * stops. The listeners stay on the request, which is finished with once `done` ran: removing
 * them costs more than the few closures they keep alive until the request is collected.
 */
export function collect(request: NodeRequestLike, limit: number, done: (body: NodeBody) => void): void {
  // One chunk is the usual body (a VK event fits in one TCP segment); an array only for more.
  let first: Uint8Array | undefined;
  let rest: Uint8Array[] | undefined;
  let size = 0;
  let finished = false;
  const finish = (body: NodeBody): void => {
    if (finished) return;
    finished = true;
    first = undefined;
    rest = undefined;
    done(body);
  };
  request.on('data', (chunk: Uint8Array | string) => {
    if (finished) return;
    const bytes = typeof chunk === 'string' ? encoder.encode(chunk) : chunk;
    size += bytes.byteLength;
    if (size <= limit) {
      if (first === undefined) first = bytes;
      else (rest ??= [first]).push(bytes);
    } else if (size > limit + DRAIN_ALLOWANCE) {
      finish({ ok: false, reply: replies.tooLarge(limit) });
      request.destroy();
    }
  });
  request.on('end', () => {
    if (size > limit) finish({ ok: false, reply: replies.tooLarge(limit) });
    else finish({ ok: true, body: rest !== undefined ? concatChunks(rest, size) : (first ?? new Uint8Array(0)) });
  });
  // The client went away mid-body (a 'close' before 'end', or an error): what arrived is
  // incomplete, so it is not an event. The answer is written for form's sake. After 'end' the
  // request closes too; `finish` has run by then and ignores it.
  const aborted = (): void => finish({ ok: false, reply: replies.notJson });
  request.on('close', aborted);
  request.on('error', aborted);
}
