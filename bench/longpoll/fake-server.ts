/**
 * The fake VK for bench:longpoll, in its own process so that its CPU is not the client's. Prints
 * one JSON line `{ url }` when ready and serves until killed.
 *
 * `GET /bench/ready?kind=bots|user` answers once a client's check is held (it is set up: server,
 * key, ts, validators). `POST /bench/fill?kind=bots|user&shape=v3|v19&corpus=mixed|message_new&n=N`
 * waits until a client's check is held (the client has its server and ts), then queues N events at
 * once, so the client's polls return full batches. Bots events are either the event fixtures of
 * ../shared/fixtures/vk-events, repeated (`mixed`), or realistic `message_new` updates that all
 * differ — sender, event_id, date, text (`message_new`; identical repeated objects would flatter
 * every parser); user events are new-message updates in the layout the client asked for (vkts
 * decodes version 3, vk-io version 19).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { createFakeVk, type FakeBotsEventInput } from '@vkts/testing';
import { REPO_ROOT } from '../lib/paths.js';
import { mulberry32 } from '../lib/random.js';
import { messageNewUpdate } from '../wire/payloads.js';
import { BENCH_BATCH, BENCH_GROUP_ID, BENCH_GROUP_TOKEN, BENCH_USER_ID, BENCH_USER_TOKEN } from './constants.js';


const FIXTURES = path.join(REPO_ROOT, '..', 'shared', 'fixtures', 'vk-events');

function botsCorpus(): FakeBotsEventInput[] {
  const events: FakeBotsEventInput[] = [];
  for (const file of readdirSync(FIXTURES).filter((f) => f.endsWith('.json')).sort()) {
    const json: unknown = JSON.parse(readFileSync(path.join(FIXTURES, file), 'utf8'));
    if (typeof json === 'object' && json !== null && !Array.isArray(json) && 'type' in json && typeof json.type === 'string') {
      events.push({ ...json, type: json.type });
    }
  }
  return events;
}

/** The same new message in both layouts: [code, …] of version 3, and of version 19 (code 10004, cmid first, minor id). */
function userUpdate(shape: 'v3' | 'v19', n: number): unknown[] {
  const extra = { title: ' ... ', from: '100' };
  const attachments = { attach1_type: 'photo', attach1: '100_200' };
  return shape === 'v3'
    ? [4, n, 1, 2000000001, 1700000000, `message ${n}`, extra, attachments, 0, n, 0]
    : [10004, n, 1, 0, 2000000001, 1700000000, `message ${n}`, extra, attachments, 0, n, 0];
}

async function main(): Promise<void> {
  const fake = await createFakeVk({
    groups: [{ id: BENCH_GROUP_ID, name: 'Bench' }],
    tokens: [
      { token: BENCH_GROUP_TOKEN, type: 'group', groupId: BENCH_GROUP_ID },
      { token: BENCH_USER_TOKEN, type: 'user', userId: BENCH_USER_ID },
    ],
    rateLimit: false,
  });
  const bots = fake.longPoll.group(BENCH_GROUP_ID);
  const user = fake.longPoll.user(BENCH_USER_ID);
  bots.maxBatch = BENCH_BATCH;
  user.maxBatch = BENCH_BATCH;
  const corpus = botsCorpus();
  // One stream of distinct message_new updates per fake (a fresh fake per client run: same bytes every run).
  const nextRandom = mulberry32(7);
  let messageId = 0;
  const botsEvent = (corpusName: string | null, index: number): FakeBotsEventInput => {
    if (corpusName !== 'message_new') return corpus[index % corpus.length] ?? { type: 'group_join' };
    messageId += 1;
    return { ...messageNewUpdate(nextRandom, messageId, BENCH_GROUP_ID), type: 'message_new' };
  };

  // vk-io always puts `https://` before the User Long Poll server (real VK sends it without a
  // scheme); the bench client turns that back into http. vkts keeps a scheme it is given.
  fake.handle('messages.getLongPollServer', (params) => {
    const server = `${fake.url}/user-longpoll/${BENCH_USER_ID}`;
    return { server: params.lp_version === 3 ? server : server.replace(/^http:\/\//, ''), key: user.key, ts: user.ts };
  });

  fake.route('GET', '/bench/ready', async (request) => {
    const queue = request.query.get('kind') === 'user' ? user : bots;
    while (queue.inFlight === 0) await delay(1);
    return { json: { ready: true } };
  });
  fake.route('POST', '/bench/fill', async (request) => {
    const kind = request.query.get('kind');
    const shape = request.query.get('shape') === 'v19' ? 'v19' : 'v3';
    const n = Number(request.query.get('n'));
    const queue = kind === 'user' ? user : bots;
    while (queue.inFlight === 0) await delay(1);
    // In chunks: spreading hundreds of thousands of arguments would overflow the stack.
    for (let from = 0; from < n; from += 10_000) {
      const size = Math.min(10_000, n - from);
      if (kind === 'user') {
        const start = user.ts;
        user.push(...Array.from({ length: size }, (_, i) => userUpdate(shape, start + i)));
      } else {
        const corpusName = request.query.get('corpus');
        bots.push(...Array.from({ length: size }, (_, i) => botsEvent(corpusName, from + i)));
      }
    }
    return { json: { pushed: n } };
  });
  console.log(JSON.stringify({ url: fake.url, corpus: corpus.length }));
  process.on('SIGTERM', () => void fake.close().then(() => process.exit(0)));
}

void main();
