// The adapters are called one way, createXxx(callback, options?); the receiver's own members
// (callback.node(), .fetch, .fastify, .koa()) still work for one minor as deprecated aliases.
import Fastify from 'fastify';
import Koa from 'koa';
import { afterEach, describe, expect, it } from 'vitest';
import { createCallback, createFastifyPlugin, createFetchHandler, createKoaMiddleware, createNodeMiddleware } from '../src/index.js';
import { CODE, SECRET, confirmation, groupJoin } from './support/events.js';
import { listen, send } from './support/http.js';

const closers: (() => Promise<void>)[] = [];
afterEach(async () => {
  await Promise.all(closers.splice(0).map((close) => close()));
});

function receiver() {
  return createCallback({ confirmation: CODE, secret: SECRET });
}

describe('the create* factories', () => {
  it.each([
    ['createNodeMiddleware', () => createNodeMiddleware({} as never)],
    ['createFetchHandler', () => createFetchHandler({} as never)],
    ['createFastifyPlugin', () => createFastifyPlugin(null as never)],
    ['createKoaMiddleware', () => createKoaMiddleware(undefined as never)],
  ])('%s refuses anything but a receiver from createCallback()', (name, make) => {
    expect(make).toThrow(new TypeError(`${name}: the first argument must be a receiver from createCallback()`));
  });

  it('createFastifyPlugin: its options are defaults, the register options win', async () => {
    const callback = receiver();
    const app = Fastify();
    await app.register(createFastifyPlugin(callback, { path: '/default' }), { path: '/given' });
    const base = await app.listen({ port: 0, host: '127.0.0.1' });
    closers.push(() => app.close());
    expect(await send(`${base}/given`, confirmation())).toMatchObject({ status: 200, body: CODE });
    expect((await send(`${base}/default`, confirmation())).status).toBe(404);
  });
});

describe('deprecated receiver members answer like the factories', () => {
  it('callback.node()', async () => {
    const server = await listen(receiver().node());
    closers.push(server.close);
    expect(await send(server.url, confirmation())).toMatchObject({ status: 200, body: CODE });
  });

  it('callback.fetch, unbound, and callback.fastify stays one plugin', async () => {
    const callback = receiver();
    const { fetch } = callback;
    const answer = await fetch(new Request('http://127.0.0.1/vk', { method: 'POST', body: JSON.stringify(groupJoin()) }));
    expect({ status: answer.status, body: await answer.text() }).toEqual({ status: 200, body: 'ok' });
    expect(callback.fastify).toBe(callback.fastify);
    const app = Fastify();
    await app.register(callback.fastify, { path: '/vk' });
    const base = await app.listen({ port: 0, host: '127.0.0.1' });
    closers.push(() => app.close());
    expect(await send(`${base}/vk`, confirmation())).toMatchObject({ status: 200, body: CODE });
  });

  it('callback.koa(options)', async () => {
    const app = new Koa();
    app.use(receiver().koa({ path: '/vk' }));
    const server = await listen(app.callback());
    closers.push(server.close);
    expect(await send(`${server.url}/vk`, confirmation())).toMatchObject({ status: 200, body: CODE });
  });
});
