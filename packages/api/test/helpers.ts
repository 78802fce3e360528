// Shared set-up for the HTTP tests: the fake VK from @vkts/testing, clients pointed at it, and
// small real HTTP servers for what the fake does not do (outage pages, proxies, counting).
import { createServer, type IncomingMessage, type RequestListener, type Server, type ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import { inspect } from 'node:util';
import { createFakeVk, type FakeVk, type FakeVkOptions, type FakeVkRequest } from '@vkts/testing';
import { setTimeout as realDelay } from 'node:timers/promises';
import { onTestFinished, vi } from 'vitest';
import { createApi, type Api, type ApiOptions } from '../src/index.js';

export const GROUP_ID = 1;
export const USER_ID = 10;
// Distinctive, so a leak check searching serialised errors for them cannot match by accident.
export const GROUP_TOKEN = 'vk1.a.GROUP-SECRET-4f1d2c9e77';
export const USER_TOKEN = 'vk1.a.USER-SECRET-8b3e7a01aa';

/** A fake VK with one community, a group and a user token, and (unless asked) no rate limit. */
export function startFake(options: Partial<FakeVkOptions> = {}): Promise<FakeVk> {
  return createFakeVk({
    groups: [{ id: GROUP_ID, name: 'Test', screen_name: 'club1' }],
    tokens: [
      { token: GROUP_TOKEN, type: 'group', groupId: GROUP_ID },
      { token: USER_TOKEN, type: 'user', userId: USER_ID },
    ],
    rateLimit: false,
    ...options,
  });
}

/**
 * A client of `fake` (group token), closed when the test ends. Fast unless asked otherwise: no
 * client-side rate limit and retries without backoff.
 */
export function clientFor(fake: { url: string }, options: Partial<ApiOptions> = {}): Api {
  const api = createApi({
    token: GROUP_TOKEN,
    tokenType: 'group',
    baseUrl: fake.url,
    rateLimit: false,
    retry: { baseDelayMs: 1, maxDelayMs: 5 },
    ...options,
  });
  onTestFinished(() => api.close());
  return api;
}

/** The requests `fake` received from now on (a live view). */
export function recordRequests(fake: FakeVk): () => FakeVkRequest[] {
  const start = fake.requests.length;
  return () => fake.requests.slice(start);
}

export interface TestServer {
  readonly url: string;
  /** TCP connections accepted so far. */
  readonly connections: () => number;
  /** HTTP requests received so far. */
  readonly requests: () => number;
  close(): Promise<void>;
}

/** A real HTTP server on 127.0.0.1, closed when the test ends. */
export async function startServer(handler: RequestListener, setup?: (server: Server) => void): Promise<TestServer> {
  let connections = 0;
  let requests = 0;
  const sockets = new Set<Socket>();
  const server = createServer((req, res) => {
    requests += 1;
    handler(req, res);
  });
  server.on('connection', (socket) => {
    connections += 1;
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  setup?.(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('the test server has no TCP address');
  const { port } = address;
  const close = (): Promise<void> =>
    new Promise((resolve) => {
      for (const socket of sockets) socket.destroy();
      server.close(() => resolve());
    });
  onTestFinished(close);
  return { url: `http://127.0.0.1:${port}`, connections: () => connections, requests: () => requests, close };
}

/** A reverse proxy to `target` that counts the client's connections (to observe keep-alive). */
export function startCountingProxy(target: string): Promise<TestServer> {
  return startServer((req, res) => void forward(target, req, res));
}

async function forward(target: string, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(Buffer.from(chunk));
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (typeof value === 'string' && name !== 'host' && name !== 'connection' && name !== 'content-length') headers.set(name, value);
  }
  const answer = await fetch(`${target}${req.url ?? '/'}`, { method: req.method ?? 'GET', headers, body: Buffer.concat(chunks) });
  res.writeHead(answer.status, { 'content-type': answer.headers.get('content-type') ?? 'application/octet-stream' });
  res.end(Buffer.from(await answer.arrayBuffer()));
}

/** The rejection of `promise`, failing the test if it resolves. */
export async function rejectionOf(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected the call to fail');
}

/** `error` rendered every way an error gets printed or logged, cause chain included. */
export function allRenderings(error: unknown): string {
  const renderings: string[] = [
    String(error),
    JSON.stringify(error),
    inspect(error, { depth: 10 }),
    inspect(error, { depth: 10, showHidden: true }),
  ];
  let current: unknown = error;
  for (let depth = 0; current instanceof Error && depth < 10; depth += 1) {
    renderings.push(current.message, current.stack ?? '', JSON.stringify(current));
    current = current.cause;
  }
  return renderings.join('\n');
}

/**
 * Fakes the clock the client reads (`setTimeout`, `performance.now()`, `Date.now()`, which the fake
 * VK stamps requests with) until the test ends, while real I/O goes on: time moves only when the
 * test advances it, so limits and deadlines are checked exactly and never against a busy machine.
 */
export function useFakeClock(): void {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance', 'Date'] });
  onTestFinished(() => {
    vi.useRealTimers();
  });
}

/**
 * Resolves once `done()` holds, letting real I/O run meanwhile (the fake clock stands still).
 * Gives up with an error naming `what` after 30 s of real time, so a call that never settles fails
 * with a message instead of the test timeout.
 */
export async function until(done: () => boolean, what: string): Promise<void> {
  for (let waited = 0; !done(); waited += 2) {
    if (waited > 30_000) throw new Error(`gave up waiting for ${what}`);
    await realDelay(2);
  }
}

/**
 * Moves the fake clock forward in `stepMs` steps, letting real I/O run after each, until `done()`
 * holds: requests a timer releases go out close to the fake time of their release.
 */
export async function advanceUntil(done: () => boolean, what: string, stepMs = 10): Promise<void> {
  for (let step = 0; !done(); step += 1) {
    if (step > 2000) throw new Error(`gave up waiting for ${what}`);
    await vi.advanceTimersByTimeAsync(stepMs);
    await realDelay(2);
  }
}

/** How many of `promises` have settled so far (a live count); their rejections are handled here. */
export function settledCount(promises: readonly Promise<unknown>[]): () => number {
  let settled = 0;
  for (const promise of promises) {
    promise.then(
      () => (settled += 1),
      () => (settled += 1),
    );
  }
  return () => settled;
}
