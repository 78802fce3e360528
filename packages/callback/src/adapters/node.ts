// `callback.node()`: a handler for node:http, Express and Connect. It answers every request
// itself and never calls `next`: mount it on the path VK posts to (`app.all('/vk', …)` so other
// methods get 405 from us rather than 404 from the router).
import type { CallbackReply } from '../replies.js';
import type { CallbackRequest } from '../request.js';
import { readNodeBody, type NodeRequestLike } from './node-body.js';

export type { NodeRequestLike } from './node-body.js';

/** The parts of `http.ServerResponse` (and Express's `res`) the adapter uses. */
export interface NodeResponseLike {
  writeHead(status: number, headers: Readonly<Record<string, string>>): unknown;
  end(body: string): unknown;
  readonly headersSent?: boolean;
}

/**
 * `(req, res) => Promise<void>`; also `(req, res, next)` for Express/Connect, where `next` is
 * never called. The promise resolves once the answer is written and never rejects.
 */
export type NodeHandler = (request: NodeRequestLike, response: NodeResponseLike, next?: (error?: unknown) => void) => Promise<void>;

export function nodeAdapter(handle: (request: CallbackRequest) => Promise<CallbackReply>, bodyLimit: number): NodeHandler {
  return async (request, response) => {
    writeNodeReply(response, await replyTo(handle, request, request.body, bodyLimit));
  };
}

/** Shared by the Node-stream adapters: the method check first (no body read), then the body. */
export async function replyTo(
  handle: (request: CallbackRequest) => Promise<CallbackReply>,
  request: NodeRequestLike,
  parsed: unknown,
  bodyLimit: number,
): Promise<CallbackReply> {
  const method = request.method;
  if (method !== undefined && method !== 'POST' && method.toUpperCase() !== 'POST') {
    return handle({ method, body: undefined, headers: request.headers });
  }
  const read = readNodeBody(request, parsed, bodyLimit);
  const body = read instanceof Promise ? await read : read;
  return body.ok ? handle({ method, body: body.body, headers: request.headers }) : body.reply;
}

export function writeNodeReply(response: NodeResponseLike, reply: CallbackReply): void {
  // Someone else answered (e.g. a timeout middleware): nothing sensible is left to do.
  if (response.headersSent === true) return;
  // One writeHead + end: the headers (content-length included) and body go out together.
  response.writeHead(reply.status, reply.headers);
  response.end(reply.body);
}
