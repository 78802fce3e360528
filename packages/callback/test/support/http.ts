/**
 * Real HTTP for the receiver's tests: servers on 127.0.0.1 (random ports) and a plain `fetch`
 * client, so every test goes through sockets, headers and bodies as VK's requests would.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';

export interface Listening {
  readonly url: string;
  close(): Promise<void>;
  /**
   * Errors the framework reported on its own channel (Koa's app `error` event), kept here instead
   * of being logged to stderr, so tests can assert on them.
   */
  readonly frameworkErrors?: readonly Error[];
}

/** Serves a node:http handler on a free loopback port. */
export async function listen(handler: (request: IncomingMessage, response: ServerResponse) => unknown): Promise<Listening> {
  const server = createServer((request, response) => {
    void handler(request, response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  // A TCP listener reports an AddressInfo; a string would be a pipe path.
  if (address === null || typeof address === 'string') throw new Error('the test server got no TCP port');
  return {
    url: `http://127.0.0.1:${address.port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export interface Answer {
  readonly status: number;
  readonly body: string;
  readonly contentType: string | null;
  readonly headers: Headers;
}

export interface PostOptions {
  readonly method?: string;
  readonly headers?: Record<string, string>;
  /** Retry counter, sent as X-Retry-Counter. */
  readonly retry?: number;
}

/** Sends a request; a non-string body is sent as JSON. */
export async function send(url: string, body: unknown, options: PostOptions = {}): Promise<Answer> {
  const method = options.method ?? 'POST';
  const headers: Record<string, string> = { ...options.headers };
  if (options.retry !== undefined) headers['x-retry-counter'] = String(options.retry);
  let payload: string | Uint8Array | undefined;
  if (method === 'GET' || method === 'HEAD') payload = undefined;
  else if (typeof body === 'string' || body instanceof Uint8Array) payload = body;
  else payload = JSON.stringify(body);
  if (payload !== undefined && !Object.keys(headers).some((name) => name.toLowerCase() === 'content-type')) {
    headers['content-type'] = 'application/json';
  }
  const response = await fetch(url, { method, headers, ...(payload === undefined ? {} : { body: payload }) });
  return { status: response.status, body: await response.text(), contentType: response.headers.get('content-type'), headers: response.headers };
}
