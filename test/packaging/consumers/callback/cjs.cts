// Type-checked by test/packaging/pack.test.ts: nodenext, CJS file → require() of the ESM-only package, .d.mts.
import callbackPackage = require('@vkts/callback');

const callback = callbackPackage.createCallback({ confirmation: 'code', secret: 'secret', validate: 'off' });
callback.router.on('group_join', (event) => {
  const userId: number = event.object.user_id;
  void userId;
});
// @ts-expect-error lenient mode needs onIssue at runtime, and the option name is checked
callbackPackage.createCallback({ validation: 'lenient' });
