/**
 * What is specific to each adapter, over real HTTP with the real frameworks: body parsers that ran
 * before us, mounting paths, encapsulation, the retry header, and handle() itself without HTTP.
 */
import type { EventContext } from '@vkts/events';
import express from 'express';
import Fastify from 'fastify';
import Koa from 'koa';
import { afterEach, describe, expect, it } from 'vitest';
import { createCallback, createFastifyPlugin, createFetchHandler, createKoaMiddleware, createNodeMiddleware, type Callback } from '../src/index.js';
import { allHarnesses } from './support/adapters.js';
import { CODE, GROUP_ID, SECRET, confirmation, groupJoin } from './support/events.js';
import { listen, send, type Listening } from './support/http.js';

const closers: Array<() => Promise<void>> = [];
afterEach(async () => {
  await Promise.all(closers.splice(0).map((close) => close()));
});

function receiver(): { callback: Callback; contexts: EventContext[] } {
  const callback = createCallback({ confirmation: CODE, secret: SECRET, onError: () => {} });
  const contexts: EventContext[] = [];
  callback.router.on('group_join', (_event, context) => void contexts.push(context));
  return { callback, contexts };
}

async function track(server: Listening): Promise<Listening> {
  closers.push(() => server.close());
  return server;
}

describe.each(allHarnesses)('$name', (harness) => {
  it('answers confirmation and events, and passes X-Retry-Counter into the context', async () => {
    const { callback, contexts } = receiver();
    const server = await track(await harness.start(callback));
    expect(await send(server.url, confirmation())).toMatchObject({ status: 200, body: CODE, contentType: 'text/plain; charset=utf-8' });
    expect(await send(server.url, groupJoin(), { retry: 3 })).toMatchObject({ status: 200, body: 'ok' });
    expect(contexts.map((context) => context.retry)).toEqual([3]);
  });
});

describe('Express and Connect body parsers', () => {
  async function expressWith(parser: express.RequestHandler | undefined): Promise<{ url: string; contexts: EventContext[] }> {
    const { callback, contexts } = receiver();
    const app = express();
    if (parser !== undefined) app.use(parser);
    app.all('/vk', createNodeMiddleware(callback));
    const server = app.listen(0, '127.0.0.1');
    await new Promise<void>((resolve) => server.once('listening', () => resolve()));
    const address = server.address();
    if (address === null || typeof address === 'string') throw new Error('no port');
    closers.push(
      () =>
        new Promise<void>((resolve) => {
          server.closeAllConnections();
          server.close(() => resolve());
        }),
    );
    return { url: `http://127.0.0.1:${address.port}/vk`, contexts };
  }

  it.each([
    ['express.json()', express.json()],
    ['express.text({ type: "*/*" })', express.text({ type: '*/*' })],
    ['express.raw({ type: "*/*" })', express.raw({ type: '*/*' })],
  ])('uses what %s produced', async (_name, parser) => {
    const { url, contexts } = await expressWith(parser);
    expect(await send(url, groupJoin())).toMatchObject({ status: 200, body: 'ok' });
    expect(contexts).toHaveLength(1);
  });

  it('reads the stream itself when the parser skipped the request (content type it does not handle)', async () => {
    const { url, contexts } = await expressWith(express.json());
    expect(await send(url, JSON.stringify(groupJoin()), { headers: { 'content-type': 'text/plain' } })).toMatchObject({ status: 200, body: 'ok' });
    expect(contexts).toHaveLength(1);
  });

  it('applies its own size limit to a body the parser handed over as text', async () => {
    const callback = createCallback({ confirmation: CODE, secret: SECRET, bodyLimit: 100 });
    const app = express();
    app.use(express.text({ type: '*/*' }));
    app.all('/vk', createNodeMiddleware(callback));
    const server = app.listen(0, '127.0.0.1');
    await new Promise<void>((resolve) => server.once('listening', () => resolve()));
    const address = server.address();
    if (address === null || typeof address === 'string') throw new Error('no port');
    closers.push(() => new Promise<void>((resolve) => server.close(() => resolve())));
    expect(await send(`http://127.0.0.1:${address.port}/vk`, groupJoin({ pad: 'x'.repeat(200) }))).toMatchObject({
      status: 413,
      body: 'body too large: the limit is 100 bytes',
    });
  });
});

