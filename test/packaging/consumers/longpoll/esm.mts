// Type-checked by test/packaging/pack.test.ts in a scratch project (nodenext, ESM, .d.mts).
import type { Api } from '@vkts/api';
import { createRouter } from '@vkts/events';
import { createBotsLongPoll, createUserLongPoll, type LongPollGap, type UserLongPollEvent } from '@vkts/longpoll';

type Assert<T extends true> = T;
type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;

export async function demo(api: Api): Promise<void> {
  const router = createRouter();
  router.on('message_new', (event) => void event.object.message.text);
  const bots = createBotsLongPoll({ api, router, onGap: (gap: LongPollGap) => void gap.fromTs, onTs: (ts) => void ts.length });
  await bots.setup({ events: 'handled' });
  // @ts-expect-error not an event type
  await bots.setup({ events: ['mesage_new'] });
  for await (const event of createBotsLongPoll({ api, groupId: 1 })) void event.type;
  const user = createUserLongPoll({
    api,
    handler: (event: UserLongPollEvent) => {
      if (event.name === 'message_new') {
        type Check = Assert<Equal<typeof event.flags.outbox, boolean>>;
      }
    },
  });
  await user.start();
}
