// The adapters, called one way: `createXxx(callback, options?)` returns what the framework
// mounts (the octokit `createNodeMiddleware(receiver, options)` family). The receiver's own
// `callback.node()` / `.fetch` / `.fastify` / `.koa()` are deprecated aliases of these.
import type { Callback } from '../create-callback.js';
import { fastifyAdapter, type FastifyAdapterOptions, type FastifyPlugin } from './fastify.js';
import { fetchAdapter } from './fetch.js';
import { koaAdapter, type KoaAdapterOptions, type KoaMiddleware } from './koa.js';
import { nodeAdapter, type NodeHandler } from './node.js';
import { wiringOf } from './wiring.js';

/**
 * A handler for node:http, Express and Connect.
 *
 * ```ts
 * http.createServer(createNodeMiddleware(callback)).listen(8080);
 * app.all('/vk', createNodeMiddleware(callback)); // Express: `all`, so other methods get our 405
 * ```
 */
export function createNodeMiddleware(callback: Callback): NodeHandler {
  const { respond, bodyLimit } = wiringOf(callback, 'createNodeMiddleware');
  return nodeAdapter(respond, bodyLimit);
}

/**
 * A `Request` → `Response` handler for Fetch-API runtimes: Hono, Bun, Deno, Cloudflare Workers,
 * Next.js route handlers. It is a closure, so it can be passed around unbound.
 *
 * ```ts
 * const handler = createFetchHandler(callback);
 * app.post('/vk', (c) => handler(c.req.raw)); // Hono
 * export default { fetch: handler };           // Bun, Deno, Workers
 * ```
 */
export function createFetchHandler(callback: Callback): (request: Request) => Promise<Response> {
  const { respond, bodyLimit } = wiringOf(callback, 'createFetchHandler');
  return fetchAdapter(respond, bodyLimit);
}

/**
 * A Fastify plugin (encapsulated: its raw-body parser stays inside). `options` are defaults that
 * the options given to `register` override.
 *
 * ```ts
 * await app.register(createFastifyPlugin(callback, { path: '/vk' }), { prefix: '/hooks' });
 * ```
 */
export function createFastifyPlugin(callback: Callback, options: FastifyAdapterOptions = {}): FastifyPlugin {
  const { respond, bodyLimit } = wiringOf(callback, 'createFastifyPlugin');
  const plugin = fastifyAdapter(respond, bodyLimit);
  return (instance, registerOptions, done) => plugin(instance, { ...options, ...registerOptions }, done);
}

/**
 * Koa middleware: answers `path` (exact match) and passes other requests on; without `path`,
 * every request.
 *
 * ```ts
 * app.use(createKoaMiddleware(callback, { path: '/vk' }));
 * ```
 */
export function createKoaMiddleware(callback: Callback, options?: KoaAdapterOptions): KoaMiddleware {
  const { respond, bodyLimit } = wiringOf(callback, 'createKoaMiddleware');
  return koaAdapter(respond, bodyLimit, options);
}