describe('Koa', () => {
  it('passes other paths on to the next middleware', async () => {
    const { callback } = receiver();
    const app = new Koa();
    app.use(createKoaMiddleware(callback, { path: '/vk' }));
    app.use((ctx) => {
      ctx.body = 'the rest of the app';
    });
    const server = app.listen(0, '127.0.0.1');
    await new Promise<void>((resolve) => server.once('listening', () => resolve()));
    const address = server.address();
    if (address === null || typeof address === 'string') throw new Error('no port');
    closers.push(() => new Promise<void>((resolve) => server.close(() => resolve())));
    const base = `http://127.0.0.1:${address.port}`;
    expect(await send(`${base}/elsewhere`, undefined, { method: 'GET' })).toMatchObject({ status: 200, body: 'the rest of the app' });
    expect(await send(`${base}/vk`, undefined, { method: 'GET' })).toMatchObject({ status: 405 });
  });

  it('uses ctx.request.body when a body parser ran before it', async () => {
    const { callback, contexts } = receiver();
    const app = new Koa();
    // A body parser as koa-body / @koa/bodyparser do it: read the stream, leave the result.
    app.use(async (ctx, next) => {
      let text = '';
      for await (const chunk of ctx.req) text += String(chunk);
      Object.assign(ctx.request, { body: JSON.parse(text) });
      await next();
    });
    app.use(createKoaMiddleware(callback));
    const server = app.listen(0, '127.0.0.1');
    await new Promise<void>((resolve) => server.once('listening', () => resolve()));
    const address = server.address();
    if (address === null || typeof address === 'string') throw new Error('no port');
    closers.push(() => new Promise<void>((resolve) => server.close(() => resolve())));
    expect(await send(`http://127.0.0.1:${address.port}/any`, groupJoin())).toMatchObject({ status: 200, body: 'ok' });
    expect(contexts).toHaveLength(1);
  });

  it('checks the path option', () => {
    const { callback } = receiver();
    expect(() => createKoaMiddleware(callback, { path: 'vk' })).toThrow(/^createKoaMiddleware: `path` must start with '\/'/);
  });
});

describe('Fastify', () => {
  it('keeps its raw-body parser to its own context: the app’s JSON routes still parse JSON', async () => {
    const { callback, contexts } = receiver();
    const app = Fastify();
    app.post('/api/echo', async (request) => ({ got: request.body }));
    await app.register(createFastifyPlugin(callback), { prefix: '/hooks', path: '/vk' });
    const base = await app.listen({ port: 0, host: '127.0.0.1' });
    closers.push(() => app.close());
    expect(await send(`${base}/hooks/vk`, groupJoin())).toMatchObject({ status: 200, body: 'ok' });
    expect(contexts).toHaveLength(1);
    expect(JSON.parse((await send(`${base}/api/echo`, { a: 1 })).body)).toEqual({ got: { a: 1 } });
  });

  it('answers a request without a content type', async () => {
    const { callback, contexts } = receiver();
    const app = Fastify();
    await app.register(createFastifyPlugin(callback, { path: '/vk' }));
    const base = await app.listen({ port: 0, host: '127.0.0.1' });
    closers.push(() => app.close());
    const response = await fetch(`${base}/vk`, { method: 'POST', body: new Blob([JSON.stringify(groupJoin())]) });
    expect({ status: response.status, body: await response.text() }).toEqual({ status: 200, body: 'ok' });
    expect(contexts).toHaveLength(1);
  });
});

describe('the Fetch adapter in a plain node:http bridge', () => {
  it('turns a Request into a Response', async () => {
    const { callback } = receiver();
    const server = await track(
      await listen(async (request, response) => {
        const chunks: Buffer[] = [];
        for await (const chunk of request) chunks.push(Buffer.from(chunk));
        const answer = await createFetchHandler(callback)(
          new Request(`http://127.0.0.1${request.url ?? '/'}`, {
            method: request.method ?? 'GET',
            headers: Object.entries(request.headers).flatMap(([name, value]) => (typeof value === 'string' ? [[name, value]] : [])),
            ...(request.method === 'POST' ? { body: Buffer.concat(chunks) } : {}),
          }),
        );
        response.writeHead(answer.status, Object.fromEntries(answer.headers));
        response.end(await answer.text());
      }),
    );
    expect(await send(server.url, confirmation())).toMatchObject({ status: 200, body: CODE });
  });
});

describe('handle() without HTTP', () => {
  it('takes text, bytes, ArrayBuffer or an already parsed body, and a Headers object or a lower-case record', async () => {
    const { callback, contexts } = receiver();
    const text = JSON.stringify(groupJoin());
    expect(await callback.handle({ body: text, headers: { 'x-retry-counter': '1' } })).toEqual({
      status: 200,
      headers: { 'content-type': 'text/plain; charset=utf-8', 'content-length': '2' },
      body: 'ok',
    });
    expect((await callback.handle({ body: new TextEncoder().encode(JSON.stringify(groupJoin())), headers: new Headers({ 'x-retry-counter': '2' }) })).body).toBe('ok');
    expect((await callback.handle({ body: new TextEncoder().encode(JSON.stringify(groupJoin())).buffer })).body).toBe('ok');
    expect((await callback.handle({ body: groupJoin(), method: 'post' })).body).toBe('ok');
    expect(contexts.map((context) => context.retry)).toEqual([1, 2, undefined, undefined]);
    expect(await callback.handle({ body: undefined })).toMatchObject({ status: 400, body: 'bad request: the body is not JSON' });
    expect(await callback.handle({ body: null })).toMatchObject({ status: 400, body: 'bad request: not a VK event (got null)' });
    expect(await callback.handle({ body: groupJoin(), method: 'GET' })).toMatchObject({ status: 405 });
    expect(await callback.handle({ body: { ...groupJoin(), group_id: GROUP_ID + 1 } })).toMatchObject({ status: 200 });
  });

  it('ignores a retry counter that is not a number', async () => {
    const { callback, contexts } = receiver();
    await callback.handle({ body: groupJoin(), headers: { 'x-retry-counter': 'soon' } });
    await callback.handle({ body: groupJoin(), headers: { 'x-retry-counter': ['4', '5'] } });
    expect(contexts.map((context) => context.retry)).toEqual([undefined, 4]);
  });
});
