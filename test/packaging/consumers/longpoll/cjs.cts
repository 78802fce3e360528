// Type-checked by test/packaging/pack.test.ts: nodenext, CJS file → require() of the ESM-only package, .d.mts.
import type { Api } from '@vkts/api';
import type { UserLongPollEvent } from '@vkts/longpoll';
import longpoll = require('@vkts/longpoll');

type Assert<T extends true> = T;
type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;

async function demo(api: Api): Promise<void> {
  const user = longpoll.createUserLongPoll({ api, handler: (event: UserLongPollEvent) => void event.name });
  type Check = Assert<Equal<typeof user.ts, string | undefined>>;
  for await (const event of longpoll.createBotsLongPoll({ api, groupId: 1 })) void event.type;
}
void demo;
