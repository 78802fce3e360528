// `createFetchHandler(callback)(request)`: for Fetch-API runtimes and frameworks (Hono, Bun, Deno, Cloudflare
// Workers, Next.js route handlers): a `Request` in, a `Response` out.
import { collectChunks, declaredTooLarge, type ReadResult } from '../body.js';
import type { MaybePromise } from '../maybe-promise.js';
import { replies, type CallbackReply } from '../replies.js';
import type { CallbackRequest } from '../request.js';

export function fetchAdapter(
  respond: (request: CallbackRequest) => MaybePromise<CallbackReply>,
  bodyLimit: number,
): (request: Request) => Promise<Response> {
  return async (request) => {
    const reply = await replyTo(request);
    return new Response(reply.body, { status: reply.status, headers: reply.headers });
  };

  async function replyTo(request: Request): Promise<CallbackReply> {
    if (request.method.toUpperCase() !== 'POST') return respond({ method: request.method, body: undefined, headers: request.headers });
    if (declaredTooLarge(request.headers.get('content-length'), bodyLimit)) {
      await request.body?.cancel().catch(() => undefined);
      return replies.tooLarge(bodyLimit);
    }
    if (request.body === null) return respond({ method: request.method, body: undefined, headers: request.headers });
    let read: ReadResult;
    try {
      read = await collectChunks(chunksOf(request.body), bodyLimit);
    } catch {
      // The client went away mid-body: what arrived is incomplete, so it is not an event. The
      // answer is given for form's sake; the handler never rejects.
      return replies.notJson;
    }
    return read.ok ? respond({ method: request.method, body: read.body, headers: request.headers }) : read.reply;
  }
}

/** A stream's chunks through its reader (async iteration of ReadableStream is not everywhere). */
async function* chunksOf(stream: ReadableStream<Uint8Array>): AsyncGenerator<Uint8Array> {
  const reader = stream.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      yield value;
    }
  } finally {
    // Stopped early (body too large): tell the source we want no more.
    await reader.cancel().catch(() => undefined);
  }
}
