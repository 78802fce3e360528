// Executed by test/packaging/pack.test.ts with node; stdout must equal consumer.json "output".
const { createRouter, parseEvent } = require('@vkts/events');

async function main() {
  const router = createRouter();
  let delivered;
  router.on('group_join', (event) => {
    delivered = event.type;
  });
  const event = await parseEvent({ type: 'group_join', group_id: 1, object: { user_id: 5, join_type: 'join' } }, { mode: 'off' });
  await router.dispatch(event, { groupId: 1, eventId: undefined, apiVersion: undefined, transport: 'longpoll' });
  let strictRejected = false;
  await parseEvent({ type: 'group_join', group_id: 1, object: { user_id: 'five' } }, { mode: 'strict' }).catch(() => {
    strictRejected = true;
  });
  console.log(JSON.stringify({ handled: router.handledTypes(), delivered, strictRejected }));
}
main();
