// exchange(): one request through a dispatcher's `dispatch`, gathered whole, against a real server.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { HttpDispatcher } from '@vkts/types';
import { Agent, type Client, type Pool, type ProxyAgent, type RetryAgent } from 'undici';
import { afterAll, beforeAll, describe, expect, expectTypeOf, it } from 'vitest';
import { ExchangeAbortedError, exchange } from '../src/index.js';

let server: Server;
let origin = '';
const hold: Array<() => void> = [];
beforeAll(async () => {
  server = createServer((req, res) => {
    if (req.url === '/hold') {
      hold.push(() => res.end());
      return;
    }
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => (body += chunk));
    req.on('end', () => {
      res.writeHead(201, { 'content-type': 'application/json', 'content-encoding': 'identity' });
      // Two writes: the body arrives in more than one chunk.
      res.write(`{"method":"${req.method}","url":"${req.url}",`);
      res.end(`"body":${JSON.stringify(body)}}`);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  for (const release of hold) release();
  await new Promise((resolve) => server.close(resolve));
});

describe('exchange', () => {
  it('sends the request and gathers status, headers and the whole body', async () => {
    const agent = new Agent();
    const answer = await exchange(agent, { origin, path: '/method/x?a=1', method: 'POST', headers: { 'content-type': 'text/plain' }, body: 'v=5' }, () => true);
    expect(answer.status).toBe(201);
    expect(answer.contentType).toBe('application/json');
    expect(answer.contentEncoding).toBe('identity');
    expect(JSON.parse(answer.body.toString('utf8'))).toEqual({ method: 'POST', url: '/method/x?a=1', body: 'v=5' });
    await agent.close();
  });

  it('sends nothing when watch says the request is aborted already', async () => {
    let dispatched = 0;
    const dispatcher: HttpDispatcher = {
      dispatch: () => {
        dispatched += 1;
        return true;
      },
    };
    await expect(exchange(dispatcher, { origin, path: '/', method: 'GET' }, () => false)).rejects.toBeInstanceOf(ExchangeAbortedError);
    expect(dispatched).toBe(0);
  });

  it('rejects with the abort when watch fires while the answer is awaited', async () => {
    const agent = new Agent();
    let abort: (() => void) | undefined;
    const pending = exchange(agent, { origin, path: '/hold', method: 'GET' }, (fire) => {
      abort = fire;
      return true;
    });
    while (hold.length === 0) await new Promise((resolve) => setTimeout(resolve, 5));
    abort?.();
    await expect(pending).rejects.toBeInstanceOf(ExchangeAbortedError);
    await agent.destroy();
  });
});

describe('HttpDispatcher', () => {
  it("takes every kind of undici dispatcher, so the options need no undici declarations", () => {
    expectTypeOf<Agent>().toExtend<HttpDispatcher>();
    expectTypeOf<Pool>().toExtend<HttpDispatcher>();
    expectTypeOf<Client>().toExtend<HttpDispatcher>();
    expectTypeOf<ProxyAgent>().toExtend<HttpDispatcher>();
    expectTypeOf<RetryAgent>().toExtend<HttpDispatcher>();
    expectTypeOf<ReturnType<Agent['compose']>>().toExtend<HttpDispatcher>();
    expectTypeOf<{ request(): void }>().not.toExtend<HttpDispatcher>();
  });
});
