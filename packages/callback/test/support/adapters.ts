/**
 * The receiver mounted in each framework it has an adapter for, each on its own loopback server
 * with the real framework (devDependencies of @vkts/callback). `start` resolves with the URL of
 * the endpoint VK would post to.
 */
import type { Server } from 'node:http';
import { serve } from '@hono/node-server';
import express from 'express';
import Fastify from 'fastify';
import { Hono } from 'hono';
import Koa from 'koa';
import { createFastifyPlugin, createFetchHandler, createKoaMiddleware, createNodeMiddleware, type Callback } from '../../src/index.js';
import { listen, type Listening } from './http.js';

export interface Harness {
  readonly name: string;
  /** True when the adapter reads the raw body itself (size limit and JSON errors are ours). */
  readonly raw: boolean;
  start(callback: Callback): Promise<Listening>;
}

function portOf(server: Server): number {
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('the test server got no TCP port');
  return address.port;
}

function closing(server: Server): () => Promise<void> {
  return () =>
    new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    });
}

function listening(server: Server): Promise<void> {
  return new Promise((resolve, reject) => {
    if (server.listening) resolve();
    else {
      server.once('listening', resolve);
      server.once('error', reject);
    }
  });
}

export const nodeHttp: Harness = {
  name: 'node:http',
  raw: true,
  async start(callback) {
    return listen(createNodeMiddleware(callback));
  },
};

export const expressRaw: Harness = {
  name: 'express (no body parser)',
  raw: true,
  async start(callback) {
    const app = express();
    app.all('/vk', createNodeMiddleware(callback));
    const server = app.listen(0, '127.0.0.1');
    await listening(server);
    return { url: `http://127.0.0.1:${portOf(server)}/vk`, close: closing(server) };
  },
};

export const expressJson: Harness = {
  name: 'express + express.json()',
  raw: false,
  async start(callback) {
    const app = express();
    app.use(express.json());
    app.all('/vk', createNodeMiddleware(callback));
    const server = app.listen(0, '127.0.0.1');
    await listening(server);
    return { url: `http://127.0.0.1:${portOf(server)}/vk`, close: closing(server) };
  },
};

export const expressText: Harness = {
  name: 'express + express.text({ type: "*/*" })',
  raw: false,
  async start(callback) {
    const app = express();
    app.use(express.text({ type: '*/*' }));
    app.all('/vk', createNodeMiddleware(callback));
    const server = app.listen(0, '127.0.0.1');
    await listening(server);
    return { url: `http://127.0.0.1:${portOf(server)}/vk`, close: closing(server) };
  },
};

export const fastify: Harness = {
  name: 'fastify',
  raw: true,
  async start(callback) {
    const app = Fastify();
    await app.register(createFastifyPlugin(callback), { path: '/vk' });
    const address = await app.listen({ port: 0, host: '127.0.0.1' });
    return { url: `${address}/vk`, close: () => app.close() };
  },
};

export const koa: Harness = {
  name: 'koa',
  raw: true,
  async start(callback) {
    const app = new Koa();
    // With a listener, Koa reports errors here instead of logging them to stderr.
    const frameworkErrors: Error[] = [];
    app.on('error', (error: Error) => void frameworkErrors.push(error));
    app.use(createKoaMiddleware(callback, { path: '/vk' }));
    const server = app.listen(0, '127.0.0.1');
    await listening(server);
    return { url: `http://127.0.0.1:${portOf(server)}/vk`, close: closing(server), frameworkErrors };
  },
};

export const hono: Harness = {
  name: 'hono (@hono/node-server, createFetchHandler)',
  raw: true,
  async start(callback) {
    const app = new Hono();
    const handler = createFetchHandler(callback);
    app.all('/vk', (c) => handler(c.req.raw));
    let onListening: (port: number) => void = () => {};
    const port = new Promise<number>((resolve) => {
      onListening = resolve;
    });
    const started = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, (info) => onListening(info.port));
    return {
      url: `http://127.0.0.1:${await port}/vk`,
      close: () =>
        new Promise<void>((resolve) => {
          // Keep-alive sockets from fetch would hold close() open.
          if ('closeAllConnections' in started) started.closeAllConnections();
          started.close(() => resolve());
        }),
    };
  },
};

/** Every adapter that reads the raw request itself. */
export const rawHarnesses: readonly Harness[] = [nodeHttp, expressRaw, fastify, koa, hono];
/** Every adapter setup, including Express with body parsers in front. */
export const allHarnesses: readonly Harness[] = [...rawHarnesses, expressJson, expressText];
