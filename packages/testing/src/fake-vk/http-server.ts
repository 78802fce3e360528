import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { compress, pickCoding } from './compress.js';
import type { FakeHttpRequest, FakeHttpResponse, Router } from './router.js';

/**
 * The fake's HTTP plumbing: listen on loopback, read bodies with a size limit, route, answer,
 * and never let bad input take the process down. Everything VK-specific lives in the routes.
 */

/** Bodies this many times over the limit are not even drained: the connection is cut. */
const DRAIN_FACTOR = 16;

type BodyResult = { ok: true; body: Buffer } | { ok: false; reason: 'too-large' | 'aborted' };

function readBody(request: IncomingMessage, limit: number): Promise<BodyResult> {
  return new Promise((resolve) => {
    const declared = Number(request.headers['content-length']);
    let tooLarge = Number.isFinite(declared) && declared > limit;
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) tooLarge = true;
      // Keep draining an oversized body (up to a cap) so the client is not cut off mid-upload
      // and can read the 413; past the cap the connection is dropped instead.
      if (size > limit * DRAIN_FACTOR) {
        request.destroy();
        resolve({ ok: false, reason: 'aborted' });
        return;
      }
      if (!tooLarge) chunks.push(chunk);
    });
    request.on('end', () => resolve(tooLarge ? { ok: false, reason: 'too-large' } : { ok: true, body: Buffer.concat(chunks) }));
    request.on('error', () => resolve({ ok: false, reason: 'aborted' }));
    request.on('close', () => resolve({ ok: false, reason: 'aborted' }));
  });
}

function flatHeaders(request: IncomingMessage): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(request.headers)) {
    if (value !== undefined) headers[name] = Array.isArray(value) ? value.join(', ') : value;
  }
  return headers;
}

/** Answers `answer`, compressed when the request's `Accept-Encoding` allows (see compress.ts). */
function send(request: IncomingMessage, response: ServerResponse, answer: FakeHttpResponse): void {
  if (response.headersSent || response.destroyed) return;
  if ('reset' in answer) {
    response.destroy();
    return;
  }
  const status = answer.status ?? 200;
  const isJson = 'json' in answer;
  const text = isJson ? JSON.stringify(answer.json) : answer.text;
  const coding = text === '' ? undefined : pickCoding(request.headers['accept-encoding']);
  const body = coding === undefined ? Buffer.from(text) : compress(Buffer.from(text), coding);
  response.writeHead(status, {
    'content-type': isJson ? 'application/json; charset=utf-8' : 'text/plain; charset=utf-8',
    'content-length': body.length,
    vary: 'Accept-Encoding',
    ...(coding === undefined ? {} : { 'content-encoding': coding }),
    ...answer.headers,
  });
  response.end(body);
}

/** A JSON error for requests that are not VK API calls at all (wrong path, huge body, …). */
export function httpError(status: number, error: string, message: string, headers?: Record<string, string>): FakeHttpResponse {
  return { status, json: { error, message }, ...(headers ? { headers } : {}) };
}

export interface HttpHostOptions {
  router: Router;
  maxBodyBytes: number;
  /** Called for every request whose body was read, before routing (for `fake.requests`). */
  onRequest: (request: FakeHttpRequest) => void;
  /** Requests it answers itself, body unread (upload servers stream); undefined passes the request on. */
  raw?: (request: IncomingMessage, response: ServerResponse, url: URL) => Promise<void> | undefined;
}

export class HttpHost {
  readonly #server: Server;
  readonly #options: HttpHostOptions;
  readonly #inFlight = new Set<Promise<void>>();
  #closing: Promise<void> | undefined;

  constructor(options: HttpHostOptions) {
    this.#options = options;
    this.#server = createServer((request, response) => {
      const work = this.#serve(request, response).catch(() => {
        // #serve answers every failure itself; this only guards against a broken socket.
        if (!response.headersSent) response.destroy();
      });
      this.#inFlight.add(work);
      void work.finally(() => this.#inFlight.delete(work));
    });
    // Malformed HTTP (bad request line, oversized headers): answer 400 and move on.
    this.#server.on('clientError', (_error, socket) => {
      if (socket.writable) socket.end('HTTP/1.1 400 Bad Request\r\nconnection: close\r\ncontent-length: 0\r\n\r\n');
      else socket.destroy();
    });
  }

  /** Listen on 127.0.0.1 on a free port; resolves with the base URL. */
  listen(): Promise<string> {
    return new Promise((resolve, reject) => {
      this.#server.once('error', reject);
      this.#server.listen(0, '127.0.0.1', () => {
        this.#server.off('error', reject);
        const address = this.#server.address();
        // A TCP listener always reports an AddressInfo; a string would mean a pipe/socket path.
        if (address === null || typeof address === 'string') reject(new Error('the fake VK did not get a TCP port'));
        else resolve(`http://127.0.0.1:${address.port}`);
      });
    });
  }

  /** Stop accepting connections, let requests in progress finish, then drop idle sockets. */
  close(): Promise<void> {
    this.#closing ??= (async () => {
      const closed = new Promise<void>((resolve) => this.#server.close(() => resolve()));
      // Keep-alive sockets with no request in progress would hold close() open.
      this.#server.closeIdleConnections();
      while (this.#inFlight.size > 0) await Promise.allSettled([...this.#inFlight]);
      this.#server.closeAllConnections();
      await closed;
    })();
    return this.#closing;
  }

  async #serve(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const method = request.method ?? 'GET';
    const raw = this.#options.raw?.(request, response, url);
    if (raw !== undefined) return raw;
    const body = await readBody(request, this.#options.maxBodyBytes);
    if (!body.ok) {
      if (body.reason === 'too-large') {
        send(request, response, httpError(413, 'payload_too_large', `The request body exceeds ${this.#options.maxBodyBytes} bytes`, { connection: 'close' }));
      }
      return;
    }
    const received: FakeHttpRequest = {
      method,
      path: url.pathname,
      pathParams: {},
      query: url.searchParams,
      body: body.body.toString('utf8'),
      headers: flatHeaders(request),
    };
    this.#options.onRequest(received);
    const match = this.#options.router.match(method, url.pathname);
    if (match.kind === 'not-found') {
      send(request, response, httpError(404, 'not_found', `The fake VK serves nothing at ${method} ${url.pathname}`));
      return;
    }
    if (match.kind === 'wrong-method') {
      send(request, response, httpError(405, 'method_not_allowed', `${url.pathname} accepts ${match.allowed.join(', ')}`, { allow: match.allowed.join(', ') }));
      return;
    }
    try {
      send(request, response, await match.handler({ ...received, pathParams: match.pathParams }));
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      send(request, response, httpError(500, 'internal_error', `The route handler for ${url.pathname} failed: ${message}`));
    }
  }
}
