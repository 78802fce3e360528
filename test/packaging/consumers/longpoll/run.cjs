// Executed by test/packaging/pack.test.ts with node; stdout must equal consumer.json "output".
const { createApi } = require('@vkts/api');
const { createRouter } = require('@vkts/events');
const { createBotsLongPoll, decodeUserLongPollUpdate } = require('@vkts/longpoll');
const { createFakeVk } = require('@vkts/testing');

async function main() {
  const fake = await createFakeVk({ groups: [{ id: 1, name: 'Test' }], tokens: [{ token: 'group-token-1', type: 'group', groupId: 1 }], rateLimit: false });
  const api = createApi({ token: 'group-token-1', tokenType: 'group', baseUrl: fake.url });
  try {
    const delivered = [];
    const router = createRouter();
    const longPoll = createBotsLongPoll({ api, router, wait: 1, startTs: 1 });
    router.on('group_join', (event) => {
      delivered.push(event.type);
      void longPoll.stop();
    });
    await longPoll.setup();
    fake.longPoll.group(1).push({ type: 'group_join', object: { user_id: 5, join_type: 'join' } });
    await longPoll.start();
    const user = decodeUserLongPollUpdate([4, 1, 2, 100]);
    console.log(JSON.stringify({ delivered, committedTs: longPoll.committedTs, userEvent: user.name, outbox: user.flags.outbox }));
  } finally {
    await api.close();
    await fake.close();
  }
}
main();
