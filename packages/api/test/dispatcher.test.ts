// The HTTP layer: a keep-alive Agent of the client's own, and a caller's undici dispatcher
// honoured for every request, proven with real servers (a counting reverse proxy, a CONNECT
// proxy) and a real Agent whose connector counts connections.
import { connect as netConnect } from 'node:net';
import type { FakeVk } from '@vkts/testing';
import { Agent, ProxyAgent, buildConnector } from 'undici';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApi } from '../src/index.js';
import { GROUP_TOKEN, clientFor, recordRequests, settledCount, startCountingProxy, startFake, startServer, until, useFakeClock } from './helpers.js';

describe('transport', () => {
  let fake: FakeVk;
  beforeAll(async () => {
    fake = await startFake();
  });
  afterAll(() => fake.close());

  // undici's pool may open a second connection for a request sent the moment the previous
  // answer was read (the first connection is not marked idle yet); after that both are reused.
  it('keeps connections alive: ten sequential calls use at most two connections', async () => {
    const proxy = await startCountingProxy(fake.url);
    const api = clientFor(proxy);
    for (let i = 0; i < 10; i += 1) await api.groups.getById({ group_ids: [1] });
    expect(proxy.requests()).toBe(10);
    expect(proxy.connections()).toBeLessThanOrEqual(2);
  });

  it("uses a caller's Agent for every request and leaves it open on close()", async () => {
    let connections = 0;
    const connector = buildConnector({});
    const agent = new Agent({
      connect: (options, callback) => {
        connections += 1;
        connector(options, callback);
      },
    });
    const sent = recordRequests(fake);
    const api = createApi({ token: GROUP_TOKEN, tokenType: 'group', baseUrl: fake.url, rateLimit: false, dispatcher: agent });
    for (let i = 0; i < 6; i += 1) await api.groups.getById({ group_ids: [1] });
    await api.close();
    expect(sent()).toHaveLength(6);
    expect(connections).toBeGreaterThanOrEqual(1);
    expect(connections).toBeLessThanOrEqual(2);
    // Still usable: the client did not close what it did not create.
    const again = createApi({ token: GROUP_TOKEN, tokenType: 'group', baseUrl: fake.url, dispatcher: agent });
    await expect(again.groups.getById({ group_ids: [1] })).resolves.toMatchObject({ groups: [{ id: 1 }] });
    await agent.close();
  });

  it('goes through an HTTP CONNECT proxy given as a ProxyAgent', async () => {
    const tunnels: string[] = [];
    const proxy = await startServer(
      (_req, res) => res.writeHead(405).end(),
      (server) =>
        server.on('connect', (req, clientSocket, head) => {
          tunnels.push(req.url ?? '');
          const [host = '', port = ''] = (req.url ?? '').split(':');
          const upstream = netConnect(Number(port), host, () => {
            clientSocket.write('HTTP/1.1 200 Connection Established\r\n\r\n');
            upstream.write(head);
            upstream.pipe(clientSocket);
            clientSocket.pipe(upstream);
          });
          upstream.on('error', () => clientSocket.destroy());
          clientSocket.on('error', () => upstream.destroy());
        }),
    );
    const dispatcher = new ProxyAgent({ uri: proxy.url, proxyTunnel: true });
    const sent = recordRequests(fake);
    const api = clientFor(fake, { dispatcher });
    await api.groups.getById({ group_ids: [1] });
    await api.users.get({ user_ids: [1] });
    expect(tunnels.length).toBeGreaterThanOrEqual(1);
    expect(new Set(tunnels)).toEqual(new Set([new URL(fake.url).host]));
    expect(sent().map((r) => [r.method, r.headers['authorization']])).toEqual([
      ['groups.getById', 'Bearer [REDACTED]'],
      ['users.get', 'Bearer [REDACTED]'],
    ]);
    await dispatcher.close();
  });

  it('close() closes its own Agent; later calls fail at once, without retries', async () => {
    const api = createApi({ token: GROUP_TOKEN, tokenType: 'group', baseUrl: fake.url, rateLimit: false });
    await api.groups.getById({ group_ids: [1] });
    await api.close();
    useFakeClock(); // a retry would wait on the clock, which stands still: the call must end without
    const sent = recordRequests(fake);
    const call = api.groups.getById({ group_ids: [1] });
    const settled = settledCount([call]);
    await until(() => settled() === 1, 'the call to fail');
    await expect(call).rejects.toMatchObject({
      name: 'TransportError',
      kind: 'closed',
      message: 'groups.getById: the client was closed (api.close())',
    });
    expect(sent()).toHaveLength(0);
  });
});
