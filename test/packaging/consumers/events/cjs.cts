// Type-checked by test/packaging/pack.test.ts: nodenext, CJS file → require() of the ESM-only package, .d.mts.
import events = require('@vkts/events');

const router = events.createRouter();
router.on('message_new', (event) => {
  const text: string = event.object.message.text;
  void text;
});
// @ts-expect-error not a community event
router.on('message_nwe', () => {});
