// Type-checked by test/packaging/pack.test.ts in a scratch project (bundler).
import { createCallback, createFetchHandler, type CallbackSetupApi, type CallbackSetupResult } from '@vkts/callback';

const callback = createCallback();
callback.router.on(['group_join', 'group_leave'], (event) => {
  const userId: number | undefined = event.object.user_id;
  void userId;
});
export function configure(api: CallbackSetupApi): Promise<CallbackSetupResult> {
  return callback.setup(api, { groupId: 1, url: 'https://bot.example/vk', events: 'handled' });
}
// @ts-expect-error not a community event
callback.router.on('group_jion', () => {});
// Hono, Bun, Deno, Workers: a Request in, a Response out.
export default { fetch: createFetchHandler(callback) };
