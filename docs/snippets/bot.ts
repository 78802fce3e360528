import type { Api } from '@vkts/api';
import { createRouter } from '@vkts/events';
import { createBotsLongPoll } from '@vkts/longpoll';

export function createBot(api: Api) {
  const router = createRouter();
  router.on('message_new', async (event) => {
    const { peer_id, text } = event.object.message; // typed from the schema
    await api.messages.send({ peer_id, message: `You said: ${text}` }); // random_id is filled in
  });
  return createBotsLongPoll({ api, router });
}
