// Executed by test/packaging/pack.test.ts with node; stdout must equal consumer.json "output".
import { createServer } from 'node:http';
import { createApi } from '@vkts/api';
import { createCallback, createNodeMiddleware } from '@vkts/callback';
import { createFakeVk } from '@vkts/testing';

async function main() {
  const fake = await createFakeVk({ groups: [{ id: 1, name: 'Test' }], tokens: [{ token: 'group-token-1', type: 'group', groupId: 1 }] });
  const api = createApi({ token: 'group-token-1', tokenType: 'group', baseUrl: fake.url });
  const callback = createCallback();
  const handled = [];
  callback.router.on('group_join', (event, context) => void handled.push(`${event.type}:${event.object.user_id}`));
  const server = createServer(createNodeMiddleware(callback));
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${server.address().port}/vk`;
  try {
    const first = await callback.setup(api, { groupId: 1, url, pollIntervalMs: 20 });
    const second = await callback.setup(api, { groupId: 1, url, pollIntervalMs: 20 });
    const [delivery] = await fake.emit(1, { type: 'group_join', object: { user_id: 42, join_type: 'join' } });
    const wrong = await fetch(url, { method: 'POST', body: JSON.stringify({ type: 'group_join', group_id: 1, secret: 'nope', object: {} }) });
    console.log(
      JSON.stringify({
        setup: first.actions.map((action) => action.kind),
        secondSetupChanged: second.changed,
        delivered: delivery.delivered,
        handled,
        wrongSecret: [wrong.status, await wrong.text()],
      }),
    );
  } finally {
    await fake.close();
    await api.close();
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
}
main();
