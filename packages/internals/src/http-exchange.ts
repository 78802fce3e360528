// One HTTP request straight through a dispatcher's `dispatch` with a small handler that gathers the
// answer whole: no URL parsed by undici, no Readable stream for a body that is read whole anyway,
// no AbortController (the caller's `watch` decides when to abort).
//
// The dispatcher is typed by @vkts/types' HttpDispatcher (the part of undici's Dispatcher used),
// not by undici's own declarations: see there.

import type { HttpDispatchController, HttpDispatchHandler, HttpDispatchOptions, HttpDispatcher } from '@vkts/types';

/** A whole HTTP answer: status, the two headers read, and the body as received (maybe compressed). */
export interface RawAnswer {
  readonly status: number;
  readonly contentType: string | undefined;
  readonly contentEncoding: string | undefined;
  readonly body: Buffer;
}

/**
 * Registers the function that aborts the request (called on a timeout or the caller's abort).
 * Returning false means the request is aborted already: nothing is sent.
 */
export type AbortWatch = (abort: () => void) => boolean;

/** Thrown by `exchange` when `watch` says the request was aborted before it was sent. */
export class ExchangeAbortedError extends Error {
  constructor() {
    super('The request was aborted');
    this.name = 'AbortError';
  }
}

/**
 * Sends one request through `dispatcher` and gathers the answer. It rejects with the dispatcher's
 * error (network failure, or an abort through `watch`), which the caller describes in its own terms.
 */
export function exchange(dispatcher: HttpDispatcher, options: HttpDispatchOptions, watch: AbortWatch): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    const handler = new ExchangeHandler(resolve, reject);
    if (!watch(() => handler.abort())) {
      reject(new ExchangeAbortedError());
      return;
    }
    dispatcher.dispatch(options, handler);
  });
}

class ExchangeHandler implements HttpDispatchHandler {
  private controller: HttpDispatchController | undefined = undefined;
  private abortRequested = false;
  private done = false;
  private status = 0;
  private contentType: string | undefined = undefined;
  private contentEncoding: string | undefined = undefined;
  private readonly chunks: Uint8Array[] = [];
  private length = 0;

  constructor(
    private readonly resolve: (answer: RawAnswer) => void,
    private readonly reject: (error: unknown) => void,
  ) {}

  /** Cancels the request; the dispatcher then reports the abort through onResponseError. */
  abort(): void {
    if (this.done) return;
    if (this.controller) this.controller.abort(new ExchangeAbortedError());
    else this.abortRequested = true;
  }

  onRequestStart(controller: HttpDispatchController): void {
    this.controller = controller;
    if (this.abortRequested) controller.abort(new ExchangeAbortedError());
  }

  onResponseStart(_controller: HttpDispatchController, statusCode: number, headers: Record<string, string | string[] | undefined>): void {
    // 1xx answers are interim; the final answer's status and headers replace them.
    this.status = statusCode;
    const contentType = headers['content-type'];
    this.contentType = Array.isArray(contentType) ? contentType[0] : contentType;
    const contentEncoding = headers['content-encoding'];
    this.contentEncoding = Array.isArray(contentEncoding) ? contentEncoding.join(', ') : contentEncoding;
  }

  onResponseData(_controller: HttpDispatchController, chunk: Uint8Array): void {
    // undici hands Buffers; the shape says Uint8Array so that @vkts/types needs no Node types.
    this.chunks.push(chunk);
    this.length += chunk.length;
  }

  onResponseEnd(): void {
    if (this.done) return;
    this.done = true;
    const first = this.chunks[0];
    const body = this.chunks.length === 1 && Buffer.isBuffer(first) ? first : Buffer.concat(this.chunks, this.length);
    this.resolve({ status: this.status, contentType: this.contentType, contentEncoding: this.contentEncoding, body });
  }

  onResponseError(_controller: HttpDispatchController, error: Error): void {
    if (this.done) return;
    this.done = true;
    this.reject(error);
  }
}
