// Executed by test/packaging/pack.test.ts with node; stdout must equal consumer.json "output".
import { createRelay, isMessageNames, messageNamesOf } from '@vkts/relay';

let badClient = '';
try {
  createRelay({ redis: {} });
} catch (error) {
  badClient = error.message;
}
const names = { user_id: 5, user_name: 'Ann Lee', peer_id: 5, peer_name: 'Ann Lee' };
const base = { groupId: 1, eventId: 'e', apiVersion: '5.199' };
const relayed = { ...base, transport: 'relay', relay: { origin: 'longpoll', deliveryCount: 1, stream: 's', entryId: '1-0', enrichment: names } };
console.log(
  JSON.stringify({
    badClient,
    direct: messageNamesOf({ ...base, transport: 'callback' }) ?? null,
    relayed: messageNamesOf(relayed) ?? null,
    names: isMessageNames(names),
  }),
);
