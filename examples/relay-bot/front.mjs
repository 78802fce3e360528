// @ts-check
// The front process: takes events from VK's Bots Long Poll and relays them to a Redis stream.
// It handles nothing itself; it resolves each event only once Redis has it, so the Long Poll ts
// it saves never runs ahead of what is stored.
// Env: VK_API_URL (the fake VK in the demo), VK_TOKEN, VK_GROUP_ID, REDIS_URL, STREAM.
import { createApi } from '@vkts/api';
import { createRouter } from '@vkts/events';
import { createBotsLongPoll } from '@vkts/longpoll';
import { createRelay } from '@vkts/relay';
import { createClient } from 'redis';

const env = (/** @type {string} */ name) => {
  const value = process.env[name];
  if (value === undefined || value === '') throw new Error(`front: set ${name}`);
  return value;
};

const redis = createClient({ url: env('REDIS_URL') });
redis.on('error', (error) => console.error('front: redis:', error.message));
await redis.connect();
const api = createApi({ token: env('VK_TOKEN'), tokenType: 'group', baseUrl: env('VK_API_URL') });
const relay = createRelay({ redis, stream: env('STREAM'), maxLen: 100_000 });
const router = createRouter();
router.onAny(relay.handler);
const longPoll = createBotsLongPoll({
  api,
  router,
  groupId: Number(env('VK_GROUP_ID')),
  wait: 1,
  startTs: process.env.START_TS,
  // In production: persist it, and pass it back as startTs after a restart.
  onTs: relay.guardTs((ts) => console.log(`front: committed ts ${ts}`)),
  onError: (error) => console.error('front:', error),
});
process.once('SIGTERM', () => {
  relay.close();
  void longPoll.stop();
});
console.log('front: relaying Long Poll events');
await longPoll.start();
await api.close();
await redis.close();
console.log('front: stopped');
