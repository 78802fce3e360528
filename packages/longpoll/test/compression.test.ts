/**
 * Compressed Long Poll batches over real HTTP: both clients ask the fake VK for gzip (zstd where
 * the runtime has it) unless told not to, and deliver the same events either way. A coding the
 * check did not ask for, or a batch that does not decompress, is a bad-reply fault naming the
 * coding and never the key.
 */
import { createServer, type Server } from 'node:http';
import zlib from 'node:zlib';
import { createRouter } from '@vkts/events';
import { Agent } from 'undici';
import { afterEach, beforeEach, describe, expect, it, onTestFinished } from 'vitest';
import { CheckWatch, checkOnce } from '../src/check-request.js';
import { createBotsLongPoll, createUserLongPoll, type UserLongPollEvent } from '../src/index.js';
import { FAST, GROUP_ID, USER_ID, createWorld, messageNew, numberOf, range, until, type World } from './helpers.js';

const hasZstd = 'zstdDecompressSync' in zlib;

let world: World;
beforeEach(async () => {
  world = await createWorld();
});
afterEach(async () => {
  await world.close();
});

/** The Accept-Encoding of every Long Poll check the fake received. */
function checkEncodings(): (string | undefined)[] {
  return world.fake.requests.filter((request) => request.params.act === 'a_check').map((request) => request.headers['accept-encoding']);
}

describe('Bots Long Poll', () => {
  for (const [compression, asked] of [
    [undefined, hasZstd ? 'zstd, gzip' : 'gzip'],
    ['gzip', 'gzip'],
    [false, undefined],
  ] as const) {
    it(`compression: ${String(compression)} asks for ${String(asked)} and delivers every event`, async () => {
      const lp = world.fake.longPoll.group(GROUP_ID);
      const startTs = lp.ts;
      lp.push(...range(0, 20).map(messageNew));
      const delivered: number[] = [];
      const router = createRouter();
      router.on('message_new', (event) => void delivered.push(numberOf(event)));
      const longPoll = createBotsLongPoll({ api: world.api, router, ...FAST, startTs, ...(compression === undefined ? {} : { compression }) });
      const running = longPoll.start();
      await until(() => delivered.length === 20, 'all events');
      await longPoll.stop();
      await running;
      expect(delivered).toEqual(range(0, 20));
      expect(new Set(checkEncodings())).toEqual(new Set([asked]));
    });
  }

  it('delivers a large batch (parsed in pieces, attachments starting with "type" too) in order, once each', async () => {
    const lp = world.fake.longPoll.group(GROUP_ID);
    lp.maxBatch = 300;
    const startTs = lp.ts;
    const photo = (n: number, j: number) => ({
      type: 'photo',
      photo: { album_id: -3, date: 1572809816, id: j, owner_id: n, text: 'Фото },{"type":"photo"', sizes: [{ type: 's', width: 56, height: 75, url: `https://sun9-1.userapi.com/${n}/${j}.jpg` }] },
    });
    // Long Cyrillic texts: the batch is over 128 KB as UTF-16, so the check parses it in pieces.
    const message = (n: number) => ({ date: 1572809816, from_id: 123, id: n, out: 0, peer_id: 123, text: `Привет, это сообщение номер ${n} `.repeat(8), conversation_message_id: n, fwd_messages: [], important: false, random_id: 0, attachments: range(0, n % 4).map((j) => photo(n, j)), is_hidden: false });
    lp.push(...range(0, 300).map((n) => ({ type: 'message_new', object: { message: message(n), client_info: { button_actions: ['text'], keyboard: true, inline_keyboard: true, carousel: true, lang_id: 0 } } })));
    const delivered: number[] = [];
    const router = createRouter();
    router.on('message_new', (event) => void delivered.push(numberOf(event)));
    const longPoll = createBotsLongPoll({ api: world.api, router, ...FAST, startTs, compression: 'gzip' });
    const running = longPoll.start();
    await until(() => delivered.length === 300, 'all events');
    await longPoll.stop();
    await running;
    expect(delivered).toEqual(range(0, 300));
  });

  it('rejects a bad compression option at creation', () => {
    // @ts-expect-error: 'br' is not a coding the client speaks
    expect(() => createBotsLongPoll({ api: world.api, compression: 'br' })).toThrow("`compression` must be true, false, 'gzip' or 'zstd', got \"br\"");
  });
});

describe('User Long Poll', () => {
  it("compression: 'gzip' delivers the events", async () => {
    await world.close();
    world = await createWorld({ token: 'user' });
    const lp = world.fake.longPoll.user(USER_ID);
    lp.push([80, 4, 0], [80, 5, 0]);
    const events: UserLongPollEvent[] = [];
    const longPoll = createUserLongPoll({ api: world.api, ...FAST, startTs: 1, compression: 'gzip', handler: (event) => void events.push(event) });
    const running = longPoll.start();
    await until(() => events.length === 2, 'two events');
    await longPoll.stop();
    await running;
    expect(new Set(checkEncodings())).toEqual(new Set(['gzip']));
  });
});

describe('bad compressed batches', () => {
  const KEY = 'lp-key-SECRET-7c1e0b';
  let server: Server | undefined;
  let agent: Agent | undefined;
  afterEach(async () => {
    await agent?.close();
    await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
    server = undefined;
  });

  async function checkAgainst(encoding: string, body: Buffer, compression: 'gzip' | undefined): Promise<unknown> {
    server = createServer((_req, res) => res.writeHead(200, { 'content-type': 'application/json', 'content-encoding': encoding }).end(body));
    await new Promise<void>((resolve) => server?.listen(0, '127.0.0.1', resolve));
    const address = server.address();
    if (address === null || typeof address === 'string') throw new Error('no TCP address');
    agent = new Agent();
    const signal = new AbortController().signal;
    const watch = new CheckWatch(signal);
    onTestFinished(() => watch.close());
    return checkOnce({
      server: new URL(`http://127.0.0.1:${address.port}/lp`),
      key: KEY,
      ts: '1',
      wait: 0,
      extra: {},
      timeoutMs: 5000,
      signal,
      watch,
      dispatcher: agent,
      compression,
    });
  }

  const batch = Buffer.from('{"ts":"2","updates":[]}');

  it('a coding the check did not ask for is a bad-reply fault naming it', async () => {
    const outcome = await checkAgainst('br', zlib.brotliCompressSync(batch), 'gzip');
    expect(outcome).toMatchObject({ kind: 'fault', reason: 'bad-reply', status: 200 });
    expect(JSON.stringify(outcome)).toContain('answered with Content-Encoding \\"br\\", which the client did not ask for (asked for gzip)');
  });

  it('a corrupt gzip batch is a bad-reply fault naming gzip, without the key', async () => {
    const outcome = await checkAgainst('gzip', Buffer.concat([zlib.gzipSync(batch).subarray(0, 12), Buffer.from(KEY)]), 'gzip');
    expect(outcome).toMatchObject({ kind: 'fault', reason: 'bad-reply', status: 200, message: expect.stringMatching(/answered with a gzip body \(\d+ bytes\) that does not decompress/) });
    expect(JSON.stringify(outcome)).not.toContain(KEY);
  });

  it('gzip without having asked is refused, not guessed at', async () => {
    const outcome = await checkAgainst('gzip', zlib.gzipSync(batch), undefined);
    expect(outcome).toMatchObject({ kind: 'fault', reason: 'bad-reply', message: expect.stringContaining('no compression was asked for') });
  });
});
