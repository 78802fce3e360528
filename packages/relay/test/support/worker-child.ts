// A worker in its own process, for the SIGKILL test: argv = redis URL, stream, group, consumer.
// Each handling is recorded in Redis (RPUSH <stream>:handled:<consumer>) before the handler
// returns, so the records survive the kill; handlers take a few ms so a kill lands mid-batch.
import { createRouter } from '@vkts/events';
import { createClient } from 'redis';
import { createWorker } from '../../src/index.js';

const [url, stream, group, consumer] = process.argv.slice(2);
if (url === undefined || stream === undefined || group === undefined || consumer === undefined) {
  throw new Error('usage: worker-child.ts <redis url> <stream> <group> <consumer>');
}
const records = createClient({ url });
const reads = createClient({ url });
await Promise.all([records.connect(), reads.connect()]);
const router = createRouter();
router.on('group_join', async (_event, context) => {
  await new Promise((resolve) => setTimeout(resolve, 3));
  await records.sendCommand(['RPUSH', `${stream}:handled:${consumer}`, context.eventId ?? '']);
});
createWorker({ redis: reads, stream, group, consumer, router, concurrency: 16, blockMs: 100, claimIdleMs: 60_000 });
process.stdout.write('ready\n');
