// createCallback(): wires options, per-community values and the core together, and registers
// what the adapter factories (createNodeMiddleware(callback), …) need. Every adapter is a closure
// over the core, so handlers can be passed around unbound.
import type { EventRouter } from '@vkts/events';
import { createFastifyPlugin, createFetchHandler, createKoaMiddleware, createNodeMiddleware } from './adapters/create-adapters.js';
import type { FastifyPlugin } from './adapters/fastify.js';
import type { KoaAdapterOptions, KoaMiddleware } from './adapters/koa.js';
import type { NodeHandler } from './adapters/node.js';
import { registerWiring } from './adapters/wiring.js';
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
  /**
   * A handler for node:http, Express and Connect.
   * @deprecated Use `createNodeMiddleware(callback)`; `callback.node()` goes in the next minor.
   */
  node(): NodeHandler;
  /**
   * For Fetch-API runtimes.
   * @deprecated Use `createFetchHandler(callback)`; `callback.fetch` goes in the next minor.
   */
  fetch(request: Request): Promise<Response>;
  /**
   * A Fastify plugin.
   * @deprecated Use `createFastifyPlugin(callback, options?)`; `callback.fastify` goes in the next minor.
   */
  readonly fastify: FastifyPlugin;
  /**
   * Koa middleware.
   * @deprecated Use `createKoaMiddleware(callback, options?)`; `callback.koa()` goes in the next minor.
   */
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
 * http.createServer(createNodeMiddleware(callback)).listen(8080);
 * ```
 */
export function createCallback(options: CallbackOptions = {}): Callback {
  const resolved = resolveOptions(options);
  const confirmations = groupValues(resolved.confirmation);
  const secrets = groupValues(resolved.secret === false ? undefined : resolved.secret);
  const core = createCore({ options: resolved, confirmations, secrets });
  const { handle, respond } = core;
  // The deprecated adapter members, made on first use by the factories they alias.
  let fetch: ((request: Request) => Promise<Response>) | undefined;
  let fastify: FastifyPlugin | undefined;

  const callback: Callback = {
    router: resolved.router,
    handle,
    node: () => createNodeMiddleware(callback),
    fetch: (request) => (fetch ??= createFetchHandler(callback))(request),
    get fastify() {
      return (fastify ??= createFastifyPlugin(callback));
    },
    koa: (koaOptions) => createKoaMiddleware(callback, koaOptions),
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
  registerWiring(callback, { respond, bodyLimit: resolved.bodyLimit });
  return callback;
}
