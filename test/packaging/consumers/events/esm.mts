// Type-checked by test/packaging/pack.test.ts in a scratch project (nodenext, ESM, .d.mts).
import { createRouter } from '@vkts/events';
import type { CallbackGroupJoinType } from '@vkts/types';

const router = createRouter();
router.on('message_new', (event) => {
  const text: string = event.object.message.text;
  void text;
});
router.on('group_join', (event) => {
  const joinType: CallbackGroupJoinType = event.object.join_type;
  void joinType;
});
// @ts-expect-error not a community event
router.on('message_nwe', () => {});
