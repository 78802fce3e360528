// Type-checked by test/packaging/pack.test.ts in a scratch project (nodenext, ESM, .d.mts).
import { createRouter } from '@vkts/events';
import { createRelay, createWorker, messageNamesOf, type NodeRedisLike, type RelayReceipt } from '@vkts/relay';

// The application's client; a structural stand-in here (no Redis client is installed).
declare const redis: NodeRedisLike;
const relay = createRelay({ redis, routes: [{ types: ['message_new'], stream: 'messages' }], maxLen: 1000 });
const router = createRouter();
router.onAny(relay.handler);
const workerRouter = createRouter();
workerRouter.on('message_new', (event, context) => {
  const text: string = event.object.message.text;
  const deliveries: number | undefined = context.transport === 'relay' ? context.relay.deliveryCount : undefined;
  void text, deliveries, messageNamesOf(context)?.user_name;
});
export const worker = (): ReturnType<typeof createWorker> => createWorker({ redis, stream: 'messages', group: 'g', consumer: 'c', router: workerRouter });
export type Receipt = RelayReceipt;
// @ts-expect-error not an event type
createRelay({ redis, routes: [{ types: ['message_nw'], stream: 'x' }] });
