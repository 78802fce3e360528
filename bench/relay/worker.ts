// bench:relay's worker process: the built @vkts/relay worker (node-redis, lenient validation)
// dispatching to a router whose handler counts. argv: <redis url> <stream> <consumer>.
import { createRouter } from '@vkts/events';
import { createWorker } from '@vkts/relay';
import { createClient } from 'redis';
import { cpuMsSince, isRelayCommand, type RelayMessage } from './protocol.js';

const [redisUrl, stream, consumer] = process.argv.slice(2);
if (redisUrl === undefined || stream === undefined || consumer === undefined) throw new Error('usage: worker.ts <redis url> <stream> <consumer>');
const send = (message: RelayMessage): void => void process.send?.(message);

const redis = createClient({ url: redisUrl });
await redis.connect();
let handled = 0;
let errors = 0;
let firstError = '';
const failed = (error: unknown): void => {
  errors += 1;
  if (firstError === '') firstError = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
};
const router = createRouter();
router.on('message_new', () => {
  handled += 1;
});
const stopping = new AbortController();
// Created at once (it loads the validators and creates the group), measured from `start`.
const worker = createWorker({ redis, stream, group: 'bench', consumer, router, concurrency: 256, blockMs: 200, signal: stopping.signal, onError: failed });
let since = process.cpuUsage();
process.on('message', (command: unknown) => {
  if (!isRelayCommand(command)) throw new Error(`worker: unexpected command ${JSON.stringify(command)}`);
  if (command.type === 'start') {
    since = process.cpuUsage();
  } else {
    send({ type: 'stats', events: handled, cpuMs: cpuMsSince(since), errors, firstError });
  }
});
process.once('disconnect', () => {
  stopping.abort();
  void worker.done.then(async () => {
    await redis.close();
    process.exit(0);
  });
});
send({ type: 'ready' });
