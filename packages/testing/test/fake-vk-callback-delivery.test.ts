/**
 * The fake's outgoing Callback API: automatic confirmation on add/edit, and `fake.emit` with VK's
 * redelivery behaviour, against a plain node:http "bot" on loopback that records what it gets.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { apiValidators } from '@vkts/types/zod';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createFakeVk, type FakeVk } from '../src/index.js';
import { GROUP_ID, baseOptions, ok } from './support/vk-wire.js';

interface Received {
  body: Record<string, unknown>;
  retry: string | undefined;
}

type Reply = (received: Received, request: IncomingMessage) => { status?: number; body: string } | Promise<{ status?: number; body: string }>;

/** A loopback bot that records every request and answers with `reply`. */
async function startBot(reply: Reply): Promise<{ url: string; received: Received[]; server: Server; setReply: (next: Reply) => void }> {
  const received: Received[] = [];
  let current = reply;
  const server = createServer((request: IncomingMessage, response: ServerResponse) => {
    let text = '';
    request.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
    request.on('end', () => {
      const parsed: unknown = JSON.parse(text);
      const body = typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed) ? Object.fromEntries(Object.entries(parsed)) : {};
      const header = request.headers['x-retry-counter'];
      const entry: Received = { body, retry: typeof header === 'string' ? header : undefined };
      received.push(entry);
      void Promise.resolve(current(entry, request)).then((answer) => {
        if (response.destroyed) return;
        response.statusCode = answer.status ?? 200;
        response.end(answer.body);
      });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('no port');
  return { url: `http://127.0.0.1:${address.port}/cb`, received, server, setReply: (next) => (current = next) };
}

let fake: FakeVk;
const bots: Server[] = [];
beforeEach(async () => {
  fake = await createFakeVk(baseOptions);
});
afterEach(async () => {
  await fake.close();
  await Promise.all(
    bots.splice(0).map(
      (server) =>
        new Promise<void>((resolve) => {
          server.closeAllConnections();
          server.close(() => resolve());
        }),
    ),
  );
});

/** A bot that answers confirmation with the community's code and every event with `events`. */
async function confirmingBot(events: Reply = () => ({ body: 'ok' })): Promise<Awaited<ReturnType<typeof startBot>>> {
  const bot = await startBot((received, request) =>
    received.body.type === 'confirmation' ? { body: fake.callbackConfirmationCode(GROUP_ID) } : events(received, request),
  );
  bots.push(bot.server);
  return bot;
}

async function addServer(url: string, secret?: string): Promise<number> {
  const added = await ok(fake, 'groups.addCallbackServer', { group_id: GROUP_ID, url, title: 'bot', ...(secret === undefined ? {} : { secret_key: secret }) });
  return apiValidators['groups.addCallbackServer'].responses.response.parse(added).server_id;
}

async function statusOf(serverId: number): Promise<string> {
  for (let i = 0; i < 200; i++) {
    const status = fake.callbackServers(GROUP_ID).find((server) => server.id === serverId)?.status;
    if (status !== 'wait') return status ?? 'gone';
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  return 'wait';
}

describe('confirmation on add and edit', () => {
  it('POSTs confirmation (with the secret) to a new loopback server and marks it ok', async () => {
    const bot = await confirmingBot();
    const serverId = await addServer(bot.url, 's3cret');
    expect(await statusOf(serverId)).toBe('ok');
    expect(bot.received).toEqual([
      { body: { type: 'confirmation', group_id: GROUP_ID, event_id: expect.stringMatching(/^[0-9a-f]{40}$/), v: '5.199', secret: 's3cret' }, retry: undefined },
    ]);
    const listed = await ok(fake, 'groups.getCallbackServers', { group_id: GROUP_ID });
    expect(listed).toMatchObject({ items: [{ id: serverId, status: 'ok' }] });
  });

  it('marks the server failed when the answer is not the code', async () => {
    const bot = await startBot(() => ({ body: 'not the code' }));
    bots.push(bot.server);
    expect(await statusOf(await addServer(bot.url))).toBe('failed');
    expect(bot.received[0]?.body).not.toHaveProperty('secret');
  });

  it('asks again after an edit', async () => {
    const bot = await confirmingBot();
    const serverId = await addServer(bot.url, 'one');
    expect(await statusOf(serverId)).toBe('ok');
    await ok(fake, 'groups.editCallbackServer', { group_id: GROUP_ID, server_id: serverId, url: bot.url, title: 'bot', secret_key: 'two' });
    expect(await statusOf(serverId)).toBe('ok');
    expect(bot.received.map((received) => received.body.secret)).toEqual(['one', 'two']);
  });

  it('never contacts a URL off this machine: it stays unconfigured, and an explicit confirmation fails it', async () => {
    const serverId = await addServer('https://bot.example/callback');
    expect(fake.callbackServers(GROUP_ID)[0]?.status).toBe('unconfigured');
    expect(await fake.confirmCallbackServer(GROUP_ID, serverId)).toBe('failed');
  });

  it('confirmCallbackServer waits for the automatic confirmation, then asks once more', async () => {
    const bot = await confirmingBot();
    const serverId = await addServer(bot.url);
    expect(await fake.confirmCallbackServer(GROUP_ID, serverId)).toBe('ok');
    expect(bot.received).toHaveLength(2);
  });
});

describe('emit', () => {
  async function confirmedServer(events?: Reply, secret = 'sec'): Promise<{ bot: Awaited<ReturnType<typeof startBot>>; serverId: number }> {
    const bot = await confirmingBot(events);
    const serverId = await addServer(bot.url, secret);
    expect(await statusOf(serverId)).toBe('ok');
    await ok(fake, 'groups.setCallbackSettings', { group_id: GROUP_ID, server_id: serverId, group_join: 1, message_new: 1 });
    bot.received.length = 0;
    return { bot, serverId };
  }

  it("sends VK's envelope to each confirmed server with the type switched on, and reports delivery", async () => {
    const { bot, serverId } = await confirmedServer();
    const other = await confirmingBot();
    const otherId = await addServer(other.url);
    expect(await statusOf(otherId)).toBe('ok'); // confirmed, but group_join is off there
    other.received.length = 0;

    const deliveries = await fake.emit(GROUP_ID, { type: 'group_join', object: { user_id: 5, join_type: 'join' } });
    expect(deliveries).toEqual([
      {
        serverId,
        url: bot.url,
        delivered: true,
        event: { group_id: GROUP_ID, type: 'group_join', event_id: expect.stringMatching(/^[0-9a-f]{40}$/), v: '5.199', object: { user_id: 5, join_type: 'join' }, secret: 'sec' },
        attempts: [{ retry: undefined, status: 200, body: 'ok' }],
      },
    ]);
    expect(bot.received.map((received) => received.body)).toEqual([deliveries[0]?.event]);
    expect(other.received).toEqual([]);
  });

  it('redelivers with X-Retry-Counter and the same event_id until the answer is ok', async () => {
    let calls = 0;
    const { bot } = await confirmedServer(() => (++calls < 3 ? { status: 500, body: 'handler failed' } : { body: 'ok' }));
    const [delivery] = await fake.emit(GROUP_ID, { type: 'message_new', object: { message: { text: 'hi' } } }, { retryDelayMs: 0 });
    expect(delivery?.delivered).toBe(true);
    expect(delivery?.attempts.map((attempt) => [attempt.retry, attempt.status])).toEqual([
      [undefined, 500],
      [1, 500],
      [2, 200],
    ]);
    expect(bot.received.map((received) => received.retry)).toEqual([undefined, '1', '2']);
    expect(new Set(bot.received.map((received) => received.body.event_id)).size).toBe(1);
  });

  it('gives up after maxAttempts; only exactly `ok` with 200 counts', async () => {
    const answers = ['OK', 'ok\n', ' ok', '\uFEFFok'];
    const { bot } = await confirmedServer(() => ({ body: answers.shift() ?? 'nope' }));
    const [delivery] = await fake.emit(GROUP_ID, { type: 'group_join', object: {} }, { maxAttempts: 5, retryDelayMs: 0 });
    expect(delivery?.delivered).toBe(false);
    expect(delivery?.attempts).toHaveLength(5);
    expect(bot.received).toHaveLength(5);
  });

  it('times out a slow answer and redelivers while the first request is still open', async () => {
    let calls = 0;
    const open: number[] = [];
    let inside = 0;
    // The first answer is held until the redelivery arrives, so it can only end by the fake's
    // timeout; the redelivery is answered at once, well within the same timeout.
    let releaseFirst: () => void = () => {};
    const firstHeld = new Promise<void>((resolve) => (releaseFirst = resolve));
    const { bot } = await confirmedServer(async () => {
      calls += 1;
      inside += 1;
      open.push(inside);
      if (calls === 1) await firstHeld;
      else releaseFirst();
      inside -= 1;
      return { body: 'ok' };
    });
    const [delivery] = await fake.emit(GROUP_ID, { type: 'group_join', object: {} }, { timeoutMs: 1000, retryDelayMs: 0 });
    expect(delivery?.attempts.map((attempt) => attempt.status)).toEqual([null, 200]);
    expect(delivery?.attempts[0]?.error).toMatch(/TimeoutError|abort/i);
    // The redelivery reached the bot while it was still inside the first request.
    expect(open).toEqual([1, 2]);
    expect(bot.received.map((received) => received.retry)).toEqual([undefined, '1']);
  });

  it('sends types without a settings flag to every ok server, and refuses confirmation', async () => {
    const { bot } = await confirmedServer();
    const [delivery] = await fake.emit(GROUP_ID, { type: 'app_payload', object: { user_id: 1, app_id: 2, payload: '{}' } });
    expect(delivery?.delivered).toBe(true);
    expect(bot.received).toHaveLength(1);
    await expect(fake.emit(GROUP_ID, { type: 'confirmation' })).rejects.toThrow(/use fake.confirmCallbackServer/);
    await expect(fake.emit(GROUP_ID, { type: 'group_join' }, { maxAttempts: 0 })).rejects.toThrow(/maxAttempts must be an integer from 1 to 20/);
  });

  it('keeps a given event_id and sends nothing when no server is confirmed', async () => {
    expect(await fake.emit(GROUP_ID, { type: 'group_join', object: {} })).toEqual([]);
    const { bot } = await confirmedServer();
    await fake.emit(GROUP_ID, { type: 'group_join', object: {}, event_id: 'abc' });
    expect(bot.received[0]?.body.event_id).toBe('abc');
  });

  it('close() aborts deliveries in progress', async () => {
    let entered: () => void = () => {};
    const inHandler = new Promise<void>((resolve) => (entered = resolve));
    await confirmedServer(() => {
      entered();
      return new Promise(() => {});
    });
    const pending = fake.emit(GROUP_ID, { type: 'group_join', object: {} }, { timeoutMs: 60_000 });
    await inHandler; // the delivery is in progress
    await fake.close();
    const [delivery] = await pending;
    expect(delivery?.delivered).toBe(false);
    expect(delivery?.attempts).toHaveLength(1);
    fake = await createFakeVk(baseOptions); // for afterEach
  });
});
