// `createKoaMiddleware(callback, { path })`: Koa middleware. Without `path` it answers every request it sees
// (mount it with a router); with `path` it answers that path and passes others to `next`.
// A body parser's `ctx.request.body` is used when one ran; the raw `ctx.req` stream otherwise.
import type { MaybePromise } from '../maybe-promise.js';
import type { CallbackReply } from '../replies.js';
import type { CallbackRequest } from '../request.js';
import type { NodeRequestLike } from './node-body.js';
import { replyTo } from './node.js';

/** The parts of Koa's `ctx` the middleware uses. */
export interface KoaContextLike {
  readonly method: string;
  readonly path: string;
  readonly req: NodeRequestLike;
  readonly request: { readonly body?: unknown };
  status: number;
  body: unknown;
  set(field: string, value: string): void;
}

export type KoaMiddleware = (context: KoaContextLike, next: () => Promise<unknown>) => Promise<void>;

export interface KoaAdapterOptions {
  /** Answer only this path (exact match), passing other requests on. @default every request */
  readonly path?: string;
}

export function koaAdapter(
  respond: (request: CallbackRequest) => MaybePromise<CallbackReply>,
  bodyLimit: number,
  options: KoaAdapterOptions = {},
): KoaMiddleware {
  const path = options.path;
  if (path !== undefined && (typeof path !== 'string' || !path.startsWith('/'))) {
    throw new TypeError(`createKoaMiddleware: \`path\` must start with '/', got ${JSON.stringify(path)}`);
  }
  return async (context, next) => {
    if (path !== undefined && context.path !== path) {
      await next();
      return;
    }
    const reply = await replyTo(respond, context.req, context.request.body, bodyLimit);
    // Status first (so setting the body does not reset it), then our content-type (so Koa keeps
    // it instead of guessing), then the body.
    context.status = reply.status;
    for (const [name, value] of Object.entries(reply.headers)) context.set(name, value);
    context.body = reply.body;
  };
}
