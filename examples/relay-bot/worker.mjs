// @ts-check
// A worker process: reads the stream in a consumer group and answers each message with
// messages.send. random_id comes from the event, so a redelivery after a crash (at-least-once
// between Redis and the worker) cannot send the answer twice: VK drops the repeat.
// Env: VK_API_URL, VK_TOKEN, REDIS_URL, STREAM, WORKER (its consumer name).
import { createApi } from '@vkts/api';
import { createRouter } from '@vkts/events';
import { createWorker } from '@vkts/relay';
import { createClient } from 'redis';

const env = (/** @type {string} */ name) => {
  const value = process.env[name];
  if (value === undefined || value === '') throw new Error(`worker: set ${name}`);
  return value;
};
const name = env('WORKER');

const redis = createClient({ url: env('REDIS_URL') });
redis.on('error', (error) => console.error(`${name}: redis:`, error.message));
await redis.connect();
// rateLimit off for the demo's fake VK only: against VK keep the default (its per-token limits).
const api = createApi({ token: env('VK_TOKEN'), tokenType: 'group', baseUrl: env('VK_API_URL'), rateLimit: false });
const router = createRouter();
router.on('message_new', async (event, context) => {
  const { message } = event.object;
  const via = context.transport === 'relay' ? `${context.relay.origin} via ${context.relay.stream}, delivery ${context.relay.deliveryCount}` : context.transport;
  console.log(`${name} handled ${message.text} (${via})`);
  await api.messages.send({ peer_id: message.peer_id, message: `${name}: you said ${message.text}`, random_id: message.conversation_message_id });
});
const stopping = new AbortController();
process.once('SIGTERM', () => stopping.abort());
const worker = createWorker({ redis, stream: env('STREAM'), group: 'bot', consumer: name, router, signal: stopping.signal, onError: (error) => console.error(`${name}:`, error) });
console.log(`${name}: consuming`);
await worker.done;
await api.close();
await redis.close();
console.log(`${name}: stopped after ${worker.stats().acked} events`);
