// `createFastifyPlugin(callback)`: a Fastify plugin that serves the Callback endpoint in its own encapsulated
// context: `app.register(createFastifyPlugin(callback), { path: '/vk' })`. Inside that context every content
// type parser is replaced by one that leaves the body unread, so the receiver reads the raw
// stream itself and every answer (413, 400 for bad JSON, …) is the receiver's own, not Fastify's.
import type { MaybePromise } from '../maybe-promise.js';
import type { CallbackReply } from '../replies.js';
import type { CallbackRequest } from '../request.js';
import type { NodeRequestLike } from './node-body.js';
import { replyTo } from './node.js';

/** The parts of a Fastify request the plugin uses. */
export interface FastifyRequestLike {
  readonly method: string;
  readonly raw: NodeRequestLike;
}

/** The parts of a Fastify reply the plugin uses. */
export interface FastifyReplyLike {
  code(status: number): FastifyReplyLike;
  header(name: string, value: string): FastifyReplyLike;
  send(body: string): unknown;
}

/** The parts of a Fastify instance the plugin uses. */
export interface FastifyInstanceLike {
  removeAllContentTypeParsers(): void;
  addContentTypeParser(contentType: string, parser: (request: unknown, payload: unknown, done: (error: Error | null, body?: unknown) => void) => void): void;
  all(path: string, handler: (request: FastifyRequestLike, reply: FastifyReplyLike) => Promise<unknown>): unknown;
}

export interface FastifyAdapterOptions {
  /** The endpoint's path inside the plugin's prefix. @default '/' */
  readonly path?: string;
}

export type FastifyPlugin = (instance: FastifyInstanceLike, options: FastifyAdapterOptions, done: (error?: Error) => void) => void;

export function fastifyAdapter(respond: (request: CallbackRequest) => MaybePromise<CallbackReply>, bodyLimit: number): FastifyPlugin {
  return (instance, options, done) => {
    const path = options.path ?? '/';
    if (typeof path !== 'string' || !path.startsWith('/')) {
      done(new TypeError(`createFastifyPlugin: \`path\` must start with '/', got ${JSON.stringify(path)}`));
      return;
    }
    instance.removeAllContentTypeParsers();
    // Leave the stream unread: the handler reads it under the receiver's own size limit.
    instance.addContentTypeParser('*', (_request, _payload, parsed) => parsed(null, undefined));
    // Every method, so that GET & co. get the receiver's 405 rather than Fastify's 404.
    instance.all(path, async (request, reply) => {
      const answer = await replyTo(respond, request.raw, undefined, bodyLimit);
      reply.code(answer.status);
      for (const [name, value] of Object.entries(answer.headers)) reply.header(name, value);
      return reply.send(answer.body);
    });
    done();
  };
}
