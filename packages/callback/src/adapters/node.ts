// `createNodeMiddleware(callback)`: a handler for node:http, Express and Connect. It answers every request
// itself and never calls `next`: mount it on the path VK posts to (`app.all('/vk', …)` so other
// methods get 405 from us rather than 404 from the router).
import { isPromiseLike } from '@vkts/internals';
import type { MaybePromise } from '../maybe-promise.js';
import type { CallbackReply } from '../replies.js';
import type { CallbackRequest } from '../request.js';
import { collect, readNodeBody, type NodeBody, type NodeRequestLike } from './node-body.js';

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

export function nodeAdapter(respond: (request: CallbackRequest) => MaybePromise<CallbackReply>, bodyLimit: number): NodeHandler {
  return (request, response) =>
    // One promise per request, resolved once the answer is written: the body arrives in a later
    // tick, and the answer is written from the callbacks that deliver it (in the same tick when
    // the handlers finish synchronously).
    new Promise<void>((resolve, reject) => {
      answer(respond, request, request.body, bodyLimit, (reply) => {
        try {
          writeNodeReply(response, reply);
          resolve();
        } catch (error) {
          reject(error);
        }
      });
    });
}

/**
 * Shared by the Node-stream adapters: the method check first (no body read), then the body, then
 * `respond`. `done` is called once, with the reply.
 */
function answer(
  respond: (request: CallbackRequest) => MaybePromise<CallbackReply>,
  request: NodeRequestLike,
  parsed: unknown,
  bodyLimit: number,
  done: (reply: CallbackReply) => void,
): void {
  const method = request.method;
  if (method !== undefined && method !== 'POST' && method.toUpperCase() !== 'POST') {
    deliver(respond({ method, body: undefined, headers: request.headers }), done);
    return;
  }
  const known = readNodeBody(request, parsed, bodyLimit);
  const withBody = (body: NodeBody): void => {
    deliver(body.ok ? respond({ method, body: body.body, headers: request.headers }) : body.reply, done);
  };
  if (known !== undefined) withBody(known);
  else collect(request, bodyLimit, withBody);
}

function deliver(reply: MaybePromise<CallbackReply>, done: (reply: CallbackReply) => void): void {
  // `respond` never rejects.
  if (isPromiseLike(reply)) void reply.then(done);
  else done(reply);
}

/** The reply for a Node request (Fastify and Koa adapters): `answer` as a promise. */
export function replyTo(
  respond: (request: CallbackRequest) => MaybePromise<CallbackReply>,
  request: NodeRequestLike,
  parsed: unknown,
  bodyLimit: number,
): Promise<CallbackReply> {
  return new Promise((resolve) => answer(respond, request, parsed, bodyLimit, resolve));
}

export function writeNodeReply(response: NodeResponseLike, reply: CallbackReply): void {
  // Someone else answered (e.g. a timeout middleware): nothing sensible is left to do.
  if (response.headersSent === true) return;
  // One writeHead + end: the headers (content-length included) and body go out together.
  response.writeHead(reply.status, reply.headers);
  response.end(reply.body);
}
