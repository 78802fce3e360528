// createCallback(): wires options, per-community values, the core and the adapters together.
// Every adapter is a closure over `handle`, so `callback.fetch` and friends can be passed around
// unbound (`export default { fetch: callback.fetch }`).
import type { EventRouter } from '@vkts/events';
import { fastifyAdapter, type FastifyPlugin } from './adapters/fastify.js';
import { fetchAdapter } from './adapters/fetch.js';
import { koaAdapter, type KoaAdapterOptions, type KoaMiddleware } from './adapters/koa.js';
import { nodeAdapter, type NodeHandler } from './adapters/node.js';
import { groupValues } from './group-values.js';
import { createCore } from './handle.js';
import { resolveOptions, type CallbackOptions } from './options.js';
import type { CallbackReply } from './replies.js';
import type { CallbackRequest } from './request.js';
import { setupCallback, type CallbackSetupApi, type CallbackSetupOptions, type CallbackSetupResult } from './setup/setup.js';

export interface Callback {
  /** The router events are dispatched to (the `router` option, or one made for this receiver). */
  readonly router: EventRouter;
  /** The transport-free core every adapter calls: a request in, VK's answer out. Never rejects. */
  handle(request: CallbackRequest): Promise<CallbackReply>;
  /** A handler for node:http, Express and Connect: `http.createServer(callback.node())`, `app.all('/vk', callback.node())`. */
  node(): NodeHandler;
  /** For Fetch-API runtimes: Hono (`c => callback.fetch(c.req.raw)`), Bun, Deno, Workers, Next.js route handlers. */
  fetch(request: Request): Promise<Response>;
  /** A Fastify plugin: `app.register(callback.fastify, { path: '/vk' })`. */
  readonly fastify: FastifyPlugin;
  /** Koa middleware: `app.use(callback.koa({ path: '/vk' }))`. */
  koa(options?: KoaAdapterOptions): KoaMiddleware;
  /**
   * Creates or fixes the community's Callback server for `url`, teaches this receiver its
   * confirmation code and secret, switches the handled events on (and every other one off), and
   * waits for VK to confirm the server. Safe to run at every start: a second run changes nothing.
   */
  setup(api: CallbackSetupApi, options: CallbackSetupOptions): Promise<CallbackSetupResult>;
  /** Resolves once every handling started so far has settled (for graceful shutdown and tests). */
  drain(): Promise<void>;
}

/**
 * Creates a VK Callback API receiver.
 *
 * ```ts
 * const callback = createCallback({ confirmation: 'a1b2c3d4', secret: process.env.VK_SECRET });
 * callback.router.on('message_new', (event) => console.log(event.object.message.text));
 * http.createServer(callback.node()).listen(8080);
 * ```
 */
export function createCallback(options: CallbackOptions = {}): Callback {
  const resolved = resolveOptions(options);
  const confirmations = groupValues(resolved.confirmation);
  const secrets = groupValues(resolved.secret === false ? undefined : resolved.secret);
  const core = createCore({ options: resolved, confirmations, secrets });
  const { handle, respond } = core;
  const fetch = fetchAdapter(respond, resolved.bodyLimit);
  const fastify = fastifyAdapter(respond, resolved.bodyLimit);

  return {
    router: resolved.router,
    handle,
    node: () => nodeAdapter(respond, resolved.bodyLimit),
    fetch,
    fastify,
    koa: (koaOptions) => koaAdapter(respond, resolved.bodyLimit, koaOptions),
    setup: (api, setupOptions) =>
      setupCallback(
        api,
        {
          handledTypes: () => resolved.router.handledTypes(),
          learn: (groupId, confirmation, secret) => {
            confirmations.learn(groupId, confirmation);
            secrets.learn(groupId, secret);
          },
        },
        setupOptions,
      ),
    drain: () => core.delivery.drain(),
  };
}
