// bench:relay's front process: Bots Long Poll (the built @vkts/longpoll, lenient validation)
// against the fake VK, each event relayed to Redis by the built @vkts/relay (node-redis). Counts
// events once Redis has them. argv: <fake url> <redis url> <stream> <start ts>.
import { createApi } from '@vkts/api';
import { createRouter } from '@vkts/events';
import { createBotsLongPoll } from '@vkts/longpoll';
import { createRelay } from '@vkts/relay';
import { createClient } from 'redis';
import { BENCH_GROUP_ID, BENCH_TOKEN, cpuMsSince, isRelayCommand, type RelayMessage } from './protocol.js';

const [url, redisUrl, stream, startTs] = process.argv.slice(2);
if (url === undefined || redisUrl === undefined || stream === undefined || startTs === undefined) throw new Error('usage: front.ts <fake url> <redis url> <stream> <start ts>');
const send = (message: RelayMessage): void => void process.send?.(message);

let errors = 0;
let firstError = '';
const failed = (error: unknown): void => {
  errors += 1;
  if (firstError === '') firstError = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
};
const redis = createClient({ url: redisUrl });
await redis.connect();
const api = createApi({ token: BENCH_TOKEN, tokenType: 'group', baseUrl: url, rateLimit: false });
const relay = createRelay({ redis, stream, maxLen: 10_000_000, onError: failed });
let appended = 0;
const router = createRouter();
router.onAny((event, context) => relay.handler(event, context).then(() => void (appended += 1)));
// Concurrency: a Long Poll batch is relayed at once (pipelined), not event by event.
const longPoll = createBotsLongPoll({ api, router, groupId: BENCH_GROUP_ID, wait: 1, startTs, concurrency: 1000, onError: failed });
let since = process.cpuUsage();
process.on('message', (command: unknown) => {
  if (!isRelayCommand(command)) throw new Error(`front: unexpected command ${JSON.stringify(command)}`);
  if (command.type === 'start') {
    since = process.cpuUsage();
    void longPoll.start();
  } else {
    send({ type: 'stats', events: appended, cpuMs: cpuMsSince(since), errors, firstError });
  }
});
process.once('disconnect', () => {
  void longPoll.stop().then(async () => {
    await api.close();
    await redis.close();
    process.exit(0);
  });
});
send({ type: 'ready' });
